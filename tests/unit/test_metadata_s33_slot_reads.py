"""Build's outlet chain and date chain both end in the lead's dateline slot (session 33, review of session
32): one reading of the story's first paragraphs serves both, with the same answers. Every page here is
made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest import dateline_slot
from kutip.index.ingest.dateline_slot import LeadSlot, date_in_slot, outlet_in_slot
from tests.conftest import load_article
from tests.unit.ingest_pages import FERTILISER_LEAD as _LEAD

_SLOT = "SUKAMAJU, March 3, 2024. /KBN/. P"
_PAGE = f"Petani Sukamaju Keluhkan Pupuk Langka\n\n{_SLOT}{_LEAD}\n\n“Kami sudah menunggu,” kata Fulan Hidayat.\n"


def test_build_reads_the_lead_slot_once_for_its_outlet_and_its_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = f"{_SLOT}{_LEAD}"
    reads: list[str] = []
    real_read = dateline_slot._read

    def counting_read(paragraph: str, story: str) -> object:
        reads.append(paragraph)
        return real_read(paragraph, story)

    monkeypatch.setattr(dateline_slot, "_read", counting_read)
    article = load_article(tmp_path, _PAGE)
    assert (article.outlet, article.date) == ("KBN", "2024-03-03")  # both from the slot
    assert reads.count(lead) == 1


def test_the_shared_reading_answers_as_the_two_questions_apart() -> None:
    bodies = [
        [f"{_SLOT}{_LEAD}"],
        [f"Paris, France, August 8, 2024: {_LEAD}"],
        ["Sebuah paragraf pembuka tanpa dateline apa pun yang cukup panjang untuk dibaca.", f"{_SLOT}{_LEAD}"],
        [_LEAD],
    ]
    for body in bodies:
        slot = LeadSlot(body)
        assert (slot.outlet, slot.date) == (outlet_in_slot(body), date_in_slot(body))
        assert (slot.date, slot.outlet) == (date_in_slot(body), outlet_in_slot(body))  # either order

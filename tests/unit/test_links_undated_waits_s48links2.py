"""An undated report that matches both a report of an article already sharing its remarks and one
of another occasion joins the first: its match in the other occasion's article waits with the loose
pairs (:meth:`_Linker._loose`), so the order in which the two matches come does not decide. An
indirect statement of a later occasion had taken the undated quote first, and its own article's
twin was refused (fixtures written for kutip: a fictional candidate and fictional remarks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article
from tests.unit.linking_reports import reporting_article
from tests.unit.test_linking_incremental import Archive

CANDIDATE = "Damar Sasmita"
SPEECH_DAY = "2024-05-02"
LATER_DAY = "2024-07-10"
THANKS = "Kami berterima kasih kepada semua relawan yang bekerja tanpa lelah di seluruh kabupaten dan kota"
CHOICE = "Saudara sekalian, pilihan terakhir tetap milik warga, warga yang menunjuk siapa pemimpinnya"
CHOICE_TOO = "Bapak ibu sekalian, warga yang menunjuk pemimpinnya, pilihan terakhir tetap milik warga"
LATER = "persaingan keras saat pemilihan adalah kehendak warga yang menunjuk siapa pemimpinnya, pilihan terakhir milik warga"


def _articles() -> dict[str, Article]:
    return {
        "a": reporting_article("a", CANDIDATE, (("direct", THANKS), ("direct", CHOICE)), date="", lang="id"),
        "b": reporting_article(
            "b", CANDIDATE, (("direct", THANKS), ("direct", CHOICE_TOO)), date=SPEECH_DAY, lang="id"
        ),
        "c": reporting_article("c", CANDIDATE, (("indirect", LATER),), date=LATER_DAY, lang="id"),
    }


def test_premise_the_undated_quote_matches_both() -> None:
    choice = doc_of("a:1", "a", CHOICE, lang="id", speaker=CANDIDATE, date="")
    twin = doc_of("b:1", "b", CHOICE_TOO, lang="id", speaker=CANDIDATE, date=SPEECH_DAY)
    later = doc_of("c:0", "c", LATER, lang="id", speaker=CANDIDATE, date=LATER_DAY)
    assert matches(choice, twin) and matches(choice, later)
    assert not matches(twin, later)


@pytest.mark.parametrize("batches", [["abc"], ["ab", "c"], ["c", "ab"]])
def test_the_undated_quote_joins_its_twin(tmp_path: Path, batches: list[str]) -> None:
    archive, made = Archive(tmp_path), _articles()
    for batch in batches:
        archive.add(*(made[aid] for aid in batch))
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0") is not None
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1") is not None

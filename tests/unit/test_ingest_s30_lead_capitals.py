"""The site's own name opening the lead (lead_name.unrepeated_lead_name) in three more shapes (issue 10,
session 30): a name in capitals run into the lead's first word by a hyphen ("CONTOH-Warga …"), after its
place and a comma ("Kota, CONTOH - Warga …"), or before a section's word and a comma ("CONTOH, Nasional –
Warga …"). As before, the story never writes it again (a place it reports is written again), and no
entry of the gazetteer or label is a site's name; the part beside it must be accounted for (a known
place, a word the story writes again, a section's label). Not before an English lead, where a section's
label stands. A service's name run together ("GoogleNews") is no site the reader is invited to. Every
fixture is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_article as load
from tests.unit.test_ingest_unseen_site_furniture import BODY, EN_BODY, LEAD

TITLE = "Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi"


@pytest.mark.parametrize(
    "lead",
    [
        f"KBRSKM – {LEAD}",
        f"KBRSKM-{LEAD}",
        f"SUKAMAJU, KBRSKM - {LEAD}",
        f"KBRSKM, Nasional – {LEAD}",
    ],
)
def test_an_unknown_name_in_capitals_opening_the_lead_is_the_outlet(tmp_path: Path, lead: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{lead}\n\n{BODY}").outlet.casefold() == "kbrskm"


@pytest.mark.parametrize(
    "lead",
    [
        f"BANJIR - {LEAD}",  # a kicker the story writes again
        f"KPK - {LEAD}",  # a body the gazetteer knows
        f"KBRSKM – {LEAD} Warga KBRSKM ikut membantu.",  # named again in the story: a place it reports
        f"KBRSKM-KOTA.COM - {LEAD}",  # the start of a longer name
    ],
)
def test_a_known_or_repeated_word_opening_the_lead_names_no_outlet(tmp_path: Path, lead: str) -> None:
    assert load(tmp_path, f"{TITLE}\n\n{lead}\n\n{BODY}").outlet.casefold() != "kbrskm"


def test_not_before_an_english_lead(tmp_path: Path) -> None:
    lead = "KBRSKM – Villagers cleared the irrigation channel that mud had blocked since last week's flood."
    assert load(tmp_path, f"Villagers Clear Irrigation Channel\n\n{lead}\n\n{EN_BODY}").outlet == ""


def test_a_service_s_name_run_together_is_no_invited_site(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{BODY}\nIkuti Kabar Sukamaju Online di GoogleNews\n"
    assert load(tmp_path, text).outlet != "GoogleNews"

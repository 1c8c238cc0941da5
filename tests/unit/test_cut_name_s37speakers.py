"""Session 37, speakers (made-up names and text): a scrape cut off in the middle of the speaker's
name (``…," said Mr Bad``) names the one person whose name that word starts."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.aliases import cut_off_name


def _speakers(body: str, lang: str = "en") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


_BODY = (
    "The driver, Mr Baduraya, said the brakes of the truck had failed on the hill. Officer Fulan "
    "Hidayat said the police would check the truck.\n\n"
    "\u201cI tried to stop, but the brakes did not work at all,\u201d said Mr Badu"
)


def test_a_name_cut_off_by_the_end_of_the_text_is_the_person_it_starts() -> None:
    assert _speakers(_BODY) == ["Baduraya"]


def test_a_whole_name_at_the_end_is_no_cut() -> None:
    people = [("Baduraya", (("baduraya",),), 1), ("Badu", (("badu",),), 1)]
    assert cut_off_name(_BODY, people) is None


def test_a_word_two_persons_start_is_no_ones() -> None:
    people = [("Baduraya", (("baduraya",),), 1), ("Badung Santoso", (("badung", "santoso"),), 1)]
    assert cut_off_name(_BODY, people) is None


def test_a_text_that_ends_with_a_stop_has_no_cut_name() -> None:
    people = [("Baduraya", (("baduraya",),), 1)]
    assert cut_off_name(_BODY + ".", people) is None

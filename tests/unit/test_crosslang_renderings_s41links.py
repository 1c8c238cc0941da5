"""Two English wordings compared as two translations only where the day is confirmed: undated, a
leader's two speeches on one subject on consecutive days share the subject's words in any rendering
(fixtures written for kutip: a fictional head of state and fictional speeches)."""

from __future__ import annotations

from kutip.index.linking.crosslang import renderings_agree
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of, matches

LEADER = "Arkan Wiratama"
# one speech: a homeland for the islanders, promised with a condition on the other side
FIRST = (
    "We must guarantee statehood for the islanders, but our nation also says that once the republic "
    "accepts the sovereignty and independence of the islands, we will immediately recognise the republic"
)
# the next day's speech on the same subject, in other words
SECOND = (
    "The islanders deserve a state of their own, yet our nation must also guarantee that the republic "
    "stays secure and safe. Peace will only come that way."
)
GRATEFUL = "We respect you, and are grateful for your past assistance"
THANKFUL = "We honour you and are thankful for your previous help"


def _doc(aid: str, text: str, day: str = "") -> LinkDoc:
    return doc_of(f"{aid}:0", aid, text, lang="en", speaker=LEADER, date=day)


def test_undated_wordings_on_one_subject_are_not_taken_for_two_translations() -> None:
    first, second = _doc("a", FIRST), _doc("b", SECOND)
    assert not renderings_agree(first, second, "undated")
    assert not matches(first, second) and not matches(second, first)
    assert not matches(_doc("a", GRATEFUL), _doc("b", THANKFUL))


def test_two_translations_on_one_known_day_still_agree() -> None:
    assert matches(_doc("a", GRATEFUL, "2024-05-02"), _doc("b", THANKFUL, "2024-05-02"))
    assert matches(_doc("a", GRATEFUL), _doc("b", THANKFUL), together=True)

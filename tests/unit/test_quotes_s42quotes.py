"""Short partial quotations in English reporting: a named person's verb governs a fragment of one
or two words, which is their own words; a pronoun's fragment and a name in marks stay terms
(statements/partial.py; made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _quotes(body: str, lang: str = "en") -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(body[s.start : s.end], s.speaker) for s in found if s.kind == "direct"]


def test_a_named_persons_verb_governs_a_short_fragment() -> None:
    body = "Minister Darmo Kusnadi said the harbour deal was \"a milestone\" for the coastal towns.\n"
    assert _quotes(body) == [("a milestone", "Darmo Kusnadi")]
    two = "Minister Darmo Kusnadi told reporters the new port would open \"fairly soon\" after the rains.\n"
    assert _quotes(two) == [("fairly soon", "Darmo Kusnadi")]


def test_a_pronoun_subject_leaves_a_short_fragment_a_term() -> None:
    body = (
        "Minister Darmo Kusnadi opened the harbour on Monday.\n\n"
        "He said the port would take \"bulk carriers\" from next year.\n"
    )
    assert _quotes(body) == []


def test_a_name_in_marks_is_no_quotation() -> None:
    body = "Minister Darmo Kusnadi said the \"Lautmas\" brand would reach every island.\n"
    assert _quotes(body) == []


def test_a_brand_after_a_cue_and_comma_is_no_quotation() -> None:
    body = 'Menteri Perikanan Darmo Kusnadi menyatakan, "Lautmas" adalah merek ikan kaleng untuk rakyat.\n'
    assert _quotes(body, "id") == []


def test_a_verb_with_an_object_leaves_the_fragment_to_its_named_subject() -> None:
    body = "Minister Darmo Kusnadi urged the fleet owners to guard against \"overfishing\" this season.\n"
    assert _quotes(body) == [("overfishing", "Darmo Kusnadi")]


def test_reminded_takes_an_object_and_leaves_the_fragment_to_its_subject() -> None:
    body = "Minister Darmo Kusnadi reminded the crowd of the \"lean harvest years\" in the valley.\n"
    assert _quotes(body) == [("lean harvest years", "Darmo Kusnadi")]

"""Session 44, kata (made-up text): a cue between a narration's subject and its predicate
(``Presiden Fulan kata Badu, juga meminta …``) makes Badu the one reporting, so a pronoun cue
after it is his; a subject with no such cue still takes the pronoun."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_HEAD = (
    "Pelayanan publik dipercepat\n\n"
    "Sukamaju - Menteri Sekretaris Negara Bambang Sulistyo bertemu wartawan di istana, Senin (3/2).\n"
)
_QUOTE = '"Intinya semua layanan harus lebih cepat," ucap dia.\n'


def _said(body: str) -> list[tuple[str, str | None]]:
    return [(s.kind, s.speaker) for s in extract_statements("t", body, "id", recognise(body, "id"))]


def test_a_cue_after_the_subject_makes_the_reporter_the_pronouns_speaker() -> None:
    body = _HEAD + "Kemudian Presiden Wibowo Hartanto kata Bambang, juga meminta agar izin dipangkas.\n" + _QUOTE
    assert _said(body) == [("indirect", "Bambang Sulistyo"), ("direct", "Bambang Sulistyo")]


def test_the_same_cue_after_a_quotation_of_the_reporter() -> None:
    body = (
        _HEAD
        + '"Rapat sudah berjalan sejak pagi," kata Bambang.\n'
        + "Presiden Wibowo Hartanto kata Bambang, juga meminta agar izin dipangkas.\n"
        + _QUOTE
    )
    assert [s for _k, s in _said(body)] == ["Bambang Sulistyo"] * 3


def test_a_subject_with_no_cue_in_its_sentence_still_takes_the_pronoun() -> None:
    body = (
        _HEAD
        + '"Rapat sudah berjalan sejak pagi," kata Bambang.\n'
        + "Presiden Wibowo Hartanto juga meminta agar izin dipangkas.\n"
        + _QUOTE
    )
    assert _said(body) == [("direct", "Bambang Sulistyo"), ("direct", "Wibowo Hartanto")]


def test_a_long_lead_or_one_holding_a_verb_is_no_subject_before_a_cue() -> None:
    body = _HEAD + "Presiden Wibowo Hartanto menyampaikan kata Bambang, bahwa izin perlu dipangkas segera.\n"
    assert ("indirect", "Bambang Sulistyo") not in _said(body)


def test_an_english_verb_after_the_subject_is_no_embedded_cue() -> None:
    body = (
        "Land status decided soon\n\n"
        "Minister Rina Kusumawati said Bambang Sulistyo, her deputy, will lead the land review team.\n"
        '"We will decide on the status soon," she said.\n'
    )
    said = [(s.kind, s.speaker) for s in extract_statements("t", body, "en", recognise(body, "en"))]
    assert ("direct", "Rina Kusumawati") in said


def test_an_english_verb_inside_an_indonesian_article_is_not_the_embedded_cue() -> None:
    from kutip.index.statements.lexicon import verbs_of

    assert "said" not in verbs_of("id")
    assert "kata" in verbs_of("id")

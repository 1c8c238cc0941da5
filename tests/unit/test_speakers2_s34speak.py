"""Session 34, second speakers round (made-up names and text): the Balinese man's article "I" before a
birth-order name is no word of the name the press shows; the English agency verb "informed"."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.people.lexicon import shown_name
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_the_article_before_a_birth_order_name_is_kept() -> None:
    # session 46 reversed session 34: the gold writes "I"/"Ni" as the page does
    assert shown_name("I Nyoman Sutarja") == "I Nyoman Sutarja"
    assert shown_name("I Made Rai Sudarsana") == "I Made Rai Sudarsana"


def test_caste_names_and_other_names_keep_their_words() -> None:
    assert shown_name("I Gusti Ngurah Wirawan") == "I Gusti Ngurah Wirawan"
    assert shown_name("I Dewa Ketut Arsana") == "I Dewa Ketut Arsana"
    assert shown_name("I Wayan") == "I Wayan"  # nothing after the birth-order name
    assert shown_name("Ni Luh Sekar") == "Ni Luh Sekar"
    assert shown_name("Wayan Sutarja") == "Wayan Sutarja"


def test_a_speaker_written_with_the_article_is_shown_with_it() -> None:
    body = (
        "Bupati Sukamaju, I Nyoman Sutarja, meninjau pasar yang terbakar pada Senin pagi.\n\n"
        '"Kami akan membangun kembali kios para pedagang tahun ini," kata Sutarja.\n'
    )
    assert _speakers(body) == ["I Nyoman Sutarja"]


def test_informed_is_read_as_a_cue_but_is_no_feature_of_the_tagger() -> None:
    from kutip.index.entities.lexicon import lexicon as entity_lexicon
    from kutip.index.statements.lexicon import lexicon

    assert "informed" in lexicon().active and "informed" in lexicon().post
    assert "informed" not in entity_lexicon().speech_after
    assert ("informed",) not in entity_lexicon().speech_before


def test_a_lead_closing_on_informed_puts_its_person_forward() -> None:
    # an English agency's lead: the reported content, then its holder and "informed"; the quotation
    # after it is hers ("she said"), not the person her content is about
    body = (
        "The mayor-elect Rudi Hartanto has promised to keep the city's debt low, Finance Minister "
        "Rina Marlina informed on Monday. "
        '"We have told Mr. Hartanto of the limits, and he has agreed to them," she said at a briefing.\n'
    )
    assert _speakers(body, "en") == ["Rina Marlina"]


def test_a_noble_titled_legal_name_closing_on_a_listed_figure_shows_the_figure() -> None:
    # "Raden" (and its short form "R.") opens a legal name; the press and the figures list call the
    # person by the name it closes on (the given words between are the legal name's, made up here)
    assert shown_name("Raden Sasmito Tito Karnavian") == "Tito Karnavian"
    assert shown_name("R. S Tito Karnavian") == "Tito Karnavian"
    assert shown_name("Raden Sasmito Wibisono") == "Raden Sasmito Wibisono"  # no listed figure
    assert shown_name("Sasmito Tito Karnavian") == "Sasmito Tito Karnavian"  # no title: as written


def test_a_speaker_written_with_a_noble_title_is_the_listed_figure() -> None:
    body = (
        "Kapolri Jenderal Pol Raden Sasmito Tito Karnavian meninjau lokasi kejadian pada Senin.\n\n"
        '"Kami sudah memeriksa lima orang saksi hari ini," kata Tito kepada wartawan.\n'
    )
    assert _speakers(body) == ["Tito Karnavian"]

"""A "person" named only in ordinary English words is a label on any page, cued or not; a listed figure
and a word the article writes inside another person's name stay. Made-up passages and names."""

from __future__ import annotations

from kutip.index.entities.english_labels import drop_english_labels
from kutip.index.models import Entity, EntityType, Mention
from tests.unit.recognised import person_names as _persons


def test_an_english_label_in_indonesian_prose_is_no_person() -> None:
    text = (
        "Tim penyelam menemukan bagian kotak hitam, yakni Flight Data Recorder (FDR). Menurut Fulan "
        "Hidayat, Flight Data Recorder segera dibawa ke Jakarta."
    )
    assert _persons(text) == ["Fulan Hidayat"]
    quoted = "Hal itu disampaikan dalam diskusi yang digelar 'Double Check' di Jakarta, kata Fulan Hidayat."
    assert _persons(quoted) == ["Fulan Hidayat"]


def test_an_english_portfolio_after_a_title_is_no_person() -> None:
    text = "On the same occasion, Deputy for Marketing at the Ministry of Tourism Fulan Hidayat said the target was met."
    assert "Marketing" not in _persons(text, "en")


def _person(body: str, name: str) -> Entity:
    at = body.index(name)
    return Entity(name, EntityType.PERSON, [Mention(at, at + len(name), name)])


def test_a_word_of_another_persons_name_and_a_listed_figure_stay() -> None:
    body = "Penyidik senior Novel Fulanto hadir. Novel mengatakan kasus itu belum selesai."
    entities = [_person(body, "Novel Fulanto"), _person(body, "Novel")]
    assert [e.name for e in drop_english_labels(entities)] == ["Novel Fulanto", "Novel"]
    alone = "Novel mengatakan kasus itu belum selesai."
    assert drop_english_labels([_person(alone, "Novel")]) == []


def test_a_credit_in_english_words_only_credits_no_one() -> None:
    from kutip.index.ingest.credits import credits_from_lines

    assert credits_from_lines(["Senin, 3 Februari 2020 , 10:15:00 WIB - Economy"]) == []  # a section label
    linked = credits_from_lines(["Baca juga: Fulan Hidayat Bawa Make Up ke Lapas"])
    assert "Make Up" not in [c.name for c in linked]
    assert [c.name for c in credits_from_lines(["Penulis: Fulan Hidayat"])] == ["Fulan Hidayat"]


def test_a_labelled_writer_may_go_by_an_english_word() -> None:
    from kutip.index.ingest.credits import credits_from_lines

    assert [c.name for c in credits_from_lines(["Penulis: Rain"])] == ["Rain"]


def test_a_listed_figures_first_word_is_no_english_label() -> None:
    # the English stemmer reads "Anies" as the plural of "any"
    body = "Anies dan Fulan Hidayat hadir dalam rapat itu."
    assert [e.name for e in drop_english_labels([_person(body, "Anies")])] == ["Anies"]

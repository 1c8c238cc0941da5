"""A short quote given word for word by two outlets that credit two people, and a bare stated day
weighed against a dated report (fixtures written for kutip: fictional people, places and remarks).

One outlet credits a mayor's answer to the suspect its lead names; the other credits the mayor. The
answer is a dozen words, mostly function words, so its content terms are too few for the bar two
people's near-identical words meet (``MISCREDITED``): the words in order, function words and all,
say it is one remark. Two people sharing only a phrase, a five-word stock reply, or the same
sentence days apart stay apart. An undated report stating "Rabu (31/7)" is half a year from a report
dated in January, whatever the year."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.occasions import calendar_gap
from kutip.index.linking.update import days_between, doc_of
from kutip.index.linking.verbatim import all_words, word_for_word
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive

MAYOR = "Rina Marlina"
SUSPECT = "Dodi Prasetyo"
ANSWER = "Mungkin ada pihak yang memang belum siap, beberapa sidang lain juga begitu"
# the other outlet's transcription: one word dropped
COPY = "Mungkin ada pihak yang belum siap, beberapa sidang lain juga begitu"


def _article(aid: str, speaker: str, text: str, date: str = "2024-06-24") -> Article:
    body = f'"{text}," kata {speaker} kepada wartawan.'
    return quoted_article(aid, body, [(speaker, text, f"kata {speaker}")], date=date)


def test_one_quote_credited_to_two_people_links_word_for_word(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("satu", MAYOR, ANSWER))
    archive.add(_article("dua", SUSPECT, COPY))
    assert archive.cluster_of("dua:0") is not None
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:0")


def test_two_people_sharing_a_phrase_stay_apart(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("satu", MAYOR, ANSWER))
    other = "Mungkin ada pihak yang belum siap, tetapi kami tetap datang ke pengadilan besok pagi"
    archive.add(_article("dua", SUSPECT, other))
    assert archive.cluster_of("dua:0") is None or archive.cluster_of("dua:0") != archive.cluster_of("satu:0")


def test_the_same_words_two_people_say_days_apart_stay_apart(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    archive.add(_article("satu", MAYOR, ANSWER))
    archive.add(_article("dua", SUSPECT, COPY, date="2024-07-02"))
    assert archive.cluster_of("dua:0") is None or archive.cluster_of("dua:0") != archive.cluster_of("satu:0")


def test_word_for_word_asks_for_a_whole_quote_of_enough_words() -> None:
    answer, copy = all_words(ANSWER, "id"), all_words(COPY, "id")
    assert word_for_word(answer, copy, 8)
    stock = all_words("Saya tidak tahu soal itu", "id")
    assert not word_for_word(stock, all_words("Saya tidak tahu soal itu, tanya saja ke dinas", "id"), 8)
    phrase = all_words("Mungkin ada pihak yang belum siap, tetapi kami tetap datang ke pengadilan besok", "id")
    assert not word_for_word(answer, phrase, 8)  # a shared opening is not the quote


def test_a_bare_stated_day_is_weighed_against_the_other_reports_date() -> None:
    assert calendar_gap(-731, -801) == 1  # 31 July and 1 August, no year
    assert calendar_gap(-1231, -102) == 2  # across the new year
    assert calendar_gap(0, -731) == 0  # unknown
    january = doc_of("a:0", "a", ANSWER, speaker=MAYOR, date="2020-01-30")
    undated = doc_of("b:0", "b", ANSWER, speaker=MAYOR)
    assert days_between(january, undated) == 0  # nothing stated: nothing to weigh
    from dataclasses import replace

    stated = replace(undated, stated=-731)  # "Rabu (31/7)" in an undated article
    assert days_between(january, stated) > 7
    assert days_between(replace(january, day=january.day + 183), stated) <= 1

"""Reports published days apart must show they carry one remark.

A speaker restates a line at the next briefing in much the same words; outlets report a remark
within a day or two, and a later report usually says when it was made. So reports dated
``RECHECK_DAYS`` or more apart link only when their attributions state one day, or when the
words are near-identical; a lead's event date (another event the article mentions) is not a
publication date. Courtesy formulas (thanks, greetings) are no evidence at all. Fixtures are
written for kutip (fictional speaker, remarks and outlets).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kutip.index.linking.normalise import content_terms
from kutip.index.linking.occasions import stated_day
from kutip.index.linking.update import RECHECK_DAYS, doc_of, matches, one_day, published_apart

SPEAKER = "Fulan Hidayat"
# one remark as two outlets quote it: the second cuts a clause and rewords another
SAID = (
    "Cadangan beras di gudang kabupaten cukup untuk tiga bulan, jadi warga tidak perlu "
    "memborong beras di pasar"
)
REWORDED = "Cadangan beras di gudang kabupaten cukup untuk tiga bulan, warga tak usah panik"


def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def test_alike_words_published_days_apart_are_another_remark() -> None:
    first = doc_of("a:0", "a", SAID, speaker=SPEAKER, date="2024-03-04")
    same_day = doc_of("b:0", "b", REWORDED, speaker=SPEAKER, date="2024-03-04")
    next_day = doc_of("b:0", "b", REWORDED, speaker=SPEAKER, date="2024-03-05")
    later = doc_of("b:0", "b", REWORDED, speaker=SPEAKER, date="2024-03-08")
    assert matches(first, same_day)
    assert matches(first, next_day)  # an outlet publishing after midnight
    assert published_apart(first, later)
    assert not matches(first, later)  # the next briefing's restatement, not a late report


def test_near_identical_words_days_apart_are_one_remark() -> None:
    first = doc_of("a:0", "a", SAID, speaker=SPEAKER, date="2024-03-04")
    copied = doc_of("b:0", "b", SAID.replace("memborong", "memborong semua"), speaker=SPEAKER, date="2024-03-07")
    assert matches(first, copied)


def test_a_late_report_stating_the_day_is_the_remark() -> None:
    first = doc_of("a:0", "a", SAID, speaker=SPEAKER, date="2024-03-04")
    later = doc_of("b:0", "b", REWORDED, speaker=SPEAKER, date="2024-03-09")
    monday = stated_day("Senin (4/3/2024)", 0, 0)
    stated = replace(later, stated=monday, day=monday)  # what the batch reader does with a stated day
    assert not published_apart(first, stated)
    assert matches(first, stated)


def test_a_leads_event_date_is_not_a_publication_date() -> None:
    # an undated article whose lead names the race a week earlier: the linker's day, not its date
    first = replace(doc_of("a:0", "a", SAID, speaker=SPEAKER), day=_day("2024-03-01"), month=24291)
    other = doc_of("b:0", "b", REWORDED, speaker=SPEAKER, date="2024-03-06")
    assert not published_apart(first, other)
    assert matches(first, other)


def test_unknown_speakers_days_apart_need_near_identical_words() -> None:
    first = doc_of("a:0", "a", SAID, speaker=None, date="2024-03-04")
    later = doc_of("b:0", "b", REWORDED, speaker=SPEAKER, date="2024-03-04")
    assert matches(first, later)
    assert not matches(first, replace(later, published=later.published + RECHECK_DAYS, day=later.day + RECHECK_DAYS))


def test_a_bare_stated_day_agreeing_with_the_others_date_dates_both() -> None:
    dated = doc_of("a:0", "a", SAID, speaker=SPEAKER, date="2024-11-30")
    undated = doc_of("b:0", "b", REWORDED, speaker=SPEAKER)
    assert not one_day(dated, undated)
    bare = stated_day('"Cukup," kata Fulan, Sabtu (30/11).', 1, 6)
    assert bare < 0  # no year: month and day only
    assert one_day(dated, replace(undated, stated=bare))
    assert not one_day(dated, replace(undated, stated=stated_day('"Cukup," kata Fulan, Senin (25/11).', 1, 6)))


def test_courtesy_formulas_are_no_evidence() -> None:
    assert content_terms("Terima kasih kepada awak media", "id") == ["awak", "media"]
    assert content_terms("Thank you. Good morning, delegates.", "en") == ["deleg"]
    # a press thank-you and another year's refusal to answer share only the formula and "media"
    thanks = doc_of("a:0", "a", "terima kasih kepada awak media", speaker=SPEAKER)
    refusal = doc_of("b:0", "b", "Media itu partisan. Saya tidak mau menjawab, terima kasih", speaker=SPEAKER)
    assert not matches(thanks, refusal)
    # the lexicon still reads its own entries whole (function words kept)
    assert content_terms("terima kasih", "id", function_words=True) == ["terima", "kasih"]


OATH = (
    "Demi Allah saya bersumpah bahwa saya akan memenuhi kewajiban saya sebagai bupati dengan sebaik-baiknya "
    "dan seadil-adilnya, memegang teguh undang-undang dan berbakti kepada masyarakat"
)


def test_an_oath_is_one_remark_only_on_one_day() -> None:
    # every ceremony swears the same words: two reports of the oath are one only when their days agree
    first = doc_of("a:0", "a", OATH, speaker=SPEAKER, date="2019-09-05")
    same_day = doc_of("b:0", "b", OATH, speaker=SPEAKER, date="2019-09-05")
    another_year = doc_of("c:0", "c", OATH, speaker=SPEAKER, date="2022-02-25")
    undated = doc_of("d:0", "d", OATH, speaker=SPEAKER)
    assert matches(first, same_day)
    assert not matches(first, another_year)
    assert not matches(first, undated)
    sworn = stated_day('"Bersumpah," kata mereka, Kamis (5/9).', 1, 10)
    assert matches(first, replace(undated, stated=sworn))
    english = doc_of("e:0", "e", "I do solemnly swear that I will faithfully execute the office", lang="en")
    assert not matches(english, replace(english, statement="f:0", article="f"))  # no day on either

"""A shorter report nearly all found in a longer one, one speaker on one known day (session 37, issue
10): an outlet translates an answer in a few words of its start and of its end, another quotes the
answer whole; the English is found whole, the Indonesian only in part, and the lexicon's bar for a
translation that leaves a clause out (the longer side covered 0.4) refused it. Within a language the
shorter's containment alone decides for one speaker on one day; across languages now too, with more
terms and a higher share. Without two dates, or with fewer shared terms, it does not link. Fixtures
written for kutip: a fictional governor opening a fictional ferry line."""

from __future__ import annotations

from kutip.index.linking.bilingual import cross_match
from kutip.index.linking.crosslang import CONTAINED_SHARE, CONTAINED_SHARED, LONGER_SHARE
from kutip.index.linking.update import doc_of, matches

GOVERNOR = "Fulan Mahendra"
DAY = "2025-04-22"
ENGLISH = "Today I officially open the ferry route to Tarulu island. Our fishermen asked for it for years."
# the answer whole: the opening, what comes with the route, whom it serves, and the promise at the end;
# the English words lie in its first and last clauses, no run of clauses holds them with half its own words
INDONESIAN = (
    "Pagi ini saya buka secara resmi rute feri ke Pulau Tarulu, dengan dua kapal cepat yang disiapkan "
    "pemerintah daerah, dermaga yang kami perbaiki dengan anggaran daerah, gudang pendingin ikan dan "
    "listrik desa pesisir, bagi pedagang, anak sekolah, dan pegawai yang setiap pagi menyeberang ke kota, "
    "sebuah janji kepada nelayan kita yang bertahun-tahun memintanya."
)
# the same governor on the same day, another answer on the subject: few of its words
OTHER = (
    "Pelabuhan lama akan kami tutup tahun depan karena dangkal, dan pedagang pasar ikan akan kami "
    "pindahkan ke dermaga baru di utara kota."
)


def _docs(indonesian: str, date: str = DAY) -> tuple[object, object]:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=GOVERNOR, date=date)
    other = doc_of("i:0", "i", indonesian, lang="id", speaker=GOVERNOR, date=date)
    return english, other


def test_the_english_is_found_whole_and_the_longer_only_in_part() -> None:
    english, other = _docs(INDONESIAN)
    found = cross_match(english.terms, other.terms)  # type: ignore[attr-defined]
    assert found.shared >= CONTAINED_SHARED
    assert found.english_share >= CONTAINED_SHARE
    assert found.indonesian_share < LONGER_SHARE


def test_one_speaker_on_one_day_links() -> None:
    english, other = _docs(INDONESIAN)
    assert matches(english, other)  # type: ignore[arg-type]


def test_without_two_dates_it_does_not_link() -> None:
    english, other = _docs(INDONESIAN, date="")
    assert not matches(english, other)  # type: ignore[arg-type]


def test_another_answer_on_the_subject_does_not_link() -> None:
    english, other = _docs(OTHER)
    assert not matches(english, other)  # type: ignore[arg-type]

"""A run of clauses of one report against the other whole (session 38, issue 10): an English outlet
quotes a rescue chief's sentence whole, a figure first ("forty are still missing") then the count of
the families reached; an Indonesian outlet quotes the count alone, in more words. The figure only the English
gives is a numbers conflict for the whole reports, and the sentence is one, so no stretch of sentences
leaves it out; the run of clauses after it is the Indonesian report, word for word through the lexicon.
"Alive" is "hidup" or "selamat" (it had no entry). The English page gives no date, so the undated bar
(five shared terms) holds. Fixtures written for kutip: a fictional flood and a fictional rescue chief."""

from __future__ import annotations

from kutip.index.linking.bilingual import cross_match, translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

CHIEF = "Fulan Prasetya"
ENGLISH = "Forty are still missing, we reached twelve families, nine were found alive and three dead,"
INDONESIAN = (
    "Dari dua belas keluarga warga desa yang kami datangi, sembilan ditemukan hidup dalam kondisi "
    "lemah dan tiga keluarga ditemukan meninggal dunia,"
)
# the same chief, another remark: the missing, not the families
OTHER = "Empat puluh warga masih hilang dan pencarian kami lanjutkan besok pagi bersama relawan desa,"


def _docs(indonesian: str) -> tuple[object, object]:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=CHIEF)
    other = doc_of("i:0", "i", indonesian, lang="id", speaker=CHIEF, date="2025-01-20")
    return english, other


def test_alive_reaches_hidup() -> None:
    (term,) = content_terms("alive", "en")
    assert "hidup" in translations(term)


def test_the_whole_reports_disagree_on_a_figure() -> None:
    english, other = _docs(INDONESIAN)
    assert cross_match(english.terms, other.terms).numbers_conflict  # type: ignore[attr-defined]
    assert len(english.sentences) == 1  # type: ignore[attr-defined]


def test_the_run_of_clauses_links_without_two_dates() -> None:
    english, other = _docs(INDONESIAN)
    assert matches(english, other)  # type: ignore[arg-type]


def test_another_remark_does_not_link() -> None:
    english, other = _docs(OTHER)
    assert not matches(english, other)  # type: ignore[arg-type]

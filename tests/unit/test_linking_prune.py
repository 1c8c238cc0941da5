"""``update.may_match``: the terms-only test before ``matches`` drops only pairs no way of
matching could link (issue 11: candidates sharing one blocking key grow with the archive).
Made-up statements and speakers."""

from __future__ import annotations

from itertools import product

from kutip.index.linking.crosslang import renderings_agree
from kutip.index.linking.similarity import BARS, same_report, short_quote_within, similarity
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import MISCREDITED, doc_of, matches, may_match

_DAY = "2024-03-12"

# one speaker's remarks on other subjects, sharing one word (a blocking key: name word + term)
_ONE_WORD = [
    (
        "Pelabuhan baru di Teluk Sari akan dibuka tahun depan untuk kapal nelayan.",
        "Harga beras di pasar turun sejak panen raya di desa nelayan.",
    ),
    (
        "Kami menolak rencana tambang di hulu sungai itu.",
        "Sekolah di hulu kabupaten perlu guru tambahan secepatnya.",
    ),
    (
        "The bridge will carry freight trains by the end of next year.",
        "Teachers deserve better pay, and next year we will deliver it.",
    ),
]
# reports of one remark, or a short quote cut from it
_SAME_REMARK = [
    (
        "Pelabuhan baru di Teluk Sari akan dibuka tahun depan.",
        "Pelabuhan di Teluk Sari dibuka tahun depan untuk umum.",
    ),
    (
        "Saya tidak bisa janji soal anggaran.",
        "Saya tidak bisa janji apa-apa soal pelabuhan itu, semua tergantung anggaran.",
    ),
    (
        "The bridge will carry freight trains by the end of next year.",
        "The bridge is to carry freight trains by next year's end.",
    ),
]


def _pair(
    first: str, second: str, *, lang: str, speakers: tuple[str, str], dates: tuple[str, str]
) -> tuple[LinkDoc, LinkDoc]:
    return (
        doc_of("a:1", "a", first, lang=lang, speaker=speakers[0], date=dates[0]),
        doc_of("b:1", "b", second, lang=lang, speaker=speakers[1], date=dates[1]),
    )


def _every_way_fails(a: LinkDoc, b: LinkDoc) -> bool:
    """Every way ``matches`` has within one language, under every bar and date, ungated."""
    if short_quote_within(a.terms, b.terms) or similarity(a.terms, b.terms).shared >= MISCREDITED[0]:
        return False
    for bar in [*BARS, "undated"]:
        if same_report(a.sentences, b.sentences, bar, (a.clauses, b.clauses)) or renderings_agree(a, b, bar):
            return False
    return True


def test_one_shared_word_is_pruned_and_could_never_match() -> None:
    speakers = [("Fulan Hidayat", "Fulan Hidayat"), ("Fulan Hidayat", "Rina Marlina"), ("Fulan Hidayat", "")]
    dates = [(_DAY, _DAY), (_DAY, ""), ("", "")]
    for (first, second), who, when in product(_ONE_WORD, speakers, dates):
        lang = "en" if first.startswith("The") else "id"
        a, b = _pair(first, second, lang=lang, speakers=(who[0], who[1] or ""), dates=when)
        assert not may_match(a, b) and not may_match(b, a)
        assert _every_way_fails(a, b) and _every_way_fails(b, a)
        assert not matches(a, b) and not matches(a, b, together=True)


def test_reports_of_one_remark_pass() -> None:
    for first, second in _SAME_REMARK:
        lang = "en" if first.startswith("The") else "id"
        a, b = _pair(first, second, lang=lang, speakers=("Rina Marlina", "Rina Marlina"), dates=(_DAY, _DAY))
        assert may_match(a, b) and may_match(b, a)
        assert matches(a, b)


def test_a_miscredited_remark_counted_by_first_letters_passes() -> None:
    """Six terms sharing one five-letter start: one prefix in common, yet ``similarity`` may count
    six shared terms (a miscredited remark), so the pair is kept."""
    mine = tuple(f"abcde{c}x" for c in "ghijkl")
    theirs = tuple(f"abcde{c}y" for c in "ghijkl")
    a = LinkDoc("a:1", "a", 0, frozenset({"fulan"}), frozenset(), mine)
    b = LinkDoc("b:1", "b", 0, frozenset({"rina"}), frozenset(), theirs)
    assert len(a.prefixes & b.prefixes) == 1
    assert may_match(a, b)


def test_across_languages_the_lexicon_decides() -> None:
    a = doc_of("a:1", "a", "Harga beras turun.", lang="id", speaker="Fulan Hidayat", date=_DAY)
    b = doc_of("b:1", "b", "The bridge opens soon.", lang="en", speaker="Fulan Hidayat", date=_DAY)
    assert may_match(a, b)

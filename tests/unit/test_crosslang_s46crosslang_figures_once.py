"""Each part's figures are checked once a pair (session 46 review, issue 10): the sentence-by-sentence
route of ``crosslang.cross_report`` checked the Indonesian sentences' figures again for every English
sentence. Fixtures written for kutip: a fictional mayor on two unrelated subjects."""

from __future__ import annotations

from collections.abc import Collection, Sequence

import pytest

from kutip.index.linking import crosslang
from kutip.index.linking.update import doc_of

MAYOR = "Fulan Wirasena"
ENGLISH = (
    "The new market will open 12 stalls for fishermen next week. Traders asked for wider aisles "
    "and better drainage. We will also repaint the old bus terminal before the rainy season."
)
INDONESIAN = (
    "Sekolah dasar di pinggir kota akan mendapat 30 ruang kelas baru. Guru honorer akan kami "
    "angkat bertahap. Perpustakaan keliling juga kami tambah tahun ini."
)


def test_each_sentence_is_checked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    english = doc_of("e:1", "e", ENGLISH, lang="en", speaker=MAYOR)
    other = doc_of("i:1", "i", INDONESIAN, lang="id", speaker=MAYOR)
    calls: list[tuple[str, ...]] = []
    kept = crosslang.figures_kept

    def counted(part: Sequence[str], terms: Collection[str]) -> bool:
        calls.append(tuple(part))
        return kept(part, terms)

    monkeypatch.setattr(crosslang, "figures_kept", counted)
    assert not crosslang.cross_report(english, other, "same")
    parts = len(crosslang._parts(english, clauses=False)) + len(crosslang._parts(other, clauses=False))
    assert len(english.sentences) == len(other.sentences) == 3
    assert len(calls) <= parts + len(english.sentences) + len(other.sentences)


def test_a_part_without_figures_is_kept_whatever_the_other_holds() -> None:
    assert crosslang.figures_kept(("pasar", "nelayan"), ())
    assert crosslang.figures_kept(("pasar", "12"), frozenset({"12", "pasar"}))
    assert not crosslang.figures_kept(("pasar", "12"), ["pasar"])

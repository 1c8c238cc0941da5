"""kutip's confix stemmer gives Sastrawi's stems word for word, without running Sastrawi's code.

Sastrawi stays installed as the reference here (and for its root dictionary file); the words
are made up or built from its dictionary with every prefix and suffix the rules read.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kutip.index.search.stemmer.confix import ConfixStemmer
from kutip.index.search.stemming import confix_stem, root_words, stem_id

Sastrawi = pytest.importorskip("Sastrawi.Stemmer.StemmerFactory")

_PREFIXES = (
    "", "di", "ke", "se", "ber", "be", "bel", "ter", "te", "me", "mem", "men", "meng", "menge", "meny", "pe",
    "pem", "pen", "peng", "penge", "peny", "per", "pel", "ku", "kau", "diper", "memper", "keber", "mempe",
)  # fmt: skip
_SUFFIXES = ("", "i", "kan", "an", "is", "isme", "isasi", "lah", "pun", "nya", "kannya", "inya", "-nya", "-lah")  # fmt: skip
_NASAL = ("mem", "men", "meng", "meny", "pem", "pen", "peng", "peny")

_MADE_UP_TEXT = """
mengatakan pembangunan perdagangan menangis pengaruh mempengaruhi berbalas-balasan malaikat-malaikat-nya
meniru-nirukan kau kuasa belajar pelajar menyapu diperdengarkan keberhasilan mentaati mensyukuri
mengkritik memproteksi penstabilan pentranskripsi bertani menangkan dikatakannya kesehatanlah pun nya
ke di se kan an lah me ber ter pe fulan hidayat fulanisasi hidayatisme menghidayatkan dihidayati
gemetar gerigi telunjuk kinerja sinambung buku-buku kata-katanya bolak-balik apa--nya --lah ke-2 12-an
se-indonesia ıslak ſaya x
"""
_MADE_UP = _MADE_UP_TEXT.split()


@pytest.fixture(scope="module")
def reference() -> object:
    return Sastrawi.StemmerFactory().create_stemmer()


def _generated(step: int) -> list[str]:
    """Every ``step``-th root, each with two of the prefix and suffix pairs in turn (every pair
    about twenty times over the list), nasalised (``tulis``: ``menulis``) and doubled."""
    words: list[str] = []
    pairs = [(p, s) for p in _PREFIXES for s in _SUFFIXES]
    for n, root in enumerate(sorted(root_words())[::step]):
        for prefix, suffix in (pairs[(2 * n) % len(pairs)], pairs[(2 * n + 1) % len(pairs)]):
            words.append(prefix + root + suffix)
        if root[0] in "ptks":
            words.append(_NASAL[n % len(_NASAL)] + root[1:] + _SUFFIXES[n % len(_SUFFIXES)])
        if n % 8 == 0:
            words.append(f"{root}-{root}")
    return words


def test_the_stems_are_sastrawis_on_made_up_and_generated_words(reference: object) -> None:
    ours = ConfixStemmer(root_words())
    words = list(_MADE_UP) + _generated(step=8)
    assert len(words) > 8_000
    theirs = reference.delegatedStemmer.stem_word  # type: ignore[attr-defined]
    wrong = [(w, ours.stem_word(w)) for w in words if ours.stem_word(w) != theirs(w)]
    assert wrong == []


def test_a_text_is_normalised_as_sastrawi_does(reference: object) -> None:
    texts = [" ".join(_MADE_UP[i : i + 5]) for i in range(0, len(_MADE_UP), 5)]
    texts += ["Kata-Kata ITU", "İstanbul ıslak ſaya", "  ", "", "Café über naïve", "x\ty\nz", "Rp 12.500,-"]
    assert [confix_stem(t) for t in texts] == [reference.stem(t) for t in texts]  # type: ignore[attr-defined]


def test_the_suffix_keeping_variant_cuts_kan_and_an_only() -> None:
    keeping = ConfixStemmer(root_words(), ("isme", "isasi", "kan", "an"))
    assert keeping.stem_word("menangis") == "tangis"
    assert keeping.stem_word("mengatakan") == "kata"
    assert ConfixStemmer(root_words()).stem_word("menangis") == "menang"


@pytest.mark.parametrize("roots", [{"aruh"}, {"karuh"}, {"ngaruh"}, {"duduk"}])
def test_the_last_reading_of_a_rule_wins_when_none_is_a_root(roots: set[str]) -> None:
    """``peng-V`` reads ``V``, ``kV``, then ``penge-``: when no reading is a root the last one
    is kept, and on ``pengaruh`` it reads nothing, so the rule removes nothing and ``pe-C``
    (rule 34) takes ``ngaruh``. Sastrawi over the same small dictionary agrees."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer

    reference = Stemmer(ArrayDictionary(sorted(roots)))
    ours = ConfixStemmer(roots)
    for word in ("pengaruh", "pengaruhnya", "mengaruhkan", "dipengaruhi", "kudukan", "penduduk"):
        assert ours.stem_word(word) == reference.stem_word(word), word


def test_indexing_stems_without_loading_sastrawis_code() -> None:
    """Sastrawi's rules compile a pattern per rule and word: a third of an analysis worker's CPU."""
    code = (
        "import sys\n"
        "from kutip.index.search.stemming import stem_id\n"
        "assert stem_id('pembangunannya') == 'bangun', stem_id('pembangunannya')\n"
        "assert stem_id('menangis') == 'tangis'\n"
        "print(sorted(m for m in sys.modules if m.startswith('Sastrawi.Stemmer.Context')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_stem_id_mends_as_before() -> None:
    assert stem_id("bertani") == "tani"
    assert stem_id("mengatasi") == "atas"
    assert stem_id("2024") == "2024"


_FOLDING_TEXTS = (
    'Fulan Hidayat mengatakan, "Kami sudah siap." ujarnya di Liputan6.com pada 12/03.',
    "İstanbul'da ıslak KÖLN Ærø straße Œuvre naïve café São Paulo Đà Nẵng ﬁnal ǅemal",
    "Korea's Kim’s don't 3.14 x_y __init__ a.b.c. ..dots.. 'quoted' ‘curly’ — dash",
    "日本語 テキスト 中文 العربية हिन्दी Ελληνικά Русский ½ ² ⅷ",
    "",
)


@pytest.mark.parametrize("text", _FOLDING_TEXTS)
def test_folded_tokens_are_the_folding_analysers(text: str) -> None:
    """The stems stage and query words read words without Whoosh's token chain, the same words."""
    from kutip.index.search.whoosh_engine.toolkit import folded_tokens, folding

    assert folded_tokens(text) == [t.text for t in folding()(text)]


def test_a_search_that_stems_nothing_does_not_compile_the_rules() -> None:
    """A one-shot ``kutip search`` reads stems back; compiling the rules would cost it ~7 ms."""
    code = (
        "import sys\n"
        "from kutip.index.search import stemming\n"
        "assert stemming.stem_en('ministers') == 'minist'\n"
        "print('kutip.index.search.stemmer.confix' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

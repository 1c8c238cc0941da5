"""Entities' dictionary stems with kutip's own stemmer, not Sastrawi's rule code.

Sastrawi's rules cost about fifteen times kutip's (search/stemmer) for the same stems, and entities
ask for a word's root on every capitalised word; only the root dictionary comes from its package.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kutip.index.entities import dictionary


def test_the_dictionary_never_loads_sastrawis_rules() -> None:
    probe = (
        "import sys\n"
        "from kutip.index.entities import dictionary as d\n"
        "assert d.is_plain_word('pencetakan') and d.is_derived_word('diundang')\n"
        "assert d.stem('diundang') == 'undang'\n"
        "print(any(name.startswith('Sastrawi.Stemmer.Context') for name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_recognising_names_never_loads_sastrawis_rules() -> None:
    # the lexicon's root checks read the same root dictionary through search.stemming.root_words
    probe = (
        "import sys\n"
        "from kutip.index.entities import recognise\n"
        "from kutip.index.entities.lexicon import clitic_word\n"
        "recognise('Bupati Fulan Hidayat mengatakan, \"Kami siap.\" Ia berharap warga membantu.', 'id')\n"
        "assert clitic_word('wakilnya') and not clitic_word('fulannya')\n"
        "print(any(name.startswith('Sastrawi.Stemmer.Context') for name in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    "word", ["pencetakan", "diundang", "berlangsung", "ketidakadilan", "menyampaikan", "fulanisasi", "nomor"]
)
def test_same_answers_as_sastrawis_stemmer(word: str) -> None:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    factory = StemmerFactory()
    roots = frozenset(factory.get_words()) | dictionary._learnt()
    root = factory.create_stemmer().stem(word)
    assert dictionary.stem(word) == root
    assert dictionary.is_derived_word(word) == (root != word and root in roots)
    assert dictionary.is_plain_word(word) == (word in roots or (root != word and root in roots))

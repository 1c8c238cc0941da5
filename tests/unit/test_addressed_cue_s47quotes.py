"""A cue naming a person by a word of address from the entities' one list and a given name
(``Kang Fulan``) is the person the article names in full, not the running speaker
(statements/prefixes.py reads language/address_words.txt; made-up text)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_PAGE = (
    "Mantan Menteri Koordinator Perekonomian Darmawan Sukri mengkritik Kepala Badan Sertifikasi Nasional Heru Halimi.\n"
    "Darmawan menyoal ucapan lelaki yang biasa dipanggil {w} Heru itu soal tenggat.\n"
    '"Masa semua barang harus punya sertifikat? Bagaimana dengan sayur di pasar?" kata Darmawan.\n'
    "Sebelumnya {w} Heru menyampaikan tenggat itu di depan pengusaha.\n"
    '"Yang tidak mengurus sertifikat sampai akhir tahun akan kami tegur," ujar {w} Heru.\n'
)


def _speakers(word: str) -> list[str | None]:
    body = _PAGE.format(w=word)
    found = extract_statements("t", body, "id", recognise(body, "id"))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_listed_word_of_address_names_the_full_person() -> None:
    assert _speakers("Kang") == ["Darmawan Sukri", "Heru Halimi"]
    assert _speakers("Bang") == ["Darmawan Sukri", "Heru Halimi"]
    assert _speakers("Babe") == ["Darmawan Sukri", "Heru Halimi"]


def test_the_older_nickname_heads_still_name_the_person() -> None:
    assert _speakers("Cak") == ["Darmawan Sukri", "Heru Halimi"]
    assert _speakers("Pak") == ["Darmawan Sukri", "Heru Halimi"]

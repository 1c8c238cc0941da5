"""A long given name printed whole on one page and cut to its first part on another is one name;
the page's short form that both contain then names the person written out in full (the archive's
canonical name, which the speaker carries).

The articles are written for the tests; the archive's own analysis finds their speakers.
"""

from __future__ import annotations

from pathlib import Path

from kutip.index import people
from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.people import canonical
from kutip.index.people.names import cut_word_variant

WHOLE = """Anggota Dewan Minta Data Pesawat

Wakil Ketua Komisi Pertahanan Rendra Wiratmajasena Kusumo Handoyo meminta data lengkap soal pesawat itu.

"Kami perlu melihat datanya dulu," kata Rendra Wiratmajasena Kusumo Handoyo kepada wartawan, Senin.
"""

CUT = """Komisi Pertahanan Soroti Pembelian Pesawat

Anggota Komisi Pertahanan Rendra Wiratma Kusumo Handoyo menilai pembelian itu perlu dikaji lagi.

"Pembelian ini harus dikaji dengan teliti," ujar Rendra Wiratma Kusumo Handoyo, Selasa.
"""

SHORT = """Pesawat Baru Tiba di Pangkalan

Rendra Handoyo, anggota Komisi Pertahanan, menyambut kedatangan pesawat itu.

"Ini langkah yang baik untuk pertahanan kita," kata Rendra Handoyo di pangkalan, Rabu.
"""


def test_a_word_cut_short_is_one_name_with_the_word_written_out() -> None:
    assert cut_word_variant("rendra wiratma kusumo handoyo", "rendra wiratmajasena kusumo handoyo")
    assert not cut_word_variant(
        "rendra wir kusumo handoyo", "rendra wiratmajasena kusumo handoyo"
    )  # 3 letters
    assert not cut_word_variant("rendra wiratma handoyo", "rendra wiratmajasena kusumo")  # another surname
    assert not cut_word_variant("rendra handoyo", "rendra handoyono")  # two words: too little is alike
    assert not cut_word_variant("rendra wiratma kusumo handoyo", "rendra wiratmajasena kusuma handoyo")


def test_the_short_form_names_the_person_written_out(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in {"whole": WHOLE, "cut": CUT, "short": SHORT}.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    db = store.connection()
    full = "Rendra Wiratmajasena Kusumo Handoyo"
    assert canonical(db, "Rendra Handoyo") == full
    assert canonical(db, "Rendra Wiratma Kusumo Handoyo") == full
    written = {s.speaker for s in store.statements() if s.kind == "direct" and s.speaker}
    shown = {people.shown_name(w, name) for w, name in archive.canonical_names(written).items()}
    assert shown == {full}
    store.close()
    archive.close()

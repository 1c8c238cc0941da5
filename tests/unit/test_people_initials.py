"""A name written with a word cut to its initial is the same person as the name written out,
and an article's short form that several such spellings contain joins them all.

The articles are written for the tests; the archive's own analysis finds their speakers.
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.docstore import DocStore
from kutip.index.facade import Archive
from kutip.index.people import canonical
from kutip.index.people.names import initial_variant

FULL = """Wakil Kepala Badan Pangan Minta Maaf

Wakil Kepala Badan Pangan Rina Sulistyowati Marlina meminta maaf atas kejadian itu, Senin.

"Kami bertanggung jawab penuh atas kejadian ini," kata Rina Sulistyowati Marlina kepada wartawan.
"""

INITIAL = """Badan Pangan Janji Perbaiki Dapur

Wakil Kepala Badan Pangan Rina S Marlina berjanji memperbaiki semua dapur, Selasa.

"Semua dapur akan kami periksa satu per satu," ujar Rina S Marlina di Jakarta.
"""

INITIAL_AGAIN = """Badan Pangan Periksa Dapur di Bandung

Rina S Marlina meninjau dapur di Bandung, Rabu.

"Dapur ini sudah memenuhi standar," kata Rina S Marlina.
"""

SHORT = """Badan Pangan Evaluasi Program

Rina Marlina menyebut evaluasi program akan selesai pekan depan.

"Evaluasi selesai pekan depan," kata Rina Marlina.
"""


def test_an_initial_is_a_short_form_of_the_word_written_out() -> None:
    assert initial_variant("rina s marlina", "rina sulistyowati marlina")
    assert initial_variant("m fulan hidayat", "muhammad fulan hidayat")
    assert not initial_variant("rina s marlina", "rina t marlina")
    assert not initial_variant("rina s marlina", "rina sulistyowati wibowo")
    assert not initial_variant("r marlina", "rina marlina")  # two words: too little is written out


def test_initials_and_short_forms_meet_the_full_name(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in {"full": FULL, "initial": INITIAL, "again": INITIAL_AGAIN, "short": SHORT}.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    db = store.connection()
    full = "Rina Sulistyowati Marlina"
    # the initial is written in more articles than the full name, which still names the person
    assert canonical(db, "Rina S Marlina") == full
    assert canonical(db, "Rina Marlina") == full
    store.close()
    archive.close()


FULLER = """Wakil Menteri Tinjau Pabrik

Wakil Menteri Fulan Wirasatya Gerunggang meninjau pabrik tekstil di Sukoharjo, Kamis.

"Kami akan menjaga agar tidak ada pemutusan hubungan kerja," kata Fulan Wirasatya Gerunggang.
"""

SHORTER = [
    f"""Wamen Soroti Pailit Pabrik {n}

Wakil Menteri Fulan Wirasatya menduga ada pihak yang bermain dalam pailit pabrik {n}.

"Kami menduga ada yang bermain," ujar Fulan Wirasatya di Jakarta.
"""
    for n in ("Satu", "Dua", "Tiga")
]


def test_the_fullest_name_is_canonical_though_written_less_often(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fuller.txt").write_text(FULLER, encoding="utf-8")
    for n, text in enumerate(SHORTER):
        (corpus / f"shorter{n}.txt").write_text(text, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    db = store.connection()
    assert canonical(db, "Fulan Wirasatya") == "Fulan Wirasatya Gerunggang"
    store.close()
    archive.close()


NICKNAMED = {
    "imanuel": """Wamen Soroti Pailit Pabrik

Wakil Menteri Immanuel Wirasatya, yang akrab disapa Nuel, menduga ada pihak yang bermain.

"Kami menduga ada yang bermain," kata Nuel di Jakarta.
""",
    "emanuel": """Wamen Tinjau Pabrik

Wakil Menteri Emmanuel Wirasatya yang akrab disapa Nuel meninjau pabrik di Sukoharjo, Kamis.

"Tidak boleh ada pemutusan hubungan kerja," ujar Nuel.
""",
}


def test_one_nickname_given_to_two_spellings_of_one_name_is_one_person(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in NICKNAMED.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    archive = Archive.open(tmp_path / "ix")
    archive.index([corpus])
    store = DocStore(tmp_path / "ix" / "kutip.sqlite3")
    db = store.connection()
    assert canonical(db, "Emmanuel Wirasatya") == canonical(db, "Immanuel Wirasatya")
    assert canonical(db, "Nuel") == canonical(db, "Immanuel Wirasatya")
    store.close()
    archive.close()

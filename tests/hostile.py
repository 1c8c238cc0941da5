"""A small generated hostile corpus: articles and file names that try to drive the terminal.

Every string here is written for kutip's tests. The escape sequences are the ones a
hostile scrape would use: OSC 52 (set the terminal clipboard), CSI 6n (cursor position
query, whose reply lands in the input), clear screen, the alternate screen, BEL, C1
controls (8-bit CSI and OSC), bidi overrides and zero-width characters.
:func:`write_bad_folder` adds the files that must cost only themselves: links out of the
folder, a loop, a dangling link, a named pipe, broken and deeply nested JSON.

To try it by hand (in tmux with ``set-clipboard on``)::

    python -m tests.hostile /tmp/hostile && kutip --index /tmp/hostile-ix index /tmp/hostile/corpus
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ESC = "\x1b"
BEL = "\x07"
OSC52 = f"{ESC}]52;c;aGFja2VkCg=={BEL}"  # puts "hacked" on the clipboard
OSC_TITLE = f"{ESC}]0;owned{ESC}\\"  # window title, ST-terminated
CURSOR_QUERY = f"{ESC}[6n"
CLEAR = f"{ESC}[2J{ESC}[H"
ALT_SCREEN = f"{ESC}[?1049h"
DCS = f"{ESC}P+q544e{ESC}\\"
SINGLE = f"{ESC}c"  # full reset
C1_CSI = "\x9b31m"
C1_OSC = "\x9d52;c;aGk=\x9c"
BIDI = "\u202e"  # right-to-left override
ISOLATE = "\u2066"
ZERO_WIDTH = "\u200b"
ALL_ESCAPES = (OSC52, OSC_TITLE, CURSOR_QUERY, CLEAR, ALT_SCREEN, DCS, SINGLE, C1_CSI, C1_OSC, BEL)

# Bytes that must never reach a terminal from kutip's human-readable output.
FORBIDDEN = frozenset({0x1B, 0x07, 0x7F, *range(0x80, 0xA0)})
INVISIBLE = frozenset({0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                       0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x061C})  # fmt: skip


def forbidden_in(text: str) -> list[str]:
    """The forbidden characters of ``text`` (as ``U+XXXX``), empty when the output is clean."""
    return sorted({f"U+{ord(c):04X}" for c in text if ord(c) in FORBIDDEN or ord(c) in INVISIBLE})


ARTICLE_A = f"""Wali Kota {OSC52}Terpilih Janji Perbaiki Pasar{BEL}

Warta {ESC}[31mMerah{ESC}[0m, Kota Lama - Wali kota terpilih Budi Santoso berjanji memperbaiki pasar tradisional \
dalam seratus hari pertama. {CURSOR_QUERY}Pedagang menyambut janji itu.{CLEAR}

"Pasar ini jantung ekonomi warga{OSC52} dan kami akan memperbaikinya tahun ini," kata Budi Santoso \
kepada wartawan, Senin (4/11/2024).{ALT_SCREEN}

Budi mengatakan anggaran perbaikan sudah disiapkan.{C1_CSI} Dia juga menyebut {BIDI}gpj.exe{ZERO_WIDTH} \
sebagai contoh berkas palsu{ISOLATE} dan {DCS} {SINGLE} {OSC_TITLE}.

"Pedagang tidak perlu khawatir soal{C1_OSC} biaya sewa," ujar Budi.
"""

ARTICLE_B = f"""Budi Santoso{BEL} Berjanji Benahi Pasar Tradisional

Kabar {ESC}]8;;http://x{ESC}\\Pesisir{ESC}]8;;{ESC}\\, Kota Lama - Wali kota terpilih Budi Santoso kembali \
berbicara tentang pasar.{CURSOR_QUERY}

"Pasar ini jantung ekonomi warga dan kami akan memperbaikinya tahun ini," kata Budi Santoso di balai kota, \
Selasa (5/11/2024).{OSC52}

Menurut Budi, pedagang akan dilibatkan{BIDI} dalam rencana itu.
"""

RECORD = {
    "title": f"Rapat {OSC52}Dewan Kota{BEL}",
    "outlet": f"Harian {ESC}[2JSiluman{ZERO_WIDTH}",
    "author": f"Penulis {CURSOR_QUERY}Gelap",
    "date": "2024-11-06",
    "url": f"https://contoh.test/{ESC}]52;c;eA=={BEL}",
    "text": f'Dewan kota membahas pasar.{ALT_SCREEN}\n\n"Kami mendukung perbaikan pasar{C1_CSI} itu," kata '
    f"Ketua Dewan Sri Wahyuni{OSC52}, Rabu.",
}

# File names carry escapes too: they reach the progress bar, skip lines and ``show``.
EVIL_NAME = f"kabar{ESC}]52;c;aGk={BEL}{ESC}[2J.txt"
EVIL_SKIPPED_NAME = f"catatan{ESC}[6n{BIDI}.pdf"


def write_hostile_corpus(folder: Path) -> Path:
    """Write the hostile articles (and hostile file names) under ``folder``; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pasar-a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / EVIL_NAME).write_text(ARTICLE_B, encoding="utf-8")
    (folder / "dewan.json").write_text(json.dumps(RECORD), encoding="utf-8")
    (folder / EVIL_SKIPPED_NAME).write_bytes(b"%PDF-1.4 not read")
    return folder


SECRET = """Catatan Server

Dokumen rahasiaterlarang ini berisi sandi akun root untuk server kantor pusat di kota.

Jangan pernah membagikan isi berkas ini kepada siapa pun di luar tim teknik.
"""


def write_bad_folder(root: Path) -> Path:
    """``root/news``: one good article among files that must each be skipped or repaired alone.

    ``root/etc/passwd`` is the file outside the folder that ``news/passwd.txt`` links to.
    """
    outside = root / "etc"
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "passwd").write_text(SECRET, encoding="utf-8")
    news = root / "news"
    news.mkdir(parents=True, exist_ok=True)
    (news / "taman.txt").write_text(GOOD, encoding="utf-8")
    (news / "passwd.txt").symlink_to(outside / "passwd")
    (news / "loop.txt").symlink_to(news / "loop.txt")
    (news / "gone.txt").symlink_to(news / "missing.txt")
    os.mkfifo(news / "pipe.txt")
    broken = {"title": "Sungai \ud800Bersih", "text": "Warga membersihkan sungai bersama relawan kota. \udcff"}
    (news / "sungai.json").write_text(json.dumps(broken, ensure_ascii=True), encoding="utf-8")
    (news / "deep.json").write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    (news / "deep.jsonl").write_text('{"text": ' + "[" * 10_000 + "]" * 10_000 + "}\n", encoding="utf-8")
    write_bad_name(news)
    return news


GOOD = """Taman Kota Dibuka untuk Warga

Kota Lama - Pemerintah kota membuka taman baru di tepi sungai pada Sabtu pagi.

"Taman ini untuk semua warga," kata Wali Kota Rini Astuti.
"""


def write_bad_name(folder: Path) -> Path | None:
    """A file whose name is not valid UTF-8 (None where the file system refuses such names)."""
    name = os.fsencode(folder) + b"/berita-\xff\xfe.txt"
    try:
        with open(name, "wb") as handle:
            handle.write(b"Judul Berita\n\nIsi berita yang biasa saja tentang pasar kota.\n")
    except OSError:
        return None
    return Path(os.fsdecode(name))


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    print(write_hostile_corpus(target / "corpus"))
    print(write_bad_folder(target / "bad"))

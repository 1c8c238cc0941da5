"""Session 39 metadata forms (made-up pages): a dateline's capitals run into the lead's first word by a
scrape ("CONTOHPresiden …", "KOTAWarga …") set apart again, and a brand written in one word with capitals
("CONTOHChannel - …") left as the page wrote it; a credit pairing the story's writer with an outlet; a
paragraph printed twice in a row given once; a caption opening on its label ("Ilustrasi …") is furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.ingest.build import _unglued_dateline
from tests.conftest import load_article as load_text
from tests.unit.ingest_pages import BRIDGE_LEAD as _LEAD
from tests.unit.ingest_pages import BRIDGE_STORY as _STORY


def test_site_name_glued_to_the_lead_signs_the_page(tmp_path: Path) -> None:
    article = load_text(tmp_path, f"Jembatan Gantung Baru Diresmikan\n\nKABARCONTOH{_LEAD}\n\n{_STORY}")
    assert article.outlet.casefold() == "kabarcontoh"
    assert article.body.startswith("KABARCONTOH – Bupati Sukamaju")


def test_place_glued_to_the_lead_is_set_apart() -> None:
    assert _unglued_dateline(f"SUKAMAJU{_LEAD}") == f"SUKAMAJU – {_LEAD}"


def test_brand_of_capitals_and_a_word_is_left_alone() -> None:
    for line in (
        f"KABARChannel - {_LEAD}",
        f"KABARNews.com - {_LEAD}",
        f"KABARnews/Ana Lee {_LEAD}",
        "UMKM Naik Kelas",
        "KABARCONTOHPresiden",
    ):
        assert _unglued_dateline(line) == line


def test_glued_capitals_inside_the_story_are_left_alone(tmp_path: Path) -> None:
    text = (
        f"SUKAMAJU – {_LEAD}\n\n{_STORY}\n\n"
        + "\n\n".join(
            f"Paragraf {n} tentang perbaikan jembatan desa itu berlanjut di sini dengan kalimat panjang."
            for n in range(12)
        )
        + "\n\nPUPRKabupaten menyatakan anggaran perbaikan jembatan tahun depan sudah disiapkan dengan baik."
    )
    assert "PUPRKabupaten menyatakan" in load_text(tmp_path, text).body


# -- a credit pairing the story's own writer with an outlet -------------------------------------------------


def test_credit_pairing_the_writer_with_an_outlet_names_the_page(tmp_path: Path) -> None:
    text = (
        "Warga memperbaiki jembatan desa, Minggu, 15 Januari 2023. Foto: Metro TV/Ana Lestari Putri\n\n"
        "Ana Lestari Putri • 15 January 2023 20:41\n\n"
        f"Sukamaju: {_LEAD}\n\n{_STORY}"
    )
    article = load_text(tmp_path, text)
    assert article.author == "Ana Lestari Putri"
    assert article.outlet == "Metro TV"


def test_credit_pairing_another_person_names_no_outlet(tmp_path: Path) -> None:
    text = (
        "Warga memperbaiki jembatan desa, Minggu, 15 Januari 2023. Foto: Metro TV/Budi Santoso Wirawan\n\n"
        "Ana Lestari Putri • 15 January 2023 20:41\n\n"
        f"Sukamaju: {_LEAD}\n\n{_STORY}"
    )
    assert load_text(tmp_path, text).outlet == ""


# -- a paragraph printed twice in a row ------------------------------------------------------------------


def test_caption_printed_twice_is_given_once(tmp_path: Path) -> None:
    caption = "Bupati Sukamaju meninjau jembatan gantung yang baru selesai dibangun di tepi sungai desa."
    text = f"SUKAMAJU – {_LEAD}\n\n{caption}\n\n{caption}\n\n{_STORY}"
    body = load_text(tmp_path, text).body
    assert body.count(caption) == 1
    assert body.count("Kepala desa mengatakan") == 1


def test_a_paragraph_repeated_later_is_kept(tmp_path: Path) -> None:
    said = "“Jembatan ini untuk anak-anak yang bersekolah di seberang sungai,” kata Bupati."
    text = f"SUKAMAJU – {_LEAD}\n\n{said}\n\n{_STORY}\n\n{said}"
    assert load_text(tmp_path, text).body.count(said) == 2


# -- a caption opening on its label ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Ilustrasi. Foto Contohstock.",
        "Ilustrasi jembatan gantung di Sukamaju (Contohstock)",
        "Illustration of villagers crossing a river.",
    ],
)
def test_caption_opening_on_its_label_leaves_the_body(tmp_path: Path, caption: str) -> None:
    article = load_text(tmp_path, f"SUKAMAJU – {_LEAD}\n\n{caption}\n\n{_STORY}")
    assert caption not in article.body
    assert caption in article.boilerplate
    assert "Kepala desa mengatakan" in article.body


def test_story_sentence_about_an_illustration_stays(tmp_path: Path) -> None:
    said = "Ilustrasinya dibuat oleh murid sekolah dasar di desa itu, kata kepala sekolah kepada warga."
    assert said in load_text(tmp_path, f"SUKAMAJU – {_LEAD}\n\n{said}\n\n{_STORY}").body

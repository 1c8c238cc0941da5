"""Photo credits and closing bylines in the forms news sites print (issue 9, names session 34): an
agency's credit glued to the caption's date and a photographer's initial with its full stop, a handout
("HO-...") or a code with digits that names no one, a dash before the photographer and the site, and
a writer named alone under "Artikel ini ditulis oleh:". Made-up names, outlets and captions."""

from __future__ import annotations

from kutip.index.entities.closings import add_closing_credits
from kutip.index.ingest.credits import closing_photo_credits, credits_from_lines, looks_like_name
from kutip.index.models import EntityType


def _photo(line: str) -> list[str]:
    return [c.name for c in credits_from_lines([line]) if c.role == "photo"]


def test_an_agency_credit_glued_to_the_captions_date_with_an_initial() -> None:
    line = "Warga mengantre bantuan di balai desa Sukamaju, Senin (3/2/2025).ANTARA FOTO/Fulan Badu S./abc."
    assert _photo(line) == ["Fulan Badu S"]
    assert [c.name for c in closing_photo_credits(line)] == ["Fulan Badu S"]


def test_the_caption_before_the_agency_is_no_part_of_the_credit() -> None:
    assert _photo("Suasana rapat di balai desa. ANTARA FOTO/M Fulan Hidayat/abc.") == ["M Fulan Hidayat"]


def test_a_handout_names_no_photographer() -> None:
    assert _photo("Menteri Fulan Hidayat (tengah) di Sukamaju, Sabtu (1/2/2025). ANTARA/HO-Humas Contoh/abc") == []
    assert _photo("Menteri Fulan Hidayat (tengah) di Sukamaju, Sabtu (1/2/2025). ANTARA/HO-KMS2025/abc") == []


def test_a_word_with_digits_is_no_name() -> None:
    assert not looks_like_name("KMS2025")
    assert looks_like_name("Fulan Badu")


def test_a_dash_the_photographer_and_the_site() -> None:
    assert _photo("- Fulan Badu Hidayat/contohnews.com") == ["Fulan Badu Hidayat"]
    assert _photo("Menteri Sari Dewi di Sukamaju. - Fulan Hidayat/contohnews.com") == ["Fulan Hidayat"]
    assert _photo("- Pelantikan/contohnews.com") == []  # one word: a headline's, not a photographer's


def test_a_writer_alone_under_the_writers_label_closes_the_story() -> None:
    body = (
        'Kepala desa Sari Dewi meresmikan jembatan baru. "Warga kini lebih mudah ke pasar," ujarnya.\n'
        "Artikel ini ditulis oleh:\nFulanto"
    )
    people = [e.name for e in add_closing_credits(body, []) if e.type is EntityType.PERSON]
    assert people == ["Fulanto"]


def test_an_everyday_word_under_the_label_is_no_writer() -> None:
    body = "Kepala desa Sari Dewi meresmikan jembatan baru.\nArtikel ini ditulis oleh:\nRedaksi"
    assert add_closing_credits(body, []) == []

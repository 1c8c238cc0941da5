"""A name's edge words: a club before it (the name spelt a letter apart elsewhere), a show's title
after it, the name's own words in a caption. Made-up passages and names."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.glued_fronts import _spelt_alike
from kutip.index.models import EntityType


def _persons(body: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in recognise(body, "id") if e.type is EntityType.PERSON}


CAPTION = """Kabid Humas Polres Sukamaju Kombes Pol Endrika Zulfandi (Kabar Sukamaju)

Sukamaju, Kabar Sukamaju -- Polres Sukamaju menyebut berkas kasus pencurian motor akan dikirim ke kejaksaan pekan depan.

"Berkasnya sedang kami lengkapi," kata Kabid Humas Polres Sukamaju Kombes E Zulfandi kepada wartawan, Kamis.

Zulfandi tak menjelaskan berapa tersangka yang ditahan.

Zulfandi hanya mengatakan penyidik masih memeriksa saksi.
"""


def test_a_caption_writing_the_name_in_full_keeps_it_whole() -> None:
    # "Endrika" and "Zulfandi" are both forms of this one person: the caption glues no word to a name
    persons = _persons(CAPTION)
    assert "Endrika Zulfandi" in persons
    assert "E Zulfandi" not in persons


SHOW = """Penyanyi Fulani Rahmawati bercerita soal masa kecilnya saat ditemui di Jakarta pada Senin.
"Dulu saya sering ngamen di pasar," kata Fulani dalam jumpa pers usai konser Fulani Rahmawati Dangdut Never Dies di Jakarta.
Fulani Rahmawati mengaku musik dangdut membesarkan namanya.
"""


def test_a_show_title_after_the_name_is_no_part_of_it() -> None:
    persons = _persons(SHOW)
    assert "Fulani Rahmawati" in persons
    assert not any(
        "Dangdut" in name or any("Dangdut" in a for a in aliases) for name, aliases in persons.items()
    )


def test_a_name_word_after_the_name_written_elsewhere_stays() -> None:
    body = (
        "Fulani Rahmawati datang ke Jakarta pada Senin. "
        '"Saya senang," kata Fulani Rahmawati Kusuma di lokasi. Fulani Rahmawati lalu pulang.'
    )
    assert "Fulani Rahmawati Kusuma" in _persons(body)


def test_two_runs_spelt_a_letter_apart_are_one_persons() -> None:
    assert _spelt_alike(("djundjung", "soepardjan"), ("djunjung", "soepardjan"))
    assert not _spelt_alike(("fulan", "hidayat"), ("badu", "hidayat"))
    assert not _spelt_alike(("adi", "hidayat"), ("ade", "hidayat"))  # short words: another name
    assert not _spelt_alike(("fulan", "hidayat"), ("fulan", "hidayat", "putra"))

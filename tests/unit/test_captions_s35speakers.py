"""Session 35, speakers (made-up names and text): a photo caption left in the prose, known by the
picture credit that closes it, puts nobody forward for the pronouns after it."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.photo_captions import caption


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_a_caption_glued_to_the_next_sentence_puts_nobody_forward() -> None:
    body = (
        "Bupati Sukamaju Hendra Wirawan meninjau tanggul yang jebol di Desa Cibeureum, Senin.\n\n"
        '"Kami minta maaf kepada warga yang rumahnya terendam," kata Hendra.\n\n'
        "Wakil Bupati Sukamaju Doni Prasetyo meninjau posko pengungsian di Desa Cikadu, Senin (3/2/2025). "
        "[Dok. Pemkab Sukamaju]Hendra pun berjanji memperbaiki tanggul dalam sepekan.\n\n"
        "Ia menegaskan, perbaikan dibiayai dana darurat.\n\n"
        '"Anggarannya sudah kami siapkan sejak pekan lalu," tuturnya.\n'
    )
    assert _speakers(body) == ["Hendra Wirawan", "Hendra Wirawan"]


def test_what_closes_a_caption() -> None:
    for text in (
        "Fulan meninjau pasar, Senin (3/2). [Dok. Pemkab]",
        "Fulan meninjau pasar, Senin (3/2). (Foto: Badu Santoso)",
        "Fulan meninjau pasar, Senin (3/2). (ANTARA/Badu Santoso)",
        "Fulan, left, talks with reporters in Jakarta.  AP",
    ):
        assert caption(text, 0, text.index(".") + 1, len(text)), text
    for text in (
        "Fulan meninjau pasar, Senin (3/2). (kiri) Badu menyambutnya.",
        "Fulan meninjau pasar, Senin. Badu menyambutnya.",
        "Fulan met the governor in Jakarta. He left at noon.",
    ):
        assert not caption(text, 0, text.index(".") + 1, len(text)), text

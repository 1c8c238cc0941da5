"""Where a caption's closing photo credit starts (issue 10, session 45, review debt): the credit reader says
so itself, from the one list of photo labels (data/ingest_photo_labels.txt), so the caption reader of the
entities need not look for the credit again. Every caption here is made up."""

from __future__ import annotations

from kutip.index.ingest.credits import closing_photo_credit, closing_photo_credits
from kutip.index.language import folded_set

_CAPTION = "Warga membersihkan saluran irigasi di Desa Sukamaju, Sabtu (10/5/2031)."


def test_a_labelled_credit_starts_at_its_label() -> None:
    line = f"{_CAPTION} Foto: KABARKITA/RINA KARTIKA"
    found = closing_photo_credit(line)
    assert found is not None and found.start == line.index("Foto")
    assert [(c.role, c.name.casefold()) for c in found.credits] == [("photo", "rina kartika")]


def test_an_agency_before_the_label_belongs_to_the_credit() -> None:
    line = f"{_CAPTION} KABAR FOTO: Rina Kartika"
    found = closing_photo_credit(line)
    assert found is not None and found.start == line.index("KABAR FOTO")


def test_a_bracketed_credit_starts_at_its_bracket() -> None:
    line = f"{_CAPTION} (Kabarkita/Rina Kartika)"
    found = closing_photo_credit(line)
    assert found is not None and found.start == line.index("(Kabarkita")
    labelled = f"{_CAPTION} (Foto: Rina Kartika)"
    found = closing_photo_credit(labelled)
    assert found is not None and found.start == labelled.index("(Foto")


def test_a_source_then_photographer_after_the_stop_starts_at_the_source() -> None:
    line = f"  {_CAPTION} ANTARA FOTO/Rina Kartika"
    found = closing_photo_credit(line)
    assert found is not None and found.start == line.index("ANTARA")


def test_a_caption_closing_on_no_credit_has_none() -> None:
    assert closing_photo_credit(_CAPTION) is None
    assert closing_photo_credits(_CAPTION) == []


def test_the_photo_labels_are_one_data_list() -> None:
    assert {"foto", "photo"} <= folded_set("ingest_photo_labels.txt")

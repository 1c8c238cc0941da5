"""A photo caption's people are the article's, credited as "pictured" (the caption is furniture,
outside the story the recogniser reads); its photographer stays the photo credit."""

from __future__ import annotations

from kutip.index.ingest.credits import credits_from_lines
from kutip.index.models import Credit


def test_a_caption_credits_the_people_it_pictures_and_its_photographer() -> None:
    line = (
        "Trade Minister Fulan Wirasena (second left) greets Deputy Governor Sari Kusumadewi (right)"
        " at the opening of the fair in Semarang on Monday. (Kabar.id/Ana Lestari)"
    )
    credits = credits_from_lines([line])
    assert Credit("photo", "Ana Lestari") in credits
    assert [c.name for c in credits if c.role == "pictured"] == ["Fulan Wirasena", "Sari Kusumadewi"]


def test_a_related_headline_pictures_no_one() -> None:
    credits = credits_from_lines(["Baca juga: Fulan Wirasena Tinjau Pasar Baru di Semarang"])
    assert all(c.role != "pictured" for c in credits)


def test_a_credit_label_and_agency_in_capitals_name_no_one_pictured() -> None:
    from kutip.index.entities.pictured import pictured_persons

    assert pictured_persons(["Foto: KABARKITA/RINA KARTIKA"]) == []


def test_a_caption_opening_on_its_label_still_names_the_pictured() -> None:
    from kutip.index.entities.pictured import pictured_persons

    line = "Foto: Menteri Perhubungan Fulan Hartawijaya (kiri) meninjau pelabuhan. (Kabarkita/Rina Kartika)"
    assert pictured_persons([line]) == ["Fulan Hartawijaya"]

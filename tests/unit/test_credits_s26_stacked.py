"""Writers stacked between the date stamp and the desk line (issue 9, persons session 26; made-up
lines): a writer with one name, a contributor's place before the name, and a name shortened with a
dot above its role."""

from __future__ import annotations

from kutip.index.ingest.credits import credits_from_lines
from kutip.index.models import Credit

STAMP = "Contoh.com - 03/08/2019, 18:20 WIB"


def test_a_writer_with_one_name_in_the_stack() -> None:
    lines = [STAMP, "Fulan Hidayat,", "Warsito", "Tim Redaksi"]
    assert credits_from_lines(lines) == [Credit("writer", "Fulan Hidayat"), Credit("writer", "Warsito")]
    lines = [STAMP, "Warsito ,", "Sulastri", "Tim Redaksi"]
    assert credits_from_lines(lines) == [Credit("writer", "Warsito"), Credit("writer", "Sulastri")]


def test_an_everyday_word_in_the_stack_is_no_writer() -> None:
    assert credits_from_lines([STAMP, "Berita,", "Warsito", "Tim Redaksi"]) == []


def test_a_contributors_place_before_the_name() -> None:
    lines = [STAMP, "Kontributor Kompas TV Kota, Fulan Hidayat,", "Warsito", "Tim Redaksi"]
    assert credits_from_lines(lines) == [Credit("writer", "Fulan Hidayat"), Credit("writer", "Warsito")]


def test_a_name_shortened_with_a_dot_above_its_role() -> None:
    assert credits_from_lines([STAMP, "Moh. Warsito", "Penulis"]) == [Credit("writer", "Moh. Warsito")]


def test_a_name_written_in_lower_case_after_its_label() -> None:
    from kutip.index.ingest.credits import credit_line

    assert credit_line("Penulis: warsito Hidayat | Editor: sulastri") == [
        Credit("writer", "warsito Hidayat"),
        Credit("editor", "sulastri"),
    ]
    assert credit_line("Laporan Wartawan Tribun Jateng, Fulan warsitaningrum") == [
        Credit("writer", "Fulan warsitaningrum")
    ]


def test_lower_case_desks_roles_and_buttons_after_a_label_are_no_one() -> None:
    from kutip.index.ingest.credits import credit_line

    for line in ("Editor: admin", "Penulis: tim redaksi", "Reporter: kontributor", "Editor: bagikan"):
        assert credit_line(line) == [], line


def test_picture_sources_and_a_by_in_capitals() -> None:
    from kutip.index.ingest.credits import credit_line

    assert credit_line("Foto: Repro") == []
    assert credit_line("foto: X/@fulan01") == []
    assert credit_line("BY FULAN HIDAYAT – Associated Press") == [Credit("author", "FULAN HIDAYAT")]


def test_a_label_glued_to_the_name() -> None:
    from kutip.index.ingest.credits import credit_line

    assert credit_line("EditorFulan Hidayat") == [Credit("editor", "Fulan Hidayat")]
    assert credit_line("PenulisWarsito") == [Credit("writer", "Warsito")]
    assert credit_line("Editorial Board") == []

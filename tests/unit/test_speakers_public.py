"""Listed public figures speak under the list's full name, and ``kutip quotes --speaker`` finds
the same statements whichever of their names is typed (made-up articles; the names are the
nickname list's public figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kutip.index.entities import recognise
from kutip.index.people.public import public_name
from kutip.index.statements import extract_statements
from kutip.tui.cli import main


def _speakers(body: str) -> list[str | None]:
    return [s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"]


def test_a_longer_or_misspelt_listed_name_is_shown_by_the_lists_name() -> None:
    body = (
        "Menteri Pendidikan Nadiem Anwar Makariem meninjau sekolah yang rusak di Sukamaju, Senin.\n"
        "”Atap kelas ini harus diperbaiki sebelum musim hujan,” kata Nadiem kepada wartawan.\n"
    )
    assert _speakers(body) == ["Nadiem Makarim"]


def test_someone_the_list_does_not_know_keeps_the_articles_name() -> None:
    body = (
        "Kepala Sekolah Fulan Hidayat Santoso menunggu bantuan dari dinas, Senin.\n"
        "”Atap kelas ini harus diperbaiki sebelum musim hujan,” kata Fulan kepada wartawan.\n"
    )
    assert _speakers(body) == ["Fulan Hidayat Santoso"]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Nadiem Anwar Makarim", "Nadiem Makarim"),  # a form the list gives
        ("Prabowo Subianto Djojohadikusumo", "Prabowo Subianto"),
        ("Emil", None),  # one word: maybe another Emil, the archive decides
        ("Fulan Hidayat", None),
    ],
)
def test_public_name(written: str, shown: str | None) -> None:
    assert public_name(written) == shown


BENDUNGAN = """Presiden Resmikan Bendungan di Ngawi

Presiden Jokowi meresmikan bendungan baru di Kabupaten Ngawi, Senin. Bendungan itu akan mengairi sawah warga.

"Air adalah kunci ketahanan pangan kita," kata Jokowi kepada wartawan.
"""

PANEN = """Presiden Tinjau Panen Raya di Klaten

Presiden Joko Widodo meninjau panen raya di Kabupaten Klaten, Rabu. Ia didampingi pejabat daerah.

"Panen tahun ini lebih baik dari tahun lalu," ujar Joko Widodo di tengah sawah.
"""


def _quotes(location: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> set[str]:
    assert main(["--index", str(location), "quotes", *argv, "--json"]) == 0
    return {json.loads(line)["id"] for line in capsys.readouterr().out.splitlines() if line.strip()}


def test_quotes_by_nickname_and_by_full_name_are_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bendungan.txt").write_text(BENDUNGAN, encoding="utf-8")
    (corpus / "panen.txt").write_text(PANEN, encoding="utf-8")
    location = tmp_path / "ix"
    assert main(["--index", str(location), "index", str(corpus)]) == 0
    capsys.readouterr()
    by_nickname = _quotes(location, capsys, "--speaker", "Jokowi")
    by_full_name = _quotes(location, capsys, "--speaker", "Joko Widodo")
    assert len(by_nickname) == 2
    assert by_nickname == by_full_name

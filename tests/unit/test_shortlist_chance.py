"""A candidate sharing only one speaker key with a speaker whose names only partly agree is not
read back (shortlist.by_chance); a shared term pair or names that agree keep it."""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking import candidates
from kutip.index.linking.shortlist import by_chance
from kutip.index.linking.store import load_docs
from tests.unit.test_linking_incremental import Archive, _article

LONG = "Harga beras naik tajam bulan ini di semua pasar kota"
SHORT = "Kami menolak beras impor"  # one content term in common with LONG, no pair in common


def test_names_that_partly_agree() -> None:
    assert by_chance(frozenset({"fulan", "hidayat"}), frozenset({"fulan", "wijaya"}))
    assert not by_chance(frozenset({"fulan", "hidayat"}), frozenset({"fulan"}))
    assert not by_chance(frozenset({"fulan"}), frozenset({"fulan"}))
    assert not by_chance(frozenset(), frozenset({"fulan"}))


def _candidates_of_long(tmp_path: Path, other_speaker: str, other_text: str) -> list[str]:
    tmp_path.mkdir()
    archive = Archive(tmp_path)
    archive.add(_article("b", "Kabar Dua", "2024-05-02", (other_speaker, other_text, "direct")))
    archive.add(_article("a", "Harian Satu", "2024-05-03", ("Fulan Hidayat", LONG, "direct")))
    db = archive.store._db()
    return candidates(db, load_docs(db, ["a:0"])["a:0"])


def test_one_speaker_key_shared_by_two_people_is_chance(tmp_path: Path) -> None:
    assert _candidates_of_long(tmp_path / "one", "Fulan Wijaya", SHORT) == []


def test_one_speaker_key_of_names_that_agree_is_read(tmp_path: Path) -> None:
    assert _candidates_of_long(tmp_path / "two", "Fulan", SHORT) == ["b:0"]


def test_a_shared_term_pair_is_read_whoever_speaks(tmp_path: Path) -> None:
    assert _candidates_of_long(tmp_path / "three", "Fulan Wijaya", "Kami menolak harga beras") == ["b:0"]

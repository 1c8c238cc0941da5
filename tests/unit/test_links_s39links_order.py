"""Clusters and the order articles arrive in (session 39, issue 10 item 2): the indexer cuts its
batches by the clock under load, and a batch's reports are linked best-dated first, so one archive
indexed whole or in parts may link differently. Here the project's own fixture pages (written for
kutip, ``tests/fixtures/blind`` and ``blind2``) are indexed once, then their statements linked
again from scratch: all in one batch, in two halves in stored order, and in two halves the other
way round. The links must be the same."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kutip.index.facade import Archive
from kutip.index.linking.store import ensure_schema, set_meta
from kutip.index.linking.update import update_links

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _relinked(source: Path, target: Path, halves: bool, backwards: bool) -> set[frozenset[str]]:
    """The clusters of two or more statements once the archive at ``source`` is linked again."""
    shutil.copy(source, target)
    db = sqlite3.connect(target, isolation_level=None)
    db.execute("DROP TABLE IF EXISTS link_meta")  # an unknown layout: ensure_schema drops the rest
    ensure_schema(db)
    top = db.execute("SELECT max(rowid) FROM statements").fetchone()[0]
    set_meta(db, "rowid_seen", str(top or 0))
    articles = [str(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY rowid")]
    if backwards:
        articles.reverse()
    cut = (len(articles) + 1) // 2 if halves else len(articles)
    for part in (articles[:cut], articles[cut:]):
        if not part:
            continue
        marks = ",".join("?" * len(part))
        ids = [str(r[0]) for r in db.execute(f"SELECT id FROM statements WHERE article IN ({marks}) ORDER BY rowid", part)]
        db.execute("BEGIN")
        update_links(db, ids)
        db.execute("COMMIT")
    clusters: dict[str, set[str]] = {}
    for statement, cluster in db.execute("SELECT statement, cluster FROM link_members"):
        clusters.setdefault(str(cluster), set()).add(str(statement))
    db.close()
    return {frozenset(found) for found in clusters.values() if len(found) > 1}


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    for name in ("blind", "blind2"):
        for page in sorted((FIXTURES / name).glob("*.txt")):
            shutil.copy(page, folder / page.name)
    home = tmp_path_factory.mktemp("archive")
    archive = Archive.open(home)
    archive.index([folder])
    archive.close()
    (found,) = home.glob("*.sqlite3")
    return found


def test_whole_halves_and_halves_backwards_give_the_same_links(indexed: Path, tmp_path: Path) -> None:
    whole = _relinked(indexed, tmp_path / "whole.sqlite3", halves=False, backwards=False)
    halves = _relinked(indexed, tmp_path / "halves.sqlite3", halves=True, backwards=False)
    backwards = _relinked(indexed, tmp_path / "backwards.sqlite3", halves=True, backwards=True)
    assert len(whole) >= 3  # the fixture pages do share remarks
    assert halves == whole
    assert backwards == whole


# Session 40: one speaker's answer of six sentences quoted by three outlets, each a span of it: the
# first gives sentences 1-4 (the fullest), the second 3-5, the third 5-6. The first two match, the
# second and third match; the first and third share no term. Linked in one batch, the third came
# in before the cluster of the first two had the first as its core; in two halves the first two
# were one cluster already, its core the first, which the third does not match, and the third
# stayed out. A direct quote matching a direct quote of the cluster, one speaker, one language
# (``update._Linker._quoted_alike``), now joins whatever the core.
_ANSWER = {
    1: "Jalan lingkar utara akan kami buka untuk umum mulai pekan depan setelah uji beban selesai.",
    2: "Kontraktor sudah menyerahkan laporan akhir kepada dinas pekerjaan umum kemarin sore.",
    3: "Kami meminta pengendara truk bermuatan berat tetap memakai jalur lama selama masa percobaan.",
    4: "Petugas perhubungan akan berjaga di setiap simpang untuk mengatur arus kendaraan.",
    5: "Warga yang rumahnya terkena pelebaran sudah menerima ganti rugi seluruhnya.",
    6: "Kami juga menyiapkan halte bus baru di dekat pasar induk dan terminal.",
}


def _span_page(outlet: str, sentences: list[int], minute: int) -> str:
    quote = " ".join(_ANSWER[n] for n in sentences)
    return (
        f"Jalan Lingkar Utara Kota Baru ({outlet})\n\n{outlet} - 25/11/2024, 14:{minute:02d} WIB\n\n"
        f"KOTA BARU, {outlet.upper()} - Pemerintah Kota Baru bersiap membuka jalan lingkar utara yang "
        "dibangun sejak dua tahun lalu, Senin (25/11/2024).\n\n"
        f'"{quote}" kata Wali Kota Baru Fulan Hartawan kepada wartawan di Kota Baru, Senin (25/11/2024).\n\n'
        "Jalan lingkar utara membentang sepanjang dua belas kilometer dan melewati tiga kecamatan.\n"
    )


@pytest.fixture(scope="module")
def spans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spans")
    for n, (outlet, sentences) in enumerate(
        (("Warta Kota", [1, 2, 3, 4]), ("Kabar Baru", [3, 4, 5]), ("Suara Daerah", [5, 6])), start=1
    ):
        (folder / f"o{n}_jalan-lingkar.txt").write_text(_span_page(outlet, sentences, 10 * n), encoding="utf-8")
    home = tmp_path_factory.mktemp("spans_archive")
    archive = Archive.open(home)
    archive.index([folder])
    archive.close()
    (found,) = home.glob("*.sqlite3")
    return found


def test_spans_of_one_answer_link_in_every_order(spans: Path, tmp_path: Path) -> None:
    whole = _relinked(spans, tmp_path / "whole.sqlite3", halves=False, backwards=False)
    assert len(whole) == 1 and len(next(iter(whole))) == 3  # the three outlets' quotes: one remark
    assert _relinked(spans, tmp_path / "halves.sqlite3", halves=True, backwards=False) == whole
    assert _relinked(spans, tmp_path / "backwards.sqlite3", halves=True, backwards=True) == whole

"""A speaker's one stated day carries to the article's other quotes by that speaker.

``kata X, Senin (6/5)`` dates the scene; ``ujarnya`` further down continues it. With two stated
days the article may recall an earlier remark, so only a pronoun after a dated quote of the
speaker takes its day (session 29). Fixtures are written for
kutip (fictional speaker, remarks and outlets).
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.occasions import stated_day
from tests.unit.test_linking_incremental import Archive
from tests.unit.test_links_stated_days import _article


def test_a_speakers_one_stated_day_carries_to_the_articles_other_quotes(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    one = _article(
        "a", "", ("Harga beras stabil sampai akhir bulan", "kata Fulan, Senin (6/5/2024)."),
        ("Stok di gudang cukup untuk tiga bulan", "ujarnya."),
    )
    two = _article(
        "b", "", ("Harga beras naik", "kata Fulan, Senin (6/5/2024)."), ("Kami impor lagi", "ujarnya, Rabu (8/5/2024)."),
        ("Stok di gudang menipis", "ujarnya."),
    )
    archive.add(one, two)
    db = archive.store._db()
    stated = dict(db.execute("SELECT statement, stated FROM link_docs").fetchall())
    assert stated["a:1"] == stated["a:0"] == stated_day("Senin (6/5/2024)", 0, 0)
    # two stated days: the article may recall an earlier remark, but a pronoun goes on from the
    # quote just before it (session 29: test_linking_s29_continued), here Wednesday's
    assert stated["b:2"] == stated["b:1"] == stated_day("Rabu (8/5/2024)", 0, 0)

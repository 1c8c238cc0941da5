"""An article quoting a remark in two blocks, one of them already in the remark's cluster (session
43, links; fixtures written for kutip: fictional speaker, outlets and remarks).

An English page gives the answer whole; an Indonesian outlet quotes it in two blocks; other
outlets quote the first block at more length and so lead the cluster. The second block matches
the English page only, and the leads (the fullest reports of its own language) share nothing with
it: it stayed out, though its article's first block is in the cluster. The quote it matched now
stands for the cluster as well."""

from __future__ import annotations

from pathlib import Path

from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Sri Lestari"
FIRST = "Harga beras di pasar akan turun pekan depan karena stok gudang provinsi sudah ditambah"
SECOND = "Petani di desa juga menerima pupuk gratis dari pemerintah daerah bulan ini"
LONGER = (
    "Harga beras di pasar tradisional akan turun pekan depan karena stok gudang provinsi sudah "
    "ditambah dua kali lipat oleh dinas pangan, sehingga pedagang {} tidak perlu menaikkan harga"
)
WHOLE = (
    "The price of rice in the market will fall next week because the provincial warehouse stock has "
    "been added. Farmers in the village also receive free fertilizer from the regional government this month."
)


def _article(aid: str, lang: str, *quotes: str) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date="2024-05-02", lang=lang, body="-")
    article.statements = [
        Statement(id=f"{aid}:{n}", article=aid, text=text, kind="direct", start=0, end=1, speaker=SPEAKER)
        for n, text in enumerate(quotes)
    ]
    return article


def test_the_second_block_joins_through_the_report_it_matches(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    fuller = [_article(f"q{n}", "id", LONGER.format(town)) for n, town in enumerate(("kota", "desa", "pesisir"))]
    archive.add(*fuller, _article("p", "id", FIRST, SECOND), _article("e", "en", WHOLE))
    cluster = archive.cluster_of("q0:0")
    assert archive.cluster_of("e:0") == archive.cluster_of("p:0") == cluster
    assert archive.cluster_of("p:1") == cluster

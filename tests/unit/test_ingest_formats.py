"""Every supported format, with small fixtures written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kutip.index.ingest import SkipFile, content_id, load_file, normalise_text
from kutip.index.models import Credit

LEAD = "Jakarta, Kabar Kita - Pemerintah kota membuka tiga taman baru untuk warga pada akhir pekan ini."
SECOND = "Wali kota mengatakan taman itu akan dibuka setiap hari dari pagi sampai malam."


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_txt_article_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "taman.txt",
        f"Kota Buka Tiga Taman Baru\n\n{LEAD}\n\n{SECOND}\n\nBaca juga: Taman Lama Ditutup\n",
    )
    result = load_file(path)
    article = result.articles[0]
    assert article.format == "txt"
    assert article.locator == ""
    assert article.source == str(path.resolve())
    assert article.title == "Kota Buka Tiga Taman Baru"
    # "Kabar Kita" is in no outlet list, but it stands beside a known place in the dateline.
    assert (article.outlet, article.dateline) == ("Kabar Kita", "Jakarta, Kabar Kita")
    assert article.body == f"{LEAD}\n\n{SECOND}"
    assert article.boilerplate == ["Baca juga: Taman Lama Ditutup"]
    assert article.lang == "id"
    assert len(article.id) == 16
    assert article.id == content_id(path.read_text(encoding="utf-8"))


def test_hard_wrapped_text_is_joined_into_paragraphs(tmp_path: Path) -> None:
    wrapped = (
        "Judul Berita Terbungkus\n\n"
        "Para petani di lereng gunung mulai memanen kopi lebih awal tahun ini karena\n"
        "musim kemarau datang lebih cepat dari perkiraan dinas pertanian setempat,\n"
        "sehingga harga di tingkat pengepul ikut naik dalam dua minggu terakhir.\n\n"
        "Seorang petani mengatakan hasil panen tahun ini lebih sedikit dari tahun lalu\n"
        "tetapi kualitas biji kopinya jauh lebih baik menurut para pembeli langganan.\n"
    )
    body = load_file(write(tmp_path, "a.txt", wrapped)).articles[0].body
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 2
    assert "karena musim kemarau" in paragraphs[0]


def test_markdown_front_matter_heading_and_markup(tmp_path: Path) -> None:
    text = (
        "---\n"
        'title: "Pasar Malam Kembali Dibuka"\n'
        "date: 2024-05-06T19:00:00+07:00\n"
        "outlet: Warta Kampung\n"
        "author: Sari Wulandari\n"
        "url: https://example.org/pasar-malam\n"
        "---\n\n"
        "# Pasar Malam Kembali Dibuka\n\n"
        "Pedagang **kaki lima** kembali berjualan di *alun-alun* kota,\n"
        "menurut [laporan warga](https://example.org/lapor).\n\n"
        "## Harga Naik\n\n"
        "- Harga jagung bakar naik sedikit.\n"
        "- Harga es teh tetap.\n\n"
        "![foto](pasar.jpg)\n"
    )
    article = load_file(write(tmp_path, "pasar.md", text)).articles[0]
    assert article.format == "md"
    assert (article.title, article.date, article.outlet, article.author, article.url) == (
        "Pasar Malam Kembali Dibuka",
        "2024-05-06",
        "Warta Kampung",
        "Sari Wulandari",
        "https://example.org/pasar-malam",
    )
    assert article.body.split("\n\n") == [
        "Pedagang kaki lima kembali berjualan di alun-alun kota, menurut laporan warga.",
        "Harga Naik",
        "Harga jagung bakar naik sedikit.",
        "Harga es teh tetap.",
    ]


def test_markdown_heading_is_the_title_without_front_matter(tmp_path: Path) -> None:
    text = "# Jembatan Baru Diresmikan\n\nWarga menyambut jembatan baru itu dengan gembira sekali.\n"
    article = load_file(write(tmp_path, "j.markdown", text)).articles[0]
    assert article.title == "Jembatan Baru Diresmikan"
    assert article.body == "Warga menyambut jembatan baru itu dengan gembira sekali."


HTML = """<!doctype html><html><head>
<title>Perpustakaan Keliling Sambangi Desa - Warta Kampung</title>
<meta property="og:title" content="Perpustakaan Keliling Sambangi Desa">
<meta property="og:site_name" content="Warta Kampung">
<meta name="author" content="Dimas Pratama">
<meta property="article:published_time" content="2024-02-14T08:30:00+07:00">
</head><body><nav>Beranda | Berita | Kontak</nav><article>
<h1>Perpustakaan Keliling Sambangi Desa</h1>
<p>Sebuah mobil perpustakaan keliling mengunjungi desa-desa di pinggir hutan setiap hari Sabtu
untuk meminjamkan buku kepada anak-anak yang tinggal jauh dari sekolah.</p>
<p>Petugas perpustakaan mengatakan jumlah peminjam terus bertambah sejak program itu dimulai
pada awal tahun, terutama buku cerita bergambar dan buku pelajaran.</p>
<p>Baca juga: Festival Buku Anak Digelar</p>
</article><footer>Hak cipta dilindungi undang-undang.</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    article = load_file(write(tmp_path, "perpus.html", HTML)).articles[0]
    assert article.format == "html"
    assert article.title == "Perpustakaan Keliling Sambangi Desa"
    assert article.outlet == "Warta Kampung"
    assert article.author == "Dimas Pratama"
    assert article.date == "2024-02-14"
    assert article.body.startswith("Sebuah mobil perpustakaan keliling")
    assert "Beranda" not in article.body
    assert "Baca juga" not in article.body
    assert len(article.body.split("\n\n")) == 2


HTML_WITH_CAPTIONS = """<!doctype html><html><head>
<meta property="og:title" content="Pasar Apung Kembali Ramai">
<meta property="og:site_name" content="Kabar Sungai">
</head><body><article>
<h1>Pasar Apung Kembali Ramai</h1>
<p class="byline">Oleh Sari Wulandari · Senin, 4 Maret 2024 07:15 WITA</p>
<figure><img src="/a.jpg" alt=""><figcaption>Pedagang menawarkan sayur dari perahu.
Foto: Kabar Sungai/Rudi Hartono</figcaption></figure>
<p>Pasar apung di tepi sungai kembali ramai dikunjungi warga setiap pagi setelah air sungai surut
dan perahu para pedagang dapat kembali berlabuh di dermaga kayu.</p>
<figure><img src="/b.jpg" alt=""><figcaption>(Photo: Karl Weber/AP)</figcaption></figure>
<p>Para pedagang mengatakan penjualan sayur dan buah naik dua kali lipat dibanding bulan lalu,
terutama pada akhir pekan ketika wisatawan datang dari kota.</p>
</article></body></html>"""


def test_html_figcaption_and_byline_credits(tmp_path: Path) -> None:
    article = load_file(write(tmp_path, "pasar.html", HTML_WITH_CAPTIONS)).articles[0]
    assert Credit("photo", "Rudi Hartono") in article.credits  # the site's own name is no person
    assert Credit("photo", "Karl Weber") in article.credits
    assert Credit("author", "Sari Wulandari") in article.credits
    assert article.author == "Sari Wulandari"
    assert article.date == "2024-03-04"  # stated by the byline; the page has no date markup
    assert "Foto:" not in article.body


def test_html_without_text_is_skipped(tmp_path: Path) -> None:
    with pytest.raises(SkipFile, match="no readable text"):
        load_file(write(tmp_path, "empty.htm", "<html><body><script>var a = 1;</script></body></html>"))


def record(n: int) -> dict[str, object]:
    return {
        "headline": f"Lomba Perahu Hias Ke-{n}",
        "content": f"Warga desa mengikuti lomba perahu hias ke-{n} di sungai besar pada hari libur.",
        "published_at": "2023-08-17T09:00:00Z",
        "publisher": {"name": "Warta Kampung"},
        "byline": ["Ayu Lestari", "Bima Sakti"],
        "link": f"https://example.org/{n}",
    }


def test_json_array_records_are_numbered(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", json.dumps([record(1), record(2)]))
    articles = load_file(path).articles
    assert [a.locator for a in articles] == ["1", "2"]
    first = articles[0]
    assert first.format == "json"
    assert first.title == "Lomba Perahu Hias Ke-1"
    assert first.date == "2023-08-17"
    assert first.outlet == "Warta Kampung"
    assert first.author == "Ayu Lestari, Bima Sakti"
    assert first.url == "https://example.org/1"
    assert first.path == f"{path.resolve()}#1"


def test_json_single_object_has_no_locator(tmp_path: Path) -> None:
    article = load_file(write(tmp_path, "a.json", json.dumps(record(3)))).articles[0]
    assert article.locator == ""


def test_jsonl_malformed_line_is_a_warning(tmp_path: Path) -> None:
    lines = [
        json.dumps(record(1)),
        "{not json",
        "",
        json.dumps({"title": "Tanpa Isi"}),
        json.dumps(record(2)),
    ]
    result = load_file(write(tmp_path, "a.jsonl", "\n".join(lines)))
    assert [a.locator for a in result.articles] == ["1", "5"]
    assert any("line 2" in w and "malformed JSON" in w for w in result.warnings)
    assert any("record 4" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("a.json", "{broken", "malformed JSON"),
        ("a.json", json.dumps([{"title": "Hanya Judul"}]), "no usable record"),
        ("a.jsonl", "{broken\n[also broken\n", "no usable record"),
    ],
)
def test_json_without_usable_record_is_skipped(tmp_path: Path, name: str, text: str, reason: str) -> None:
    with pytest.raises(SkipFile, match=reason):
        load_file(write(tmp_path, name, text))


def test_same_content_has_the_same_id_across_layouts(tmp_path: Path) -> None:
    a = load_file(write(tmp_path, "a.txt", f"{LEAD}\n{SECOND}\n")).articles[0]
    b = load_file(write(tmp_path, "b.txt", f"{LEAD}  \r\n{SECOND}")).articles[0]
    c = load_file(write(tmp_path, "c.txt", f"{LEAD}\n{SECOND} Tambahan.\n")).articles[0]
    assert a.id == b.id
    assert a.id != c.id
    assert normalise_text(" a\u00a0 b\n\nc ") == "a b c"


def test_only_furniture_is_no_readable_text(tmp_path: Path) -> None:
    with pytest.raises(SkipFile, match="no readable text"):
        load_file(write(tmp_path, "a.txt", "Baca juga: Sesuatu\nADVERTISEMENT\n"))


def test_format_author_fields_become_credits(tmp_path: Path) -> None:
    from kutip.index.ingest import load_file

    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Pasar Ikan Baru Dibuka\nauthor: Dimas Ardiansyah dan Tim Redaksi\n---\n\n"
        "Pasar ikan baru di pesisir utara dibuka untuk nelayan setempat pada pagi hari.\n",
        encoding="utf-8",
    )
    (article,) = load_file(path).articles
    assert [(c.role, c.name) for c in article.credits] == [("author", "Dimas Ardiansyah")]


# -- issue 12: one bad record or file never blocks a folder ------------------------------------
def test_lone_surrogate_escape_is_replaced_with_a_warning(tmp_path: Path) -> None:
    raw = json.dumps({"title": "Taman \ud800Baru", "text": f"{LEAD}\n\n{SECOND} \udcff"}, ensure_ascii=True)
    result = load_file(write(tmp_path, "a.json", raw))
    (article,) = result.articles
    assert article.title == "Taman \ufffdBaru"
    (article.title + article.body).encode("utf-8")  # storable
    assert any("lone surrogates" in w for w in result.warnings)


def test_json_nested_ten_thousand_deep_is_skipped_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(SkipFile, match="nested too deeply"):
        load_file(write(tmp_path, "a.json", "[" * 10_000 + "]" * 10_000))


def test_deeply_nested_line_costs_only_that_line(tmp_path: Path) -> None:
    deep = '{"text": ' + "[" * 10_000 + "]" * 10_000 + "}"
    broken = json.dumps(record(3) | {"headline": "Lomba \ud83d"}, ensure_ascii=True)
    lines = [json.dumps(record(1)), deep, broken, json.dumps(record(2))]
    result = load_file(write(tmp_path, "a.jsonl", "\n".join(lines)))
    assert [a.locator for a in result.articles] == ["1", "3", "4"]
    assert any(w.startswith("line 2 skipped: JSON nested too deeply") for w in result.warnings)
    assert any(w.startswith("line 3: replaced 1 broken") for w in result.warnings)


def test_deep_field_inside_a_readable_record_is_ignored(tmp_path: Path) -> None:
    data = {k: v for k, v in record(1).items() if k != "byline"}
    data["author"] = json.loads("[" * 900 + '"x"' + "]" * 900)
    (article,) = load_file(write(tmp_path, "a.json", json.dumps(data))).articles
    assert article.author == ""


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"text": ' + "9" * 5000 + "}", "number too long"),
        ('"just a string"', "no usable record"),
        ("[1, 2, null]", "no usable record"),
        ('{"text": {"text": {"text": {"text": {"text": {"text": "deep"}}}}}}', "no usable record"),
    ],
)
def test_malformed_json_files_are_skipped_with_a_reason(tmp_path: Path, text: str, reason: str) -> None:
    with pytest.raises(SkipFile, match=reason):
        load_file(write(tmp_path, "a.json", text))


def test_json_records_take_the_url_from_any_common_field(tmp_path: Path) -> None:
    """Scrapers name the page address many ways; a citation needs it whichever they chose."""
    for key in ("canonical", "permalink", "source_url", "og_url"):
        path = tmp_path / f"{key}.json"
        path.write_text(
            json.dumps({"title": "Jembatan baru dibuka", key: f"https://contoh.id/{key}", "text": "Isi berita. " * 20}),
            encoding="utf-8",
        )
        (article,) = load_file(path).articles
        assert article.url == f"https://contoh.id/{key}"

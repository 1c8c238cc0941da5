"""Two reports whose attributions each state the day of the remark, a day apart (session 29).

The one-day slack between two stated days is for an outlet that dates a remark by its own edition:
it then copies another's quote near word for word. Two reports a day apart in other words are the
speaker on two occasions (a written statement on Thursday, a doorstop on Friday): they link only in
near-identical words, or when their articles also give another remark near-identically. A stitch of
two halves does not bypass the days either. A weekday written beside a date it misses by one is the
slip, not the date (session 37; fixtures written for kutip: fictional speakers and remarks)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from kutip.index.linking.occasions import other_day, stated_day
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

SPEAKER = "Fulan Hidayat"
# one answer, given by two outlets in other words: alike under the bar for one day
FIRM = "Kepolisian tidak pandang bulu terhadap pelaku dan pasti memproses setiap laporan warga sesuai aturan"
FIRM_AGAIN = "Kepolisian tidak akan pandang bulu, tidak ragu menindak pelaku, dan memproses laporan warga"
# a remark both outlets give near word for word
COPIED = "Kami sudah membentuk tim khusus untuk memeriksa semua petugas yang bertugas di lokasi konser"
COPIED_AGAIN = "Kami sudah membentuk tim khusus untuk memeriksa semua petugas yang bertugas di lokasi konser itu"
WHOLE = "Harga beras akan segera turun karena pasokan dari gudang provinsi sudah ditambah"
FIRST = "harga beras di pasar tradisional akan turun minggu ini"
SECOND = "Kami yakin warga tidak perlu khawatir, karena pasokan dari gudang provinsi sudah kami tambah dua kali lipat"


def _article(aid: str, *paragraphs: tuple[str, str], day: str = "") -> Article:
    """An article whose body is a lead and one quoted paragraph per (quote, attribution)."""
    body = "Kasus itu ramai dibicarakan warga."
    statements = []
    for n, (quote, said) in enumerate(paragraphs):
        body += '\n\n"'
        start = len(body)
        body += quote
        end = len(body)
        body += f'," {said}'
        statements.append(
            Statement(
                id=f"{aid}:{n}", article=aid, text=quote, kind="direct", start=start, end=end,
                speaker=SPEAKER, speaker_as_written=said.split(",")[0],
            )
        )
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=f"Warta {aid}", date=day, lang="id", body=body)
    article.statements = statements
    return article


def _said(attribution: str) -> int:
    text = f'"Kami siaga," {attribution}'
    return stated_day(text, 1, text.index(',"'))


def test_a_weekday_a_day_off_its_date_keeps_the_date() -> None:
    # 8 August 2022 was a Monday: a weekday a day off the written date is the slip, as the article's
    # metadata reads it (session 37; session 29 took the weekday's day)
    monday = _said("kata Fulan, Senin, 8 Agustus 2022.")
    tuesday = _said("kata Fulan, Selasa, 9 Agustus 2022.")
    assert date.fromordinal(_said("kata Fulan, Selasa (8/8/2022).")).isoformat() == "2022-08-08"
    assert _said("kata Fulan, Selasa (8/8/2022).") == monday
    assert other_day(_said("kata Fulan, Selasa (8/8/2022)."), tuesday)
    assert not other_day(_said("kata Fulan, Senin (8/8/2022)."), monday)


def test_other_words_on_two_stated_days_are_two_remarks() -> None:
    thursday, friday = _said("kata Fulan, Kamis (19/12/2024)."), _said("kata Fulan, Jumat (20/12/2024).")
    first = replace(doc_of("a:0", "a", FIRM, speaker=SPEAKER, date="2024-12-19"), stated=thursday)
    again = replace(doc_of("b:0", "b", FIRM_AGAIN, speaker=SPEAKER, date="2024-12-20"), stated=friday)
    assert matches(first, replace(again, stated=thursday))  # one stated day: one answer retold
    assert not matches(first, again)
    copied = replace(doc_of("a:1", "a", COPIED, speaker=SPEAKER, date="2024-12-19"), stated=thursday)
    copied_again = replace(doc_of("b:1", "b", COPIED_AGAIN, speaker=SPEAKER, date="2024-12-20"), stated=friday)
    assert matches(copied, copied_again)  # near word for word: an outlet dating by its edition


def test_an_edition_dated_copy_brings_the_articles_other_remarks(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    wednesday = _article(
        "a", (COPIED, "kata Fulan kepada wartawan, Rabu (18/12/2024)."), (FIRM, "ujar Fulan, Rabu (18/12/2024)."),
        day="2024-12-18",
    )
    thursday = _article(
        "b", (COPIED_AGAIN, "kata Fulan kepada wartawan, Kamis (19/12/2024)."),
        (FIRM_AGAIN, "ujar Fulan, Kamis (19/12/2024)."), day="2024-12-19",
    )
    archive.add(wednesday, thursday)
    assert archive.cluster_of("a:0") == archive.cluster_of("b:0")
    assert archive.cluster_of("a:1") == archive.cluster_of("b:1")


def test_without_a_copy_two_stated_days_keep_other_words_apart(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    thursday = _article("a", (FIRM, "kata Fulan melalui keterangan, Kamis (19/12/2024)."), day="2024-12-19")
    friday = _article("b", (FIRM_AGAIN, "kata Fulan kepada wartawan, Jumat (20/12/2024)."), day="2024-12-20")
    undated = _article("c", (FIRM, "kata Fulan saat dikonfirmasi."))
    archive.add(undated, thursday, friday)
    assert archive.cluster_of("a:0") != archive.cluster_of("b:0")
    assert archive.cluster_of("c:0") == archive.cluster_of("a:0")  # same words, no day: the closer one


def _stitch(folder: Path, day: str) -> bool:
    folder.mkdir()
    archive = Archive(folder)
    archive.add(_article("a", (WHOLE, "kata Fulan, Kamis (19/12/2024)."), day="2024-12-19"))
    archive.add(_article("b", (FIRST, f"kata Fulan, {day}."), (SECOND, f"ujar Fulan, {day}."), day="2024-12-20"))
    return bool(archive.cluster_of("a:0") == archive.cluster_of("b:0") == archive.cluster_of("b:1"))


def test_two_halves_stated_a_day_later_are_not_stitched_to_the_whole(tmp_path: Path) -> None:
    assert _stitch(tmp_path / "same", "Kamis (19/12/2024)")
    assert not _stitch(tmp_path / "next", "Jumat (20/12/2024)")


def _stated_days(folder: Path, narration: str) -> dict[str, int]:
    """An article: one quote attributed with a Monday, then a paragraph of narration, then a quote
    attributed with no day."""
    body = "Menteri itu menuai kritik.\n\n"
    first = "sebagian kecil warga saja yang menolak"
    body += f'Dalam pernyataan pertamanya, "{first}," kata Fulan, Senin, 8 September 2025.\n\n'
    start_first = body.index(first)
    body += narration + "\n\n"
    second = "Kalau kemarin saya salah bicara, saya minta maaf"
    body += f'"{second}," ungkapnya kepada wartawan.'
    start_second = body.index(second)
    article = Article(id="a", source="/corpus/a.txt", outlet="Warta a", date="", lang="id", body=body)
    article.statements = [
        Statement(id="a:0", article="a", text=first, kind="direct", start=start_first,
                  end=start_first + len(first), speaker=SPEAKER, speaker_as_written="kata Fulan"),
        Statement(id="a:1", article="a", text=second, kind="direct", start=start_second,
                  end=start_second + len(second), speaker=SPEAKER, speaker_as_written="ungkapnya"),
    ]
    folder.mkdir()
    archive = Archive(folder)
    archive.add(article)
    return dict(archive.store._db().execute("SELECT statement, stated FROM link_docs").fetchall())


def test_a_day_the_narration_gives_before_a_quote_is_not_overruled(tmp_path: Path) -> None:
    monday = _said("kata Fulan, Senin, 8 September 2025.")
    plain = _stated_days(tmp_path / "plain", "Fulan kemudian menjelaskan maksudnya.")
    assert plain["a:0"] == plain["a:1"] == monday  # the speaker's one stated day
    retold = _stated_days(tmp_path / "retold", "Usai rapat di Istana, Selasa, 9 September 2025, Fulan meminta maaf.")
    assert retold["a:0"] == monday and retold["a:1"] == 0

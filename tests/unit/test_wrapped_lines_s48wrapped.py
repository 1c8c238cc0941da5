"""Session 48, wrapped (made-up text): a hard-wrapped scrape, its lines cut every eighty-odd characters
mid-sentence with no blank lines, keeps a line full of capitalised names in the story when it runs on
into the next line (ends in a lower-case function word, or the next line goes on in lower case), so
the person it names is found; a real headline over a hard-wrapped story is still the headline."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.ingest.plaintext import parse_plain_text
from kutip.index.ingest.wrapped_lines import runs_on

_ENDS_IN_FUNCTION_WORD = (
    "Kupang.\n"
    "Kepala Dinas Perikanan Yohanes Bere Tallo meresmikan Balai Benih Ikan Lele di\n"
    "Kecamatan Oebobo, Nusa Tenggara Timur. Ia berharap petani tambak ikut belajar.\n"
)
_NEXT_IN_LOWER_CASE = (
    "Sorong.\n"
    "Kepala Dinas Kelautan Rudolf Kambu Wanggai bersama Pengurus Koperasi Nelayan Teluk Biru\n"
    "menyerahkan dua perahu baru kepada warga. Ia meminta perahu itu dirawat.\n"
)
_HEADLINE_OVER_WRAPPED = (
    "Koperasi Nelayan Teluk Biru Terima Dua Perahu\n"
    "\n"
    "Sorong. Bupati Sorong Selatan Rudolf Kambu Wanggai menyerahkan dua perahu kepada\n"
    "para nelayan, Selasa (4/3/2025). Ia meminta perahu itu dirawat bersama.\n"
)


def _persons(text: str) -> set[str]:
    body = parse_plain_text(text, source="w.txt").body
    return {e.name for e in recognise(body, "id") if e.type == "person"}


def test_a_line_ending_in_a_function_word_is_story() -> None:
    article = parse_plain_text(_ENDS_IN_FUNCTION_WORD, source="w.txt")
    assert "Yohanes Bere Tallo" in article.body
    assert "Yohanes Bere Tallo" in _persons(_ENDS_IN_FUNCTION_WORD)


def test_a_line_the_next_goes_on_from_is_story() -> None:
    assert "Rudolf Kambu Wanggai" in _persons(_NEXT_IN_LOWER_CASE)


def test_a_headline_over_a_wrapped_story_stays() -> None:
    article = parse_plain_text(_HEADLINE_OVER_WRAPPED, source="w.txt")
    assert article.title == "Koperasi Nelayan Teluk Biru Terima Dua Perahu"


def test_short_or_stopped_lines_do_not_run_on() -> None:
    assert not runs_on("Foto oleh", "Fulan Contoh")
    assert not runs_on("Pemkab Contoh Resmikan Pasar Baru di Tepi Sungai.", "Warga menyambut")
    assert not runs_on("Bupati Contoh Hadi meresmikan pasar baru di", "")

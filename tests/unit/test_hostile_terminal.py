"""The terminal gate: every control and invisible character shown, JSON escaped, streams guarded."""

from __future__ import annotations

import io
import json
import re

from kutip.index.facade import STYLES, EntityType
from kutip.tui.cli import ENTITY_TYPES
from kutip.tui.cli_cite import CITATION_STYLES
from kutip.tui.terminal import GuardedStream, json_line, safe, safe_path
from tests.hostile import ALL_ESCAPES, BIDI, FORBIDDEN, INVISIBLE, ZERO_WIDTH, forbidden_in


def test_safe_shows_every_escape_sequence_without_its_escape() -> None:
    for sequence in ALL_ESCAPES:
        shown = safe(f"a{sequence}b")
        assert forbidden_in(shown) == [], repr(shown)
    assert safe("\x1b]52;c;aGk=\x07") == "␛]52;c;aGk=␇"
    assert safe("\x1b[6n\x1b[2J\x1b[?1049h") == "␛[6n␛[2J␛[?1049h"
    assert safe("\x9b31m\x9d0;x\x9c") == "⟨U+009B⟩31m⟨U+009D⟩0;x⟨U+009C⟩"
    assert safe("\r\x08\x7f") == "␍␈␡"


def test_safe_keeps_newlines_tabs_and_ordinary_text() -> None:
    text = "Kata “Budi”:\n\tHarga naik 5% — ya, Café 漢字 😀 [bold]x[/bold]"
    assert safe(text) == text


def test_safe_shows_bidi_zero_width_and_tag_characters() -> None:
    assert safe(f"{BIDI}gpj.exe{ZERO_WIDTH}") == "⟨U+202E⟩gpj.exe⟨U+200B⟩"
    assert safe("a\u2066b\u2069c\ufeff\u061c\U000e0041") == "a⟨U+2066⟩b⟨U+2069⟩c⟨U+FEFF⟩⟨U+061C⟩⟨U+E0041⟩"
    every = "".join(map(chr, sorted(FORBIDDEN | INVISIBLE)))
    assert forbidden_in(safe(every)) == []


def test_file_name_bytes_that_are_not_utf8_are_shown_as_bytes() -> None:
    assert safe_path("/arsip/berita-\udcff\udcfe.txt") == "/arsip/berita-⟨0xFF⟩⟨0xFE⟩.txt"
    assert safe("\ud800") == "⟨U+D800⟩"
    assert safe("/arsip/berita-\U0010ffff.txt") == "/arsip/berita-⟨0xFF⟩.txt"  # as the archive stores it
    safe_path("/arsip/\udcff").encode("utf-8")  # printable on any UTF-8 stream


def test_json_line_escapes_and_round_trips() -> None:
    value = {"t": "a\x1b[6n\x07\x7f\x9b\u202e\u200b\U000e0041 Café \udcff"}
    line = json_line(value)
    assert forbidden_in(line) == [] and line.endswith("\n")
    assert "Café" in line  # readable text stays readable
    line.encode("utf-8")
    assert json.loads(line) == value


def test_guarded_stream_makes_everything_inert_off_a_terminal() -> None:
    sink = io.StringIO()
    guard = GuardedStream(sink)
    guard.write("\x1b[1mbold\x1b[0m \x1b]52;c;aGk=\x07")
    assert sink.getvalue() == "␛[1mbold␛[0m ␛]52;c;aGk=␇"


def test_guarded_stream_lets_only_style_and_cursor_codes_through_on_a_terminal() -> None:
    sink = io.StringIO()
    guard = GuardedStream(sink, styled=True)
    guard.write("\x1b[1;31mred\x1b[0m\r\x1b[2K\x1b[1A\x1b[?25l \x1b[6n \x1b]52;c;aGk=\x07 \x1b[?1049h \x1b[2J")
    assert sink.getvalue() == "\x1b[1;31mred\x1b[0m\r\x1b[2K\x1b[1A\x1b[?25l ␛[6n ␛]52;c;aGk=␇ ␛[?1049h ␛[2J"


def test_light_parser_choices_match_the_archive() -> None:
    assert tuple(t.value for t in EntityType) == ENTITY_TYPES
    assert tuple(STYLES) == CITATION_STYLES


def test_guarded_stream_on_a_terminal_that_is_not_utf8() -> None:
    raw = io.BytesIO()
    latin = io.TextIOWrapper(raw, encoding="latin-1")
    GuardedStream(latin).write("Café \x1b[6n 漢")
    latin.flush()
    assert raw.getvalue().decode("latin-1") == "Café \\u241b[6n \\u6f22"


def test_progress_bar_shows_a_hostile_file_name_inert(tmp_path: object) -> None:
    from typing import Any, cast

    from rich.console import Console

    from kutip.index.facade import IndexProgress, IndexReport
    from kutip.tui.cli_print import run_index

    evil = "/arsip/kabar\x1b]52;c;aGk=\x07\x1b[2J\u202e.txt"

    class FakeArchive:
        def index(self, paths: Any, prune: bool, progress: Any) -> IndexReport:
            for done in (1, 2):
                progress(IndexProgress(done=done, total=2, path=evil))
            report = IndexReport(added=2)
            report.skipped.append((evil, "unsupported \x1b[6n"))
            return report

    sink = io.StringIO()
    guard = GuardedStream(sink, styled=True)
    console = Console(file=cast(Any, guard), force_terminal=True, width=100, markup=False, highlight=False)
    run_index(cast(Any, FakeArchive()), [], False, console)
    shown = sink.getvalue()
    assert "kabar␛]52;c;aGk=␇␛[2J⟨U+202E⟩.txt" in shown  # in the bar and the skip line
    rest = re.sub(r"\x1b\[[0-9;]*m|\x1b\[[0-9]*[ABCDGK]|\x1b\[\?25[hl]|\r", "", shown)
    assert forbidden_in(rest) == []


def test_json_for_a_stream_that_is_not_utf8_is_all_ascii() -> None:
    from kutip.tui.terminal import is_utf8

    line = json_line({"t": "“Café” \x1b \u202e"}, ascii_only=True)
    assert line.isascii() and json.loads(line) == {"t": "“Café” \x1b \u202e"}
    assert is_utf8(io.StringIO()) and not is_utf8(io.TextIOWrapper(io.BytesIO(), encoding="latin-1"))


def test_highlights_stay_on_their_words_after_placeholders_grow_the_text() -> None:
    from kutip.tui.cli_print import highlighted

    snippet = "\x1b]52;c;aGk=\x07 harga \u202ebawang naik"
    start = snippet.index("bawang")
    text = highlighted(snippet, [(start, start + 6), (0, 2)], "bold")
    assert text.plain == "␛]52;c;aGk=␇ harga ⟨U+202E⟩bawang naik"
    assert [text.plain[s.start : s.end] for s in text.spans] == ["␛]", "bawang"]

"""The status line keeps a long message on its one line, cut at the edge with an ellipsis: it
wrapped, and the end (a copy's saved file, after "also saved to") went to a line out of sight."""

from __future__ import annotations

from pathlib import Path

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.clipboard import TERMINAL, CopyResult
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.citing import describe_copy, home_short
from tests.pilot_support import settle, synchronous

WORDS = "Tersalin ke papan klip lewat terminal dan juga tersimpan di berkas cadangan yang panjang sekali"


@synchronous
async def test_a_message_wider_than_the_line_is_cut_with_an_ellipsis(
    fixture_archive: Archive, tmp_path: Path
) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml", debounce=NO_DEBOUNCE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.status.say(f"{WORDS} /tmp/cadangan/kutip-20250102-030405-060708.txt")
        await pilot.pause()
        line = app.status.render_line(0).text.rstrip()
        assert line.endswith("…"), line
        assert line.startswith("Tersalin ke papan klip")
        assert len(line) <= 80
        app.status.say("Pendek saja")
        await pilot.pause()
        assert app.status.render_line(0).text.strip() == "Pendek saja"


@synchronous
async def test_the_saved_file_shows_whole_on_a_wide_screen(fixture_archive: Archive, tmp_path: Path) -> None:
    saved = Path.home() / ".local/share/kutip/clipboard/kutip-20250102-030405-060708.txt"
    message = describe_copy(CopyResult(TERMINAL, "", saved), "plain-text citation of the article")
    assert message is not None and message.endswith(
        "saved in ~/.local/share/kutip/clipboard/kutip-20250102-030405-060708.txt"
    )
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml", debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.status.say(message)
        await pilot.pause()
        assert app.status.render_line(0).text.strip() == message


def test_a_path_outside_home_stays_whole() -> None:
    assert home_short(Path("/srv/kutip/a.txt")) == "/srv/kutip/a.txt"
    assert home_short(Path.home() / "x" / "b.txt") == "~/x/b.txt"

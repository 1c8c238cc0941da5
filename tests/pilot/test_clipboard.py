"""The copy chain: which step holds the text, and the text is never lost (no real clipboard needed)."""

from __future__ import annotations

import asyncio
import base64
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.app import App

from kutip.tui import clipboard
from kutip.tui.clipboard import (
    FILE,
    NONE,
    SYSTEM,
    TERMINAL,
    SystemCopy,
    confirm_copy,
    copy_system,
    copy_text,
    copy_text_async,
    osc52,
    save_fallback,
    tmux_passthrough,
)

TEXT = "“Kami sudah menyiapkan perahu karet,” kata Sari.\nBaris kedua"


def fake_tool(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def x11_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """An X11-looking environment whose ``xclip`` is a script of the test's choosing."""
    if Path("/proc/version").is_file() and "microsoft" in Path("/proc/version").read_text().lower():
        pytest.skip("pyperclip uses clip.exe on WSL")

    def install(script: str) -> None:
        fake_tool(tmp_path / "bin", "xclip", script)
        monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
        monkeypatch.setenv("DISPLAY", ":99")
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)

    return install


def test_osc52_matches_textual_and_tmux_wrapping_doubles_escapes() -> None:
    encoded = base64.b64encode(TEXT.encode()).decode()
    assert osc52(TEXT) == f"\x1b]52;c;{encoded}\a"
    assert tmux_passthrough(osc52("x")) == "\x1bPtmux;\x1b\x1b]52;c;eA==\a\x1b\\"


def test_confirm_copy_reports_exceptions_and_mismatches() -> None:
    store: list[str] = []

    def copy_ok(text: str) -> None:
        store.append(text.replace("\n", "\r\n"))

    assert confirm_copy(TEXT, copy_ok, lambda: store[-1] + "\n") == SystemCopy(True, "ok")

    def copy_raises(text: str) -> None:
        raise RuntimeError("no display")

    failed = confirm_copy(TEXT, copy_raises, lambda: "")
    assert not failed.ok and "no display" in failed.error
    silent = confirm_copy(TEXT, lambda text: None, lambda: "something else")
    assert not silent.ok and "did not hold" in silent.error


def test_system_copy_through_a_working_tool(x11_with: Callable[[str], None], tmp_path: Path) -> None:
    store = tmp_path / "selection"
    x11_with(f'case "$*" in *-o*) cat "{store}" ;; *) cat > "{store}" ;; esac')
    result = copy_system(TEXT)
    assert result == SystemCopy(True, "xclip")
    assert store.read_text(encoding="utf-8") == TEXT


def test_a_failing_tool_never_writes_over_the_screen(
    x11_with: Callable[[str], None], capfd: pytest.CaptureFixture[str]
) -> None:
    x11_with('echo "Error: Can\'t open display: :99" >&2; exit 1')
    result = copy_system(TEXT)
    assert not result.ok and result.mechanism == "xclip"
    assert "did not hold" in result.error or "open display" in result.error
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_no_clipboard_mechanism_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    if Path("/proc/version").is_file() and "microsoft" in Path("/proc/version").read_text().lower():
        pytest.skip("pyperclip uses clip.exe on WSL")
    result = copy_system(TEXT)
    assert not result.ok and "could not find a copy/paste mechanism" in result.error


def test_chain_prefers_the_confirmed_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "copy_system", lambda text: SystemCopy(True, "wl"))
    result = copy_text(None, TEXT)
    assert result.method == SYSTEM and result.confirmed and result.path is None
    assert result.detail == "Copied to the system clipboard (wl)."


def test_chain_without_clipboard_saves_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "copy_system", lambda text: SystemCopy(False, "", "no tool"))
    result = copy_text(None, TEXT)
    assert result.method == FILE and not result.confirmed
    assert result.path is not None and result.path.read_text(encoding="utf-8") == TEXT
    assert str(result.path) in result.detail and "no tool" in result.detail
    assert result.path.parent.name == "clipboard" and "kutip" in result.path.parts  # under user_data_dir


def test_chain_reports_when_even_the_file_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(clipboard, "copy_system", lambda text: SystemCopy(False, "", "no tool"))
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setattr(clipboard, "fallback_dir", lambda: blocker / "clipboard")
    result = copy_text(None, TEXT)
    assert result.method == NONE and result.path is None and "could not be saved" in result.detail


def test_fallback_keeps_only_the_newest_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "KEEP_FALLBACK_FILES", 3)
    paths = [save_fallback(str(n)) for n in range(5)]
    assert sorted(paths[0].parent.iterdir()) == paths[2:]


class Host(App[None]):
    pass


def test_in_the_app_osc52_is_sent_and_tmux_gets_the_passthrough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "copy_system", lambda text: SystemCopy(False, "", "no tool"))
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    written: list[str] = []

    async def scenario() -> clipboard.CopyResult:
        app = Host()
        async with app.run_test():
            driver = app._driver
            assert driver is not None
            monkeypatch.setattr(driver, "write", written.append)
            monkeypatch.setattr(Host, "is_headless", property(lambda self: False))
            result = await copy_text_async(app, TEXT)
            assert app.clipboard == TEXT
            return result

    result = asyncio.run(scenario())
    assert result.method == TERMINAL and result.path is not None
    assert "OSC 52" in result.detail and str(result.path) in result.detail
    clipboard_writes = [w for w in written if "]52;c;" in w]  # not the screen updates drawn meanwhile
    assert clipboard_writes == [osc52(TEXT), tmux_passthrough(osc52(TEXT))]


def test_headless_app_cannot_count_as_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "copy_system", lambda text: SystemCopy(False, "", "no tool"))

    async def scenario() -> clipboard.CopyResult:
        app = Host()
        async with app.run_test():
            return await copy_text_async(app, TEXT)

    assert asyncio.run(scenario()).method == FILE


def test_copied_text_carries_no_control_character(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fake_system(text: str) -> SystemCopy:
        seen.append(text)
        return SystemCopy(True, "fake")

    monkeypatch.setattr(clipboard, "copy_system", fake_system)
    result = clipboard.copy_text(None, "kata \x1b[201~rm -rf ~\x07 \x9b \u200d\U0001f469\u200d\U0001f52c \udcff")
    assert result.method == SYSTEM
    assert seen == ["kata ␛[201~rm -rf ~␇ ⟨U+009B⟩ \u200d\U0001f469\u200d\U0001f52c ⟨0xFF⟩"]

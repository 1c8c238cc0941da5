"""Copying text so that it is never lost: terminal (OSC 52), system clipboard, then a file.

1. **OSC 52** through Textual's ``App.copy_to_clipboard``; inside tmux the sequence is
   also sent wrapped in tmux's DCS passthrough (``ESC P tmux; … ESC \\``, every ESC
   doubled), which reaches the outer terminal when tmux has ``allow-passthrough on``.
   Terminals never acknowledge OSC 52, so this step can never be confirmed.
2. **pyperclip** for the local system clipboard, run in a child process and
   confirmed by pasting the text back. A child because the clipboard tools
   pyperclip starts (xclip, xsel, wl-copy) write errors to the inherited stderr,
   and Textual draws the screen on that very stderr: redirecting fd 2 in-process
   would swallow frames, so the child gets a file for stderr instead and its
   complaints become the result's ``detail``.
3. When step 2 is not confirmed, the text is written to
   ``user_data_dir("kutip")/clipboard/`` and the result says where, so the app can
   show it in a selectable dialog.

Run as ``python -m kutip.tui.clipboard`` it is that child: text on stdin, the
mechanism on stdout, exit status 0 only when the paste-back matched.
"""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from kutip.tui.terminal import pasteable

if TYPE_CHECKING:
    from textual.app import App

__all__ = [
    "FILE",
    "NONE",
    "SYSTEM",
    "TERMINAL",
    "CopyResult",
    "SystemCopy",
    "copy_system",
    "copy_text",
    "copy_text_async",
    "fallback_dir",
    "osc52",
    "save_fallback",
    "send_osc52",
    "tmux_passthrough",
]

SYSTEM = "system"  # confirmed in the system clipboard
TERMINAL = "terminal"  # sent as OSC 52 (unconfirmable) and saved to a file
FILE = "file"  # only saved to a file
NONE = "none"  # nothing worked: the caller must show the text itself

CHILD_TIMEOUT = 5.0  # seconds; a clipboard tool waiting on a dead display must not hang a copy
KEEP_FALLBACK_FILES = 20
_CONFIRMED, _FAILED = 0, 4


@dataclass(frozen=True, slots=True)
class CopyResult:
    """Which step of the chain holds the text, in words for the user, and the fallback file."""

    method: str
    detail: str
    path: Path | None = None

    @property
    def confirmed(self) -> bool:
        return self.method == SYSTEM


@dataclass(frozen=True, slots=True)
class SystemCopy:
    """The outcome of the pyperclip step: ``error`` holds what the tool complained about."""

    ok: bool
    mechanism: str = ""
    error: str = ""


# -- 1. OSC 52 --------------------------------------------------------------------------
def osc52(text: str) -> str:
    """The OSC 52 "set clipboard" sequence, exactly as Textual writes it."""
    return f"\x1b]52;c;{base64.b64encode(text.encode('utf-8')).decode('ascii')}\a"


def tmux_passthrough(sequence: str) -> str:
    """``sequence`` wrapped for tmux's DCS passthrough (ESCs inside are doubled)."""
    return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"


def send_osc52(app: App[Any] | None, text: str) -> bool:
    """Send the text to the terminal; True when a terminal driver was there to send it."""
    if app is None:
        return False
    app.copy_to_clipboard(text)  # also keeps Textual's own app clipboard in step
    driver = getattr(app, "_driver", None)  # Textual exposes no public handle on its output
    if driver is None or app.is_headless:
        return False
    if os.environ.get("TMUX"):
        driver.write(tmux_passthrough(osc52(text)))
    return True


# -- 2. the system clipboard ----------------------------------------------------------------
def _same(pasted: str, text: str) -> bool:
    """Clipboard tools may convert line ends or add a final newline; that is still our text."""

    def normal(value: str) -> str:
        return value.replace("\r\n", "\n").rstrip("\n")

    return normal(pasted) == normal(text)


def confirm_copy(text: str, copy: Callable[[str], object], paste: Callable[[], str]) -> SystemCopy:
    """Copy, paste back and compare: pyperclip itself never reports a tool that failed."""
    mechanism = getattr(copy, "__name__", "").removeprefix("copy_") or "no clipboard tool"
    try:
        copy(text)
        pasted = paste()
    except Exception as error:  # pyperclip raises PyperclipException, tools raise OSError
        return SystemCopy(False, mechanism, f"{type(error).__name__}: {error}")
    if not isinstance(pasted, str) or not _same(pasted, text):
        return SystemCopy(False, mechanism, "the clipboard did not hold the text afterwards")
    return SystemCopy(True, mechanism)


def copy_system(text: str, timeout: float = CHILD_TIMEOUT) -> SystemCopy:
    """Copy with pyperclip in a child process whose stderr goes to a file, never to the screen."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            finished = subprocess.run(
                [sys.executable, "-m", "kutip.tui.clipboard"],
                input=text.encode("utf-8"),
                stdout=out,
                stderr=err,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return SystemCopy(False, "", f"the clipboard tool did not answer within {timeout:g} s")
        except OSError as error:
            return SystemCopy(False, "", f"cannot start the clipboard helper: {error}")
        out.seek(0)
        err.seek(0)
        mechanism = out.read().decode("utf-8", "replace").strip()
        complaint = " ".join(err.read().decode("utf-8", "replace").split())
    complaint = complaint.split(". ", 1)[0][:200]  # the first sentence says what went wrong
    if finished.returncode == _CONFIRMED:
        return SystemCopy(True, mechanism)
    return SystemCopy(False, mechanism, complaint or f"the helper exited with {finished.returncode}")


def _child() -> int:
    import pyperclip

    text = sys.stdin.buffer.read().decode("utf-8")
    try:
        copy, paste = pyperclip.determine_clipboard()
    except Exception as error:
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        return _FAILED
    result = confirm_copy(text, copy, paste)
    print(result.mechanism)
    if not result.ok:
        print(result.error, file=sys.stderr)
        return _FAILED
    return _CONFIRMED


# -- 3. the file that never loses the text ----------------------------------------------------
def fallback_dir() -> Path:
    return Path(platformdirs.user_data_dir("kutip")) / "clipboard"


def save_fallback(text: str) -> Path:
    """Write the text to a new file in :func:`fallback_dir` (keeping the newest few); raises OSError."""
    folder = fallback_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"kutip-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    path.write_text(text, encoding="utf-8")
    old = sorted(folder.glob("kutip-*.txt"))[:-KEEP_FALLBACK_FILES]
    for stale in old:
        stale.unlink(missing_ok=True)
    return path


# -- the chain --------------------------------------------------------------------------------
def _saved(text: str) -> Path | OSError:
    try:
        return save_fallback(text)
    except OSError as error:
        return error


def _result(sent: bool, system: SystemCopy, saved: Path | OSError | None) -> CopyResult:
    if system.ok:
        where = f"the system clipboard ({system.mechanism})" if system.mechanism else "the system clipboard"
        return CopyResult(SYSTEM, f"Copied to {where}.")
    if not isinstance(saved, Path):
        reason = f"the system clipboard failed ({system.error}) and the text could not be saved ({saved})"
        if sent:
            return CopyResult(NONE, f"Sent to the terminal (OSC 52, unconfirmed), but {reason}.")
        return CopyResult(NONE, f"Not copied: {reason}.")
    if sent:
        return CopyResult(
            TERMINAL,
            f"Sent to the terminal clipboard (OSC 52), which cannot be confirmed; also saved to {saved}",
            saved,
        )
    return CopyResult(FILE, f"No clipboard available ({system.error}); saved to {saved}", saved)


def copy_text(app: App[Any] | None, text: str) -> CopyResult:
    """Run the whole chain (blocking up to :data:`CHILD_TIMEOUT`); ``app`` None skips OSC 52.

    In the app prefer :func:`copy_text_async`, which keeps the UI responsive. Control
    characters in ``text`` are copied as visible symbols (:func:`~kutip.tui.terminal.pasteable`).
    """
    text = pasteable(text)
    sent = send_osc52(app, text)
    system = copy_system(text)
    return _result(sent, system, None if system.ok else _saved(text))


async def copy_text_async(app: App[Any] | None, text: str) -> CopyResult:
    """The chain for the app: OSC 52 on the event loop, the slow steps in a thread."""
    text = pasteable(text)
    sent = send_osc52(app, text)
    system = await asyncio.to_thread(copy_system, text)
    saved = None if system.ok else await asyncio.to_thread(_saved, text)
    return _result(sent, system, saved)


if __name__ == "__main__":
    sys.exit(_child())

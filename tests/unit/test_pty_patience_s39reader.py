"""The terminal benchmark on a loaded machine (benchmarks/pty_keys.py, session 39): a frame that
comes after more than the quiet wait is still measured, and a frame that never comes is counted
as missed instead of ending the run with a ``TimeoutError``. A small stand-in program plays the
reader in the pseudo-terminal: late for ``j``, silent for the first Tab."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks.pty_keys import Patience, measure, summary

STAND_IN = r"""
import os, sys, time, tty
tty.setraw(0)
out = lambda text: (os.write(1, text.encode()), None)
out("\x1b[1;1H5 articles")
tabs = 0
while True:
    key = os.read(0, 16)
    if key in (b"j", b"k"):
        time.sleep(0.45)  # later than the quiet wait (0.3 s): a loaded machine's frame
        out("\x1b[3;1Hrow three\x1b[4;1Hrow four")
    elif key == b"\t":
        tabs += 1
        if tabs > 1:  # the first Tab draws nothing: retried
            out("\x1b[5;1Hpane")
    elif key == b"\r":
        out("\x1b[6;1Harticle")
    elif key == b"y":  # the word's last key
        out("\x1b[2;1H1 match for ky")
    elif key == b"\x1b":
        out("\x1b[2;1H5 articles")
    elif key == b"q":
        sys.exit(0)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a pseudo-terminal and /proc")
def test_late_and_missing_frames_give_figures(tmp_path: Path) -> None:
    program = tmp_path / "stand_in"
    program.write_text(f"#!{sys.executable}\n{STAND_IN}", encoding="utf-8")
    program.chmod(0o755)
    waits, _ = measure(
        tmp_path,
        ["ky"],
        presses=2,
        gap=0.05,
        kutip=program,
        patience=Patience(retries=1, settle=0.3, frame=2.0),
    )
    assert len(waits["j"].wall) == 2 and min(waits["j"].wall) >= 400  # waited for the late frame
    assert waits["tab"].missed == 1 and len(waits["tab"].wall) == 1  # retried once, then measured
    assert summary(waits["results"]).count == 1 and summary(waits["esc"]).count == 1

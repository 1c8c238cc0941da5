"""kutip with a log of every frame: run in place of ``kutip`` (``--kutip`` of the pty scripts).

    KUTIP_FRAMES=LOG python benchmarks/frames_s37reader.py --index ARCHIVE

Each key the app receives, each update of the screen (layout or not, the widgets drawn anew, how
long each took on the UI thread) and each write to the terminal go to LOG as lines of
``milliseconds since start, what``: where a key's time goes, frame by frame, in the real app.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual.app import App
from textual.screen import Screen
from textual.widget import Widget

START = time.perf_counter()
LOG = open(os.environ.get("KUTIP_FRAMES", "/dev/null"), "w", buffering=1)  # noqa: SIM115 (the process's)
_drawn: Counter[str] = Counter()
_drawn_ms: Counter[str] = Counter()


def _say(what: str) -> None:
    LOG.write(f"{(time.perf_counter() - START) * 1000:9.1f} {what}\n")


def _patch() -> None:
    timer_update = Screen._on_timer_update
    render_lines = Widget.render_lines
    display = App._display
    on_event = App.on_event

    def on_timer_update(self: Screen[Any]) -> None:
        layout, scroll, repaint = self._layout_required, self._scroll_required, self._repaint_required
        dirty = len(self._dirty_widgets)
        _drawn.clear()
        _drawn_ms.clear()
        began = time.perf_counter()
        timer_update(self)
        spent = (time.perf_counter() - began) * 1000
        drawn = ", ".join(f"{name} {_drawn[name]}x {_drawn_ms[name]:.1f}" for name in _drawn)
        flags = f"layout={layout} scroll={scroll} repaint={repaint} dirty={dirty}"
        _say(f"update {spent:.1f} ms {flags}: {drawn}")

    def render_lines_logged(self: Widget, crop: Any) -> Any:
        began = time.perf_counter()
        try:
            return render_lines(self, crop)
        finally:
            name = f"{type(self).__name__}#{self.id}" if self.id else type(self).__name__
            _drawn[name] += 1
            _drawn_ms[name] += (time.perf_counter() - began) * 1000

    def display_logged(self: App[Any], screen: Screen[Any], renderable: Any) -> None:
        began = time.perf_counter()
        display(self, screen, renderable)
        if renderable is not None:
            _say(f"display {(time.perf_counter() - began) * 1000:.1f} ms")

    async def on_event_logged(self: App[Any], event: Any) -> None:
        if type(event).__name__ == "Key":
            _say(f"key {event.key}")
        began = time.perf_counter()
        await on_event(self, event)
        if type(event).__name__ == "Key":
            _say(f"key {event.key} handled {(time.perf_counter() - began) * 1000:.1f} ms")

    refresh = Widget.refresh

    def refresh_logged(self: Widget, *regions: Any, layout: bool = False, **kw: Any) -> Widget:
        if layout:
            caller = sys._getframe(1)
            where = f"{Path(caller.f_code.co_filename).name}:{caller.f_lineno} {caller.f_code.co_name}"
            _say(f"layout asked by {type(self).__name__}#{self.id} from {where}")
        return refresh(self, *regions, layout=layout, **kw)

    Widget.refresh = refresh_logged  # type: ignore[method-assign]
    Screen._on_timer_update = on_timer_update  # type: ignore[method-assign]
    Widget.render_lines = render_lines_logged  # type: ignore[method-assign]
    App._display = display_logged  # type: ignore[method-assign]
    App.on_event = on_event_logged  # type: ignore[method-assign]


if __name__ == "__main__":
    _patch()
    from kutip.tui.cli import main

    sys.exit(main())

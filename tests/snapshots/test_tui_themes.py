"""The reader in every built-in Textual theme: a snapshot each (an article open, entities and
statements highlighted), and a contrast check that entity and quote colours stay legible."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from textual.app import App
from textual.color import Color

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from tests.pilot_support import settle
from tests.snapshots.test_tui_app import write_fixture_corpus

THEMES = sorted(App().available_themes)
SIZE = (110, 30)
# WCAG's minimum for large or bold text; entity names are bold, quotes are body text on the same ground.
MIN_CONTRAST = 3.0
HIGHLIGHT_VARIABLES = ("text-accent", "text-success", "text-primary", "text-warning", "foreground")


@pytest.fixture(scope="module")
def theme_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    root = tmp_path_factory.mktemp("themes")
    opened = Archive.open(root / "fx")
    opened.index([write_fixture_corpus(root / "fixture")])
    yield opened
    opened.close()


@pytest.mark.parametrize("theme", THEMES)
def test_reader_in_each_theme(snap_compare: Any, theme_archive: Archive, theme: str) -> None:
    async def run_before(pilot: Any) -> None:
        pilot.app.theme = theme
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(theme_archive), terminal_size=SIZE, run_before=run_before)


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_measure() -> None:
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(Color(10, 10, 10), Color(10, 10, 10)) == pytest.approx(1.0)


@pytest.mark.parametrize("theme", [t for t in THEMES if not t.startswith("ansi-")])
def test_highlight_colours_are_legible_on_the_reader_ground(theme: str) -> None:
    """ANSI themes defer to the terminal's own palette, so only themes with real colours are measured."""
    app = App()
    app.theme = theme
    variables = app.get_css_variables()
    ground = Color.parse(variables["background"])
    for name in HIGHLIGHT_VARIABLES:
        colour = Color.parse(variables[name])
        if colour.a < 1:
            colour = ground.blend(colour.with_alpha(1.0), colour.a)
        assert contrast(colour, ground) >= MIN_CONTRAST, (theme, name, variables[name])

"""Status messages name the user's keys: a message saying why a key did nothing wrote the default
key (``d chooses …``, ``o sorts …``) after the user had rebound it, sending them to a key that
now does something else. The messages name command ids and are said with the key table, as the
hint lines are. Invented text (the pages of test_leftovers_s45reader)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import archive_fixture
from tests.pilot.test_leftovers_s45reader import ARTICLES, NAMED
from tests.pilot_support import settle, synchronous

archive = archive_fixture(ARTICLES)


def rebound(tmp_path: Path, keys: str) -> Path:
    settings = tmp_path / "settings.toml"
    settings.write_text(f"[keys]\n{keys}\n", encoding="utf-8")
    return settings


@synchronous
async def test_a_pages_why_message_names_the_rebound_key(archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE, settings_file=rebound(tmp_path, 'page_kind = "K"'))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        page = await pushed_page(app, pilot, NAMED)  # never quoted: no kind to filter by
        await pilot.press("K")
        await settle(app, pilot)
        said = str(page.query_one("#person-status", Static).render())
        assert said == "No statement here to filter by kind: K chooses direct or indirect speech"


@synchronous
async def test_the_status_lines_sort_message_names_the_rebound_key(archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE, settings_file=rebound(tmp_path, 'sort = "z"'))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"kapal", "ctrl+t", "enter")  # statement matches in the list's place
        await settle(app, pilot)
        await pilot.press("z")
        await settle(app, pilot)
        said = str(app.status.render())
        assert said == "Statement matches stay best match first: z sorts the article list (Ctrl+T back to it)"

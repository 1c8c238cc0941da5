"""Untrusted text stays inert through every pane of the running app, not widget by widget: an
invented archive whose titles, outlet, quotes and body hold markup-looking brackets, escape
sequences, C0/C1 controls and bidi controls, walked as a user walks it (list, reader, entities,
statements, the quote finder, a person's page, search as you type, the citation picker, the
palette). Every screen must show the brackets literally (a pane that parses markup loses them or
runs ``@click``) and send no control or invisible character to the terminal. Invented text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.cli import main
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.cite import CiteScreen
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from tests.hostile import BEL, BIDI, C1_CSI, CURSOR_QUERY, ISOLATE, OSC52, ZERO_WIDTH, forbidden_in
from tests.pilot.page_screens import pushed_page
from tests.pilot.pages import PagesArchive, archive_fixture, article_titled
from tests.pilot_support import settle, synchronous

SPEAKER = "Wulandari Sitompul"
CLICK = "[@click=app.quit]tolak[/]"
BOLD = "[bold red]baru[/bold red]"
LINK = "[link=https://contoh.invalid]tautan[/link]"
VARIABLE = "[$accent]warna[/]"
MARKUP = (CLICK, BOLD, LINK, VARIABLE)
QUOTE = f"Kami {CLICK} pajak {BOLD} untuk nelayan {LINK} di pesisir {VARIABLE} ini{OSC52} sekarang{BIDI} juga"
TITLE_A = f"Nelayan {CLICK} pajak{CURSOR_QUERY} baru"
TITLE_B = f"Pajak nelayan {BOLD} ditolak{BEL}"
OUTLET = f"Kabar [i]Pesisir[/i]{C1_CSI}"
ARTICLES = [
    {
        "title": TITLE_A,
        "outlet": OUTLET,
        "date": "2025-04-02",
        "text": f"Anggota dewan {SPEAKER} menemui nelayan di dermaga {VARIABLE}.{ZERO_WIDTH}\n\n"
        f'"{QUOTE}," kata {SPEAKER} di dermaga.\n\n{SPEAKER} mengatakan aturan itu {LINK} perlu dikaji{ISOLATE}.',
    },
    {
        "title": TITLE_B,
        "outlet": "Warta Teluk",
        "date": "2025-04-03",
        "text": f'{SPEAKER} kembali berbicara kepada warga.\n\n"{QUOTE}," ujar {SPEAKER} kepada wartawan.',
    },
]

archive = archive_fixture(ARTICLES)


def screen_text(app: KutipApp) -> str:
    """What the terminal is sent for the whole screen, as text (every visible widget composed)."""
    return "\n".join(
        "".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()
    )


def inert(app: KutipApp, where: str, *shown: str) -> str:
    """The screen holds no control or invisible character and each of ``shown`` literally."""
    text = screen_text(app)
    assert forbidden_in(text) == [], (where, forbidden_in(text))
    flat = " ".join(text.split())
    for literal in shown:
        assert literal in flat, (where, literal, text)
    assert app.is_running, where  # no [@click=app.quit] ran
    return text


async def press(app: KutipApp, pilot: Any, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


@synchronous
async def test_every_pane_shows_hostile_text_literally_and_sends_no_control(archive: Archive) -> None:
    app = KutipApp(archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(220, 60)) as pilot:
        await settle(app, pilot)
        inert(app, "list", "[@click=app.quit]tolak[/]", "[bold red]baru[/bold red]", "␛[6n")
        article = article_titled(app, TITLE_A)
        app.article_list.focus()
        app.article_list.cursor = app.article_list.index_of(article.id) or 0
        await press(app, pilot, "enter")
        text = inert(app, "reader", *MARKUP, "Kabar [i]Pesisir[/i]")
        assert "␛]52;c;aGFja2VkCg==␇" in text
        await press(app, pilot, "tab", "tab", "tab")  # entities, statements
        text = inert(app, "statements pane", CLICK)
        assert "tolak pajak baru" not in " ".join(text.split())
        (statement,) = (s for s in article.statements if "nelayan" in s.text and s.kind == "direct")
        app.opening.quote_finder(statement)
        await settle(app, pilot)
        assert isinstance(app.screen, QuoteFinderScreen)
        inert(app, "quote finder", CLICK, BOLD, "Warta Teluk")
        await press(app, pilot, "escape")
        await pushed_page(app, pilot, SPEAKER)
        inert(app, "person page", CLICK, "Kabar [i]Pesisir[/i]")
        await press(app, pilot, "escape")
        await press(app, pilot, "slash", *"pajak")
        inert(app, "search as you type", "[bold red]baru[/bold red]")
        await press(app, pilot, "escape", "escape")
        app.push_screen(CiteScreen(article, style="apa"))
        await settle(app, pilot)
        inert(app, "citation picker", "[@click=app.quit]tolak[/]", "Kabar [i]Pesisir[/i]")
        await press(app, pilot, "escape")
        await press(app, pilot, "ctrl+p")
        await pilot.pause(0.5)
        await settle(app, pilot)
        await press(app, pilot, *"Wulandari")
        inert(app, "palette", SPEAKER)
        await press(app, pilot, "escape")


CLI_COMMANDS = [
    ["search", "pajak"],
    ["quotes"],
    ["quotes", "--speaker", SPEAKER],
    ["statements"],
    ["find", "pajak", "nelayan"],
    ["entities"],
    ["show", "{id}"],
    ["cite", "{id}"],
    ["cite", "{id}", "--style", "markdown"],
]


def test_the_clis_text_output_shows_the_same_page_literally(
    pages_archive: PagesArchive, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(pages_archive(ARTICLES))
    assert main(["--index", location, "search", "dermaga", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (ident,) = (row["id"] for row in rows if row["outlet"] == OUTLET)
    for command in CLI_COMMANDS:
        code = main(["--index", location, *(part.format(id=ident) for part in command)])
        out = capsys.readouterr().out
        assert code == 0 and forbidden_in(out) == [], (command, forbidden_in(out))
        flat = " ".join(out.split())
        literal = SPEAKER if command == ["entities"] else CLICK  # no entity's name holds brackets
        if "markdown" in command:
            literal = CLICK.replace("[", "\\[").replace("]", "\\]")  # Markdown's own escape
        assert literal in flat, (command, out)

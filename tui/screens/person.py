"""Everything one person said across the archive, newest first.

Opened from a person in the entities pane, a speaker in the statements pane, or
the command palette ("Statements by …", fuzzy over every known speaker). Enter
returns the chosen statement to the app, which opens its article at it; Esc goes
back. The archive is read in a thread worker, never on the UI thread.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar, Protocol

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from kutip.index.facade import Archive, StatementRow
from kutip.tui.commands import bindings
from kutip.tui.text import one_line
from kutip.tui.widgets.pane_list import PaneList
from kutip.tui.widgets.statement_rows import statement_prompt


class ArchiveHolder(Protocol):
    """What the person view needs from the app: the archive and a way to open a person."""

    archive: Archive

    def open_person(self, name: str) -> None: ...


class PersonScreen(Screen[StatementRow | None]):
    """A person's statements; dismissed with the chosen row, or None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("person"))

    DEFAULT_CSS = """
    PersonScreen {
        & > #person-header { padding: 0 1; height: auto; border-bottom: solid $primary-muted; }
        & > #person-statements { height: 1fr; border-top: none; }
        & > #person-status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    }
    """

    def __init__(self, archive: Archive, name: str) -> None:
        super().__init__()
        self.archive = archive
        self.person = name
        self.rows: list[StatementRow] = []

    def compose(self) -> ComposeResult:
        yield Static(self._header("loading…"), id="person-header")
        yield PaneList(id="person-statements", markup=False)
        yield Static(Content("Enter: open the article at the statement — Esc: back"), id="person-status")
        yield Footer()

    def _header(self, count: str) -> Content:
        return Content.assemble(
            ("Statements by ", "bold"), (one_line(self.person), "bold $text-accent"), f"  {count}"
        )

    @property
    def statement_list(self) -> PaneList:
        return self.query_one("#person-statements", PaneList)

    def on_mount(self) -> None:
        self.statement_list.focus()
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        try:
            rows = self.archive.statements(speaker=self.person)
        except Exception as error:  # shown in the header; Esc still returns
            self.app.call_from_thread(self._show_error, str(error))
            return
        self.app.call_from_thread(self._show_rows, rows)

    def _show_error(self, message: str) -> None:
        self.query_one("#person-header", Static).update(
            self._header(f"cannot read the archive: {one_line(message)}")
        )

    def _show_rows(self, rows: list[StatementRow]) -> None:
        self.rows = rows
        count = _count(len(rows), "statement")
        articles = len({row.article.id for row in rows})
        outlets = len({row.article.outlet for row in rows})
        if rows:
            count += f" in {_count(articles, 'article')} from {_count(outlets, 'outlet')}"
        self.query_one("#person-header", Static).update(self._header(count))
        options: list[Option | None] = []
        for number, row in enumerate(rows):
            if options:
                options.append(None)
            options.append(
                Option(statement_prompt(row.statement, row.article, show_speaker=False), id=str(number))
            )
        self.statement_list.set_options(options)
        if rows:
            self.statement_list.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(self.rows[int(event.option.id)])

    def action_back(self) -> None:
        self.dismiss(None)


class SpeakersProvider(Provider):
    """ "Statements by …" in the command palette, fuzzy over every speaker in the archive."""

    PREFIX = "Statements by "

    async def startup(self) -> None:
        holder: ArchiveHolder = self.app  # type: ignore[assignment]
        worker = self.app.run_worker(holder.archive.speakers, thread=True, group="speakers")
        try:
            self._speakers: list[tuple[str, int]] = await worker.wait()
        except Exception:  # no speakers offered is better than a broken palette
            self._speakers = []

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        holder: ArchiveHolder = self.app  # type: ignore[assignment]
        for name, count in getattr(self, "_speakers", []):
            text = self.PREFIX + one_line(name)
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    fuzzy_highlight(matcher, text),
                    partial(holder.open_person, name),
                    text=text,
                    help=f"{count} statement{'s' if count != 1 else ''} — opens the person view",
                )


def fuzzy_highlight(matcher: Matcher, text: str) -> Content:
    """Like ``Matcher.highlight``, but the candidate is plain text: names never parse as markup."""
    content = Content(text, strip_control_codes=False)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"

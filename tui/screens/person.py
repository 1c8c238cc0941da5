"""A person's page, or an organisation's or a place's: who they are in the archive, and what was said.

A person's page shows every name the archive groups under them, their roles as the
articles write them (with dates), the outlets that quoted them, a month timeline of their
statements, then the statements: the most widely reported remarks first, then the rest
newest first, then the undated ones under their own heading. An organisation's or a
place's page lists the articles that mention it (newest first) and the statements that
name it. ``o``/``d``/``w`` filter by outlet, kind and dates, ``x`` clears.

Opened from a person in the entities pane, a speaker in the statements pane, or the
command palette ("Statements by …", "Page of …"). Enter returns the chosen statement to
the app, which opens its article at it (an article row returns a row with no statement:
the app opens the article at its top); Esc goes back. The archive is read in a thread
worker, never on the UI thread.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from textual import work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from kutip.index.facade import Archive, ArticleSummary, EntityType, Filters, Profile, Statement, StatementRow
from kutip.tui.commands import key_hint, table_of
from kutip.tui.messages import message
from kutip.tui.scopes import ScopedKeys
from kutip.tui.text import one_line
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.page_facts import (
    PageList,
    filters_line,
    named_by_line,
    names_line,
    outlets_line,
    parse_range,
    roles_line,
    title,
)
from kutip.tui.widgets.page_rows import article_months, article_prompt, statement_row_prompt
from kutip.tui.widgets.page_timeline import Timeline
from kutip.tui.widgets.statement_rows import fold_repeats, row_repeat_key

KINDS = ("", "direct", "indirect")
MUTED = "$text-muted"
HEADING = "bold $text-primary"
PAGE_ROWS = 100
MORE = "more"
NAMING = "Not quoted in the archive — articles naming them, newest first"
RANGE_FORMS = "2024, 2024-03, 2024-01..2024-06, ..2024-06 or 2024-03.."

HINT = "pane_select: open in the reader — page_outlet/page_kind/page_dates: filter — person_back: back"


def article_choice(summary: ArticleSummary) -> StatementRow:
    """A row the app opens as the article itself: its statement has no id, so none is marked."""
    return StatementRow(Statement(id="", article=summary.id, text="", kind="", start=0, end=0), summary)


class PersonScreen(ScopedKeys, Screen[StatementRow | None], scope="person"):
    """A person's (or entity's) page; dismissed with the chosen row, or None on Esc."""

    DEFAULT_CSS = """
    PersonScreen {
        & > #page-facts { height: auto; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
        & > #page-filters {
            padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; background: $panel;
            border-top: solid $primary-muted;
        }
        & > #page-range { height: 3; }
        & > #page-range.-closed { display: none; }
        & > #person-statements { height: 1fr; border-top: none; }
        & > #person-status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    }
    """

    def __init__(self, archive: Archive, name: str, entity_type: EntityType | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.person = name
        self.entity_type = entity_type
        self.profile: Profile | None = None
        self.naming: list[ArticleSummary] = []
        self.filters = Filters()
        self.rows: list[StatementRow] = []
        self._choices: dict[str, StatementRow] = {}
        self._entries: deque[_Entry] = deque()
        self._range: Input | None = None
        self._said = False

    def compose(self) -> ComposeResult:
        loading = Content.assemble((one_line(self.person), "bold"), ("  loading…", MUTED))
        yield Static(loading, id="page-facts")  # one widget for every fact line: the page opens faster
        yield Timeline(id="page-timeline")
        yield Static(Content(""), id="page-filters")
        yield PageList(id="person-statements", markup=False)
        yield Static(Content(key_hint(table_of(self.app), HINT)), id="person-status")
        yield KeysFooter()

    @property
    def statement_list(self) -> PageList:
        return self.query_one("#person-statements", PageList)

    def on_mount(self) -> None:
        self.statement_list.focus()
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        try:
            profile = self.archive.profile(self.person, self.entity_type)
            naming: list[ArticleSummary] = []
            if profile.entity_type is EntityType.PERSON and not profile.statements:
                naming = self.archive.articles_mentioning(profile.name, EntityType.PERSON)
        except Exception as error:  # shown in the header; Esc still returns
            self.app.call_from_thread(self._show_error, str(error))
            return
        self.app.call_from_thread(self._show_profile, profile, naming)

    def _show_error(self, message: str) -> None:
        problem = f"  cannot read the archive: {one_line(message)}"
        header = Content.assemble((one_line(self.person), "bold"), problem)
        self.query_one("#page-facts", Static).update(header)

    # -- drawing -----------------------------------------------------------------

    def _show_profile(self, profile: Profile, naming: Sequence[ArticleSummary] = ()) -> None:
        """``naming``: the articles naming a person the archive never quotes (else the page would
        list nothing), newest first."""
        self.profile = profile
        self.naming = list(naming)
        person = profile.entity_type is EntityType.PERSON
        shown = profile.name if person else self.person
        lines = [title(profile, shown, len(self.naming))]  # lines with nothing to say take no room
        if person and any(name != shown for name in profile.names):
            lines.append(names_line(profile, shown))
        if person and profile.roles:
            lines.append(roles_line(profile))
        if profile.statements or not person:  # "Quoted by (no outlet named)" of a person never quoted misled
            lines.append(outlets_line(profile))
        elif self.naming:
            lines.append(named_by_line(self._outlet_counts(), len(self.naming)))
        self.query_one("#page-facts", Static).update(Content("\n").join(lines))
        self._redraw()

    def _redraw(self) -> None:
        profile = self.profile
        if profile is None:
            return
        person = profile.entity_type is EntityType.PERSON
        f = self.filters
        view = profile.view(f.outlet, f.kind, f.since, f.until)
        noun = "statement" if person and not self.naming else "article"
        naming = [a for a in self.naming if _keeps(f, a)]
        if self.naming:  # never quoted: the page counts and lists the articles naming them
            months, undated = article_months(naming)
            self.query_one(Timeline).show(months, undated, noun)
            shown, total = len(naming), len(self.naming)
        else:
            self.query_one(Timeline).show(view.counted.months, view.counted.undated, noun)
            shown, total = view.shown, view.total
            if person:  # a paragraph the page prints twice counts once, as in the title and the list
                said = profile.statements
                kept = [s for s in said if f.keeps(s.row.article.outlet, s.row.statement.kind, s.day)]
                shown = len(fold_repeats(kept, row_repeat_key))
                total = len(fold_repeats(said, row_repeat_key))
        line = filters_line(f, shown, total, noun, table_of(self.app))
        self.query_one("#page-filters", Static).update(line)
        if self._said:  # the keys' hint back in place of a message of why a key did nothing
            self._said = False
            self.query_one("#person-status", Static).update(Content(key_hint(table_of(self.app), HINT)))
        entries: list[_Entry] = []
        if naming:
            entries.append(_Entry(f"{NAMING} ({len(naming)})"))
            for summary in naming:
                build = partial(article_prompt, summary, "", None)
                entries.append(_Entry("", build, article_choice(summary)))
        if view.articles:
            entries.append(_Entry(f"Articles mentioning it, newest first ({len(view.articles)})"))
            for found in view.articles:
                build = partial(article_prompt, found.summary, found.day, found.mentions)
                entries.append(_Entry("", build, article_choice(found.summary)))
        named = "Statements naming it" if not person else ""
        for heading, items in (
            (f"{named or 'Most reported'} — widest first", view.top),
            (f"{named or 'Statements'} — newest first", view.dated),
            (f"{named or 'Statements'} — undated", view.undated),
        ):
            folded = fold_repeats(items, row_repeat_key)
            if folded:  # a paragraph the page prints twice: its statements once, "printed twice"
                entries.append(_Entry(f"{heading} ({len(folded)})"))
            for item, *repeats in folded:
                article, others = _dated(item.row.article, item.day), item.reach - 1
                build = partial(
                    statement_row_prompt, item.row.statement, article, person, others, item.outlets,
                    repeats=1 + len(repeats),
                )  # fmt: skip
                entries.append(_Entry("", build, item.row, statement=True))
        self._choices = {}
        self.rows = []
        self._entries = deque(entries)
        options = self._next_options()
        if not options:
            empty = message(self.app, "page_nothing_passes") if f.active else f"no {noun}s in the archive"
            if person and not profile.statements and not self.naming:  # named by no article's entities
                empty = message(self.app, "page_not_quoted")
            options.append(Option(Content(empty).stylize(MUTED), disabled=True))
        self.statement_list.set_options(options)
        first = next((i for i, option in enumerate(self.statement_list.options) if not option.disabled), None)
        self.statement_list.highlighted = first

    def _next_options(self) -> list[Option | None]:
        """The next ``PAGE_ROWS`` rows (with their headings), and a row that shows more when any are left.

        Measuring a row costs time: hundreds at once would keep the page from opening at once.
        """
        options: list[Option | None] = []
        rows = 0
        while self._entries and rows < PAGE_ROWS:
            entry = self._entries.popleft()
            if entry.build is None or entry.row is None:
                options.append(_heading(entry.heading))
                continue
            rows += 1
            if entry.statement:
                self.rows.append(entry.row)
            options += [Option(entry.build(), id=self._choose(entry.row)), None]
        left = sum(1 for entry in self._entries if entry.row is not None)
        if left:
            more = message(self.app, "page_more", left=str(left), next=str(min(left, PAGE_ROWS)))
            options.append(Option(Content(more).stylize(HEADING), id=MORE))
        return options

    def _show_more(self) -> None:
        pane = self.statement_list
        at = pane.get_option_index(MORE)
        pane.remove_option(MORE)
        pane.add_options(self._next_options())
        pane.highlighted = next(
            (i for i, option in enumerate(pane.options) if i >= at and not option.disabled), at
        )

    def _choose(self, row: StatementRow) -> str:
        option_id = f"c{len(self._choices)}"
        self._choices[option_id] = row
        return option_id

    # -- choosing and filtering ----------------------------------------------------

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == MORE:
            self._show_more()
            return
        row = self._choices.get(event.option.id or "")
        if row is not None:
            self.dismiss(row)

    def action_back(self) -> None:
        if self._range is not None and not self._range.has_class("-closed"):
            self._close_range()
            return
        self.dismiss(None)

    def _outlets(self) -> list[str]:
        if self.naming:
            return [outlet for outlet, _ in self._outlet_counts()]
        return [outlet for outlet, _ in self.profile.outlets] if self.profile else []

    def _outlet_counts(self) -> list[tuple[str, int]]:
        """The outlets of the articles naming a person never quoted, most first."""
        counted = Counter(a.outlet for a in self.naming if a.outlet)
        return sorted(counted.items(), key=lambda o: (-o[1], o[0]))

    def _step_outlet(self, step: int) -> None:
        if not self._outlets():  # every choice would be "all": the key looked dead
            self._say("page_no_outlets" if self.profile is not None else "")
            return
        choices = ["", *self._outlets()]
        at = choices.index(self.filters.outlet) if self.filters.outlet in choices else 0
        self._filter(outlet=choices[(at + step) % len(choices)])

    def action_next_outlet(self) -> None:
        self._step_outlet(1)

    def action_previous_outlet(self) -> None:
        self._step_outlet(-1)

    def action_next_kind(self) -> None:
        if self.profile is not None and not self.profile.statements:  # the kind is a statement's
            self._say("page_no_kinds")
            return
        self._filter(kind=KINDS[(KINDS.index(self.filters.kind) + 1) % len(KINDS)])

    def action_clear_filters(self) -> None:
        self.filters = Filters()
        self._redraw()

    def action_date_range(self) -> None:
        if self._range is None:  # made when first asked for: most pages are never filtered by date
            self._range = Input(placeholder=f"Dates: {RANGE_FORMS} (empty clears)", id="page-range")
            self.mount(self._range, before=self.statement_list)
        f = self.filters
        self._range.value = f.since if f.since == f.until else f"{f.since}..{f.until}"
        self._range.remove_class("-closed")
        self._range.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        found = parse_range(event.value)
        if found is None:
            self.notify(f"Dates are written {RANGE_FORMS}", severity="warning")
            return
        self._close_range()
        self._filter(since=found[0], until=found[1])

    def _close_range(self) -> None:
        if self._range is not None:
            self._range.add_class("-closed")
        self.statement_list.focus()

    def _say(self, name: str) -> None:
        """Why a key did nothing (``name`` in the messages' table; none: the page is still loading),
        in the page's status line until the next filter redraws it."""
        self._said = True
        said = message(self.app, name) if name else "The page is still loading"
        self.query_one("#person-status", Static).update(Content(said).stylize("$text-warning"))

    def _filter(self, **changes: str) -> None:
        """The filters with these changes; the list, the timeline and the filter line redrawn."""
        self.filters = replace(self.filters, **changes)
        self._redraw()


@dataclass(frozen=True, slots=True)
class _Entry:
    """One line of the page's list, built when shown: a heading, or a row with what Enter returns."""

    heading: str = ""
    build: Callable[[], Content] | None = None
    row: StatementRow | None = None
    statement: bool = False


def _heading(text: str) -> Option:
    return Option(Content(text).stylize(HEADING), disabled=True)


def _dated(article: ArticleSummary, day: str) -> ArticleSummary:
    """The article as the row shows it: an undated article placed by its event date says so."""
    if article.date or not day:
        return article
    return replace(article, date=f"{day} (event)")


def _keeps(f: Filters, summary: ArticleSummary) -> bool:
    """An article passes the page's outlet and dates (the kind is a statement's): the index's rule."""
    return f.keeps(summary.outlet, "", summary.date)

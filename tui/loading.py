"""Getting the archive onto the screen: the first run, indexing, the sample, the list and its reloads.

Every archive call runs in a thread worker and reports back with ``call_from_thread``, so
the UI never waits on the index. Another process may change the archive meanwhile: its
generation is polled, and a new one reloads the list with the cursor where it was.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.widgets import Static

from kutip.index.facade import Archive, ArticleSummary, IndexProgress, IndexReport
from kutip.tui.heap import settle_heap
from kutip.tui.outlet_names import named_alike, one_name_each
from kutip.tui.screens.welcome import WelcomeChoice, WelcomeScreen
from kutip.tui.text import articles_count
from kutip.tui.userstate import UserState

if TYPE_CHECKING:
    from kutip.tui.app import KutipApp

POLL_INTERVAL = 2.0  # seconds between checks for changes by other processes
TOP_ROWS = 500
"""Rows of the list read first when the reader opens a larger archive: a few screens' worth,
painted while the whole list (a second of reading and sorting at 100,000 articles) loads."""
PAINT_PATIENCE = 1.0  # seconds the whole list's reading waits for the top's first paint
SAMPLE_LABEL = "SAMPLE archive: fictional articles, kept apart from yours"

Generation = tuple[int, int]


def describe_report(report: IndexReport) -> str:
    """The one-line summary of an indexing run: files, told apart from the articles the list counts
    (one JSON Lines file can hold many articles)."""
    files = report.added + report.updated + report.unchanged + len(report.skipped)
    text = f"Indexed {files} file{'s' if files != 1 else ''}: {report.added} added, "
    text += f"{report.updated} updated, {report.unchanged} unchanged"
    if report.removed:
        text += f", {report.removed} removed"
    if report.skipped:
        text += f", {len(report.skipped)} skipped"
    if report.interrupted:
        text += " (interrupted)"
    return text


def default_sample_location() -> Path:
    """Where the sample archive lives: its own folder in the data dir, never the user's archive."""
    import platformdirs

    return Path(platformdirs.user_data_dir("kutip")) / "sample-index"


class Loading:
    """The list of the archive, and the runs that fill or change the archive."""

    def __init__(self, app: KutipApp) -> None:
        self.app = app
        self.generation: Generation | None = None
        self.indexing = False
        self.total = 0  # articles in the archive while only the list's top is loaded
        self.rest_pending = False  # the list's top is shown; the whole list is still loading
        self._welcome_folder: Path | None = None  # the folder the welcome screen asked to index

    def start(self) -> None:
        """At mount: the welcome screen, an indexing run, or the list."""
        app = self.app
        if app.welcome:
            app.status.say("The archive is empty.")
            app.push_screen(WelcomeScreen(app.archive.location), callback=self._welcome_chosen)
        elif app.index_paths is not None:  # [] still runs: a rebuild re-reads the store's own files
            self.indexing = True
            app.status.say("Indexing…")
            self.index(list(app.index_paths))
            if not app.index_paths:  # a rebuild keeps each article (searchable) until it is analysed
                self.load_list(note="Rebuilding the archive")  # anew: listed, not an empty list for it all
        else:
            app.status.say("Loading…")
            self.load_list()
        app.set_interval(POLL_INTERVAL, self.poll)

    def _welcome_chosen(self, choice: WelcomeChoice | None) -> None:
        """Index the folder the user gave into their archive, or switch to the separate sample."""
        if choice is None:
            return
        app = self.app
        self.indexing = True
        if choice.kind == "sample":
            app.sub_title = SAMPLE_LABEL
            app.status.say("Opening the sample archive…")
            location = app.sample_location or default_sample_location()
            app.run_worker(partial(self._open_sample, location), thread=True, exclusive=True, group="index")
        elif choice.path is not None:
            app.status.say(f"Indexing {choice.path}…")
            self._welcome_folder = choice.path
            self.index([choice.path])

    def _open_sample(self, location: Path) -> None:
        from kutip.index.facade import sample_corpus_path

        app = self.app
        try:
            sample = Archive.open(location)
            if sample.is_empty() or sample.needs_rebuild:
                sample.index([sample_corpus_path()], cancel=app.cancel)
        except Exception as error:  # shown; the user's (empty) archive stays open
            app.call_from_thread(self._after_index, None, f"Cannot open the sample archive: {error}")
            return
        app.call_from_thread(self._use_sample, sample)

    def _use_sample(self, sample: Archive) -> None:
        app = self.app
        app.sample_archive = sample
        app.archive = sample
        app.user_state = UserState.beside(sample.location)  # the sample's bookmarks stay apart too
        app.article_list.set_read(app.user_state.read_ids)
        label = app.main_screen.query_one("#archive-label", Static)
        label.update(f"{SAMPLE_LABEL} — {sample.location}")
        label.add_class("shown")
        self.generation = None
        self._after_index(None, f"{SAMPLE_LABEL} ({sample.location})")

    def index(self, paths: list[Path]) -> None:
        self.app.run_worker(partial(self._index, paths), thread=True, exclusive=True, group="index")

    def _index(self, paths: list[Path]) -> None:
        app = self.app

        def progress(step: IndexProgress) -> None:
            app.call_from_thread(app.status.say, f"Indexing {step.done}/{step.total}: {step.path}")

        try:
            report = app.archive.index(paths, progress=progress, cancel=app.cancel)
        except Exception as error:  # shown, never swallowed: the list still loads what exists
            app.call_from_thread(self._after_index, None, f"Indexing failed: {error}")
            return
        app.call_from_thread(self._after_index, report, "")

    def _after_index(self, report: IndexReport | None, error: str) -> None:
        app = self.app
        self.indexing = False
        folder, self._welcome_folder = self._welcome_folder, None
        found = report is not None and (report.added or report.updated or report.unchanged)
        if folder is not None and not found:
            note = error or f"No articles found in {folder}: try another folder."
            app.push_screen(WelcomeScreen(app.archive.location, note=note), callback=self._welcome_chosen)
        current = app.article_list.highlighted  # the cursor stays where the user put it meanwhile
        note = error or describe_report(report) if report else error
        self.load_list(current.id if current else None, note=note)

    def load_list(self, keep_id: str | None = None, note: str = "") -> None:
        first = not self.app.all_summaries  # nothing listed yet: the list's top is painted first
        work = partial(self._load_list, keep_id, note, first)
        self.app.run_worker(work, thread=True, exclusive=True, group="list")

    def _load_list(self, keep_id: str | None, note: str, first: bool = False) -> None:
        app = self.app
        try:
            generation = app.archive.generation()
            if first and (total := app.archive.count()) > TOP_ROWS:
                top = app.archive.first_summaries(TOP_ROWS)
                painted = app.call_from_thread(self._show_top, top, total, note)
                painted.wait(PAINT_PATIENCE)  # the rows' conversion below would share the interpreter
            summaries = app.archive.summaries()
            names = one_name_each(summary.outlet for summary in summaries)
            if names:  # an outlet spelled two ways: one name on every row (tui.outlet_names)
                summaries = named_alike(summaries, names)
            by_id = {summary.id: summary for summary in summaries}  # here, not on the UI thread
            rows = {summary.id: row for row, summary in enumerate(summaries)}
        except Exception as error:
            app.call_from_thread(app.status.say, f"Cannot read the archive: {error}", error=True)
            return
        app.call_from_thread(
            self._show_list, summaries, by_id, rows, names, generation=generation, keep_id=keep_id, note=note
        )
        if first and summaries:
            app.opening.prepare(summaries[0].id)  # the first Enter no longer loads what reading needs

    def _show_top(self, top: list[ArticleSummary], total: int, note: str) -> threading.Event:
        """The list's first rows while the rest loads: the status counts the whole archive and
        the header says the rest is coming (the generation is not taken: the whole list is).
        The event is set once the screen has been drawn with them."""
        app = self.app
        painted = threading.Event()
        app.call_after_refresh(painted.set)
        self.total, self.rest_pending = total, True
        app.set_all_summaries(top)
        app.searching.list_loaded(top, None)
        count = articles_count(total)
        app.status.say(f"{note} — {count}" if note else count)
        return painted

    def _show_list(
        self,
        summaries: list[ArticleSummary],
        by_id: dict[str, ArticleSummary],
        rows: dict[str, int],
        names: dict[str, str],
        *,
        generation: Generation,
        keep_id: str | None,
        note: str,
    ) -> None:
        app = self.app
        rest, self.rest_pending = self.rest_pending, False
        top = app.all_summaries
        app.lists.persons_stale = True  # who each article mentions is read again when facets need it
        app.set_all_summaries(summaries, by_id, rows)
        app.outlet_names = names
        settle_heap()  # the list lives long: later collections need not walk it again
        self.generation = generation
        if rest:  # the top is on screen (the cursor may have moved in it): the rows grow under it
            if app.article_list.base is top:  # else a search or a filter shows: Esc brings the whole list
                app.article_list.extend(summaries)
            return
        app.searching.list_loaded(summaries, keep_id)
        count = articles_count(len(summaries))
        if app.article_list.base is summaries and app.article_list.shape.narrowed:
            count = app.lists.count_text()  # a reload keeps the filters: count the rows they leave
        if not summaries and not self.indexing:
            count = "The archive is empty"
        app.status.say(f"{note} — {count}" if note else count)

    def count_text(self) -> str:
        """``N articles``: the whole archive, counted even while only the list's top is loaded."""
        return articles_count(self.total if self.rest_pending else len(self.app.all_summaries))

    def reload(self, note: str = "") -> None:
        current = self.app.article_list.highlighted
        self.load_list(current.id if current else None, note)

    def poll(self) -> None:
        self.app.run_worker(self._poll, thread=True, exclusive=True, group="poll")

    def _poll(self) -> None:
        try:
            generation = self.app.archive.generation()
        except Exception:  # a busy or vanished index: try again at the next tick
            return
        self.app.call_from_thread(self._on_generation, generation)

    def _on_generation(self, generation: Generation) -> None:
        if self.generation is None or self.indexing or generation == self.generation:
            return
        self.generation = generation
        self.app.status.say("The archive changed; reloading…")
        self.reload(note="The archive changed; list reloaded")

"""Opening things in the reader: an article (at a statement), a person's page, the quote finder,
an entity's mentions, and stepping through matches and mentions with n and N.

The article is read in a thread worker and painted first: its header and body, with the marks
it carries (statements, entities, the search's matches). What needs more of the archive, the
other reports of each statement (the ``⧉n`` markers) and each person's one name (the entities
pane), is read after that frame and fills in the panes: read and drawn with the body, they held
its frame back (at 2,000 articles the body came with the panes, a wait of twice its own). The
status line says what the reader now shows.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.timer import Timer

from kutip.index.facade import Article, Entity, EntityType, Span, Statement, StatementRow
from kutip.tui.messages import message
from kutip.tui.widgets.entities_pane import canonical_names, person_names

if TYPE_CHECKING:
    from kutip.index.facade import ClusterMember
    from kutip.tui.app import KutipApp

PAGES = ("kutip.tui.screens.person", "kutip.tui.screens.quote_finder", "kutip.tui.screens.cite")
"""The screens opened on top (a person's page, the quote finder, the citation picker): imported when
first opened, not at start-up (a fifth of the reader's imports, before its first paint), and
imported ahead in a thread once the list is shown (:meth:`Opening.prepare`)."""

PAINT_PATIENCE = 0.5
"""Seconds the reading of the panes' reports waits for the article's first frame: read at once,
they would share the interpreter with the drawing of the body."""


READ_AHEAD_DELAY = 0.08
"""Seconds the list's cursor rests on a row before its article is read ahead: ``j`` held down
reads nothing, a person's pause before Enter is longer."""


@dataclass(frozen=True, slots=True)
class Reports:
    """Read with an article for the panes beside it: statement id -> other articles reporting it,
    and written person name -> the archive's one name (None: not read, merged later)."""

    others: dict[str, int]
    canonical: dict[str, str] | None


@dataclass(frozen=True, slots=True)
class ReadAhead:
    """The article under the list's resting cursor and its panes' reports, read before Enter, and
    the archive's generation they were read in (None: not known, never used)."""

    article: Article
    reports: Reports
    generation: object


class Opening:
    """What the reader shows, and how the app gets it there."""

    def __init__(self, app: KutipApp) -> None:
        self.app = app
        self._ahead: ReadAhead | None = None
        self._ahead_timer: Timer | None = None

    # -- an article -----------------------------------------------------------------

    def article(self, article_id: str, query: str, statement_id: str | None = None) -> None:
        work = partial(self._read, article_id, query, statement_id)
        self.app.run_worker(work, thread=True, exclusive=True, group="article")

    def read_ahead(self, article_id: str) -> None:
        """The list's cursor came to ``article_id``: once it rests there, read the article and its
        panes' reports in a thread, so Enter draws the article and its panes in one frame, with no
        read and no second frame after the first (at 10,000 articles the reads take ~1 ms, but
        the hand-overs between the threads and a second frame held the panes ~30-60 ms back)."""
        if self._ahead_timer is not None:
            self._ahead_timer.stop()
        ahead = self._ahead
        if ahead is not None and ahead.article.id == article_id:
            self._ahead_timer = None
            return
        start = partial(self._start_read_ahead, article_id)
        if READ_AHEAD_DELAY <= 0:  # the tests'
            start()
            return
        self._ahead_timer = self.app.set_timer(READ_AHEAD_DELAY, start, name="read-ahead")

    def _start_read_ahead(self, article_id: str) -> None:
        self._ahead_timer = None
        generation = self.app.loading.generation
        if generation is None or self.app.loading.indexing:  # the article may change under us
            return
        work = partial(self._read_ahead, article_id, generation)
        self.app.run_worker(work, thread=True, exclusive=True, group="read-ahead")

    def _read_ahead(self, article_id: str, generation: object) -> None:
        try:
            article = self.app.archive.article(article_id)
        except Exception:  # Enter reads it again and says what went wrong
            return
        if article is not None:
            self._ahead = ReadAhead(article, self._reports(article), generation)

    def _read_already(self, article_id: str) -> ReadAhead | None:
        """What was read ahead for ``article_id``, when the archive has not changed since."""
        ahead = self._ahead
        loading = self.app.loading
        if ahead is None or ahead.article.id != article_id or loading.indexing:
            return None
        return ahead if ahead.generation == loading.generation else None

    def _read(self, article_id: str, query: str, statement_id: str | None) -> None:
        app = self.app
        ahead = self._read_already(article_id)
        if ahead is not None:
            matches = app.searching.matches(ahead.article.body, query)
            app.call_from_thread(self._show_read_ahead, ahead, matches, query, statement_id)
            return
        try:
            article = app.archive.article(article_id)
        except Exception as error:  # shown in the status line; the list stays usable
            app.call_from_thread(app.status.say, f"Cannot open the article: {error}", error=True)
            return
        if article is None:
            app.call_from_thread(app.status.say, "That article is no longer in the archive.", error=True)
            return
        matches = app.searching.matches(article.body, query)
        painted = app.call_from_thread(self._show, article, matches, query, statement_id)
        painted.wait(PAINT_PATIENCE)
        app.call_from_thread(self._fill, article, statement_id, self._reports(article))

    def _reports(self, article: Article) -> Reports:
        """(In a thread) what the panes show beside the article: other articles reporting each
        statement, and each person's one name in the archive, read with the article so the panes
        are drawn once (the people merged after the first frame drew the entities pane twice)."""
        archive = self.app.archive
        try:
            others = archive.other_reports(article)
        except Exception:  # the marker is a nicety; the article opens without it
            others = {}
        people = person_names(article)
        try:
            canonical = canonical_names(archive, people) if people else {}
        except Exception:  # merging is a nicety: the article's own names stay listed
            canonical = None
        return Reports(others, canonical)

    def prepare(self, article_id: str) -> None:
        """(In a thread) read an article as opening it does and drop what was read: the first
        article opened paid for the archive's name rules loading (the people merge, ~80 ms of
        imports at its first name) and for cold pages, beside its own frame. The screens opened on
        top are imported here too (:data:`PAGES`)."""
        archive = self.app.archive
        for page in PAGES:
            importlib.import_module(page)
        try:
            article = archive.article(article_id)
            if article is not None:
                self._reports(article)
                if not person_names(article):  # the name rules load at a first name, any name
                    canonical_names(archive, ["Fulan"])
        except Exception:  # a rehearsal: the real opening reports its own errors
            return

    def _show_read_ahead(
        self, ahead: ReadAhead, matches: list[Span], query: str, statement_id: str | None
    ) -> None:
        """The article, its ``⧉n`` markers and its panes at once: one frame."""
        self._show(ahead.article, matches, query, statement_id, ahead.reports.others)
        self._fill(ahead.article, statement_id, ahead.reports, markers=False)

    def _show(
        self,
        article: Article,
        matches: list[Span],
        query: str,
        statement_id: str | None,
        others: dict[str, int] | None = None,
    ) -> threading.Event:
        """The article's header and body (at the statement, else at the first match) and the status,
        drawn alone: the panes beside it keep the article before until :meth:`_fill` (choosing one
        of its entities meanwhile does nothing). The event is set once the frame is drawn."""
        app = self.app
        painted = threading.Event()
        app.call_after_refresh(painted.set)
        headline = app.headline(article)
        app.lists.mark_read(article.id)
        outlet = app.outlet_names.get(article.outlet, article.outlet)
        app.reader.show_article(article, matches, others=others, headline=headline, outlet=outlet)
        if statement_id is not None and (statement := app.reader.show_statement(statement_id)) is not None:
            speaker = statement.speaker or "an unattributed speaker"
            app.status.say(f"Statement by {speaker} ({statement.kind}) in {article.outlet or headline}")
        elif matches:
            app.status.say(message(app, "first_match", count=str(len(matches)), query=query))
        else:
            app.status.say(headline)
        return painted

    def _fill(
        self, article: Article, statement_id: str | None, reports: Reports, *, markers: bool = True
    ) -> None:
        """The panes beside the article and (unless drawn with it) its ``⧉n`` markers, once their
        reports are read; nothing when another article was opened meanwhile."""
        app = self.app
        if app.reader.article is not article:
            return
        if markers:
            app.reader.set_others(reports.others)
        app.entities_pane.show_article(article, reports.canonical)
        app.statements_pane.show_article(article, reports.others)
        if statement_id is not None and app.reader.current_statement is not None:
            app.statements_pane.select_statement(statement_id)
            return
        entity_filter = app.searching.entity_filter
        if entity_filter is not None:
            self._select_entity_named(article, entity_filter.entity)

    def at(self, article_id: str, statement_id: str | None) -> None:
        """Open an article (at a statement) with the list's cursor on it: when the search or a
        filter hides it, the list is shown whole again so the selection matches the reader."""
        app = self.app
        index = app.article_list.index_of(article_id)
        if index is None and app.knows(article_id):
            app.searching.unnarrow()
            app.article_list.set_summaries(app.all_summaries, article_id)
            index = app.article_list.index_of(article_id)
        if index is not None:
            app.article_list.cursor = index
        self.article(article_id, "", statement_id)

    def statement(self, row: StatementRow) -> None:
        """Open a statement's article, scrolled to the statement, with the cursor on it in the list."""
        self.at(row.article.id, row.statement.id)

    def statement_chosen(self, statement: Statement) -> None:
        """A statement chosen in the statements pane: marked in the reader, named in the status."""
        shown = self.app.reader.show_statement(statement.id)
        if shown is not None:
            speaker = shown.speaker or "an unattributed speaker"
            via = f", via {shown.via}" if shown.via else ""
            self.app.status.say(f"Statement by {speaker} ({shown.kind}{via})")

    # -- pages on top -------------------------------------------------------------------

    def person(self, name: str, entity_type: EntityType | None = None) -> None:
        """The page of ``name``: a person's statements across the archive, or an organisation's or place's."""
        from kutip.tui.screens.person import PersonScreen

        self.app.push_screen(PersonScreen(self.app.archive, name, entity_type), callback=self._person_closed)

    def _person_closed(self, row: StatementRow | None) -> None:
        if row is not None:
            self.statement(row)

    def quote_finder(self, statement: Statement | None = None) -> None:
        """The quote finder: a phrase to type, or (given a statement) that statement's versions."""
        from kutip.tui.screens.quote_finder import QuoteFinderScreen

        self.app.push_screen(QuoteFinderScreen(self.app.archive, statement), callback=self._finder_closed)

    def _finder_closed(self, member: ClusterMember | None) -> None:
        if member is not None:
            self.at(member.article, member.statement_id)

    # -- entities, matches and mentions -----------------------------------------------------

    def entity(self, entity: Entity) -> None:
        """Mark an entity's mentions in the reader and say how to step through them (not while the
        pane still lists the article opened before: its mentions are not this body's)."""
        app = self.app
        if app.entities_pane.article is not app.reader.article:
            app.bell()
            return
        current = app.reader.select_entity(entity)
        if current is None:
            why = "credited, not mentioned in the body" if entity.type == EntityType.PERSON else "no mentions"
            app.status.say(message(app, "not_in_body", name=entity.name, why=why))
            return
        count = len(app.reader.mentions)
        app.status.say(message(app, "mention_first", name=entity.name, at=str(current + 1), count=str(count)))

    def _select_entity_named(self, article: Article, wanted: Entity) -> bool:
        """Mark ``wanted`` in a newly opened article when it is there (after filtering by it)."""
        entity = next((e for e in article.entities if e.name == wanted.name and e.type == wanted.type), None)
        if entity is None or not entity.mentions:
            return False
        self.app.entities_pane.select_entity(entity)
        self.entity(entity)
        return True

    def step(self, step: int) -> None:
        """n and N: the next mention of the selected entity, else the next search match."""
        app = self.app
        reader = app.reader
        if reader.selected_entity is not None and reader.mentions:
            mention = reader.step_mention(step)
            assert mention is not None
            name = reader.selected_entity.name
            at, count = str(mention + 1), str(len(reader.mentions))
            app.status.say(message(app, "mention", name=name, at=at, count=count))
            return
        current = reader.step_match(step)
        query = app.search_query
        if current is None:
            app.status.say("No matches in this article" if query else message(app, "no_search_yet"))
            return
        app.status.say(f"Match {current + 1}/{len(reader.matches)} for {query}")

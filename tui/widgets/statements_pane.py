"""The open article's statements: speaker, kind and via; Enter scrolls the body to one.

A statement other articles also report carries ``⧉n`` (n other articles); ``f``
opens the quote finder on its versions.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kutip.index.facade import Article, Statement
from kutip.tui.widgets.pane_list import PaneList, PersonRequested, VersionsRequested, note
from kutip.tui.widgets.statement_rows import fold_repeats, repeat_key, statement_prompt

NO_ARTICLE = "Open an article to see who is quoted in it, directly or in reported speech."
NONE_FOUND = "No quotes or reported speech were found in this article."


class StatementsPane(PaneList, scope="statements"):
    """Statements of the article in the reader, in reading order."""

    class Chosen(Message):
        """Scroll the body to this statement and mark it."""

        def __init__(self, statement: Statement) -> None:
            super().__init__()
            self.statement = statement

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(note(NO_ARTICLE), id=id, markup=False)
        self.border_title = "Statements"
        self._statements: dict[str, Statement] = {}
        self._option_of: dict[str, str] = {}  # every statement's id -> the option listing it
        self.others: dict[str, int] = {}

    def show_article(self, article: Article | None, others: Mapping[str, int] | None = None) -> None:
        """List the article's statements; ``others`` maps statement id -> other articles reporting it.

        A paragraph the page prints twice gives its statements twice (the analysis keeps both, as
        the page has both): the pane lists each once, saying how often the page prints it."""
        others = others or {}
        self.others = dict(others)
        statements = sorted(article.statements, key=lambda s: s.start) if article else []
        folded = fold_repeats(statements, repeat_key)
        self._statements = {f"s{n}": copies[0] for n, copies in enumerate(folded)}
        self._option_of = {copy.id: f"s{n}" for n, copies in enumerate(folded) for copy in copies}
        options: list[Option | None] = []
        for (option_id, statement), copies in zip(self._statements.items(), folded, strict=True):
            if options:
                options.append(None)
            reports = max(others.get(copy.id, 0) for copy in copies)
            prompt = statement_prompt(statement, others=reports, repeats=len(copies))
            options.append(Option(prompt, id=option_id))
        self.set_options(options or [note(NONE_FOUND if article else NO_ARTICLE)])
        self.border_title = f"Statements ({len(folded)})" if article else "Statements"
        if self._statements:  # as the entities pane: f, p, c and Enter act at once after Tab
            self.highlighted = self.get_option_index("s0")

    @property
    def statements(self) -> list[Statement]:
        return list(self._statements.values())

    @property
    def current(self) -> Statement | None:
        option = self.highlighted_option
        return self._statements.get(option.id or "") if option is not None else None

    def select_statement(self, statement_id: str) -> None:
        """Put the cursor on the statement with this id (or on the one its repeat is folded into)."""
        option_id = self._option_of.get(statement_id)
        if option_id is not None:
            self.highlighted = self.get_option_index(option_id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        statement = self._statements.get(event.option.id or "")
        if statement is not None:
            self.post_message(self.Chosen(statement))

    def action_person(self) -> None:
        statement = self.current
        if statement is not None and statement.speaker:
            self.post_message(PersonRequested(statement.speaker))
        else:
            self.app.bell()

    def action_versions(self) -> None:
        statement = self.current
        if statement is not None:
            self.post_message(VersionsRequested(statement))
        else:
            self.app.bell()

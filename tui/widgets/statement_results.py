"""Statement search results: who said it, where and when, and the words with the query marked."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kutip.index.facade import StatementHit
from kutip.tui.widgets.pane_list import PaneList, StatementRowChosen
from kutip.tui.widgets.statement_rows import fold_repeats, row_repeat_key, statement_prompt


class StatementResults(PaneList):
    """Shown in place of the article list while the search is restricted to statements."""

    DEFAULT_CSS = """
    StatementResults { display: none; border-top: none; &:focus { border-top: none; } }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.hits: list[StatementHit] = []

    def show_hits(self, hits: Sequence[StatementHit]) -> None:
        """List the hits, a paragraph its page prints twice once (``printed twice``)."""
        folded = fold_repeats(hits, row_repeat_key)
        self.hits = [hit for hit, *_ in folded]
        options: list[Option | None] = []
        for number, (hit, *repeats) in enumerate(folded):
            if options:
                options.append(None)
            row = hit.row
            prompt = statement_prompt(row.statement, row.article, hit.highlights, repeats=1 + len(repeats))
            options.append(Option(prompt, id=str(number)))
        self.set_options(options)
        if self.hits:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(StatementRowChosen(self.hits[int(event.option.id)].row))

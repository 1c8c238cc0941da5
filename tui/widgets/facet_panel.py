"""The facet panel: articles per outlet, language, month and person, among the listed ones.

Counts come from the article list's base (every article, or the current search's
hits), so they follow the search; choosing a value filters the list, choosing it
again (or ``x``) unfilters. Values of one facet widen the filter, facets narrow it.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from kutip.index.facade import ArticleSummary
from kutip.tui.messages import message
from kutip.tui.text import one_line
from kutip.tui.widgets.list_shape import FACET_LABELS, FACETS, Facet, ListShape, PersonsOf, facet_counts
from kutip.tui.widgets.pane_list import PaneList

PER_FACET = 12  # values shown per facet (people: the most mentioned)


class FacetPanel(PaneList, scope="facets"):
    """An option list of ``value  count`` rows under a heading per facet; chosen ones ticked."""

    DEFAULT_CSS = """
    FacetPanel {
        display: none;
        height: 14;
        &.-open { display: block; }
    }
    """

    class Chosen(Message):
        """The user chose a facet value: filter by it (or stop filtering by it)."""

        def __init__(self, facet: Facet, value: str) -> None:
            super().__init__()
            self.facet = facet
            self.value = value

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._values: dict[str, tuple[Facet, str]] = {}

    def on_mount(self) -> None:
        self.border_title = message(self.app, "facets_title")  # the user's keys: mounted, the app is known

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def toggle(self) -> bool:
        self.toggle_class("-open")
        return self.is_open

    def show_counts(
        self, summaries: Sequence[ArticleSummary], persons_of: PersonsOf, shape: ListShape
    ) -> None:
        """Recount over ``summaries``; the chosen values stay listed (with 0) so they can be unchosen."""
        counts = facet_counts(summaries, persons_of)
        chosen = set(shape.filters)
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        options: list[Option] = []
        self._values = {}
        for facet in FACETS:
            rows = counts[facet][:PER_FACET]
            listed = {value for value, _ in rows}
            rows += [(value, 0) for f, value in shape.filters if f == facet and value not in listed]
            if not rows:
                continue
            options.append(Option(Content.styled(FACET_LABELS[facet], "bold $text-accent"), disabled=True))
            for value, count in rows:
                key = f"{facet}\x00{value}"
                self._values[key] = (facet, value)
                tick = "✓ " if (facet, value) in chosen else "  "
                label = Content.assemble(tick, one_line(value), (f"  {count}", "$text-muted"))
                options.append(Option(label, id=key))
        self.clear_options()
        self.add_options(options)
        if highlighted in self._values:
            self.highlighted = self.get_option_index(highlighted)

    def action_choose(self) -> None:
        option = self.highlighted_option
        if option is not None and option.id in self._values:
            self.post_message(self.Chosen(*self._values[option.id]))

    def on_option_list_option_selected(self, event: PaneList.OptionSelected) -> None:
        event.stop()
        if event.option.id in self._values:
            self.post_message(self.Chosen(*self._values[event.option.id]))

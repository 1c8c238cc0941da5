"""The quote finder: one remark as every outlet reported it, wording differences marked.

Opened with ``f`` to type a phrase (searched loosely, so affixes and spelling
variants still match), or from a statement in the statements pane to see the
versions of that statement. Each remark is a stack of versions, earliest first;
every version names its language, and every later one shows the words it changed
or dropped against the earliest report in its own language: a report in the other
language is marked as a translation and never word-diffed across languages. An undated report shows the
date of the occasion its article names. Enter returns the
chosen version to the app, which opens its article at the statement; Esc goes
back. The archive is read only in thread workers.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from kutip.index.facade import Archive, Cluster, ClusterMember, Statement
from kutip.tui.commands import key_hint, table_of
from kutip.tui.debounce import Debounce, quiet_for, still_wanted
from kutip.tui.outlet_names import clusters_named_alike
from kutip.tui.reports import (
    DROPPED_CLOSE,
    DROPPED_OPEN,
    details,
    diff_base,
    is_translation,
    language_name,
    unnamed_sources,
)
from kutip.tui.scopes import ScopedKeys
from kutip.tui.text import one_line
from kutip.tui.widgets.keys_footer import KeysFooter
from kutip.tui.widgets.pane_list import PaneList
from kutip.tui.widgets.statement_rows import fold_repeats, printed_times, repeat_key
from kutip.tui.widgets.steady_input import SteadyInput
from kutip.tui.widgets.version_rows import (
    CHANGED,
    DROPPED,
    EARLIEST,
    MUTED,
    TEXT_LIMIT,
    cluster_heading,
    diff_content,
)

FIND_LIMIT = 20

HINT = "pane_select: open the article at a version — finder_back: back"


class QuoteFinderScreen(ScopedKeys, Screen[ClusterMember | None], scope="finder"):
    """Clusters of versions; dismissed with the chosen version, or None on Esc."""

    DEFAULT_CSS = """
    QuoteFinderScreen {
        & > #finder-header { padding: 0 1; height: auto; }
        & > #finder-phrase { margin: 0 1; }
        & > #finder-legend { padding: 0 1; height: 1; color: $text-muted; }
        & > #finder-versions { height: 1fr; }
        & > #finder-status { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    }
    """

    def __init__(self, archive: Archive, statement: Statement | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.statement = statement
        self.clusters: list[Cluster] = []
        self.versions: dict[str, ClusterMember] = {}
        self.phrase = ""

    def hint(self) -> str:
        """The hint line, with the user's keys."""
        return key_hint(table_of(self.app), HINT)

    def compose(self) -> ComposeResult:
        yield Static(self._header(), id="finder-header")
        yield SteadyInput(placeholder="Words of a remark, e.g. perahu karet", id="finder-phrase")
        yield Static(_legend(), id="finder-legend")
        yield PaneList(id="finder-versions", markup=False)
        yield Static(Content(self.hint()), id="finder-status")
        yield KeysFooter()

    def _header(self) -> Content:
        """The statement's versions, or (once a phrase is typed) the remarks the phrase finds."""
        if self.statement is not None and not self.phrase:
            speaker = one_line(self.statement.speaker or "") or "an unattributed speaker"
            return Content.assemble(("Versions of a statement by ", "bold"), (speaker, "bold $text-accent"))
        tagline = "  the same remark as each outlet reported it"
        return Content.assemble(("Quote finder", "bold"), (tagline, "dim"))

    @property
    def version_list(self) -> PaneList:
        return self.query_one("#finder-versions", PaneList)

    @property
    def phrase_input(self) -> Input:
        return self.query_one("#finder-phrase", Input)

    def say(self, message: str) -> None:
        status = self.query_one("#finder-status", Static)
        status.update(Content(one_line(message)), layout=False)  # one line, always: no new layout

    def on_mount(self) -> None:
        if self.statement is not None:
            self.version_list.focus()
            self.say("Loading the versions…")
            self._load_cluster(self.statement)
        else:
            self.phrase_input.focus()
            self.say("Type a few words of a remark")

    # -- workers ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="find")
    def _load_cluster(self, statement: Statement) -> None:
        try:
            clusters = self._named([cluster] if (cluster := self.archive.cluster_of(statement)) else [])
            sources = unnamed_sources(self.archive, clusters)
        except Exception as error:  # shown in the status; Esc still returns
            self.app.call_from_thread(self.say, f"Cannot read the archive: {error}")
            return
        self.app.call_from_thread(self._show_clusters, clusters, "", sources)

    @work(thread=True, exclusive=True, group="find")
    def _find(self, phrase: str) -> None:
        if not quiet_for(getattr(self.app, "debounce", Debounce()).find):
            return
        try:
            clusters = self._named(self.archive.find(phrase, limit=FIND_LIMIT))
            sources = unnamed_sources(self.archive, clusters) if still_wanted() else {}
        except Exception as error:
            if still_wanted():
                self.app.call_from_thread(self.say, f"Cannot search the archive: {error}")
            return
        if still_wanted():
            self.app.call_from_thread(self._show_clusters, clusters, phrase, sources)

    def _named(self, clusters: list[Cluster]) -> list[Cluster]:
        """The reports of an outlet the archive spells two ways under the list's one name
        (``KutipApp.outlet_names``): one outlet's two reports read as two outlets'."""
        names: Mapping[str, str] = getattr(self.app, "outlet_names", {})
        return clusters_named_alike(clusters, names)

    # -- results ------------------------------------------------------------------

    def _show_clusters(
        self, clusters: list[Cluster], phrase: str, sources: Mapping[str, str] | None = None
    ) -> None:
        """``sources`` names the reports whose article names no outlet (:func:`unnamed_sources`)."""
        if phrase != self.phrase:
            return  # a newer phrase is on its way
        self.clusters = clusters
        self.versions = {}
        options: list[Option | None] = []
        option_of: dict[str, str] = {}  # every report's statement id -> the row listing it
        for number, cluster in enumerate(clusters):
            if not cluster.members:
                continue
            if options:
                options.append(None)
            options.append(Option(cluster_heading(cluster), id=f"c{number}", disabled=True))
            for member, *repeats in fold_repeats(cluster.members, member_repeat_key):
                option_id = f"v{len(self.versions)}"
                self.versions[option_id] = member
                option_of |= {copy.statement_id: option_id for copy in (member, *repeats)}
                prompt = version_prompt(member, cluster, sources, repeats=1 + len(repeats))
                options.append(Option(prompt, id=option_id))
        versions = self.version_list
        versions.set_options(options)
        if self.versions:
            wanted = self.statement.id if self.statement is not None and not phrase else None
            chosen = option_of.get(wanted or "", "v0")
            versions.highlighted = versions.get_option_index(chosen)
        self.say(self._summary(clusters, phrase))

    def _summary(self, clusters: list[Cluster], phrase: str) -> str:
        reports = len(self.versions)
        if not clusters:
            if self.statement is not None and not phrase:
                return "This statement is not linked to any other report — / to search a phrase"
            return f"No remark matches {phrase}" if phrase else "Type a few words of a remark"
        remarks = f"{len(clusters)} remark{'s' if len(clusters) != 1 else ''}"
        return f"{remarks}, {reports} report{'s' if reports != 1 else ''} — {self.hint()}"

    @property
    def current(self) -> ClusterMember | None:
        """The highlighted version."""
        option = self.version_list.highlighted_option
        return self.versions.get(option.id or "") if option is not None else None

    # -- events and actions ---------------------------------------------------------

    @on(Input.Changed, "#finder-phrase")
    def _phrase_changed(self, event: Input.Changed) -> None:
        phrased = bool(self.phrase)
        self.phrase = event.value.strip()
        if phrased != bool(self.phrase) and self.statement is not None:  # the header named the statement
            self.query_one("#finder-header", Static).update(self._header(), layout=False)
        if self.phrase:
            self.say(f"Finding {self.phrase}…")
            self._find(self.phrase)
        elif self.statement is not None:  # back to its versions, not "not linked to any other report"
            self.say("Loading the versions…")
            self._load_cluster(self.statement)
        else:
            self.workers.cancel_group(self, "find")
            self._show_clusters([], "")

    @on(Input.Submitted, "#finder-phrase")
    def _phrase_submitted(self) -> None:
        self.version_list.focus()

    @on(OptionList.OptionSelected, "#finder-versions")
    def _version_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        member = self.versions.get(event.option.id or "")
        if member is not None:
            self.dismiss(member)

    def action_focus_phrase(self) -> None:
        self.phrase_input.focus()

    def action_focus_versions(self) -> None:
        self.version_list.focus()

    def action_back(self) -> None:
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``/`` and ↓ only mean something where they move the focus."""
        if action == "focus_phrase":
            return not self.phrase_input.has_focus
        if action == "focus_versions":
            return self.phrase_input.has_focus
        return True


TRANSLATION = "bold $text-primary"


def _legend() -> Content:
    return Content.assemble(
        ("★ earliest report", "$text-success"),
        "   ",
        ("changed words", CHANGED),
        "   ",
        (f"{DROPPED_OPEN}dropped words{DROPPED_CLOSE}", DROPPED),
        "   ",
        ("⇄ translation", TRANSLATION),
    )


def member_repeat_key(member: ClusterMember) -> tuple[str, ...]:
    """Two reports of one article with the same speaker, kind and words: a paragraph its page
    prints twice (both kept by the analysis), listed once."""
    return (member.article, *repeat_key(member))


def version_prompt(
    member: ClusterMember, cluster: Cluster, sources: Mapping[str, str] | None = None, *, repeats: int = 1
) -> Content:
    """Two lines: outlet · language · date · kind · via (earliest and translations marked), then
    the words, diffed against the earliest report in their own language. Every report names its
    language, so a reader comparing an English wire with an Indonesian outlet sees which is which;
    a report with no outlet is named as ``sources`` names its article (its site, or its title)."""
    first: list[str | tuple[str, str]] = []
    if member.earliest:
        first.append(("★ earliest · ", EARLIEST))
    if is_translation(member, cluster):
        first.append((f"⇄ translation from {language_name(cluster.earliest)} · ", TRANSLATION))
    shown = details(member, sources) + ([printed_times(repeats)] if repeats > 1 else [])
    first.append((" · ".join(shown), MUTED))
    base = diff_base(member, cluster)
    words = _plain(member.text) if base is None else diff_content(base.text, member.text)
    return Content.assemble(*first, "\n", words.stylize("italic"))


def _plain(text: str) -> Content:
    flat = " ".join(one_line(text).split())
    cut = flat if len(flat) <= TEXT_LIMIT else flat[: TEXT_LIMIT - 1] + "…"
    return Content(cut, strip_control_codes=False)

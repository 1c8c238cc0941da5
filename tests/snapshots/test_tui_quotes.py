"""Quote finder, cluster markers, citations and the clipboard, and the settings, driven by the pilot.

Everything runs against a real archive built from the bundled sample corpus in a
temp dir; the clipboard chain is replaced by a fake, so no real clipboard is touched.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, TextArea

from kutip.index.facade import (
    Archive,
    Article,
    Cluster,
    ClusterMember,
    Statement,
    cite_article,
    cite_statement,
)
from kutip.tui.app import KutipApp
from kutip.tui.clipboard import FILE, SYSTEM, TERMINAL, CopyResult
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens import citing
from kutip.tui.screens.cite import CiteScreen, FallbackDialog
from kutip.tui.screens.help import HelpScreen
from kutip.tui.screens.quote_finder import QuoteFinderScreen
from kutip.tui.widgets.version_rows import CHANGED, DROPPED
from tests.pilot_support import settle, synchronous

SIZE = (140, 36)
FINDER_SNAPSHOT_SIZE = (120, 30)


def widest_cluster(archive: Archive) -> Cluster:
    """A remark several articles report, whose versions differ in wording."""
    clusters = [c for c in archive.clusters() if len({m.text for m in c.members}) > 1]
    assert clusters, "the sample corpus should hold a remark reported by several outlets"
    return clusters[0]


def _words(text: str) -> str:
    """A quote's words as the reader copies them: without the comma that joined it to its sentence."""
    return text.strip().rstrip(",;:").rstrip()


def phrase_of(member: ClusterMember) -> str:
    return " ".join(member.text.split()[:8])


async def wait(app: KutipApp, pilot: Any, seconds: float = 0.0) -> None:
    """Let a worker on the current screen finish (apps here have no debounce), then draw."""
    await asyncio.sleep(seconds)
    await app.screen.workers.wait_for_complete()
    await settle(app, pilot)


async def open_article(app: KutipApp, pilot: Any, article_id: str) -> None:
    index = app.article_list.index_of(article_id)
    assert index is not None
    app.article_list.focus()
    app.article_list.cursor = index
    await pilot.press("enter")
    await settle(app, pilot)


async def select_statement(app: KutipApp, pilot: Any, statement_id: str) -> None:
    app.statements_pane.focus()
    app.statements_pane.select_statement(statement_id)
    await pilot.pause()


async def open_at_statement(app: KutipApp, pilot: Any, member: ClusterMember) -> None:
    """From a fresh app: open the member's article and mark its statement."""
    await settle(app, pilot)
    await open_article(app, pilot, member.article)
    await select_statement(app, pilot, member.statement_id)


def cited_statement(archive: Archive) -> tuple[ClusterMember, Article, Statement]:
    """The widest cluster's first member, with its article and statement (what a citation names)."""
    member = widest_cluster(archive).members[0]
    article = archive.article(member.article)
    assert article is not None
    statement = next(s for s in article.statements if s.id == member.statement_id)
    return member, article, statement


class FakeClipboard:
    """Stands in for ``copy_text_async``: records the text and answers with a chosen result."""

    def __init__(self, result: CopyResult) -> None:
        self.result = result
        self.texts: list[str] = []

    async def __call__(self, app: object, text: str) -> CopyResult:
        self.texts.append(text)
        return self.result


def fake_clipboard(monkeypatch: pytest.MonkeyPatch, method: str = SYSTEM) -> FakeClipboard:
    path = Path("/tmp/kutip-test-clipboard.txt") if method in (TERMINAL, FILE) else None
    fake = FakeClipboard(CopyResult(method, "detail from the fake", path))
    monkeypatch.setattr(citing, "copy_text_async", fake)
    return fake


# -- the quote finder ----------------------------------------------------------------------


@synchronous
async def test_f_and_a_phrase_show_the_versions_with_differences_marked(sample_archive: Archive) -> None:
    cluster = widest_cluster(sample_archive)
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen)
        assert isinstance(app.focused, Input)
        await pilot.press(*phrase_of(cluster.members[1]))
        await wait(app, pilot)
        shown = [
            m for m in finder.versions.values() if m.statement_id in {x.statement_id for x in cluster.members}
        ]
        assert len(shown) >= 2
        assert sum(m.earliest for m in shown) == 1
        prompts = [option.prompt for option in finder.version_list.options]
        text = "\n".join(str(p) for p in prompts)
        assert "earliest" in text
        for member in shown:
            assert member.outlet in text
        styles = {str(span.style) for prompt in prompts for span in prompt.spans}  # type: ignore[union-attr]
        assert CHANGED in styles or DROPPED in styles
        # j/k move between versions (headings are skipped)
        await pilot.press("enter")  # from the phrase to the versions
        first = finder.current
        await pilot.press("j")
        assert finder.current is not None and finder.current != first
        await pilot.press("k")
        assert finder.current == first


@synchronous
async def test_enter_opens_the_article_at_the_version(sample_archive: Archive) -> None:
    cluster = widest_cluster(sample_archive)
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f", *phrase_of(cluster.members[1]))
        await wait(app, pilot)
        await pilot.press("enter", "j")
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen)
        chosen = finder.current
        assert chosen is not None
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, QuoteFinderScreen)
        assert app.reader.article is not None and app.reader.article.id == chosen.article
        statement = app.reader.current_statement
        assert statement is not None and statement.id == chosen.statement_id
        assert "article-body--current-statement" in {
            layer.component
            for name in app.reader.body.layer_names
            if (layer := app.reader.body.get_layer(name))
        }
        body = app.reader.body
        line = body.line_of(statement.start)
        assert body.scroll_y <= line < body.scroll_y + body.size.height


@synchronous
async def test_the_palette_offers_the_quote_finder(sample_archive: Archive) -> None:
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"quote finder")
        await asyncio.sleep(0.3)
        await pilot.pause()
        options = app.screen.query_one("CommandList").options  # type: ignore[attr-defined]
        assert "Quote finder" in str(options[0].prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuoteFinderScreen)


@synchronous
async def test_escape_returns_from_the_finder(sample_archive: Archive) -> None:
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("f", *"zzzz tidak ada")
        await wait(app, pilot)
        assert isinstance(app.screen, QuoteFinderScreen)
        assert not app.screen.versions
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, QuoteFinderScreen)


@synchronous
async def test_a_linked_statement_carries_a_marker_and_opens_its_versions(sample_archive: Archive) -> None:
    cluster = widest_cluster(sample_archive)
    member = cluster.members[0]
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, member.article)
        others = cluster.articles - 1
        assert app.statements_pane.others.get(member.statement_id) == others
        prompts = [str(option.prompt) for option in app.statements_pane.options]
        assert any(f"⧉{others}" in prompt for prompt in prompts)
        statement = next(s for s in app.reader.article.statements if s.id == member.statement_id)  # type: ignore[union-attr]
        body = app.reader.body
        assert body.marker_on(body.line_of(statement.start)) == f"⧉{others}"
        await select_statement(app, pilot, member.statement_id)
        await pilot.press("f")
        await wait(app, pilot)
        finder = app.screen
        assert isinstance(finder, QuoteFinderScreen)
        assert {m.statement_id for m in finder.versions.values()} == {m.statement_id for m in cluster.members}
        assert finder.current is not None and finder.current.statement_id == member.statement_id


# -- citations and the clipboard ---------------------------------------------------------------


@synchronous
async def test_c_copies_the_statement_citation_in_the_default_style(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = fake_clipboard(monkeypatch)
    member, article, statement = cited_statement(sample_archive)
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await open_at_statement(app, pilot, member)
        await pilot.press("c")
        await settle(app, pilot)
        assert fake.texts == [cite_statement(article, statement, "plain")]
        assert app.status.message == "Copied plain-text citation of the statement to the system clipboard"


@synchronous
async def test_c_without_a_statement_cites_the_article_and_says_osc52(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = fake_clipboard(monkeypatch, TERMINAL)
    summary = sample_archive.summaries()[0]
    article = sample_archive.article(summary.id)
    assert article is not None
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, summary.id)
        await pilot.press("c")
        await settle(app, pilot)
        assert fake.texts == [cite_article(article, "plain")]
        assert app.status.message.startswith(
            "Copied plain-text citation of the article via the terminal (OSC 52"
        )


@synchronous
async def test_y_copies_the_words_or_headline_and_path(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = fake_clipboard(monkeypatch)
    member = widest_cluster(sample_archive).members[0]
    summary = next(s for s in sample_archive.summaries() if s.id == member.article)
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, member.article)
        await pilot.press("y")  # the list has the focus and no statement is marked: the article
        await settle(app, pilot)
        await select_statement(app, pilot, member.statement_id)
        await pilot.press("y")
        await settle(app, pilot)
        assert fake.texts[0] == f"{summary.headline}\n{summary.path}"
        assert fake.texts[1:] in ([member.text], [_words(member.text)])
        assert app.status.message == "Copied the quote's words to the system clipboard"


@synchronous
async def test_shift_c_previews_styles_and_copies_the_chosen_one(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = fake_clipboard(monkeypatch)
    member, article, statement = cited_statement(sample_archive)
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await open_at_statement(app, pilot, member)
        await pilot.press("C")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, CiteScreen)
        await pilot.press("j", "j")  # plain -> markdown -> apa
        await pilot.pause()
        assert picker.style == "apa"
        assert picker.preview_text == cite_statement(article, statement, "apa")
        await pilot.press("enter")
        await settle(app, pilot)
        assert fake.texts == [cite_statement(article, statement, "apa")]
        assert app.status.message == "Copied APA citation of the statement to the system clipboard"


@synchronous
async def test_the_fallback_dialog_shows_the_text_when_no_clipboard_is_confirmed(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = fake_clipboard(monkeypatch, FILE)
    member = widest_cluster(sample_archive).members[0]
    app = KutipApp(sample_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await open_at_statement(app, pilot, member)
        await pilot.press("y")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, FallbackDialog)
        assert dialog.query_one(TextArea).text == fake.texts[0] in (member.text, _words(member.text))
        assert dialog.path == fake.result.path
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FallbackDialog)
        assert app.status.has_class("-error")


# -- settings -------------------------------------------------------------------------------------


@synchronous
async def test_a_key_override_changes_help_footer_and_the_key(
    sample_archive: Archive, tmp_path: Path
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('[keys]\nquote_finder = "ctrl+f"\n', encoding="utf-8")
    app = KutipApp(sample_archive, settings_file=settings, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        lines = str(help_screen.query_one("#help-text").render()).splitlines()
        row = next(line for line in lines if "Quote finder: every report" in line)
        assert row.split()[0] == "ctrl+f"
        await pilot.press("escape")
        await pilot.pause()
        footer_keys = {b.binding.id: key for key, b in app.screen.active_bindings.items()}
        assert footer_keys.get("quote_finder") == "ctrl+f"
        await pilot.press("f")  # no longer the finder
        await pilot.pause()
        assert not isinstance(app.screen, QuoteFinderScreen)
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, QuoteFinderScreen)


@synchronous
async def test_settings_warnings_and_theme(sample_archive: Archive, tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('theme = "nord"\ncitation_style = "apa"\n[keys]\nno_such = "x"\n', encoding="utf-8")
    app = KutipApp(sample_archive, settings_file=settings, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "nord"
        assert app.settings.citation_style == "apa"
        messages = [notification.message for notification in app._notifications]
        assert any("no_such" in message and str(settings) in message for message in messages)
        await pilot.press("t")  # the theme changes: it is saved
        await settle(app, pilot)
        assert f'theme = "{app.theme}"' in settings.read_text(encoding="utf-8")


def test_quote_finder_snapshot(snap_compare: Any, sample_index: Path) -> None:
    archive = Archive.open(sample_index)
    cluster = widest_cluster(archive)

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("f", *phrase_of(cluster.members[1]))
        await wait(pilot.app, pilot)
        await pilot.press("enter")
        await pilot.pause()

    try:
        app = KutipApp(archive, debounce=NO_DEBOUNCE)
        assert snap_compare(app, terminal_size=FINDER_SNAPSHOT_SIZE, run_before=run_before)
    finally:
        archive.close()


def _member(sid: str, lang: str, text: str, date: str = "", event_date: str = "") -> ClusterMember:
    return ClusterMember(
        sid, sid.split(":", maxsplit=1)[0], f"/c/{sid}.txt", f"Outlet {sid}", date, "direct", None, text,
        lang=lang, event_date=event_date,
    )


def test_a_translation_is_marked_and_diffed_only_within_its_language() -> None:
    from kutip.tui.screens.quote_finder import diff_base, is_translation, version_prompt

    wire = _member("w:1", "en", "We will rebuild every school before the rains.", date="2024-03-01")
    first = _member("a:1", "id", "Kami akan membangun kembali setiap sekolah sebelum hujan.", date="2024-03-02")
    second = _member("b:1", "id", "Kami akan membangun ulang semua sekolah sebelum musim hujan.", event_date="2024-03-01")
    cluster = Cluster("w:1", "Lena Fischer", [replace_earliest(wire), first, second])
    assert diff_base(cluster.members[0], cluster) is None
    assert diff_base(first, cluster) is None  # the first Indonesian report: no diff across languages
    assert diff_base(second, cluster) is first
    assert is_translation(first, cluster) and not is_translation(cluster.members[0], cluster)
    shown = version_prompt(first, cluster)
    assert "⇄ translation from English · Outlet a:1 · Indonesian · 2024-03-02" in shown.plain
    assert "Outlet w:1 · English · 2024-03-01" in version_prompt(cluster.members[0], cluster).plain
    assert "membangun kembali setiap sekolah" in shown.plain
    assert not any(span.style == CHANGED for span in shown.spans)  # nothing marked against English
    later = version_prompt(second, cluster)
    assert "undated · event 2024-03-01" in later.plain
    assert any(span.style == CHANGED for span in later.spans)  # ulang/semua/musim against the first


def replace_earliest(member: ClusterMember) -> ClusterMember:
    from dataclasses import replace

    return replace(member, earliest=True)

"""The whole reader, driven by the pilot against a real archive built in a temp dir."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from textual.command import CommandPalette

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.help import HelpScreen
from kutip.tui.widgets.article_list import ArticleList
from tests.pilot_support import settle, synchronous
from tests.quick_app import quick_app

SNAPSHOT_SIZE = (110, 30)
HELP_SNAPSHOT_SIZE = (110, 80)
READER_SNAPSHOT_SIZE = (130, 30)

# Original text written for these tests, as one JSON Lines file with explicit metadata.
FIXTURE_ARTICLES: list[dict[str, str]] = [
    {
        "title": "Harga beras naik lagi di Pasar Lumbung",
        "outlet": "Warta Lumbung",
        "date": "2024-05-03",
        "text": "Harga beras medium di Pasar Lumbung naik untuk pekan ketiga.\n\n"
        '"Beras kami habis sebelum siang," ujar Sari Wulandari, pedagang beras di pasar itu.\n\n'
        "Dinas Perdagangan berjanji memeriksa stok beras di gudang kota pekan depan.",
    },
    {
        "title": "New ferry route links two island towns",
        "outlet": "Alder Courier",
        "date": "2024-04-12",
        "text": "A new ferry now sails twice a day between Port Alder and Wren Bay.\n\n"
        '"Crossing used to take a whole day," said harbour master Tomas Reyes.',
    },
    {
        "title": "Sekolah di lereng bukit dapat perpustakaan baru",
        "outlet": "Kabar Cemara",
        "date": "2024-03-20",
        "text": "Murid sekolah dasar di Desa Cemara kini punya perpustakaan.\n\n"
        "Kepala sekolah mengatakan buku-buku itu sumbangan warga desa.",
    },
    {
        "title": "Markup test [@click=app.quit]Click[/] [bold]x[/bold]",
        "outlet": "[b]Warta[/b]",
        "date": "2024-05-01",
        "text": "Teks ini memuat [@click=app.quit]Click[/] dan [bold]x[/bold] "
        "dan \x1b[31mmerah yang harus tampil apa adanya.",
    },
]


def write_fixture_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(record) for record in FIXTURE_ARTICLES)
    (folder / "fixture.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def archive(sample_archive: Archive) -> Archive:
    """The bundled sample archive (built once for the run, tests/snapshots/conftest.py)."""
    return sample_archive



def list_text(app: KutipApp) -> str:
    article_list = app.query_one(ArticleList)
    return "\n".join(article_list.render_line(y).text for y in range(article_list.size.height))


@synchronous
async def test_opens_with_titles_in_the_list(archive: Archive) -> None:
    app = KutipApp(archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        summaries = archive.summaries()
        assert len(app.article_list.summaries) == len(summaries)
        first_title = summaries[0].title
        assert first_title[:20] in list_text(app)
        assert f"{len(summaries)} article" in app.status.message


@synchronous
async def test_indexes_paths_on_start_then_lists(tmp_path: Path) -> None:
    empty = Archive.open(tmp_path / "fresh")
    try:
        assert empty.is_empty()
        corpus = write_fixture_corpus(tmp_path / "c")
        app = KutipApp(empty, index_paths=[corpus])
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(app, pilot)
            assert len(app.article_list.summaries) == len(FIXTURE_ARTICLES)
            assert "Indexed" in app.status.message
    finally:
        empty.close()


@synchronous
async def test_an_archive_of_another_version_is_rebuilt_when_the_reader_opens_it(tmp_path: Path) -> None:
    """The command line promises a rebuild with an empty path list; the reader must keep it."""
    archive = Archive.open(tmp_path / "old")
    try:
        archive.index([write_fixture_corpus(tmp_path / "c")])
        archive._store.set_meta("version", "0.0")
        assert archive.needs_rebuild
        app = KutipApp(archive, index_paths=[])
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(app, pilot)
            assert not archive.needs_rebuild
            assert len(app.article_list.summaries) == len(FIXTURE_ARTICLES)
    finally:
        archive.close()


@synchronous
async def test_navigation_keys(archive: Archive) -> None:
    app = KutipApp(archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        article_list = app.article_list
        count = len(article_list.summaries)
        await pilot.press("j")
        assert article_list.cursor == min(1, count - 1)
        await pilot.press("G")
        assert article_list.cursor == count - 1
        await pilot.press("k")
        assert article_list.cursor == max(count - 2, 0)
        await pilot.press("g")
        assert article_list.cursor == 0


@synchronous
async def test_enter_opens_the_article(archive: Archive) -> None:
    app = KutipApp(archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "enter")
        await settle(app, pilot)
        expected = archive.article(app.article_list.summaries[1].id)
        assert expected is not None
        assert app.reader.article is not None
        assert app.reader.article.id == expected.id
        first_line = app.reader.body.line_text(0).strip()
        assert first_line
        assert expected.body.replace("\t", " ").startswith(first_line)


@synchronous
async def test_search_narrows_and_escape_restores(fixture_archive: Archive) -> None:
    app = KutipApp(fixture_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        total = len(app.article_list.summaries)
        await pilot.press("slash")
        assert app.search_bar.has_focus
        await pilot.press(*"beras")
        await settle(app, pilot)
        titles = [summary.title for summary in app.article_list.summaries]
        assert 0 < len(titles) < total
        assert any("beras" in title.lower() for title in titles)
        assert "match" in app.status.message
        await pilot.press("enter")
        assert app.article_list.has_focus
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(app.article_list.summaries) == total
        assert not app.search_bar.is_open


@synchronous
async def test_n_and_shift_n_step_through_matches(fixture_archive: Archive) -> None:
    app = KutipApp(fixture_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"beras")
        await settle(app, pilot)
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        reader = app.reader
        assert reader.article is not None
        assert len(reader.matches) >= 2
        body = reader.article.body
        assert all(body[span.start : span.end].lower().startswith("beras") for span in reader.matches)
        assert reader.current_match == 0
        await pilot.press("n")
        assert reader.current_match == 1
        assert app.status.message.startswith(f"Match 2/{len(reader.matches)}")
        await pilot.press("N", "N")
        assert reader.current_match == len(reader.matches) - 1


@synchronous
async def test_query_error_is_one_line_in_the_status(fixture_archive: Archive) -> None:
    app = KutipApp(fixture_archive, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *'"unclosed phrase')
        await settle(app, pilot)
        message = app.status.message
        assert message == 'the query has a " that is not closed'
        assert app.status.has_class("-error")


@synchronous
async def test_help_screen_lists_bindings(archive: Archive) -> None:
    app = KutipApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


@synchronous
async def test_command_palette_lists_the_commands(archive: Archive) -> None:
    app = KutipApp(archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"reload")
        await asyncio.sleep(0.3)
        await pilot.pause()
        palette = app.screen
        options = palette.query_one("CommandList")
        prompts = [str(option.prompt) for option in options.options]  # type: ignore[attr-defined]
        assert any("Reload list" in prompt for prompt in prompts)
        await pilot.press("enter")
        await settle(app, pilot)
        assert "Reloaded" in app.status.message


@synchronous
async def test_markup_in_an_article_stays_literal(fixture_archive: Archive) -> None:
    app = KutipApp(fixture_archive)
    async with app.run_test(size=(240, 30)) as pilot:
        await settle(app, pilot)
        rows = app.article_list.summaries
        index = next(i for i, row in enumerate(rows) if "Markup test" in row.title)
        app.article_list.cursor = index
        await pilot.pause()
        assert "[@click=app.quit]Click[/] [bold]x[/bold]" in list_text(app)
        await pilot.press("enter")
        await settle(app, pilot)
        body = app.reader.body
        shown = "".join(body.render_line(y).text.rstrip() + " " for y in range(body.size.height))
        assert "[@click=app.quit]Click[/] dan [bold]x[/bold]" in shown
        assert "\x1b" not in shown
        if "\x1b" in body.body:  # the ingest kept the escape: it must show as a symbol
            assert "␛[31m" in shown
        await pilot.click("#reader-body", offset=(20, 0))
        await pilot.click("#reader-header", offset=(15, 0))
        await pilot.pause()
        assert app.is_running


@synchronous
async def test_archive_change_reloads_keeping_the_selection(tmp_path: Path, fixture_archive: Archive) -> None:
    app = KutipApp(fixture_archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        kept = app.article_list.highlighted
        assert kept is not None
        extra = tmp_path / "extra"
        extra.mkdir()
        (extra / "baru.txt").write_text(
            "Jembatan baru dibuka untuk pejalan kaki\n\nDesa Cemara, 2 Juni 2024 - Jembatan baru dibuka.\n",
            encoding="utf-8",
        )
        other = Archive.open(fixture_archive.location)  # another process, as far as the app knows
        try:
            other.index([extra])
        finally:
            other.close()
        app._check_generation()
        await settle(app, pilot)
        assert len(app.article_list.summaries) == len(FIXTURE_ARTICLES) + 1
        highlighted = app.article_list.highlighted
        assert highlighted is not None
        assert highlighted.id == kept.id
        assert "changed" in app.status.message


def test_main_screen_snapshot(snap_compare: Any, fixture_archive: Archive) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(fixture_archive), terminal_size=SNAPSHOT_SIZE, run_before=run_before)


def test_help_screen_snapshot(snap_compare: Any, fixture_archive: Archive) -> None:
    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(KutipApp(fixture_archive), terminal_size=HELP_SNAPSHOT_SIZE, run_before=run_before)


def test_reader_snapshot(snap_compare: Any, fixture_archive: Archive) -> None:
    """An article open beside its entities and statements (the header shows only the file name)."""

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(fixture_archive), terminal_size=READER_SNAPSHOT_SIZE, run_before=run_before)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_reader_snapshot_at_the_smallest_and_a_large_terminal(
    snap_compare: Any, fixture_archive: Archive, size: tuple[int, int]
) -> None:
    """The same reader (an article open, the list's header, unread dots) at 80x24 and 160x48."""

    async def run_before(pilot: Any) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await settle(pilot.app, pilot)

    assert snap_compare(KutipApp(fixture_archive), terminal_size=size, run_before=run_before)


def test_copied_words_drop_the_comma_that_joins_them_to_the_sentence() -> None:
    from kutip.tui.screens.citing import quote_words

    assert quote_words("Beras kami habis sebelum siang,") == "Beras kami habis sebelum siang"
    assert quote_words(" Kami siap; ") == "Kami siap"
    assert quote_words("Siapa yang tahu?") == "Siapa yang tahu?"
    assert quote_words("Sudah selesai.") == "Sudah selesai."


@synchronous
async def test_the_palette_offers_quit_once(fixture_archive: Archive, tmp_path: Path) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"quit")
        await asyncio.sleep(0.3)
        await pilot.pause()
        options = app.screen.query_one("CommandList")
        prompts = [str(option.prompt) for option in options.options]  # type: ignore[attr-defined]
        assert sum(prompt.split("\n")[0].strip() == "Quit" for prompt in prompts) == 1, prompts


@synchronous
async def test_the_style_chosen_with_shift_c_is_the_one_c_uses(
    fixture_archive: Archive, tmp_path: Path
) -> None:
    from kutip.tui.screens.cite import CiteScreen
    from kutip.tui.settings import load_settings

    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml")
    copied: list[str] = []

    def fake_copy(text: str, what: str) -> None:
        copied.append(what)

    app.copy_out = fake_copy  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, CiteScreen)
        app.screen.query_one("OptionList").highlighted = 3  # plain, markdown, apa, mla…
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
    assert copied[0].split()[0] == copied[1].split()[0] == "MLA"
    assert load_settings(tmp_path / "settings.toml")[0].citation_style == "mla"


@synchronous
async def test_the_list_follows_an_article_opened_from_elsewhere(fixture_archive: Archive) -> None:
    app = quick_app(fixture_archive)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        hidden = next(s for s in app.all_summaries if "ferry" in s.title)
        await pilot.press("slash", *"beras", "enter")
        await settle(app, pilot)
        assert app.article_list.index_of(hidden.id) is None
        app.open_at(hidden.id, None)  # what the person view, quote finder and bookmarks do
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article.id == hidden.id
        highlighted = app.article_list.highlighted
        assert highlighted is not None and highlighted.id == hidden.id


def test_the_cursor_row_takes_the_cursor_colours_in_every_cell() -> None:
    from kutip.index.facade import ArticleSummary
    from kutip.tui.widgets.article_list import ArticleList

    row = ArticleSummary(id="x", title="Judul", outlet="Warta", date="2024-05-01", path="/x")
    plain = ArticleList().row_content(row, 80, cursor=True)
    assert all(span.style in ("", None) for span in plain.spans)  # no outlet or date colour over the cursor


@synchronous
async def test_a_narrow_terminal_hides_the_side_panes_until_s(
    fixture_archive: Archive, tmp_path: Path
) -> None:
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        side = app.main_screen.query_one("#side-column")
        assert not side.display
        await pilot.press("s")
        assert side.display
    app = KutipApp(fixture_archive, settings_file=tmp_path / "settings.toml")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        assert app.main_screen.query_one("#side-column").display


def test_the_indexing_line_counts_files_not_articles() -> None:
    from kutip.index.facade import IndexReport
    from kutip.tui.app import describe_report

    line = describe_report(IndexReport(added=14, skipped=[("x.pdf", "not a text format")]))
    assert line.startswith("Indexed 15 files: 14 added, 0 updated, 0 unchanged, 1 skipped")

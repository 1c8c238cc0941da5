"""Save SVG screenshots of the real reader on the bundled sample corpus.

Builds a throwaway index in a temp dir, drives the app with Textual's pilot and
writes main.svg (an article with its entities and statements), article-search.svg,
entity.svg (a person's mentions, the list filtered to articles mentioning them),
person.svg (a person's page: names, roles, outlets, timeline, most-reported remarks),
entity-page.svg (a place's page: articles, outlets, timeline, statements naming it),
quote-finder.svg (one remark as several
outlets reported it, wording differences marked), statements-search.svg (statement hits for a
word, before one is opened), help.svg,
facets.svg (the facet panel, the list filtered by one outlet and sorted by title) and
bookmarks.svg (the bookmarks view) next to this script, so the
README always shows what the current code draws. An optional argument names
another corpus folder.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from textual.pilot import Pilot

from kutip.index.facade import Archive, EntityType, sample_corpus_path
from kutip.tui.app import KutipApp
from kutip.tui.screens.bookmarks import BookmarksScreen
from kutip.tui.screens.help import HelpScreen
from kutip.tui.screens.person import PersonScreen
from kutip.tui.screens.quote_finder import QuoteFinderScreen

OUT = Path(__file__).resolve().parent
SIZE = (140, 36)
SEARCH_WORDS = ("pemerintah", "kata", "the", "harga")


async def settle(app: KutipApp, pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


def save(app: KutipApp, name: str, shows: bool = True) -> Path:
    """Write ``name``; ``shows`` is whether the screen now shows what the name says (else stop:
    a shot of something else would go into the README unnoticed)."""
    if not shows:
        raise SystemExit(f"{name}: the screen does not show what the shot is named for")
    path = OUT / name
    app.save_screenshot(filename=name, path=str(OUT))
    print(f"wrote {path}")
    return path


async def search_with_hits(app: KutipApp, pilot: Pilot[None]) -> str:
    """Type the first query that finds something in the sample corpus."""
    for word in SEARCH_WORDS:
        await pilot.press("slash", *word)
        await asyncio.sleep(0.4)
        await settle(app, pilot)
        if app.article_list.summaries:
            return word
        await pilot.press("escape")
        await settle(app, pilot)
    return ""


def reworded_phrase(archive: Archive) -> str:
    """Opening words of a remark several outlets reported in different words."""
    for cluster in archive.clusters():
        if len({member.text for member in cluster.members}) > 1:
            return " ".join(cluster.members[-1].text.split()[:8])
    return ""


def most_quoted(archive: Archive) -> str:
    speakers = archive.speakers()
    return speakers[0][0] if speakers else ""


async def open_richest_article(app: KutipApp, pilot: Pilot[None]) -> None:
    """Open the article with the most statements, so the side panes have something to show."""
    archive = app.archive
    counts = {s.id: len(a.statements) for s in app.article_list.summaries if (a := archive.article(s.id))}
    best = max(counts, key=lambda article_id: counts[article_id], default=None)
    index = app.article_list.index_of(best) if best else None
    app.article_list.cursor = index or 0
    await pilot.press("enter")
    await settle(app, pilot)


async def shoot(archive: Archive, settings_file: Path) -> None:
    app = KutipApp(archive, settings_file=settings_file)  # the defaults, whatever the user's settings
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_richest_article(app, pilot)
        save(app, "main.svg", app.reader.article is not None and bool(app.reader.article.statements))
        # a person in the entities pane: mark the mentions, then list every article mentioning them
        app.entities_pane.focus()
        await pilot.press("enter", "n")
        await pilot.press("a")
        await settle(app, pilot)
        app.entities_pane.focus()
        await pilot.pause()
        save(app, "entity.svg", app.entity_filter is not None)
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        name = most_quoted(archive)
        if name:
            app.open_person(name)
            await settle(app, pilot)
            save(app, "person.svg", isinstance(app.screen, PersonScreen))
            await pilot.press("escape")
            await settle(app, pilot)
        place = next((name for name, _, _, _ in archive.entity_counts(EntityType.PLACE)), "")
        if place:
            app.open_person(place, EntityType.PLACE)
            await settle(app, pilot)
            save(app, "entity-page.svg", isinstance(app.screen, PersonScreen))
            await pilot.press("escape")
            await settle(app, pilot)
        phrase = reworded_phrase(archive)
        if phrase:
            app.article_list.focus()
            await pilot.press("f", *phrase)
            await asyncio.sleep(0.5)
            await app.screen.workers.wait_for_complete()
            await settle(app, pilot)
            await pilot.press("enter")
            await pilot.pause()
            save(app, "quote-finder.svg", isinstance(app.screen, QuoteFinderScreen))
            await pilot.press("escape")
            await settle(app, pilot)
        app.article_list.focus()
        if await search_with_hits(app, pilot):
            await pilot.press("enter", "enter")
            await settle(app, pilot)
            await pilot.press("n")
            await pilot.pause()
        save(app, "article-search.svg", bool(app.search_query) and app.article_list.row_height == 2)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("ctrl+t", *"banjir")
        await asyncio.sleep(0.4)
        await settle(app, pilot)
        await pilot.press("enter", "down")  # to the results, the cursor on the second hit
        await settle(app, pilot)
        shown = app.statement_results.display and bool(app.statement_results.hits)
        save(app, "statements-search.svg", shown)  # before Enter opens one: the results are what it shows
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        save(app, "help.svg", isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await pilot.pause()
        await shoot_facets_and_bookmarks(app, pilot)


async def shoot_facets_and_bookmarks(app: KutipApp, pilot: Pilot[None]) -> None:
    app.article_list.focus()
    await pilot.press("F")
    await settle(app, pilot)
    await pilot.press("down", "enter", "o", "o", "o")  # the first outlet; sorted by title
    await settle(app, pilot)
    save(app, "facets.svg", app.facet_panel.is_open and app.article_list.shape.narrowed)
    await pilot.press("x", "F")
    await settle(app, pilot)
    app.article_list.focus()
    await pilot.press("enter")
    await settle(app, pilot)
    await pilot.press("b")  # the article
    article = app.reader.article
    if article is not None and article.statements:
        app.statements_pane.focus()
        app.statements_pane.select_statement(article.statements[0].id)
        await pilot.pause()
        await pilot.press("b")  # and a statement in it
    await pilot.press("B")
    await settle(app, pilot)
    save(app, "bookmarks.svg", isinstance(app.screen, BookmarksScreen))


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else sample_corpus_path()
    if not corpus.is_dir() or not any(corpus.iterdir()):
        print(f"no articles in {corpus}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kutip-shots-") as temp:
        archive = Archive.open(Path(temp) / "index")
        try:
            report = archive.index([corpus])
            print(f"indexed {report.added} articles from {corpus}")
            asyncio.run(shoot(archive, Path(temp) / "settings.toml"))
        finally:
            archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

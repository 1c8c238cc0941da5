"""Entities, statements, the person view and statements-only search, driven by the pilot.

Every test runs against a real archive built in a temp dir from the bundled sample
corpus (index/sample), and picks its article, entity or speaker from that archive
rather than hard-coding them.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from textual.command import CommandPalette

from kutip.index.facade import Archive, Article, Entity, EntityType
from kutip.tui.app import KutipApp
from kutip.tui.debounce import NO_DEBOUNCE
from kutip.tui.screens.person import PersonScreen
from kutip.tui.widgets.entities_pane import EntitiesPane
from kutip.tui.widgets.list_header import ListHeader
from kutip.tui.widgets.statements_pane import StatementsPane
from tests.pilot_support import settle, synchronous

SIZE = (160, 40)


@pytest.fixture
def sample(sample_archive: Archive) -> Archive:
    """The bundled sample archive, built once for the run (tests/pilot/conftest.py)."""
    return sample_archive


async def wait_for_search(app: KutipApp, pilot: Any) -> None:
    await settle(app, pilot)


def articles(archive: Archive) -> list[Article]:
    found = [archive.article(summary.id) for summary in archive.summaries()]
    return [article for article in found if article is not None]


def article_with_repeated_person(archive: Archive) -> tuple[Article, Entity]:
    """An article mentioning a person at least twice who is also mentioned in other articles."""
    best: tuple[Article, Entity] | None = None
    for article in articles(archive):
        for entity in article.entities:
            if entity.type != EntityType.PERSON or len(entity.mentions) < 2:
                continue
            if len(archive.articles_mentioning(entity.name, entity.type)) < 2:
                continue
            if best is None or len(entity.mentions) > len(best[1].mentions):
                best = (article, entity)
    assert best is not None, "the sample corpus should mention some person twice, in several articles"
    return best


def article_with_most_statements(archive: Archive) -> Article:
    return max(articles(archive), key=lambda article: len(article.statements))


async def open_article(app: KutipApp, pilot: Any, article_id: str) -> None:
    index = app.article_list.index_of(article_id)
    assert index is not None
    app.article_list.cursor = index
    app.article_list.focus()
    await pilot.press("enter")
    await settle(app, pilot)
    assert app.reader.article is not None
    assert app.reader.article.id == article_id


def visible(app: KutipApp, offset: int) -> bool:
    body = app.reader.body
    line = body.line_of(offset)
    top = int(body.scroll_y)
    return top <= line < top + body.scrollable_content_region.height


async def choose_entity(app: KutipApp, pilot: Any, entity: Entity) -> None:
    pane = app.entities_pane
    pane.focus()
    pane.select_entity(entity)
    await pilot.press("enter")
    await settle(app, pilot)


@synchronous
async def test_an_opened_article_has_entity_highlights_and_a_legend(sample: Archive) -> None:
    article, person = article_with_repeated_person(sample)
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, article.id)
        body = app.reader.body
        layer = body.get_layer("entity-person")
        assert layer is not None
        assert {(m.start, m.end) for m in person.mentions} <= {(s.start, s.end) for s in layer.spans}
        mention = person.mentions[0]
        line = body.line_of(mention.start)
        body.scroll_to(y=line, animate=False, immediate=True)
        await pilot.pause()
        strip = body.render_line(line - int(body.scroll_y))
        styled = [s for s in strip if s.text.strip() and s.text.strip() in mention.text]
        plain = [s for s in strip if s.style is not None and s.style.color is not None]
        assert styled
        assert styled[0].style is not None
        assert styled[0].style.bold
        assert len({s.style.color for s in plain if s.style}) >= 2  # a person colour beside body text
        legend = str(app.query_one("#reader-legend").render())
        assert "person" in legend
        assert "organisation" in legend
        assert "place" in legend


@synchronous
async def test_entities_pane_lists_people_with_counts(sample: Archive) -> None:
    article, person = article_with_repeated_person(sample)
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, article.id)
        pane = app.entities_pane
        prompts = [str(option.prompt) for option in pane.options]
        assert any(prompt.startswith("People (") for prompt in prompts)
        assert any(
            prompt.startswith(person.name) and f"×{len(person.mentions)}" in prompt for prompt in prompts
        )
        people = {e.name for e in pane.entities if e.type == EntityType.PERSON}
        assert person.name in people
        assert {credit.name for credit in article.credits} <= people


@synchronous
async def test_selecting_an_entity_marks_it_and_n_moves_between_mentions(sample: Archive) -> None:
    article, person = article_with_repeated_person(sample)
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, article.id)
        await choose_entity(app, pilot, person)
        reader = app.reader
        assert reader.selected_entity is not None
        assert reader.selected_entity.name == person.name
        assert reader.current_mention == 0
        count = len(person.mentions)
        assert f"mention 1/{count}" in app.status.message
        await pilot.press("n")
        assert reader.current_mention == 1
        assert visible(app, reader.mentions[1].start)
        assert f"mention 2/{count}" in app.status.message
        await pilot.press("N", "N")
        assert reader.current_mention == count - 1  # wraps around
        layer = reader.body.get_layer("selected-entity")
        assert layer is not None
        assert list(layer.spans) == [reader.mentions[count - 1]]
        await pilot.press("escape")  # clears the selection: n/N go back to search matches
        assert reader.selected_entity is None
        assert reader.body.get_layer("selected-entity") is None


@synchronous
async def test_articles_mentioning_filters_the_list_and_escape_clears(sample: Archive) -> None:
    article, person = article_with_repeated_person(sample)
    expected = sample.articles_mentioning(person.name, EntityType.PERSON)
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = len(app.article_list.summaries)
        assert 0 < len(expected) < total
        await open_article(app, pilot, article.id)
        app.entities_pane.focus()
        app.entities_pane.select_entity(person)
        await pilot.press("a")
        await settle(app, pilot)
        assert [s.id for s in app.article_list.summaries] == [s.id for s in expected]
        plural = "s mention" if len(expected) != 1 else " mentions"
        assert app.status.message == f"{len(expected)} article{plural} {person.name} — Esc clears"
        assert app.article_list.has_focus
        # opening another article from the filtered list marks the entity there too
        other = next(s for s in expected if s.id != article.id)
        await open_article(app, pilot, other.id)
        assert app.reader.selected_entity is not None
        assert app.reader.selected_entity.name == person.name
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(app.article_list.summaries) == total
        assert app.entity_filter is None
        assert "cleared" in app.status.message


@synchronous
async def test_statements_are_marked_and_the_pane_scrolls_the_body(sample: Archive) -> None:
    article = article_with_most_statements(sample)
    last = max(article.statements, key=lambda s: s.start)
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=(160, 24)) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, article.id)
        body = app.reader.body
        kinds = {s.kind for s in article.statements}
        for kind in kinds:
            assert body.get_layer(f"statement-{kind}") is not None
        assert not visible(app, last.start), "pick a longer article: the last statement is already in view"
        pane = app.statements_pane
        assert len(pane.statements) == len(article.statements)
        pane.focus()
        await pilot.press("G", "enter")
        await settle(app, pilot)
        assert app.reader.current_statement is not None
        assert app.reader.current_statement.id == last.id
        assert visible(app, last.start)
        assert app.status.message.startswith("Statement by")
        line = body.line_of(last.start) - int(body.scroll_y)
        assert body.render_line(line).text[0] in "┃┆"  # the gutter marks the statement's lines


@synchronous
async def test_person_view_from_the_palette_lists_statements_and_opens_one(sample: Archive) -> None:
    name, count = sample.speakers()[0]
    expected = sample.statements(speaker=name)
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*f"Statements by {name}")
        await asyncio.sleep(0.5)
        await pilot.pause()
        options = app.screen.query_one("CommandList")
        prompts = [str(option.prompt) for option in options.options]  # type: ignore[attr-defined]
        assert any(f"Statements by {name}" in prompt for prompt in prompts)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, PersonScreen)
        assert screen.person == name
        assert screen.profile is not None
        assert len(screen.profile.statements) == count
        # every statement is listed, but a remark several articles report only once (most reported first)
        shown = {row.statement.id for row in screen.rows}
        assert shown <= {row.statement.id for row in expected}
        clusters = {row.statement.cluster or row.statement.id for row in screen.rows}
        assert all((row.statement.cluster or row.statement.id) in clusters for row in expected)
        view = screen.profile.view()
        dates = [item.day for item in view.dated]
        assert dates == sorted(dates, reverse=True)  # newest first, the undated apart
        assert all(not item.day for item in view.undated)
        await pilot.press("j", "enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, PersonScreen)
        chosen = screen.rows[1]
        assert app.reader.article is not None
        assert app.reader.article.id == chosen.article.id
        assert app.reader.current_statement is not None
        assert app.reader.current_statement.id == chosen.statement.id
        assert visible(app, chosen.statement.start)
        highlighted = app.reader.body.get_layer("current-statement")
        assert highlighted is not None
        assert (highlighted.spans[0].start, highlighted.spans[0].end) == (
            chosen.statement.start,
            chosen.statement.end,
        )


@synchronous
async def test_person_view_from_the_entities_and_statements_panes(sample: Archive) -> None:
    article = article_with_most_statements(sample)
    speaker = next(s.speaker for s in article.statements if s.speaker)
    person = next(
        e for e in article.entities if e.type == EntityType.PERSON and sample.statements(speaker=e.name)
    )
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, article.id)
        app.entities_pane.focus()
        app.entities_pane.select_entity(person)
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonScreen)
        assert app.screen.person == person.name
        assert app.screen.rows
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, PersonScreen)
        assert app.reader.article is not None
        assert app.reader.article.id == article.id  # Esc returns to the same reading
        pane = app.statements_pane
        pane.focus()
        pane.select_statement(next(s.id for s in article.statements if s.speaker == speaker))
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonScreen)
        assert app.screen.person == speaker
        await pilot.press("escape")
        await settle(app, pilot)


@synchronous
async def test_statements_only_search_lists_statements_and_opens_one(sample: Archive) -> None:
    name = sample.speakers()[0][0]
    surname = name.split()[-1].lower()
    word = sample.statements(speaker=name)[0].statement.text.split()[0].lower().strip(",.\"'“”")
    query = f"speaker:{surname} {word}"
    expected = sample.search_statements(query, limit=1000)
    assert expected
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+t")
        assert app.search_bar.is_open
        assert app.search_bar.statements_only
        await pilot.press(*query)
        await wait_for_search(app, pilot)
        results = app.statement_results
        assert results.display
        assert not app.article_list.display
        assert [hit.row.statement.id for hit in results.hits] == [hit.row.statement.id for hit in expected]
        assert all(hit.row.statement.speaker == name for hit in results.hits)
        assert "statement" in app.status.message
        first = str(results.options[0].prompt)
        assert name in first
        assert expected[0].row.article.outlet in first
        await pilot.press("enter")  # to the results
        assert results.has_focus
        await pilot.press("enter")  # open the article at the statement
        await settle(app, pilot)
        chosen = expected[0].row
        assert app.reader.article is not None
        assert app.reader.article.id == chosen.article.id
        assert app.reader.current_statement is not None
        assert app.reader.current_statement.id == chosen.statement.id
        header = app.part(ListHeader).text  # still the results' count, not the hidden article list's
        assert header.startswith(f"{len(expected)} statement"), header
        # plain words: anyone who said them
        await pilot.press("slash", "ctrl+a", "ctrl+k", *word)
        await wait_for_search(app, pilot)
        speakers = {hit.row.statement.speaker for hit in results.hits}
        assert len(results.hits) == len(sample.search_statements(word, limit=1000))
        assert len(speakers) >= 1
        await pilot.press("ctrl+t")  # back to articles: the article list returns
        await wait_for_search(app, pilot)
        assert app.article_list.display
        assert not results.display
        await pilot.press("escape")
        await settle(app, pilot)
        assert not app.search_bar.is_open


@synchronous
async def test_side_column_toggles_and_tab_cycles_panes(sample: Archive) -> None:
    article = article_with_most_statements(sample)
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await open_article(app, pilot, article.id)
        seen = set()
        for _ in range(4):
            await pilot.press("tab")
            seen.add(type(app.focused).__name__)
        assert {"ArticleBody", "EntitiesPane", "StatementsPane", "ArticleList"} <= seen
        app.entities_pane.focus()
        await pilot.press("s")
        await pilot.pause()
        side = app.query_one("#side-column")
        assert not side.display
        assert app.reader.body.has_focus
        await pilot.press("s")
        await pilot.pause()
        assert side.display


@synchronous
async def test_entity_and_statement_panes_keep_markup_literal(sample: Archive) -> None:
    article = article_with_most_statements(sample)
    statement = article.statements[0]
    statement.text = "[@click=app.quit]Click[/] [bold]x[/bold] \x1b[31m"
    statement.speaker = "[b]Nama[/b]"
    article.entities.insert(0, Entity("[@click=app.quit]Orang[/]", EntityType.PERSON))
    app = KutipApp(sample, debounce=NO_DEBOUNCE)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.entities_pane.show_article(article)
        app.statements_pane.show_article(article)
        await pilot.pause()
        entities = app.query_one(EntitiesPane)
        statements = app.query_one(StatementsPane)
        shown = "\n".join(entities.render_line(y).text for y in range(entities.size.height))
        assert "[@click=app.quit]Orang[/]" in shown
        shown = "\n".join(statements.render_line(y).text for y in range(statements.size.height))
        assert "[b]Nama[/b]" in shown
        assert "[@click=app.quit]Click[/]" in shown  # wrapped: check each piece
        assert "[bold]x[/bold] ␛[31m" in shown
        assert app.is_running

"""The reader pane on its own: inert bodies, highlight layers, match navigation, big bodies."""

from __future__ import annotations

from textual.widgets import Static

from kutip.index.facade import Article, Entity, EntityType, Mention, Span
from kutip.tui.widgets.article_body import ArticleBody
from kutip.tui.widgets.article_reader import ArticleReader
from tests.pilot.hosts import ReaderHost
from tests.pilot_support import synchronous

INJECTION = "Lead [@click=app.quit]Click[/] and [bold]x[/bold] and \x1b[31mred\x07 here."


def article(body: str, title: str = "A title") -> Article:
    return Article(id="a1", source="/c/a1.txt", title=title, outlet="Warta Uji", date="2024-05-01", body=body)


def rendered(body: ArticleBody) -> str:
    return "\n".join(body.render_line(y).text.rstrip() for y in range(body.size.height))


@synchronous
async def test_markup_and_escapes_in_the_body_show_literally() -> None:
    app = ReaderHost()
    async with app.run_test(size=(120, 12)) as pilot:
        reader = app.query_one(ArticleReader)
        reader.show_article(article(INJECTION, title="[@click=app.quit]T[/] \x1b[1m"))
        await pilot.pause()
        text = rendered(reader.body)
        assert "[@click=app.quit]Click[/] and [bold]x[/bold] and ␛[31mred␇ here." in text
        header = reader.query_one("#reader-header", Static).render()
        assert "[@click=app.quit]T[/] ␛[1m" in str(header)
        await pilot.click(ArticleBody, offset=(12, 0))
        await pilot.click("#reader-header", offset=(2, 0))
        await pilot.pause()
        assert app.is_running


@synchronous
async def test_matches_are_highlighted_and_n_moves_and_scrolls() -> None:
    paragraphs = [f"Paragraph {n} talks about rice prices in the market." for n in range(60)]
    body = "\n\n".join(paragraphs)
    matches = [Span(i, i + 4) for i in range(len(body)) if body.startswith("rice", i)]
    app = ReaderHost()
    async with app.run_test(size=(60, 14)) as pilot:
        reader = app.query_one(ArticleReader)
        reader.show_article(article(body), matches)
        await pilot.pause()
        assert reader.current_match == 0
        line = reader.body.line_of(matches[0].start)
        segments = [s for s in reader.body.render_line(line) if s.text == "rice"]
        assert segments
        assert segments[0].style is not None
        assert segments[0].style.bgcolor is not None
        assert reader.step_match(-1) == len(matches) - 1  # wraps to the last
        await pilot.pause()
        last_line = reader.body.line_of(matches[-1].start)
        top = int(reader.body.scroll_y)
        assert top <= last_line < top + reader.body.size.height
        assert reader.step_match(1) == 0


@synchronous
async def test_a_200_kb_body_renders() -> None:
    body = "\n\n".join("Kalimat panjang tentang harga beras di pasar. " * 20 for _ in range(220))
    assert len(body) > 200_000
    app = ReaderHost()
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.query_one(ArticleReader)
        spans = [Span(i, i + 5) for i in range(0, len(body) - 5, 97)]
        reader.show_article(article(body), spans)
        await pilot.pause()
        assert reader.body.line_count > 1000
        assert "Kalimat" in reader.body.render_line(0).text
        await pilot.press("tab")
        reader.body.focus()
        await pilot.press("G")
        await pilot.pause()
        assert reader.body.scroll_y == reader.body.max_scroll_y
        assert reader.body.render_line(reader.body.size.height - 1).text.strip()


@synchronous
async def test_light_theme_restyles_highlights() -> None:
    body = "rice and more rice"
    app = ReaderHost()
    async with app.run_test(size=(60, 8)) as pilot:
        reader = app.query_one(ArticleReader)
        reader.show_article(article(body), [Span(0, 4), Span(14, 18)])
        await pilot.pause()
        dark = [s.style for s in reader.body.render_line(0) if s.text == "rice"]
        app.theme = "textual-light"
        await pilot.pause()
        light = [s.style for s in reader.body.render_line(0) if s.text == "rice"]
        assert dark
        assert light
        assert dark != light


@synchronous
async def test_a_200_kb_body_with_thousands_of_entity_spans_renders() -> None:
    sentence = "Menteri Antony Blinken bertemu Retno Marsudi di Jakarta bersama Kementerian Luar Negeri. "
    body = "\n\n".join(sentence * 10 for _ in range(230))
    assert len(body) > 200_000
    names = {
        "Antony Blinken": EntityType.PERSON,
        "Retno Marsudi": EntityType.PERSON,
        "Jakarta": EntityType.PLACE,
        "Kementerian Luar Negeri": EntityType.ORGANIZATION,
    }
    entities = []
    for name, kind in names.items():
        starts = [i for i in range(len(body)) if body.startswith(name, i)]
        entities.append(Entity(name, kind, [Mention(i, i + len(name), name) for i in starts]))
    assert sum(len(e.mentions) for e in entities) > 5000
    big = article(body)
    big.entities = entities
    app = ReaderHost()
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.query_one(ArticleReader)
        reader.show_article(big)
        await pilot.pause()
        first = reader.body.render_line(0)
        person = [s for s in first if s.text == "Antony Blinken"]
        assert person
        assert person[0].style is not None
        assert person[0].style.bold
        assert reader.select_entity(entities[0]) == 0
        assert reader.step_mention(-1) == len(entities[0].mentions) - 1
        await pilot.pause()
        last = entities[0].mentions[-1]
        line = reader.body.line_of(last.start)
        top = int(reader.body.scroll_y)
        assert top <= line < top + reader.body.size.height


@synchronous
async def test_light_theme_restyles_entities_and_the_legend() -> None:
    body = "Sari Wulandari spoke in Port Alder."
    entry = article(body)
    entry.entities = [
        Entity("Sari Wulandari", EntityType.PERSON, [Mention(0, 14, "Sari Wulandari")]),
        Entity("Port Alder", EntityType.PLACE, [Mention(24, 34, "Port Alder")]),
    ]
    app = ReaderHost()
    async with app.run_test(size=(60, 8)) as pilot:
        reader = app.query_one(ArticleReader)
        reader.show_article(entry)
        await pilot.pause()

        def styles() -> tuple[object, object]:
            line = list(reader.body.render_line(0))
            person = next(s.style for s in line if s.text == "Sari Wulandari")
            place = next(s.style for s in line if s.text == "Port Alder")
            return person, place

        dark = styles()
        assert dark[0] != dark[1]
        app.theme = "textual-light"
        await pilot.pause()
        light = styles()
        assert light[0] != light[1]
        assert dark != light


def test_palette_highlight_keeps_names_literal() -> None:
    from textual.fuzzy import Matcher

    from kutip.tui.screens.palette_pages import fuzzy_highlight

    name = "Statements by [@click=app.quit]Evil[/]"
    assert fuzzy_highlight(Matcher("evil"), name).plain == name

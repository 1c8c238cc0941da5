"""Issue 12 in the reader: escapes, bidi overrides and zero-width characters drawn visibly, spans in place."""

from __future__ import annotations

from kutip.index.facade import Article, Entity, EntityType, Mention
from kutip.tui.widgets.article_body import ArticleBody
from kutip.tui.widgets.article_reader import ArticleReader
from tests.hostile import BIDI, CURSOR_QUERY, ISOLATE, OSC52, ZERO_WIDTH, forbidden_in
from tests.pilot.hosts import ReaderHost
from tests.pilot_support import synchronous

NAME = f"Budi{ZERO_WIDTH} Santoso"
BODY = f"{OSC52}Kata {NAME} di {BIDI}gpj.exe{ISOLATE} pasar.{CURSOR_QUERY}"


def rendered(body: ArticleBody) -> str:
    return "\n".join(body.render_line(y).text.rstrip() for y in range(body.size.height))


@synchronous
async def test_hostile_body_is_drawn_visibly_with_entities_on_their_words() -> None:
    start = BODY.index(NAME)
    entry = Article(id="h1", source="/c/h1.txt", title=f"Judul {BIDI}x", outlet="Warta", date="2024-05-01", body=BODY)
    entry.entities = [Entity(NAME, EntityType.PERSON, [Mention(start, start + len(NAME), NAME)])]
    app = ReaderHost()
    async with app.run_test(size=(120, 8)) as pilot:
        reader = app.query_one(ArticleReader)
        reader.show_article(entry)
        await pilot.pause()
        text = rendered(reader.body)
        assert forbidden_in(text) == []
        assert "␛]52;c;aGFja2VkCg==␇Kata Budi◌ Santoso di ⇄gpj.exe⇄ pasar.␛[6n" in text
        person = [s.text for s in reader.body.render_line(0) if s.style and s.style.bold]
        assert "".join(person) == "Budi◌ Santoso"  # the highlight covers the name, not its neighbours

"""The entities pane draws an article's people merged at once when the opening read the archive's
names with the article: one drawing, no merge worker after the first frame."""

from __future__ import annotations

from textual.app import App, ComposeResult

from kutip.index.facade import Article, Entity, EntityType, Mention
from kutip.tui.widgets.entities_pane import EntitiesPane, person_names
from tests.pilot_support import synchronous


class PaneHost(App[None]):
    def compose(self) -> ComposeResult:
        yield EntitiesPane()


def article() -> Article:
    body = "Fulan Hidayat berbicara. Kata Fulan, pasar ramai. Rina Marlina setuju."
    people = [
        Entity("Fulan Hidayat", EntityType.PERSON, [Mention(0, 13, "Fulan Hidayat")]),
        Entity("Fulan", EntityType.PERSON, [Mention(30, 35, "Fulan")]),
        Entity("Rina Marlina", EntityType.PERSON, [Mention(50, 62, "Rina Marlina")]),
    ]
    return Article(
        id="a1", source="/c/a1.txt", title="Judul", outlet="Warta Uji", date="2024-05-01", body=body,
        entities=people,
    )  # fmt: skip


def option_texts(pane: EntitiesPane) -> list[str]:
    return [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]


@synchronous
async def test_people_read_with_the_article_are_drawn_merged_without_a_worker() -> None:
    app = PaneHost()
    async with app.run_test(size=(60, 20)) as pilot:
        pane = app.query_one(EntitiesPane)
        shown = article()
        assert person_names(shown) == ["Fulan Hidayat", "Fulan", "Rina Marlina"]
        canonical = {
            "Fulan": "Fulan Hidayat",
            "Fulan Hidayat": "Fulan Hidayat",
            "Rina Marlina": "Rina Marlina",
        }
        pane.show_article(shown, canonical)
        await pilot.pause()
        assert not [w for w in app.workers if w.group == "entities-people"]
        texts = option_texts(pane)
        assert texts[0] == "People (2)"  # one row for the person the archive knows as one
        names = [text.split("  ")[0] for text in texts[1:]]
        assert names == ["Fulan Hidayat", "Rina Marlina"]

"""The open article's entities, grouped by type, with how often each is mentioned.

Enter marks an entity's mentions in the body (n/N then step through them); ``a``
lists every article that mentions it; ``p`` opens its page (a person's statements, an
organisation's or a place's articles).
Credited people (writer, photographer) are listed with their role: they have no
mentions in the body, but they are people behind the article.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kutip.index.facade import Article, Entity, EntityType
from kutip.tui.commands import bindings
from kutip.tui.text import one_line
from kutip.tui.widgets.pane_list import PaneList, PersonRequested

GROUP_TITLES = {
    EntityType.PERSON: "People",
    EntityType.ORGANIZATION: "Organisations",
    EntityType.PLACE: "Places",
}
GROUP_STYLES = {
    EntityType.PERSON: "bold $text-accent",
    EntityType.ORGANIZATION: "bold $text-success",
    EntityType.PLACE: "bold $text-primary",
}
"""Heading colours follow the body's entity colours (see ArticleBody's CSS)."""


def entity_groups(article: Article) -> list[tuple[EntityType, list[tuple[Entity, str]]]]:
    """(type, [(entity, credit role or "")]) per type, most mentioned first; credits after people."""
    groups: list[tuple[EntityType, list[tuple[Entity, str]]]] = []
    for entity_type in GROUP_TITLES:
        members = [e for e in article.entities if e.type == entity_type]
        members.sort(key=lambda e: (-len(e.mentions), e.name.casefold()))
        rows: list[tuple[Entity, str]] = [(entity, "") for entity in members]
        if entity_type == EntityType.PERSON:
            known = {entity.name for entity in members}
            rows += [
                (Entity(c.name, EntityType.PERSON), c.role) for c in article.credits if c.name not in known
            ]
        if rows:
            groups.append((entity_type, rows))
    return groups


class EntitiesPane(PaneList):
    """The entities of the article in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings("entities"))

    class Chosen(Message):
        """Mark this entity's mentions in the body."""

        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    class MentioningRequested(Message):
        """List every article that mentions this entity."""

        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.border_title = "Entities"
        self._entities: dict[str, Entity] = {}

    def show_article(self, article: Article | None) -> None:
        self._entities = {}
        options: list[Option] = []
        for entity_type, rows in entity_groups(article) if article else []:
            heading = Content.assemble(
                (f"{GROUP_TITLES[entity_type]} ({len(rows)})", GROUP_STYLES[entity_type])
            )
            options.append(Option(heading, disabled=True))
            for entity, role in rows:
                option_id = f"e{len(self._entities)}"
                self._entities[option_id] = entity
                options.append(Option(self._prompt(entity, role), id=option_id))
        self.set_options(options)
        self.border_title = f"Entities ({len(self._entities)})" if article else "Entities"
        if self._entities:
            self.highlighted = next(i for i, option in enumerate(self.options) if not option.disabled)

    @staticmethod
    def _prompt(entity: Entity, role: str) -> Content:
        count = f"({one_line(role)})" if role else f"×{len(entity.mentions)}"
        return Content.assemble(one_line(entity.name), (f"  {count}", "$text-muted"))

    @property
    def entities(self) -> list[Entity]:
        return list(self._entities.values())

    @property
    def current(self) -> Entity | None:
        """The entity under the cursor."""
        option = self.highlighted_option
        return self._entities.get(option.id or "") if option is not None else None

    def select_entity(self, entity: Entity) -> None:
        """Put the cursor on ``entity`` (by name and type) without choosing it."""
        for option_id, known in self._entities.items():
            if known.name == entity.name and known.type == entity.type:
                self.highlighted = self.get_option_index(option_id)
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entity = self._entities.get(event.option.id or "")
        if entity is not None:
            self.post_message(self.Chosen(entity))

    def action_articles_mentioning(self) -> None:
        if (entity := self.current) is not None:
            self.post_message(self.MentioningRequested(entity))

    def action_person(self) -> None:
        """The entity's page: a person's statements, an organisation's or a place's articles."""
        entity = self.current
        if entity is not None:
            self.post_message(PersonRequested(entity.name, entity.type))

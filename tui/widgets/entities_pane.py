"""The open article's entities, grouped by type, with how often each is mentioned.

Enter marks an entity's mentions in the body (n/N then step through them); ``a``
lists every article that mentions it; ``p`` opens its page (a person's statements, an
organisation's or a place's articles).
Credited people (writer, photographer) are listed with their role: they have no
mentions in the body, but they are people behind the article.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import work
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from kutip.index.facade import Archive, Article, Entity, EntityType, entity_groups
from kutip.tui.commands import COMMANDS, keyed
from kutip.tui.messages import MESSAGES, message
from kutip.tui.text import one_line
from kutip.tui.widgets.pane_list import PaneList, PersonRequested, note

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


def canonical_names(archive: Archive, names: list[str]) -> dict[str, str]:
    """Each written person name -> the one name the archive knows that person by.

    Asks the façade's ``canonical_names`` when it has one; otherwise each person's page
    names them (slower: the page reads their statements too).
    """
    lookup = getattr(archive, "canonical_names", None)
    if lookup is not None:
        return dict(lookup(names))
    return {name: archive.profile(name, EntityType.PERSON).name for name in dict.fromkeys(names)}


def person_names(article: Article | None) -> list[str]:
    """The person names the article writes, whose one name in the archive the pane shows."""
    return [e.name for e in article.entities if e.type == EntityType.PERSON] if article else []


NO_ARTICLE = keyed(COMMANDS, MESSAGES["entities_no_article"])  # the default keys'; shown with the user's
NONE_FOUND = "No people, organisations or places were recognised in this article."

# credit roles whose stored word is not the reader's
_ROLE_LABELS = {"linked": "related story", "pictured": "in a photo"}


class EntitiesPane(PaneList, scope="entities"):
    """The entities of the article in the reader."""

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
        super().__init__(note(NO_ARTICLE), id=id, markup=False)
        self.border_title = "Entities"
        self._entities: dict[str, Entity] = {}
        self._written: dict[str, list[str]] = {}  # option -> the article's spellings merged into it
        self._article: Article | None = None

    def on_mount(self) -> None:
        if self._article is None:  # the note with the user's keys (the app's table is known once mounted)
            self.set_options([note(message(self.app, "entities_no_article"))])

    def show_article(self, article: Article | None, canonical: Mapping[str, str] | None = None) -> None:
        """List the article's entities now. ``canonical`` (written person name -> the archive's one
        name) merges people at once when the caller read it with the article; else they are merged
        once the archive answers, which draws the pane a second time."""
        self._article = article
        self._draw(article, canonical)
        if canonical is not None:
            return
        people = person_names(article)
        if article is not None and people and isinstance(getattr(self.app, "archive", None), Archive):
            self._merge_people(article, people)

    @property
    def article(self) -> Article | None:
        """The article whose entities are listed (the reader may show a newer one: the pane fills
        in once its names are read)."""
        return self._article

    @work(thread=True, exclusive=True, group="entities-people")
    def _merge_people(self, article: Article, names: list[str]) -> None:
        archive: Archive = self.app.archive  # type: ignore[attr-defined]
        try:
            canonical = canonical_names(archive, names)
        except Exception:  # merging is a nicety: the article's own names stay listed
            return
        if any(canonical.get(name, name) != name for name in names):
            self.app.call_from_thread(self._merged, article, canonical)

    def _merged(self, article: Article, canonical: dict[str, str]) -> None:
        if self._article is not article:
            return  # another article was opened meanwhile
        current = self.current
        self._draw(article, canonical)
        if current is not None:
            self.select_entity(current)

    def _draw(self, article: Article | None, canonical: Mapping[str, str] | None) -> None:
        self._entities = {}
        self._written = {}
        own = {id(e) for e in article.entities} if article else set()
        options: list[Option] = []
        for entity_type, rows in entity_groups(article, canonical) if article else []:
            heading = Content.assemble(
                (f"{GROUP_TITLES[entity_type]} ({len(rows)})", GROUP_STYLES[entity_type])
            )
            options.append(Option(heading, disabled=True))
            for entity, role in rows:
                option_id = f"e{len(self._entities)}"
                self._entities[option_id] = entity
                if id(entity) not in own and not role:  # merged: its aliases are the article's spellings
                    self._written[option_id] = list(entity.aliases)
                prompt = self._prompt(entity, role, self._written.get(option_id, []))
                options.append(Option(prompt, id=option_id))
        empty = NONE_FOUND if article else message(self.app, "entities_no_article")
        self.set_options(options or [note(empty)])
        self.border_title = f"Entities ({len(self._entities)})" if article else "Entities"
        if self._entities:
            self.highlighted = next(i for i, option in enumerate(self.options) if not option.disabled)

    @staticmethod
    def _prompt(entity: Entity, role: str, written: list[str]) -> Content:
        count = f"({one_line(_ROLE_LABELS.get(role, role))})" if role else f"×{len(entity.mentions)}"
        spellings = f" · as {', '.join(one_line(name) for name in written)}" if written else ""
        return Content.assemble(one_line(entity.name), (f"  {count}{spellings}", "$text-muted"))

    @property
    def entities(self) -> list[Entity]:
        return list(self._entities.values())

    @property
    def current(self) -> Entity | None:
        """The entity under the cursor."""
        option = self.highlighted_option
        return self._entities.get(option.id or "") if option is not None else None

    def select_entity(self, entity: Entity) -> None:
        """Put the cursor on ``entity`` (by name and type, or a name merged into it) without choosing it."""
        same_type = [(i, known) for i, known in self._entities.items() if known.type == entity.type]
        found = next((i for i, known in same_type if known.name == entity.name), None)
        if found is None:
            found = next((i for i, known in same_type if entity.name in self._written.get(i, ())), None)
        if found is not None:
            self.highlighted = self.get_option_index(found)

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

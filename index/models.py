"""Plain data shared by ingest, analysis, the store and the reader.

Every offset is a character offset into :attr:`Article.body`, the clean body the
reader shows, so highlights computed at index time line up with what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class EntityType(str, Enum):
    """Kinds of named entity; new kinds (dates, numbers) slot in here."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of the clean body."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity, with the text exactly as written."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """A named entity of one article: a canonical name and where it occurs."""

    name: str
    type: EntityType
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def absorb(keep: Entity, other: Entity) -> None:
    """``keep`` takes ``other``'s mentions (in text order) and its names as aliases: one person the
    article writes two ways, listed once (the merges of short forms, variants and addresses)."""
    keep.mentions = sorted(keep.mentions + other.mentions, key=lambda m: m.start)
    forms = [*keep.aliases, other.name, *other.aliases]
    keep.aliases = list(dict.fromkeys(f for f in forms if f != keep.name))


def person_forms(entities: list[Entity]) -> set[str]:
    """Every name, alias and written mention of the article's people: a credit written so (the
    short form a related headline uses, say) is one of them, not another person."""
    people = [e for e in entities if e.type == EntityType.PERSON]
    return (
        {e.name for e in people}
        | {a for e in people for a in e.aliases}
        | {m.text for e in people for m in e.mentions}
    )


@dataclass(slots=True)
class Statement:
    """Something a speaker said, directly quoted or reported."""

    id: str
    article: str
    text: str
    kind: str  # "direct" | "indirect"
    start: int
    end: int
    speaker: str | None = None
    speaker_as_written: str | None = None
    role: str | None = None
    via: str | None = None
    cluster: str | None = None


@dataclass(frozen=True, slots=True)
class Credit:
    """A person credited outside the story: writer, editor or photographer.

    Credits live beside the body, not in it, so they never get highlighted as
    story entities, yet they still name the people behind the article.
    """

    role: str  # "writer" | "editor" | "photo" | "author" | "linked" (named in a related-story headline)
    # | "pictured" (named in a photo caption)
    name: str


@dataclass(slots=True)
class Article:
    """One news article as kutip understands it.

    ``id`` is a content hash, so the same text indexed twice is the same article;
    ``source`` is the file it came from and ``locator`` tells records of one file
    (JSON Lines) apart.
    """

    id: str
    source: str
    title: str = ""
    outlet: str = ""
    date: str = ""  # publication date, ISO yyyy-mm-dd, or "" when the text does not say
    event_date: str = ""  # the event's date in the lead ("Minggu (19/5/2024)"), kept apart from ``date``
    author: str = ""
    url: str = ""
    lang: str = ""  # "id" | "en" | ""
    body: str = ""
    boilerplate: list[str] = field(default_factory=list)
    format: str = ""
    locator: str = ""
    dateline: str = ""
    credits: list[Credit] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    @property
    def path(self) -> str:
        """The file path, with ``#n`` for the n-th record of a multi-record file."""
        return f"{self.source}#{self.locator}" if self.locator else self.source


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the article list needs for one row; cheap to hold 100,000 of."""

    id: str
    title: str
    outlet: str
    date: str
    path: str
    lang: str = ""
    lead: str = ""  # the opening words of the body, after the dateline: a stand-in for a missing title

    @property
    def headline(self) -> str:
        """The title, or for an untitled scrape its opening words."""
        return self.title or self.lead


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result, with a plain-text snippet and its highlight ranges."""

    summary: ArticleSummary
    score: float
    snippet: str
    highlights: tuple[Span, ...] = ()

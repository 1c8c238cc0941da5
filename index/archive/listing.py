"""Entities, statements and speakers of the archive, each person by the one name the archive
knows them by."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from kutip.index import people
from kutip.index.archive.base import ArchiveBase
from kutip.index.archive.guard import guarded
from kutip.index.archive.rows import EntityRow, StatementRow, in_article_order, summary_of_article
from kutip.index.facets import persons_by_article
from kutip.index.integrity import ArchiveError
from kutip.index.models import Article, Entity, EntityType, Statement, person_forms
from kutip.index.people.same_person import word_of_shown
from kutip.index.people.store import one_word_owners
from kutip.index.search.engine import StatementFilter


class Listing(ArchiveBase):
    def _resolved_id(self, id_or_prefix: str) -> str:
        ids = self._store.resolve_id(id_or_prefix.strip())
        if not ids:
            raise ArchiveError(f"no article with id {id_or_prefix!r}")
        if len(ids) > 1 and id_or_prefix not in ids:
            raise ArchiveError(f"{id_or_prefix!r} is ambiguous: {', '.join(ids[:5])}…")
        return id_or_prefix if id_or_prefix in ids else ids[0]

    @guarded
    def resolve(self, id_or_prefix: str) -> Article:
        """The article with this id or unique id prefix; :class:`ArchiveError` if none or ambiguous."""
        article = self._store.article(self._resolved_id(id_or_prefix))
        if article is None:
            raise ArchiveError(f"no article with id {id_or_prefix!r}")
        return article

    @guarded
    def entities(
        self, entity_type: EntityType | None = None, article_id: str | None = None
    ) -> Iterator[EntityRow]:
        """Entities per article (credited people included as persons without mentions)."""
        if article_id is not None:
            articles: Iterable[Article] = [self.resolve(article_id)]
        else:
            articles = self._store.iter_articles()
        db = self._store.connection()
        owners: dict[str, str | None] = {}  # a lone word -> the one person the archive names by it
        for article in articles:
            summary = summary_of_article(article)
            shown = _by_person(db, article.entities)
            for entity in shown:
                if entity_type is None or entity.type == entity_type:
                    yield EntityRow(summary, entity)
            if entity_type in (None, EntityType.PERSON):
                # a credit is known by the article's own forms or by the name a person is shown by
                # (a related headline's full name of someone the text names shorter)
                shown_people = {e.name for e in shown if e.type is EntityType.PERSON}
                known = set(person_forms(article.entities)) | shown_people
                for credit in article.credits:
                    # a related headline's "Fulan" beside the story's "Fulan Badu" is Fulan Badu
                    headline_word = credit.role == "linked" and word_of_shown(credit.name, shown_people)
                    if credit.name in known or headline_word:
                        continue
                    yield EntityRow(summary, Entity(credit.name, EntityType.PERSON), credit.role)
                known |= {credit.name for credit in article.credits}
                for word in _archive_named(db, article, known, owners):
                    yield EntityRow(summary, Entity(word, EntityType.PERSON))

    @guarded
    def entity_counts(self, entity_type: EntityType | None = None) -> list[tuple[str, EntityType, int, int]]:
        """(name, type, articles, mentions), most widespread first."""
        rows = self._store.entity_counts(entity_type.value if entity_type else None)
        found = [(name, EntityType(kind), articles, mentions) for name, kind, articles, mentions in rows]
        if entity_type not in (None, EntityType.PERSON):
            return found
        names = people.canonical_names(
            self._store.connection(), (name for name, kind, _, _ in found if kind is EntityType.PERSON)
        )
        merged: dict[tuple[str, EntityType], list[int]] = {}
        for name, kind, articles, mentions in found:  # one row per person, whichever names the articles used
            shown = names.get(name, name) if kind is EntityType.PERSON else name
            total = merged.setdefault((shown, kind), [0, 0])
            total[0] += articles
            total[1] += mentions
        rows_out = [(name, kind, articles, mentions) for (name, kind), (articles, mentions) in merged.items()]
        return sorted(rows_out, key=lambda row: (-row[2], -row[3], row[0]))

    @guarded
    def persons_by_article(self) -> dict[str, frozenset[str]]:
        """Article id -> the people it mentions, each by the one name the archive knows them by.

        One query for the whole archive: the reader's person facet counts from it in memory.
        """
        found = persons_by_article(self._store.connection())
        names = people.canonical_names(self._store.connection(), set().union(*found.values()))
        return {article: frozenset(names.get(n, n) for n in said) for article, said in found.items()}

    @guarded
    def statements(
        self, speaker: str | None = None, kind: str | None = None, article_id: str | None = None
    ) -> list[StatementRow]:
        """Statements, newest article first; ``speaker`` matches full names, surnames and aliases.

        The engine narrows the statements (:class:`StatementFilter`); the rule of who counts as
        the speaker asked for (:func:`people.speaker_match`) decides on each row.
        """
        wanted = StatementFilter(kind=kind or "", article=self.resolve(article_id).id if article_id else "")
        match = None
        if speaker:
            match = people.speaker_match(self._store.connection(), speaker)
            if match is None:
                return []
            if match.names:  # one person: every name the archive knows them by
                wanted = StatementFilter(match.names, "", wanted.kind, wanted.article)
            else:
                wanted = StatementFilter((), match.pattern.strip("%"), wanted.kind, wanted.article)
        if self._searchindex is None:  # a damaged search index: the store alone still lists them
            found = [s for s in self._store.statements() if _admits(wanted, s)]
        else:
            found = list(self._store.statements_by_id(self._engine.statement_ids(wanted)).values())
        if match is not None:
            found = [s for s in found if match.accepts(s.speaker)]
        self._name_speakers(found)
        summaries = self._store.summaries_by_id(s.article for s in found)
        rows = [StatementRow(s, summaries[s.article]) for s in found if s.article in summaries]
        return in_article_order(rows)

    @guarded
    def speakers(self) -> list[tuple[str, int]]:
        """Every canonical speaker with their number of statements, most quoted first."""
        db = self._store.connection()
        merged: dict[str, int] = {}
        for name, count in self._store.speaker_counts():
            person = people.canonical(db, name)
            merged[person] = merged.get(person, 0) + count
        return sorted(merged.items(), key=lambda item: (-item[1], item[0]))

    @guarded
    def canonical_names(self, names: Iterable[str]) -> dict[str, str]:
        """Each written person name -> the one name the archive knows that person by (itself when unknown)."""
        return people.canonical_names(self._store.connection(), names)

    def _name_speakers(self, found: list[Statement]) -> None:
        """Each speaker shown by the one name the archive knows them by ("Jokowi" -> "Joko Widodo").

        A canonical name shorter than the article's own is not shown instead of it: the
        archive's key drops forms the article wrote as part of the name ("Lalu", "Raden").
        """
        names = people.canonical_names(self._store.connection(), (s.speaker for s in found if s.speaker))
        for statement in found:
            if statement.speaker:
                written = statement.speaker
                statement.speaker = people.article_name(written, names.get(written, written))


def _by_person(db: sqlite3.Connection, entities: list[Entity]) -> list[Entity]:
    """The article's entities with each person under the one name the archive knows them by
    (``Jokowi`` and ``Joko Widodo`` in one article are one person, shown once with all mentions);
    the rule is :func:`kutip.index.people.one_per_person`, the same as the entities pane's."""
    persons = [e for e in entities if e.type == EntityType.PERSON]
    names = people.canonical_names(db, (e.name for e in persons))
    merged = iter(people.one_per_person(persons, names))  # one per person, in first-seen order
    seen: set[str] = set()
    found: list[Entity] = []
    for entity in entities:
        if entity.type != EntityType.PERSON:
            found.append(entity)
        elif (key := names.get(entity.name, entity.name)) not in seen:
            seen.add(key)
            found.append(next(merged))
    return found


def _archive_named(
    db: sqlite3.Connection, article: Article, known: set[str], owners: dict[str, str | None]
) -> list[str]:
    """Words the article uses alone as a name that the archive names one person by (issue 9).

    A capitalised word standing in prose as a subject does (:func:`lone_name_words`) that starts or
    ends the full name of exactly one person the archive names in two articles or more
    (:func:`one_word_owners`), when that person is not shown for the article already. The person is
    listed by the word as the page writes it, not by the owner's full name, so a given name alone
    still names no one for the people table. ``owners`` remembers each word's answer over the listing:
    one query for an article with a word not asked before, none otherwise.
    """
    # the entity layer loads its lexicons and the tagger's package: only when a listing asks, so
    # opening the facade stays light (tests/unit/test_lazy_exports.py)
    from kutip.index.entities.lone_words import lone_name_words

    words = lone_name_words(article.body, article.entities)
    asked = [word for word in words if word not in owners]
    if asked:
        named = one_word_owners(db, asked)
        owners.update((word, named.get(word)) for word in asked)
    found: list[str] = []
    for word, start in sorted(words.items(), key=lambda item: item[1]):
        owner = owners.get(word)
        if owner is not None and owner not in known:
            found.append(article.body[start : start + len(word)])
            known.add(owner)
    return found


def _admits(wanted: StatementFilter, statement: Statement) -> bool:
    """The filter's kind and article (its speakers are judged by the caller)."""
    return (not wanted.kind or statement.kind == wanted.kind) and (
        not wanted.article or statement.article == wanted.article
    )

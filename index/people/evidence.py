"""What one article says about who is who: its person names, their other forms, their roles.

Everything here comes from the article's own analysis (entities, statements, credits),
so it is a pure function of the article and is stored per article, to be forgotten
with it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from kutip.index.models import Article, Entity, EntityType
from kutip.index.people.captions import caption_names
from kutip.index.people.definitions import defined_aliases
from kutip.index.people.inner_nicknames import inner_nickname
from kutip.index.people.names import key_of
from kutip.index.people.roles import role_after, role_before, role_key
from kutip.index.statements.fronts import name_without_front
from kutip.index.statements.group_phrase import names_a_group
from kutip.index.statements.layout import Headlines
from kutip.index.statements.text import paragraphs

__all__ = ["NameRow", "RoleRow", "article_evidence", "unnamed_group"]


@dataclass(frozen=True, slots=True)
class NameRow:
    """``written`` (key ``key``) names the person the article calls ``name_key``.

    ``kind`` is "name" (an entity's name), "speaker", "credit", "alias" (a short form of the
    entity written in it) or "defined" (a nickname or other name the article gives it).
    """

    key: str
    written: str
    name_key: str
    kind: str


@dataclass(frozen=True, slots=True)
class RoleRow:
    """The article gives the person ``name_key`` the role ``role`` (a :func:`role_key`)."""

    role: str
    name_key: str


def _named_in_prose(entity: Entity, headlines: Headlines) -> str:
    """The person's name as the prose writes it: a name read only in a title line runs into the
    words after it (``Fulan Hidayat Molor`` of ``Kunjungan Fulan Hidayat Molor, …``), so when the
    prose writes only a shorter form it starts with, that form is the name."""
    whole = [m for m in entity.mentions if m.text == entity.name]
    if not whole or not all(headlines.covers(m.start) for m in whole):
        return entity.name
    prose = {m.text for m in entity.mentions if not headlines.covers(m.start)}
    shorter = [t for t in prose if entity.name.startswith(t + " ")]
    return max(shorter, key=len) if shorter else entity.name


def _without_front(body: str, entity: Entity, name: str) -> str:
    """The name without a body or place glued before it (``BMKG Fulan``, ``Kalsel Fulan``), as the
    speaker parser reads it, when the article also writes what is left on its own."""
    words = name.split()
    starts = [m.start for m in entity.mentions if m.text.split()[:1] == words[:1]]
    kept = name_without_front(body, words, starts)
    short = " ".join(kept)
    cut = len(kept) < len(words) and kept == words[len(words) - len(kept) :]
    alone = any(m.text == short for m in entity.mentions) or short in entity.aliases
    return short if cut and alone else name


def unnamed_group(speaker: str) -> bool:
    """A speaker shown as the page's noun phrase for people it never names ("warga", "pejabat
    Kementerian Contoh"): it opens in lower case with a group's head noun, and it is nobody's name."""
    words = speaker.split()
    return bool(words) and words[0][:1].islower() and names_a_group(words, lambda _name: False)


def article_date(article: Article) -> str:
    return article.date or article.event_date


def article_evidence(article: Article) -> tuple[list[NameRow], list[RoleRow]]:
    """The article's name and role evidence, each distinct row once, in a stable order."""
    names: dict[tuple[str, str, str], NameRow] = {}
    roles: dict[tuple[str, str], RoleRow] = {}

    def add(written: str, name_key: str, kind: str) -> None:
        key = key_of(written)
        if key and (key, name_key, written) not in names:
            names[(key, name_key, written)] = NameRow(key, written, name_key, kind)

    persons = [e for e in article.entities if e.type is EntityType.PERSON]
    ends = sorted(m.end for e in persons for m in e.mentions)
    starts = sorted(m.start for e in persons for m in e.mentions)
    headlines: Headlines | None = None
    for entity in persons:
        name = entity.name
        if any(m.text != name for m in entity.mentions):
            headlines = headlines or Headlines(article.body, paragraphs(article.body))
            name = _named_in_prose(entity, headlines)
        name = _without_front(article.body, entity, name)
        name_key = key_of(name)
        if not name_key:
            continue
        add(name, name_key, "name")
        for form in (*entity.aliases, *(m.text for m in entity.mentions)):
            key = key_of(form)
            if key != name_key and form != entity.name:
                add(form, name_key, "alias" if set(key.split()) <= set(name_key.split()) else "defined")
        for mention in entity.mentions:
            before = ends[: bisect_right(ends, mention.start)]
            after = starts[bisect_right(starts, mention.start) :]
            for role in (
                role_before(article.body, mention.start, before[-1] if before else 0),
                role_after(article.body, mention.end, after[0] if after else None),
            ):
                if role:
                    roles.setdefault((role, name_key), RoleRow(role, name_key))
    for short, full_name in caption_names(article.boilerplate, persons):
        add(full_name, key_of(full_name), "name")  # "Kumalasari" in the prose, in full under a photo
        add(short, key_of(full_name), "alias")
    for full, nickname in defined_aliases(article.body, persons):
        full_key = key_of(full.name)
        if full_key and key_of(nickname.name) != full_key:
            add(nickname.name, full_key, "defined")
    for statement in article.statements:
        if not statement.speaker or unnamed_group(statement.speaker):
            continue
        speaker_key = key_of(statement.speaker)
        if not speaker_key:
            continue
        inner = inner_nickname(article.body, statement.speaker)
        if inner is not None:  # "Fulan (Ulan) Wibowo" read "Fulan Ulan Wibowo": Fulan Wibowo, Ulan Wibowo
            name, nicknamed = inner
            speaker_key = key_of(name)
            add(statement.speaker, speaker_key, "defined")
            add(nicknamed, speaker_key, "defined")
            add(name, speaker_key, "speaker")
        else:
            add(statement.speaker, speaker_key, "speaker")
        row = names.get((key_of(statement.speaker), speaker_key, statement.speaker))
        if row is not None and row.kind == "name":
            # a person named and speaking is a speaker: someone a given name alone may mean
            names[(row.key, speaker_key, row.written)] = NameRow(row.key, row.written, speaker_key, "speaker")
        role = role_key(statement.role)
        if role:
            roles.setdefault((role, speaker_key), RoleRow(role, speaker_key))
    for credit in article.credits:
        credit_key = key_of(credit.name)
        if credit_key:
            add(credit.name, credit_key, "credit")
    return list(names.values()), list(roles.values())

"""A listed figure's spelling takes a one-word name only when the article ties the two.

The recogniser names a person by the nickname list's full name when a mention is one of its
forms (``Sudirman`` is a form of the general ``Soedirman``). A one-word form is also many other people's
name (a minister ``Sudirman Said``, a suspect ``Sudirman (30)``): the figure is only meant when the
article also writes the figure's full name or another form of theirs of two words or more (a title
of theirs: ``Jenderal Sudirman``). Otherwise the speaker is shown as the article writes them, and a
one-word person written right after the mention (``Sudirman Said``, split as two figures) is the
rest of that one name. :func:`.recognise.recognise` asks this last, so the persons list, the name
book and the people layer all see the article's own spelling.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from kutip.index.entities.figures import full_name
from kutip.index.language import fold, nickname_rows, whole_word_starts, words
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["untied_figures"]


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    """A listed full name -> its forms (the full name too)."""
    return {full: (full, *forms) for full, forms in nickname_rows()}


def _tied(body: str, figure: str) -> bool:
    """Whether ``body`` writes the figure's full name (of any length) or a form of two words or more."""
    forms = _forms().get(figure, (figure,))
    return any(whole_word_starts(body, form) for form in forms if form == figure or len(words(form)) >= 2)


def _one_word_person_at(entities: list[Entity], start: int) -> Entity | None:
    for e in entities:
        if (
            e.type is EntityType.PERSON
            and len(words(e.name)) == 1
            and any(m.start == start for m in e.mentions)
        ):
            return e
    return None


def untied_figures(body: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with every person the recogniser named by a listed figure's one-word name from
    mentions the article writes otherwise and never ties to that figure named as written, joined
    with a one-word person written right after it (``Sudirman Said``)."""
    out = list(entities)
    for ent in entities:
        if ent.type is not EntityType.PERSON or full_name(ent.name) != ent.name or ent not in out:
            continue
        if len(words(ent.name)) != 1:
            continue  # "Jokowi" as Joko Widodo: the list adds a name, not a spelling
        written = [m.text for m in ent.mentions]
        if not written or any(len(words(w)) != 1 for w in written) or _tied(body, ent.name):
            continue
        if all(fold(w) == fold(ent.name) for w in written):
            continue  # the article writes the figure's own spelling
        own = Counter(written).most_common(1)[0][0]
        mentions = list(ent.mentions)
        rest: Entity | None = None
        for m in ent.mentions:
            if body[m.end : m.end + 1] == " " and (rest := _one_word_person_at(out, m.end + 1)) is not None:
                break
        name, aliases = own, [w for w in ent.aliases if fold(w) != fold(ent.name)]
        if rest is not None:
            out.remove(rest)
            name = f"{own} {rest.name}"
            joined = {
                m.start for m in ent.mentions if body[m.end : m.end + 1 + len(rest.name)] == f" {rest.name}"
            }
            mentions = [
                Mention(m.start, m.end + 1 + len(rest.name), body[m.start : m.end + 1 + len(rest.name)])
                if m.start in joined
                else m
                for m in ent.mentions
            ]
            mentions += [m for m in rest.mentions if not any(j < m.start <= j + len(name) for j in joined)]
            aliases = sorted({own, rest.name, *aliases} - {name})
        else:
            aliases = sorted(set(aliases) - {own})
        out[out.index(ent)] = Entity(
            name, EntityType.PERSON, sorted(mentions, key=lambda m: m.start), aliases
        )
    return out

"""One rule for "the same person" wherever an article's people are listed: the entities list
(`kutip entities`), the entities pane and the statements' speakers.

The archive maps every written name to its canonical person (:func:`canonical_names`). A
canonical name that only drops words of the article's own never replaces it: the archive's
key drops forms an article wrote as part of the name (``Lalu``, ``Raden``), so the fuller
written name is the better label; a canonical spelt otherwise is the archive's spelling and
is shown. The people are merged all the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kutip.index.language import spelt_alike
from kutip.index.models import Entity, EntityType
from kutip.index.names import name_words
from kutip.index.people.names import office_free

__all__ = ["article_name", "one_per_person", "shown_name", "word_of_shown"]


def shown_name(written: str, canonical: str) -> str:
    """The name to show for ``written``: the archive's canonical name, unless it is only the
    written name with words dropped (``Muhammad Zohri`` for ``Lalu Muhammad Zohri``). A
    canonical spelt otherwise (``Fulan Hidayat`` for ``Fulan Wahyu Hidajat``) is the spelling
    the archive settled on for that person, so it is shown even when shorter."""
    kept, wrote = name_words(canonical), name_words(written)
    if len(kept) < len(wrote) and set(kept) <= set(wrote) and name_words(office_free(written)) != kept:
        return written  # not when only an office or a body was written before it ("House Speaker …")
    return canonical


def article_name(written: str, canonical: str) -> str:
    """The name to show for ``written`` in its own article: :func:`shown_name`, but the page's own
    spelling where the archive's is the same name in the other of the old and the new spelling
    ("Suharto" on a page that writes it so, "Soeharto" on the next: both are right). A slip ("Fulan
    Hidajat" once for "Fulan Hidayat") still shows the archive's spelling; the person is one either way."""
    shown = shown_name(written, canonical)
    return written if spelt_alike(name_words(written), name_words(shown)) else shown


def one_per_person(persons: list[Entity], canonical: Mapping[str, str]) -> list[Entity]:
    """One entity per person the archive knows, in first-seen order: shown under the canonical
    name (or the fullest name the article wrote, when that is longer or the same name in the old or
    the new spelling: :func:`article_name`), with every mention and
    the article's other spellings as aliases. A person alone under their own name is returned
    unchanged."""
    grouped: dict[str, list[Entity]] = {}
    for entity in persons:
        grouped.setdefault(canonical.get(entity.name, entity.name), []).append(entity)
    merged: list[Entity] = []
    for name, members in grouped.items():
        fullest = max(members, key=lambda e: (len(name_words(e.name)), len(e.mentions)))
        shown = article_name(fullest.name, name)
        if len(members) == 1 and shown == members[0].name:
            merged.append(members[0])
            continue
        mentions = sorted((m for e in members for m in e.mentions), key=lambda m: (m.start, m.end))
        spellings = [s for e in members for s in (e.name, *e.aliases) if s != shown]
        merged.append(Entity(shown, EntityType.PERSON, mentions, list(dict.fromkeys(spellings))))
    return merged


def word_of_shown(name: str, shown: Iterable[str]) -> bool:
    """Whether a one-word ``name`` (a related headline's "Fulan") is a word of a person the article
    shows ("Fulan Badu Santoso"): a headline about the same story names that person, so the word
    is no second person of the article."""
    words = name_words(name)
    return len(words) == 1 and any(len(full) > 1 and words[0] in full for full in map(name_words, shown))

"""The people data files, read once: nicknames of public figures, role forms, words around names.

Everything language-specific lives in ``kutip/index/data/people`` (and the shared titles in
the entity gazetteer), so an editor adds a nickname or a ministry without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kutip.index.language import fold, folded_set, lines, nickname_rows, sections, words

__all__ = ["PeopleLexicon", "folded_words", "people_lexicon", "shown_name"]

# The prefix "I" before a Balinese birth-order name ("I Wayan Fulan") is the man's article of a
# formal or legal name; the press and the public write the person without it ("Wayan Fulan").
# Caste names ("I Gusti", "I Dewa") keep it: there it is part of the name as written everywhere.
_BIRTH_ORDER = ("gazetteer/balinese_names.txt", "birth_order")
_MIN_AFTER_ARTICLE = 2  # "I Wayan Fulan": the birth-order name and at least one name after it


def _without_article(name: str) -> str:
    """``name`` without the Balinese man's article: "I Wayan Fulan" -> "Wayan Fulan"."""
    parts = name.split()
    birth_order = folded_set(*_BIRTH_ORDER)
    if len(parts) > _MIN_AFTER_ARTICLE and parts[0] == "I" and parts[1].casefold() in birth_order:
        return " ".join(parts[1:])
    return name


# words a name needs after a kept title ("Paus Fulan II") before they alone name the listed figure:
# a pope's one-word papal name alone ("Fulan") is too common a given name to be his
_MIN_AFTER_TITLE = 2

# a Javanese title of nobility and its short form, opening a legal name ("Raden Fulan Badu Santoso",
# "R. F. Badu Santoso") of someone the press and the figures list call by the last words only
_NOBLE = ("people/words.txt", "noble_titles")


def _listed_tail(name: str) -> str | None:
    """The listed figure whose full name (two words or more) ``name`` closes on, when ``name``
    opens with a title of nobility: "Raden Fulan Badu Santoso" -> "Badu Santoso" if listed."""
    parts = name.split()
    if len(parts) < 3 or parts[0].casefold().rstrip(".") not in folded_set(*_NOBLE):
        return None
    lexicon = people_lexicon()
    for k in range(1, len(parts) - 1):
        tail = " ".join(folded_words(" ".join(parts[k:])))
        full = lexicon.nicknames.get(tail)
        if full is not None and tail in lexicon.full_names and " ".join(folded_words(full)) == tail:
            return full
    return None


def shown_name(name: str) -> str:
    """``name`` as the page writes it ("I Wayan Fulan" keeps its article, as the gold does: session 46);
    a titled legal name closing on a listed figure's full name -> that name. A listed figure the list
    writes with the article shows as the list's full name without it (:func:`people_lexicon`)."""
    return _listed_tail(name) or name


def folded_words(text: str) -> list[str]:
    """Folded words, apostrophes dropped ("Ma'ruf" and "Maruf" are one word)."""
    return [fold(w).replace("'", "").replace("’", "") for w in words(text)]


@dataclass(frozen=True, slots=True)
class PeopleLexicon:
    """``nicknames``: folded form -> full name as written; ``roles``: folded form words -> canonical role."""

    nicknames: dict[str, str]
    full_names: frozenset[str]  # the folded full names of the nickname list
    forms_of: dict[str, tuple[str, ...]]  # full name as written -> every folded form the list gives it
    roles: dict[tuple[str, ...], tuple[str, ...]]
    longest_role: int
    role_starts: frozenset[str]
    fillers: frozenset[str]
    ranks: frozenset[str]
    former: frozenset[str]
    honorifics: frozenset[str]
    kept_titles: frozenset[str]  # titles that stay in the name they open ("Pope Fulan II")
    alias_after: frozenset[str]
    alias_before: frozenset[str]


def _lines(filename: str) -> list[str]:
    return lines(f"people/{filename}")


def _sections(filename: str) -> dict[str, frozenset[str]]:
    found = sections(f"people/{filename}")
    return {name: frozenset(fold(entry) for entry in entries) for name, entries in found.items()}


@cache
def people_lexicon() -> PeopleLexicon:
    """The bundled data, loaded on first use and shared afterwards."""
    sections = _sections("words.txt")
    fillers = sections.get("fillers", frozenset())
    honorifics = (
        sections.get("honorifics", frozenset())
        | sections.get("ranks", frozenset())
        | sections.get("descriptors", frozenset())
    )
    kept_titles = sections.get("kept_titles", frozenset())
    nicknames: dict[str, str] = {}
    full_names: set[str] = set()
    for listed, written in nickname_rows():  # the one nickname list, read by the one loader
        full = _without_article(listed)
        others = (listed, *written) if full != listed else written
        full_key = " ".join(folded_words(full))
        full_names.add(full_key)
        for form in (full, *others):
            found = folded_words(form)
            while len(found) > 1 and found[0] in honorifics:
                found = found[1:]
            if found:
                nicknames.setdefault(" ".join(found), full)
            if len(found) > _MIN_AFTER_TITLE and found[0] in kept_titles:  # "Leo XIV" for "Paus Leo XIV"
                nicknames.setdefault(" ".join(found[1:]), full)
    roles: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in _lines("roles.tsv"):
        canonical, _, role_forms = line.partition("\t")
        target = tuple(w for w in folded_words(canonical) if w not in fillers)
        for form in (canonical, *role_forms.split("|")):
            key = tuple(w for w in folded_words(form) if w not in fillers)
            if key:
                roles.setdefault(key, target)
    return PeopleLexicon(
        nicknames=nicknames,
        full_names=frozenset(full_names),
        forms_of={
            full: tuple(sorted(form for form, owner in nicknames.items() if owner == full))
            for full in set(nicknames.values())
        },
        roles=roles,
        longest_role=max((len(k) for k in roles), default=1),
        role_starts=frozenset(k[0] for k in roles),
        fillers=fillers,
        ranks=sections.get("ranks", frozenset()),
        former=sections.get("former", frozenset()),
        honorifics=honorifics,
        kept_titles=kept_titles,
        alias_after=sections.get("alias_after", frozenset()),
        alias_before=sections.get("alias_before", frozenset()),
    )

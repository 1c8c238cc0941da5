"""The name a listed public figure is shown by, from the nickname list alone.

An article may name a figure longer than the list's full name, or misspell it (``Nadiem
Anwar Makariem``); the person view shows the list's name (``Nadiem Makarim``), so the
statement shows it too. Only forms of two or more words are read here: a one-word form
(``Emil``) may be someone else's name, and the archive decides those from its evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from kutip.index.entities.features import first_names
from kutip.index.people.figure_slips import figure_slip
from kutip.index.people.lexicon import folded_words, people_lexicon
from kutip.index.people.names import (
    contains,
    initials,
    key_of,
    spelling,
    surname_alike,
)

__all__ = ["listed_form", "named_owner", "public_name", "written_out"]

_MIN_WORDS = 2


@cache
def _forms_by_initials() -> dict[str, list[tuple[str, str]]]:
    """The list's forms of two or more words, by initials (a spelling variant keeps them)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for form, full in sorted(people_lexicon().nicknames.items()):
        if len(form.split()) >= _MIN_WORDS:
            found.setdefault(initials(form), []).append((form, full))
    return found


@cache
def _forms_by_first_word() -> dict[str, list[tuple[str, str]]]:
    """The list's forms of two or more words, by their first word in modern spelling."""
    found: dict[str, list[tuple[str, str]]] = {}
    for form, full in sorted(people_lexicon().nicknames.items()):
        # "George H.W. Bush" as an article's words key it too ("george h w bush"), so its own figure
        # answers for it beside any shorter form it holds
        for written in dict.fromkeys((form, key_of(form))):
            parts = written.split()
            if len(parts) >= _MIN_WORDS:
                found.setdefault(spelling(parts[0]), []).append((written, full))
    return found


def written_out(written: str) -> str | None:
    """The list's full name for an article's fuller form of a listed figure's name: a form the list
    gives (two or more words) written out with more words between, first and last word the same in
    any spelling the list tolerates (``Nila Djuwita Farida Moeloek`` for ``Nila Moeloek``,
    ``Sandiaga Salahudin Uno`` for ``Sandiaga Uno``). None when no figure's form fits or two do.

    The first word must be the form's: a relative shares the surname, rarely the given name too
    (``Agus Harimurti Yudhoyono`` writes no form of ``Susilo Bambang Yudhoyono``). A two-word form
    opening on a common given name is not read this way (``Ahmad Rizal Dahlan`` is not ``Ahmad
    Dahlan``)."""
    key = key_of(written)
    parts = key.split()
    if len(parts) <= _MIN_WORDS:
        return None
    forms = _forms_by_first_word().get(spelling(parts[0]), [])
    exact = {full for form, full in forms if form == key}
    if exact:
        return exact.pop() if len(exact) == 1 else None  # a form the list gives is its own figure's
    owners = {
        full
        for form, full in forms
        if contains(key, form) and surname_alike(parts[-1], form.split()[-1]) and not _common_pair(form)
    }
    return owners.pop() if len(owners) == 1 else None


def _common_pair(form: str) -> bool:
    """Whether ``form`` is two words opening on a common given name (``Ahmad Dahlan``): written out
    with a middle name (``Ahmad Rizal Dahlan``) that is far more often someone else than the figure."""
    parts = form.split()
    return len(parts) == _MIN_WORDS and parts[0] in first_names()


def public_name(written: str) -> str | None:
    """The list's full name for ``written`` (a form it lists, or one spelt a little differently);
    None when the list does not know it or ``written`` is a single word. A form the list gives
    with its title (``Paus Fransiskus``, the pope's Indonesian name) is read as written too."""
    as_written = _listed_as_written(written)
    if as_written is not None:
        return people_lexicon().nicknames[as_written]
    key = key_of(written)
    if len(key.split()) < _MIN_WORDS:
        return None
    full = people_lexicon().nicknames.get(key)
    if full is not None:
        return full
    forms = _forms_by_initials().get(initials(key), [])
    owners = {owner for form, owner in forms if figure_slip(key, form)}
    return owners.pop() if len(owners) == 1 else None


def listed_form(written: str) -> bool:
    """Whether the list itself gives ``written`` (two or more words), as the figure's full name or
    as another of their names (a legal name such as ``Retno Lestari Priansari Marsudi``): then the
    list's full name is the one to show, though ``written`` is longer."""
    return _listed_as_written(written) is not None


def _listed_as_written(written: str) -> str | None:
    """``written`` folded, when the list gives it as written (two or more words)."""
    as_written = " ".join(folded_words(written))
    listed = len(as_written.split()) >= _MIN_WORDS and as_written in people_lexicon().nicknames
    return as_written if listed else None


def has_listed_owner(written: str) -> bool:
    """Whether the list gives the one-word form ``written`` to anyone: when not, :func:`named_owner`
    is False for every figure, and a caller asking about each person of an article need not ask."""
    as_written = " ".join(folded_words(written))
    return len(as_written.split()) == 1 and people_lexicon().nicknames.get(as_written) is not None


def owner_among(written: str, names: Iterable[str]) -> str | None:
    """The first of ``names`` that :func:`named_owner` gives ``written`` to; the list is read
    once, and ``names`` not at all when the form is no one's (most forms an article asks about)."""
    return (
        next((named for named in names if named_owner(written, named)), None)
        if has_listed_owner(written)
        else None
    )


def named_owner(written: str, named: str) -> bool:
    """Whether the list gives the one-word form ``written`` (``Jokowi``) to the figure ``named``
    (``Joko Widodo``): when an article writes both, the short form is that figure there, though
    it may be someone else's name in another article."""
    as_written = " ".join(folded_words(written))
    if len(as_written.split()) != 1:
        return False
    owner = people_lexicon().nicknames.get(as_written)
    return owner is not None and folded_words(owner) == folded_words(named)

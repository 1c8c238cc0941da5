"""How the body itself writes a name: its fullest form, whether in the prose or only in titles,
whether an office's joined name runs into it, whether it is introduced as a band or an app.

A person is shown by the fullest form the article writes (``Fulan Badu Santoso`` when the
recogniser named ``Fulan Santoso``); these checks read the body, not the recogniser.
"""

from __future__ import annotations

import re

from ..language import whole_word_starts
from ..names import PAIR_HYPHEN, is_short_form
from .fronts import name_after_unused_front
from .groups import introduced_as_group
from .layout import Headlines
from .lexicon import lexicon
from .origins import origin_word
from .people import glued_front
from .runs import NOT_NAME_CLASSES, TITLE_CLASSES
from .seats import office_ends_at
from .text import Token

_EXTRA_CLASSES = (*TITLE_CLASSES, *NOT_NAME_CLASSES, "time")  # words no name is extended by

_QUOTED = re.compile("[\"'“”‘’«»„]")


def _occurrences(body: str, name: str) -> list[int]:
    return whole_word_starts(body, name)


def in_prose(body: str, headlines: Headlines, name: str) -> bool:
    """Whether ``name`` is written in the body outside titles and captions."""
    return any(not headlines.covers(at) for at in _occurrences(body, name))


def fullest_written(
    body: str, headlines: Headlines, words: list[str], forms: list[tuple[str, ...]]
) -> tuple[str, ...]:
    """The fullest of a person's ``forms`` that shortens to ``words`` and is written in the prose;
    a form with a quoted nickname inside (``Fulan 'Ulan' Santoso``) is no name to show."""
    name = " ".join(words)
    fuller = [
        form
        for form in forms
        if is_short_form(name, " ".join(form))
        and not any(_QUOTED.search(w) for w in form)
        and in_prose(body, headlines, " ".join(form))
    ]
    return max(fuller, key=len) if fuller else tuple(words)


def written_as_group(body: str, name: str) -> bool:
    """Whether the body introduces ``name`` anywhere as a band, an app or an airline (the
    recogniser may not list that very mention)."""
    return any(introduced_as_group(body, at) for at in _occurrences(body, name))


def shortens(want: tuple[str, ...], low: tuple[str, ...]) -> bool:
    """A name of two words or more written short of a middle word (``Fulan Santoso`` of
    ``Fulan Badu Santoso``)."""
    return len(want) >= 2 and is_short_form(" ".join(want), " ".join(low))


def without_office_end(body: str, name: list[Token]) -> list[Token]:
    """A name read from a capitalised run without the last word of an office's joined name
    glued before it (``Menteri Pariwisata dan Ekonomi Kreatif Fulan Badu``: not *Kreatif*)."""
    if len(name) >= 3 and office_ends_at(body, name[0].start, []):
        return name[1:]
    return name


def name_parts(body: str, name: list[Token]) -> list[list[Token]]:
    """The names a capitalised run read as a person holds: without an office's end glued before
    it, without a bracketed tail (``Fulan Badu Santoso (Ulan)``: a nickname, a party, no surname),
    and a hyphenated pair as its two names. Words the recogniser cut from a person's front in this
    body stay off (``Customs and Excise Fulan``: the office's last word, :func:`.people.glued_front`)."""
    name = without_office_end(body, name)
    name = name[glued_front(body, [t.text for t in name]) :]
    if name and body[name[-1].end : name[-1].end + 1] == ")":
        opened = [k for k in range(1, len(name)) if "(" in body[name[k - 1].end : name[k].start]]
        name = name[: opened[-1]] if opened else name
    return pair_parts(name)


def pair_parts(name: list[Token]) -> list[list[Token]]:
    """A run written as a pair of names joined by a hyphen (``Fulan Hidayat-Rina Marlina``, two
    running mates) as its two names; any other run as itself."""
    parts: list[list[Token]] = [[]]
    for tok in name:
        at = tok.start
        for m in PAIR_HYPHEN.finditer(tok.text):
            parts[-1].append(Token(at, tok.start + m.end(1), tok.text[at - tok.start : m.end(1)]))
            parts.append([])
            at = tok.start + m.end()
        parts[-1].append(Token(at, tok.end, tok.text[at - tok.start :]) if at > tok.start else tok)
    return parts


def extended(name: str, fulls: list[tuple[str, ...]], bare: set[tuple[str, ...]], body: str = "") -> str:
    """``Muhammad Zohri`` as ``Lalu Muhammad Zohri``, ``Fulan Santoso`` as ``Fulan Badu Santoso``:
    the one longer form among the body's ``fulls`` written ``bare`` (inside a sentence, outside
    titles, no title before it) whose extra words are no title, place or office, nor a front word
    the ``body`` never uses for the person (``(Weightlifting) Fulan Santoso``)."""
    lex = lexicon()
    words = tuple(w.casefold() for w in name.split())
    n = len(words)
    longer = {
        full
        for full in fulls
        if full in bare
        and n < len(full) <= n + 2
        and (
            words in (tuple(w.casefold() for w in full[-n:]), tuple(w.casefold() for w in full[:n]))
            or shortens(words, tuple(w.casefold() for w in full))
        )
    }
    if len(longer) != 1:
        return name
    [full] = longer
    extra = tuple(w for w in full if w.casefold() not in words)
    if any(lex.is_any(w, _EXTRA_CLASSES) for w in extra) and not _surname_title(words, full):
        return name
    if any(origin_word(w) for w in extra):
        return name  # "American Fulan Hidayat", "Indonesia's Fulan": where they come from, no name word
    kept = name_after_unused_front(body, list(full)) if body else list(full)
    return (
        " ".join(kept)
        if len(kept) >= n and not set(full[: len(full) - len(kept)]) & set(name.split())
        else name
    )


def _surname_title(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``Fulan Badu`` written in full as ``Fulan Badu Hakim``: one title word after a name of two
    words or more, closing the run the body wrote bare, is the name's last word (a title stands
    before the name it belongs to, never after it)."""
    return len(words) >= 2 and len(full) == len(words) + 1 and tuple(w.casefold() for w in full[:-1]) == words


def fronted_only(want: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    """Whether ``longer`` holds the folded name ``want`` as its tail and adds words only in front
    of it (``Iriana Joko Widodo`` to ``Joko Widodo``): a recognised person's whole name with a
    given name before it is someone else's name (a wife's, a child's) or a formal one the article
    does not go by, never the fuller form of the shorter one; a surname after it is (``Sri
    Mulyani`` of ``Sri Mulyani Indrawati``)."""
    low = tuple(w.casefold() for w in longer)
    return low[-len(want) :] == want and low[: len(want)] != want

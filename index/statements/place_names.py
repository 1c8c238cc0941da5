"""A place's or a body's one-word name that the article also writes as a person's surname."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .runs import name_runs, not_a_name, split_run
from .text import Token

if TYPE_CHECKING:
    from .names import NameBook


def person_behind(book: NameBook, word: Token) -> str | None:
    """The person a one-word place or body name stands for (``Washington said``, ``kata Jordan``)
    when the body writes that word as part of a person's full name (``Marcus Washington``): the
    word alone names the place, but the article's own use of it names the person. The full name
    must be a person where it is written: recognised, vouched for, or a run of its own that the
    recogniser's check calls a person (``George Washington University`` is none)."""
    if not book.checked or word.text[:1].islower():
        return None
    full = book.canonical([word.text])
    words = full.split()
    if len(words) < 2 or word.text not in (words[0], words[-1]) or not_a_name(words):
        return None
    if book.is_person(full):
        return full
    for run in name_runs(book.body, 0, len(book.body)):
        if [t.text for t in run][-len(words) :] != words or book.headlines.covers(run[0].start):
            continue
        kind, name = split_run(run)
        if kind == "person" and [t.text for t in name] == words and book.unlisted_person(name):
            return full
    return None

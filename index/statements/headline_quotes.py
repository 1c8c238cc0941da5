"""A quotation that opens the headline: ``“Kami tidak mundur!” Fulan Tolak …``, ``‘We will stay,’
Fulan says after …``.

Such a headline quotes a sentence of the story's speaker, often one the body never repeats, and
readers (and the shared annotation) count it as a quotation of the article, even where the body
quotes the same words again. Only a quotation that
opens the headline and runs to three words or more counts: a quoted word or two inside a headline
(``Fulan Sebut Kebijakan Itu 'Berlebihan'``) is the editor's scare quote or label, not a remark.
The statement has no place in the body (``start == end == 0``); its speaker is whoever says those
words inside a longer quotation of the body, else the first person of the body whose name the
headline writes after the quotation (``Fulan says``), else the last one it writes before it
(``Fulan: “…”``), else unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kutip.index.language import fold
from kutip.index.models import Statement

from .marks import quotations
from .names import NameBook
from .text import tokens

__all__ = ["with_headline"]

_MIN_WORDS = 3
_MIN_NAME_LETTERS = 3
_OPENING_SLACK = 2  # characters a headline may hold before its opening mark (a space, a bracket)


def with_headline(
    article_id: str,
    title: str,
    book: NameBook,
    found: list[Statement],
    shown: Callable[[str | None], str | None],
) -> list[Statement]:
    """``found`` with the statement of a quotation opening ``title`` first (the ids renumbered in
    order), unless there is none; an unattributed quotation the headline gives after a name and a
    colon is that person's."""
    found = _colon_named(title, book, found, shown)
    quotes = quotations(title, 0, len(title)) if title else []
    if not quotes or quotes[0].open > _OPENING_SLACK or quotes[0].close is None:
        return found
    q = quotes[0]
    text = title[q.start : q.end].strip()
    if len(text.split()) < _MIN_WORDS:
        return found
    key = _key(text)
    direct = [s for s in found if s.kind == "direct"]
    # the words again in the body, or taken from a longer quotation there ("…, I felt cold after
    # work, …," she said): whoever says them there; the headline's quotation counts on its own
    speaker = next((s.speaker for s in direct if s.speaker and key in _key(s.text)), None)
    if speaker is None:
        speaker = _named(title[q.mark_end :], book, first=True) or _named(title[: q.open], book, first=False)
    head = Statement(
        id="", article=article_id, text=text, kind="direct", start=0, end=0, speaker=shown(speaker)
    )
    return [replace(s, id=f"{article_id}:{n}") for n, s in enumerate([head, *found], start=1)]


def _colon_named(
    title: str, book: NameBook, found: list[Statement], shown: Callable[[str | None], str | None]
) -> list[Statement]:
    """``Fulan Menjawab: Kami Tetap Bekerja`` over a body whose quotation ``"Kami tetap bekerja,
    …"`` no cue names: the headline gives the words after its colon to the person it names before
    it (the last one there, by a name or a nickname the body defined)."""
    before, colon, after = title.partition(":")
    key = _key(after.strip(" \"'“”‘’"))
    if not colon or len(key.split()) < _MIN_WORDS:
        return found
    unnamed = [
        n for n, s in enumerate(found) if s.kind == "direct" and s.speaker is None and key in _key(s.text)
    ]
    speaker = _named(before, book, first=False) if unnamed else None
    if speaker is None:
        return found
    return [replace(s, speaker=shown(speaker)) if n in unnamed else s for n, s in enumerate(found)]


def _named(part: str, book: NameBook, *, first: bool) -> str | None:
    """The body's person whose name a capitalised word of ``part`` writes: the first such word, or
    the last; a word that could be two people names no one. A one-word nickname the body defined
    (``Fulan Santoso (Ulan)``) names its person."""
    people: dict[str, set[str]] = {}
    for person in book.persons:
        name = book.person_name(person)
        if book.is_person(name):
            for word in name.split():
                people.setdefault(fold(word), set()).add(name)
    for alias in book.aliases():
        owner = book.canonical(list(alias)) if len(alias) == 1 else None
        if owner and book.is_person(owner):
            people[fold(alias[0])] = {owner}
    words = [t.text for t in tokens(part, 0, len(part)) if t.capitalised and len(t.text) >= _MIN_NAME_LETTERS]
    for word in words if first else reversed(words):
        owners = people.get(fold(word), set())
        if len(owners) == 1:
            return next(iter(owners))
    return None


def _key(text: str) -> str:
    return " ".join(fold(text).strip(" ,.!?").split())

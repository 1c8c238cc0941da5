"""A speaker string cut down to the person's name: words run on to a name that are not name words.

The cue and headline parsers read a capitalised run as a name, and a run can carry words that
are no part of it: an occupation the outlet writes before a one-word name (``Penyanyi Fulani``),
a headline's verb phrase in title case after it (``Fulan Luapkan Unek-unek``), a show or account
label (``Fulan Official``). The article's own persons are the source of truth: a speaker that
holds one of their names whole, with only such words around it, is that person. Without one, the
label and occupation words at the edges are cut, and what is left must still be a person.
"""

from __future__ import annotations

from functools import cache

from ..language import fold, folded_set
from .lexicon import lexicon
from .names import NameBook

__all__ = ["name_words_only"]

# lexicon classes whose words are never part of a person's name when run on to one
_NOT_NAME = ("role", "rank", "unit", "orghead", "place_head", "occupation", "name_label")
# the classes cut at the edges of a speaker the article's persons do not hold
_EDGE = ("occupation", "name_label")
_VERB_ENDINGS = ("kan", "kannya")
_PREFIXES = ("me", "ber", "ter", "di")
_MIN_VERB = 6  # "Luapkan", "Ungkapkan"; a short word ending in -kan is as likely a name


@cache
def _lower_words() -> frozenset[str]:
    """Words the training news writes in lower case (``penyanyi``, ``liburan``)."""
    return folded_set("models/lower_words.txt")


def _class_word(word: str) -> bool:
    """A word the lexicon files under a class no name word belongs to (``Penyanyi``, ``Official``)."""
    lex = lexicon()
    return lex.is_any(word, _NOT_NAME)


def _verb(word: str) -> bool:
    """An affixed verb in a headline's title case: a -kan form (``Luapkan``), or a me-/ber-/ter-/di-
    form the training news writes in lower case (``Mengaku``); a name may open with the same
    letters (``Megawati``), so that form must be a known lower-case word."""
    w = fold(word)
    if not w.isalpha() or len(w) < _MIN_VERB:
        return False
    return w.endswith(_VERB_ENDINGS) or (w.startswith(_PREFIXES) and w in _lower_words())


def _org_words(book: NameBook, words: list[str]) -> bool:
    """Whether ``words`` are, whole, an organisation the article names (``Indo Contoh``, a
    pollster or a body written right before its spokesperson's name)."""
    low = " ".join(words).casefold()
    return bool(words) and any(
        low == org.name.casefold() or any(low == m.text.casefold() for m in org.mentions) for org in book.orgs
    )


def _run_on(book: NameBook, before: list[str], after: list[str]) -> bool:
    """Whether the words around a person's name are no part of it: class words or an organisation
    of the article before it, and after it class words or a headline's verb phrase (a verb, then
    anything)."""
    if not all(_class_word(w) for w in before) and not _org_words(book, before):
        return False
    return all(_class_word(w) for w in after) or _verb(after[0])


def _other_person(book: NameBook, words: list[str], name: str) -> bool:
    """Whether ``words`` are, whole, another article person's name or a form of it: the end of
    the phrase before, run into the speaker's full name (``... bersama Budi Fulan Hidayat``)."""
    low = tuple(w.casefold() for w in words)
    return bool(low) and any(p.name != name and low in p.folded for p in book.persons)


def _contained(book: NameBook, words: list[str]) -> str | None:
    """The article person whose name (or a form of it) stands whole inside ``words``, the words
    around it run on to it (:func:`_run_on`); the longest such name."""
    low = [w.casefold() for w in words]
    best: tuple[int, str] | None = None
    for person in book.persons:
        for form in person.folded:
            n = len(form)
            if not n or n >= len(low):
                continue
            for i in range(len(low) - n + 1):
                if tuple(low[i : i + n]) != form:
                    continue
                before, after = words[:i], words[i + n :]
                whole = form == tuple(person.name.casefold().split())
                if (
                    _run_on(book, before, after)
                    or (whole and not after and _other_person(book, before, person.name))
                ) and (best is None or n > best[0]):
                    best = (n, person.name)
    return best[1] if best else None


def name_words_only(book: NameBook, speaker: str | None) -> str | None:
    """``speaker`` without the words run on to the name; unchanged when it is an article person's
    name as the book writes it, or when nothing can be cut."""
    if not speaker or not book.checked:
        return speaker
    words = speaker.split()
    if len(words) < 2 or any(speaker == p.name for p in book.persons):
        return speaker
    held = _contained(book, words)
    if held is not None:
        # "Fulan Badu Hakim": the body's fuller form of the person, a word after the name the
        # recogniser read as an office (see written.extended), is kept
        fuller = speaker.startswith(f"{held} ") and book.canonical(held.split()) == speaker
        return speaker if fuller else held
    lex = lexicon()
    edge = [lex.is_any(w, _EDGE) for w in words]
    first = next((i for i, cut in enumerate(edge) if not cut), len(words))
    last = next((i for i in range(len(words) - 1, -1, -1) if not edge[i]), -1)
    if first == 0 and last == len(words) - 1:
        return speaker
    rest = " ".join(words[first : last + 1])
    return rest if rest and book.is_person(rest) else None

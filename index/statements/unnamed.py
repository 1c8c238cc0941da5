"""A speaker's phrase that names someone the text never names: ``ujar seorang warga``,
``said one official``, ``jawab wartawan itu`` after ``seorang wartawan``. Such a speaker is
unknown, and nobody's quotation goes on through them."""

from __future__ import annotations

import re
from collections.abc import Callable

from .group_phrase import group_phrase, names_a_group
from .lexicon import lexicon
from .runs import joined_gap
from .text import Token

_MAX_COMMON_PHRASE = 4


def unnamed_phrase(body: str, toks: list[Token]) -> int | None:
    """Where the speaker's phrase after a post verb ends when it names someone the text never
    names: an indefinite one (``ujar seorang warga``, ``said one official``), or a definite one
    pointing back to someone introduced without a name (``seorang wartawan`` … ``jawab wartawan
    itu``). None for a description of someone else (``ujar ayah dua anak tersebut`` after a
    named man; a bare noun, which Indonesian also uses for the person just named)."""
    lex = lexicon()
    k = 2
    while k < len(toks) and joined_gap(body, toks[k - 1], toks[k].start):
        if lex.is_a(toks[k - 1].text, "pronoun_det"):
            break  # "jawab wartawan itu yang lalu tertawa": the phrase ends at "itu"
        if lex.is_a(toks[k].text, "relative"):
            return None  # "ucap pria yang juga menjabat menteri ini": a description of someone
        if lex.is_a(toks[k].text, "np_stop"):
            break
        k += 1
    words = [t.text.casefold() for t in toks[1:k]]
    if k - 1 > _MAX_COMMON_PHRASE or any(t.capitalised for t in toks[1:k]):
        return None  # "ujar perenang asal Kota Sukamaju ini": someone the text knows
    if lex.is_a(words[0], "indefinite"):
        return toks[k - 1].end  # "ujar seorang warga", "jawab para jurnalis", "said one official"
    if lex.is_a(words[0], "crowd") and not any(lex.is_a(w, "pronoun_det") for w in words):
        return toks[k - 1].end  # "teriak massa", "kata warga serentak": many say it, no one person
    if len(words) > 1 and lex.is_a(words[-1], "other"):
        return toks[k - 1].end  # "kata pedagang lainnya": another one, not the one named before
    if not any(lex.is_a(w, "pronoun_det") or lex.is_a(w, "anaphor_pre") for w in words):
        return None  # a bare noun may be definite: "ucap pemain berposisi gelandang" is the player named
    head = next((w for w in words if not lex.is_any(w, _NOT_HEAD)), None)
    if head is None:
        return None
    indefinite = "|".join(sorted(lex.classes.get("indefinite", frozenset())))
    earlier = re.search(rf"\b(?:{indefinite})\s+(?:\w+\s+)?{re.escape(head)}\b", body[: toks[0].start], re.I)
    if earlier and _NAMED_AFTER.match(body, earlier.end()):
        return None  # "salah satu warga, Fulan, …" then "kata warga tersebut": the one named, Fulan
    return toks[k - 1].end if earlier else None


# a name set off right after an indefinite description: "salah satu warga, Fulan Hidayat, …"
_NAMED_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*[A-Z][\w'’.-]*")
# the same, its capitalised words kept: a person there speaks, a weekday does not ("…, Senin")
_NAME_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*([A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*)*)")


_NOT_HEAD = ("pronoun_det", "anaphor_pre", "indefinite", "function")
_NOT_OPENING = ("pronoun", "adverb", "np_stop", "time", "time_mod", "conjunction")


def common_noun(word: str) -> bool:
    """A lowercase word that may open a common noun phrase (``wartawan``, ``sang``, ``one``):
    not a pronoun, an adverb or a word that ends the speaker's phrase."""
    lex = lexicon()
    if not word.isalpha() or not word.islower():
        return False
    return not lex.is_any(word, _NOT_OPENING)


_MAX_CROWD_WORDS = 3


def crowd_phrase(toks: list[Token]) -> bool:
    """``the protesters``, ``para pendemo``, ``Warga setempat``, ``two officials``: a crowd named
    by a group noun (after ``the`` or an indefinite, with lowercase words before or after it),
    with no determiner pointing back to someone and no name."""
    lex = lexicon()
    k = 0
    while k < len(toks) - 1 and lex.is_any(toks[k].text, ("anaphor_pre", "indefinite")):
        k += 1
    rest = toks[k:]
    if not rest or len(rest) > _MAX_CROWD_WORDS:
        return False
    if lex.is_a(rest[0].text, "crowd"):
        others = rest[1:]  # "warga setempat", "kata warga serentak": the head first
    elif lex.is_a(rest[-1].text, "crowd"):
        others = rest[:-1]  # "senior officials", "two engineers": the head last
    else:
        return False
    return not any(
        t.capitalised or lex.is_a(t.text, "pronoun_det") or lex.is_a(t.text, "pronoun") for t in others
    )


_GROUP_CLOSERS = ("pronoun_det", "relative", "np_stop", "function", "adverb", "time", "manner")


def indefinite_someone(body: str, toks: list[Token], is_person: Callable[[str], bool]) -> int | None:
    """Where the phrase after a post verb ends when an indefinite opens it and a noun for people
    heads it, with capitalised words that name no person (``kata seorang pejabat Kementerian X``,
    ``wrote an X user``): someone the text does not name, of that body or platform, not the body.
    None when a name is set off after it (``kata salah satu warga, Fulan``: Fulan speaks)."""
    lex = lexicon()
    k = 1
    while k < len(toks) and lex.is_a(toks[k].text, "singular_indefinite"):
        k += 1
    if k == 1 or k >= len(toks):
        return None
    words = group_phrase(body, toks, k, _GROUP_CLOSERS, after=True)[:_MAX_COMMON_PHRASE]
    if not words or not names_a_group([w.text for w in words], is_person):
        return None  # no noun for people heads it, or "kata seorang kerabat Fulan": a relative
    after = _NAME_AFTER.match(body, words[-1].end)
    if after and is_person(after.group(1).rstrip(".")):
        return None  # "kata salah satu warga, Fulan": the name after the comma speaks
    return words[-1].end

"""Short names an article defines for a person: ``Fulan Hidayat, akrab disapa Ulan``,
``Ulan, sapaan akrab Fulan Hidayat``, ``Fulan Hidayat (Ulan)``, ``better known as Ulan``.

A speaker named by the short form (``kata Ulan``) is the person with the full name. The cues
live in ``data/statements_aliases.tsv``.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..language import phrase_alternatives
from .alternation import alternation
from .lexicon import lexicon
from .misspelt import Folded, misspelt_names, respelt_given_names
from .runs import split_run
from .text import Token, tokens

_NAME_WINDOW = 80  # the names on either side of a cue are a few words long
_MAX_ALIAS_WORDS = 2
_MAX_FULL_WORDS = 6


@cache
def _rows() -> tuple[tuple[str, str], ...]:
    """The cue table's rows (order, cue), read once for every pattern made of them."""
    data = resources.files("kutip.index").joinpath("data").joinpath("statements_aliases.tsv")
    text = data.read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple((order, cue) for order, cue in (line.split("\t") for line in lines))


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """One pattern for every cue, the cues that put the short name first, the possessive ones (and
    the owner's, ``Ulan, Fulan's nickname``, among the short-name-first ones)."""
    rows = _rows()
    alias_first = frozenset(cue.strip() for order, cue in rows if order in ("alias_first", "owner_first"))
    possessive = frozenset(cue.strip() for order, cue in rows if order == "possessive")
    unique = dict.fromkeys(cue.strip() for order, cue in rows if order != "owner_first")  # in file order
    forms = sorted(unique, key=len, reverse=True)
    escaped = (phrase_alternatives((form,)) for form in forms)  # each cue as the language layer writes it
    words = alternation(escaped, ignore_case=True)  # the same matches, tried only where they may open
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE), alias_first, possessive


@cache
def _owner_cues() -> re.Pattern[str] | None:
    """``Ulan, Fulan Hidayat's nickname``, ``AKA said, Fulan's familiar greeting``: the short name,
    maybe its speech verb, a comma, the owner's name with ``'s``, then the cue."""
    forms = [cue for order, cue in _rows() if order == "owner_first"]
    if not forms:
        return None
    cue = phrase_alternatives(forms)
    return re.compile(rf"['’]s\s+(?:{cue})(?![\w-])", re.IGNORECASE)


def _owner_defined(body: str) -> list[tuple[tuple[str, ...], list[Token]]]:
    """(short name folded, the owner's words) for every ``Ulan, Fulan's nickname`` in ``body``."""
    pattern = _owner_cues()
    out: list[tuple[tuple[str, ...], list[Token]]] = []
    for m in pattern.finditer(body) if pattern is not None else ():
        owner = _run_before(body, m.start())
        if not 1 <= len(owner) <= _MAX_FULL_WORDS or body[owner[0].start - 2 : owner[0].start] != ", ":
            continue
        comma = owner[0].start - 2
        toks = tokens(body, max(0, owner[0].start - _NAME_WINDOW), comma)
        if toks and toks[-1].end == comma and toks[-1].text.casefold() in lexicon().active:
            toks = toks[:-1]  # "AKA said, Fulan's familiar greeting"
        short_run = _run_before(body, toks[-1].end) if toks else []
        short = _short_name(_without_titles(short_run[-_MAX_ALIAS_WORDS:])) if short_run else None
        if short is not None:
            out.append((short, owner))
    return out


_BRACKETED = re.compile(r"\(([A-Z][\w'’-]+)\)")


def _run_before(body: str, pos: int) -> list[Token]:
    """The capitalised words ending right before ``pos`` (over a comma and spaces only)."""
    toks = tokens(body, max(0, pos - _NAME_WINDOW), pos)
    if not toks or body[toks[-1].end : pos].strip(" ,\u00a0"):
        return []
    run: list[Token] = []
    for tok in reversed(toks):
        if not tok.capitalised or (run and body[tok.end : run[0].start].strip(" \u00a0")):
            break
        run.insert(0, tok)
    return run


def _run_after(body: str, pos: int) -> list[Token]:
    """The capitalised words starting right after ``pos``."""
    toks = tokens(body, pos, min(len(body), pos + _NAME_WINDOW))
    if not toks or body[pos : toks[0].start].strip(" \u00a0"):
        return []
    run: list[Token] = []
    for tok in toks:
        if not tok.capitalised or (run and body[run[-1].end : tok.start].strip(" \u00a0")):
            break
        run.append(tok)
    return run


def _short_name(run: list[Token]) -> tuple[str, ...] | None:
    lex = lexicon()
    words = [t.text for t in run]
    if not 1 <= len(words) <= _MAX_ALIAS_WORDS:
        return None
    if any(lex.is_any(w, ("role", "function", "time", "place", "orghead")) for w in words):
        return None
    return tuple(w.casefold() for w in words)


def _described_before(body: str, pos: int) -> bool:
    """Whether a person noun (``pria``, ``wanita``, ``sosok``) stands right before ``pos``."""
    toks = tokens(body, max(0, pos - _NAME_WINDOW), pos)
    if not toks or body[toks[-1].end : pos].strip():
        return False
    return lexicon().is_a(toks[-1].text, "person_noun")


def named_by_alias(body: str, toks: list[Token], i: int) -> list[Token]:
    """``kata pria yang akrab disapa Ulan itu``: a person noun at ``toks[i]``, then a cue that puts
    the short name after it; the short name's words (the description names its person by it), or
    none."""
    pattern, alias_first, possessive = _cues()
    if i >= len(toks) or not lexicon().is_a(toks[i].text, "person_noun"):
        return []
    m = pattern.match(body, toks[i].end + 1) if body[toks[i].end : toks[i].end + 1] == " " else None
    if m is None or " ".join(m.group().casefold().split()) in alias_first | possessive:
        return []
    run = _run_after(body, m.end() + 1) if body[m.end() : m.end() + 1] == " " else []
    return run if _short_name(run[:_MAX_ALIAS_WORDS]) is not None else []


def _without_titles(run: list[Token]) -> list[Token]:
    lex = lexicon()
    k = 0
    while k < len(run) - 1 and (lex.is_a(run[k].text, "role") or lex.is_a(run[k].text, "rank")):
        k += 1
    return run[k:]


def defined_aliases(body: str) -> tuple[list[tuple[tuple[str, ...], list[Token]]], set[tuple[str, ...]]]:
    """(short name folded, the full name's words as written, titles not yet stripped), and the
    short names defined as someone's without naming them (``Ulan, sapaan akrabnya``)."""
    pattern, alias_first, possessive = _cues()
    out: list[tuple[tuple[str, ...], list[Token]]] = []
    owned: set[tuple[str, ...]] = set()
    for m in pattern.finditer(body):
        cue = " ".join(m.group().casefold().split())
        before, after = _run_before(body, m.start()), _run_after(body, m.end())
        if cue in possessive:
            short = _short_name(_without_titles(before)[-_MAX_ALIAS_WORDS:]) if before else None
            if short is not None:
                owned.add(short)
            continue
        if len(before) <= 1 and cue not in alias_first and _described_before(body, m.start()):
            # "wanita yang akrab disapa Ulan itu": the person the sentence before named, not named here
            short = _short_name(after[:_MAX_ALIAS_WORDS]) if after else None
            if short is not None:
                owned.add(short)
            continue
        short_run, full_run = (before, after) if cue in alias_first else (after, before)
        if cue in alias_first:
            short_run = _without_titles(short_run)
        short = _short_name(short_run[:_MAX_ALIAS_WORDS])
        if short is not None and 1 <= len(full_run) <= _MAX_FULL_WORDS:
            out.append((short, full_run))  # one word: a first name, see person_aliases
    for m in _BRACKETED.finditer(body):
        word = m.group(1)
        full_run = _run_before(body, m.start())
        short = None if word.isupper() else _short_name([Token(m.start(1), m.end(1), word)])
        if short is not None and 2 <= len(full_run) <= _MAX_FULL_WORDS:
            out.append((short, full_run))
    return out, owned


def _first_named(word: str, people: list[tuple[str, Folded, int]], short: tuple[str, ...]) -> str | None:
    """The one person whose full name (two words or more) opens with ``word``, unless the short
    name is a word of theirs already."""
    folded = word.casefold()
    owners = {
        name
        for name, forms, _count in people
        if any(len(f) >= 2 and f[0] == folded and not set(short) & set(f) for f in forms)
    }
    return owners.pop() if len(owners) == 1 else None


def person_aliases(
    body: str, people: list[tuple[str, Folded, int]]
) -> tuple[dict[tuple[str, ...], str], set[tuple[str, ...]]]:
    """The body's short names, folded, to the full name they define (``Fulan Hidayat, akrab disapa
    Ulan``) or a slip to the name it misspells (:mod:`.misspelt`; ``people`` as name, folded forms,
    mentions); and the short names defined as someone's without saying whose."""
    aliases: dict[tuple[str, ...], str] = {}
    defined, owned = defined_aliases(body)
    for short, full_run in defined:
        kind, toks = split_run(full_run)
        words = [t.text for t in toks]
        if kind == "person" and len(words) >= 2 and tuple(w.casefold() for w in words) != short:
            aliases.setdefault(short, " ".join(words))
        elif len(full_run) == 1 and (named := _first_named(full_run[0].text, people, short)):
            aliases.setdefault(short, named)  # "Ranti atau akrab disapa Ran": Ranti Kusuma's
    for short, owner in _owner_defined(body):
        words = [t.text for t in owner]  # "Ulan, Fulan's nickname": one word names the owner enough
        if tuple(w.casefold() for w in words) != short:
            aliases.setdefault(short, " ".join(words))
    for slip, meant in (misspelt_names(people) | respelt_given_names(people)).items():
        aliases.setdefault(slip, meant)
    cut = cut_off_name(body, people)
    if cut is not None:
        aliases.setdefault(*cut)
    return aliases, owned


_MIN_CUT_LETTERS = 3


def cut_off_name(body: str, people: list[tuple[str, Folded, int]]) -> tuple[tuple[str, ...], str] | None:
    """A scrape cut off in the middle of a name (``…," said Mr Sad`` for *Sadira*): the body's last
    word, capitalised, with nothing after it, that starts the name word of exactly one person the
    body names in full; the word, folded, and that person."""
    text = body.rstrip()
    last = tokens(text, max(0, len(text) - _NAME_WINDOW), len(text))[-1:]
    if not last or last[0].end != len(text) or not last[0].capitalised:
        return None
    if len(last[0].text) < _MIN_CUT_LETTERS:
        return None
    word = last[0].text.casefold()
    if any(word in form for _name, forms, _count in people for form in forms):
        return None  # a whole name word of someone's
    owners = {name for name, forms, _count in people if any(w.startswith(word) for f in forms for w in f)}
    return ((word,), owners.pop()) if len(owners) == 1 else None

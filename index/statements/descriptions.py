"""How an article introduces a person, so that a later description can point back to them.

``Menteri Keuangan Fulan`` gives Fulan the role words *menteri keuangan*; ``Fulan, mantan
gubernur,`` gives *mantan gubernur*; ``Fulan (52)`` and ``the 52-year-old Fulan`` give an age.
``mantan gubernur itu``, ``ujar Menteri``, ``pria berusia 52 tahun tersebut`` then find them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..language import folded_set
from ..people.roles import role_words
from .lexicon import lexicon
from .origins import description_origins, origin_at
from .party_members import member_of_party
from .text import tokens

_MAX_INTROS_BACK = 200  # a description points back a few paragraphs, not across a whole book
JOINERS = frozenset({"dan", "serta", "and", "of", "&", "untuk", "for"})
_ARTICLES = frozenset({"the"})


def joined_before(body: str, pos: int) -> bool:
    """Whether a joining word stands right before ``pos`` (maybe with ``the`` between):
    ``Pendidikan dan Kebudayaan Fulan``, ``Minister for the Economy Fulan`` continue an office's
    name, so their capitalised words are no first names."""
    before = tokens(body, max(0, pos - 16), pos)[-2:]
    if before and before[-1].text.casefold() in _ARTICLES and not body[before[-1].end : pos].strip():
        pos, before = before[-1].start, before[:-1]
    return bool(before) and not body[before[-1].end : pos].strip() and before[-1].text in JOINERS


@dataclass(frozen=True, slots=True)
class Intro:
    """A person as the body introduces them: where, their canonical name, the words of their role."""

    pos: int
    name: str
    role_words: frozenset[str]
    age: str | None
    origin: str | None = None  # "American Fulan", "Indonesia's Fulan": where they come from, folded


_INTRO_WINDOW = 120
GENERIC_DESCRIPTION = frozenset(
    {"mantan", "former", "eks", "ex", "itu", "ini", "tersebut", "the", "this", "that"}
)
_SENTENCE_STOPS = frozenset('.!?;:"“”')
_AGE = re.compile(
    r"\s*(?:\((\d{1,3})\)|,\s*(\d{1,3})(?:\s+tahun)?\s*,|,?\s+(?:berusia|aged|usia)\s+(\d{1,3}))"
)


def spelt_out(words: list[str] | tuple[str, ...]) -> set[str]:
    """The words (in text order) with every short or English form of a role added in full
    (``menkeu`` also gives *menteri keuangan*), so ``ujar Menkeu`` finds ``Menteri Keuangan
    Fulan`` and ``the finance minister`` finds ``Menkeu Fulan``."""
    found = set(words)
    if found:
        found.update(role_words(tuple(words)))
    return found


def role_words_before(body: str, pos: int) -> set[str]:
    """The folded words of the office written right before a name, in the same sentence."""
    lex = lexicon()
    toks = tokens(body, max(0, pos - _INTRO_WINDOW), pos)
    ranks = folded_set("people/words.txt", "ranks")
    run: list[str] = []
    edge = pos
    commas = 0
    for tok in reversed(toks):
        gap = body[tok.end : edge]
        if gap.startswith(".") and lex.is_a(tok.text, "abbreviation"):
            gap = gap[1:]  # "Kapolda Sukamaju, Irjen Pol Drs. Fulan": a title's dot ends no sentence
        if any(c in _SENTENCE_STOPS for c in gap):
            break
        if gap.lstrip(" \u00a0").startswith(")"):
            # "Kapolres Sukamaju (Skj), Jawa Tengah (Jateng), AKBP Fulan": one office
            gap = gap.replace(",", " ")
        if "," in gap and tok.capitalised and any(w in JOINERS for w in run):
            # "Menteri Pendidikan, Kebudayaan, Riset dan Teknologi Fulan": the commas list the
            # office's fields up to its "dan"/"and", all one office
            gap = gap.replace(",", " ")
        commas += gap.count(",")
        if commas > 1 or (
            "," in gap and any(w not in ranks and not lex.is_a(w, "abbreviation") for w in run)
        ):
            # one comma between an office and the name at most: "Dirut Pertamina, Fulan"; a rank
            # or a title after it belongs to the name ("Kapolres Sukamaju, AKBP Drs. Fulan")
            break
        if not (tok.capitalised or lex.is_a(tok.text, "role") or tok.text.casefold() in JOINERS):
            break
        run.append(tok.text.casefold())
        edge = tok.start
    found = spelt_out(run[::-1])
    return found if any(lex.is_a(w, "role") for w in found) else set()


def role_words_after(body: str, end: int) -> set[str]:
    """The folded words of an apposition right after a name: ``Fulan, mantan gubernur Jawa,``."""
    lex = lexicon()
    if not body[end : end + 2].startswith(","):
        return set()
    stop = end + 1
    while stop < min(len(body), end + _INTRO_WINDOW) and body[stop] not in ",.;:!?\n":
        stop += 1
    words = [t.text.casefold() for t in tokens(body, end + 1, stop)]
    if any(lex.is_verb(w) or w in lex.opinion for w in words):
        return set()  # "arahan Presiden Fulan, Menlu menegaskan …": a new clause's subject, not Fulan's role
    lead = words[1:3] if words and lex.is_a(words[0], "indefinite") else words[:2]
    describes = any(lex.is_a(w, "role") or lex.is_a(w, "person_noun") for w in spelt_out(lead))
    return spelt_out(words) if describes else set()


_AGE_WORD = re.compile(r"(\d{1,3})(?:-(?:year-old|years-old|tahun))?")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}\Z")


def age_of(word: str) -> str | None:
    """The age a description word gives: ``52``, ``52-year-old``."""
    m = _AGE_WORD.fullmatch(word)
    return m.group(1) if m else None


def age_before(body: str, start: int) -> str | None:
    """``the 52-year-old Fulan``, ``a 52-year-old farmer, Fulan``: the age written before a name."""
    m = _AGE_BEFORE.search(body, max(0, start - 40), start)
    return m.group(1) if m else None


def age_after(body: str, end: int) -> str | None:
    m = _AGE.match(body, end, min(len(body), end + 60))
    return next((g for g in m.groups() if g), None) if m else None


def introduced(body: str, start: int, end: int) -> tuple[set[str], str | None, str | None]:
    """How the body introduces the name at ``body[start:end]``: the words of its role (before or
    after it), an age, and where the person comes from (``American Fulan``, for ``the Texas native``)."""
    words = role_words_before(body, start) | role_words_after(body, end)
    return words, age_after(body, end) or age_before(body, start), origin_at(body, start, end)


@dataclass(frozen=True, slots=True)
class Description:
    """What a description says of its person: its content words, the role words among them, ages."""

    content: frozenset[str]
    roles: frozenset[str]
    ages: frozenset[str]
    origins: frozenset[str] = frozenset()  # "the Texas native": Texas and its country's words


def description_of(words: tuple[str, ...]) -> Description | None:
    """The description in ``words`` (``mantan gubernur itu``, ``pria berusia 52 tahun``); None
    when they hold no role word and no age, so nobody can be pointed back to."""
    lex = lexicon()
    spelt = spelt_out(words)
    content = {w for w in spelt if w not in GENERIC_DESCRIPTION and not lex.is_a(w, "function")}
    roles = {w for w in content if lex.is_a(w, "role")}
    ages = {age for w in words if (age := age_of(w))}
    origins = description_origins(words)
    if not roles and not ages and not origins:
        return None
    return Description(frozenset(content), frozenset(roles), frozenset(ages), origins)


def pointed_back(
    wanted: Description, intros: list[Intro], intro_starts: list[int], pos: int, recent: list[str]
) -> str | None:
    """The person a description at ``pos`` points back to: the one introduced earlier with the
    same role word (or age, or origin: ``the Texas native`` is whom the article wrote as
    ``American``, from Texas or the United States); among equals, whoever the text put forward last
    (latest in ``recent``). None when nobody fits."""
    content, roles, ages, origins = wanted.content, wanted.roles, wanted.ages, wanted.origins
    best: tuple[int, int, int] | None = None
    chosen: str | None = None
    upto = bisect.bisect_left(intro_starts, pos)
    for intro in intros[max(0, upto - _MAX_INTROS_BACK) : upto]:  # a bounded look-back
        if ages and intro.age not in ages:
            continue
        if origins and intro.origin is not None and intro.origin not in origins:
            continue  # "the Texas native" is nobody the article wrote as from elsewhere
        shared = intro.role_words & content
        from_there = intro.origin is not None and intro.origin in origins
        member = member_of_party(content, roles, intro.role_words)  # "politikus PKB"
        if not ages and not shared & roles and not from_there and not member:
            continue
        latest = recent.index(intro.name) if intro.name in recent else -1
        score = (len(shared) + (2 if ages else 0) + (2 if from_there else 0), latest, intro.pos)
        if best is None or score > best:
            best, chosen = score, intro.name
    return chosen


def pointed_to(
    wanted: Description, intros: list[Intro], intro_starts: list[int], pos: int, recent: list[str]
) -> str | None:
    """The person a description at ``pos`` means: the one it points back to (see
    :func:`pointed_back`); when the text has put nobody forward yet (``recent`` is empty), the
    one person the body introduces later with the same role word (``"…," kata sang bupati`` in
    the lead, ``Bupati Sukamaju Fulan Hidayat`` below it); once it has, that later holder only
    when they are among those put forward already. Two or more later holders of the role, or an
    age alone: unsure, None."""
    back = pointed_back(wanted, intros, intro_starts, pos, recent)
    if back is not None or wanted.ages or not wanted.roles:
        return back
    if any(lexicon().is_a(w, "orghead") for w in wanted.content):
        return None  # "the Ministry of Foreign Affairs said": a body, not its minister named later
    later = intros[bisect.bisect_right(intro_starts, pos) :]
    named = {intro.name for intro in later if intro.role_words & wanted.roles}
    if len(named) != 1:
        return None
    holder = named.pop()
    # once someone was put forward, the later holder must be one of them: "Prabowo" above (no
    # role yet), "tutur Presiden", then "Presiden Prabowo Subianto" below is the same person
    return holder if not recent or holder in recent else None

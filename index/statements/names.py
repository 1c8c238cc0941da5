"""Who a noun phrase names: a person, an organisation, a pronoun or an anaphor.

Canonical names come from the entity recogniser when it knows the person; otherwise a bare
surname resolves to the longest capitalised full name in the same body that ends (or, for
East Asian names, starts) with it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..entities import is_person_candidate
from ..language import folded_set
from ..models import Entity, EntityType
from .aliases import defined_aliases
from .descriptions import (
    GENERIC_DESCRIPTION,
    JOINERS,
    Intro,
    age_after,
    age_before,
    age_of,
    role_words_after,
    role_words_before,
    spelt_out,
)
from .glued import split_glued
from .layout import Headlines
from .lexicon import lexicon
from .people import clean_person, front_to_strip, known_place_or_body, plausible_person
from .text import Token, paragraphs, tokens

_RUN_GAP = frozenset(" ()\u00a0")
_CAPS = r"[A-Z][\w.&-]*(?:[ \u00a0]+[A-Z][\w.&-]*)*"
_JOIN = r"[ \u00a0]+(?:and|of|for|dan|&)[ \u00a0]+"
_JOIN_WINDOW = 200
_LONGEST_MENTION = 200
_JOINED_BEFORE = re.compile(rf"{_CAPS}{_JOIN}\Z")  # ends where the name starts (search's endpos)
_JOINED_AFTER = re.compile(rf"{_JOIN}{_CAPS}")
_ROLE_GAP = frozenset(" ()\u00a0,'’")
_TITLE_CLASSES = ("role", "rank", "unit", "place", "function", "indefinite", "pronoun")
_NOT_NAME_CLASSES = ("unit", "orghead", "place_head")
_TITLE_ONLY_CLASSES = ("role", "rank", "abbreviation", "function", "pronoun", "unit")
_OPENER_CLASSES = ("function", "time_mod", "adverb", "conjunction", "complementiser", "pronoun", "summing")
_OFFICE_CLASSES = ("role", "rank", "unit", "place", "connector")
_MAX_OFFICE_WORDS = 5
_SEAT_WINDOW = 80
_MAX_SEAT_WORDS = 3
_RANK_GAP = frozenset(" ,.\u00a0")
ROLE_GLUE = frozenset({"di", "untuk", "dari", "of", "for", "at", "in"})


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """An unresolved speaker: ``kind`` is person, org, pronoun, anaphor, office, inherit or none.

    An ``anaphor`` describes someone the text introduced (``mantan gubernur itu``, ``the minister``);
    an ``office`` is a bare title (``kata Kapolda``) that names a person only if the article gave
    that title to someone.
    """

    kind: str
    name: str | None = None
    role: str | None = None
    words: tuple[str, ...] = ()


NONE = SpeakerRef("none")
INHERIT = SpeakerRef("inherit")


def joined_gap(body: str, prev: Token, start: int) -> bool:
    """Whether only spaces or brackets separate ``prev`` from the word at ``start``; the dot of a
    title or rank abbreviation counts as a space (``Kombes Pol. Fulan``, ``Prof. Dr. Fulan``)."""
    gap = body[prev.end : start]
    lex = lexicon()
    if gap.startswith(".") and (lex.is_a(prev.text, "abbreviation") or lex.is_a(prev.text, "rank")):
        gap = gap[1:]
    return all(c in _RUN_GAP for c in gap)


def name_runs(body: str, start: int, end: int) -> list[list[Token]]:
    """Maximal runs of capitalised words, broken by punctuation other than brackets."""
    lex = lexicon()
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens(body, start, end):
        word_ok = tok.capitalised or (current and lex.is_a(tok.text, "connector"))
        joined = bool(current) and joined_gap(body, current[-1], tok.start)
        if word_ok and (joined or not current):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if tok.capitalised else []
    if current:
        runs.append(current)
    return runs


def _opener(word: str) -> bool:
    lex = lexicon()
    return lex.is_a(word, "anaphor_pre") or lex.is_a(word, "function")


def _is_title_like(w: str) -> bool:
    lex = lexicon()
    acronym = len(w) >= 2 and w.replace("-", "").isupper()
    return acronym or any(lex.is_a(w, c) for c in _TITLE_CLASSES)


def split_run(run: list[Token]) -> tuple[str, list[Token]]:
    """('person', name tokens) | ('org', run) | ('none', [])."""
    kind, first, last = _split_words(tuple(t.text for t in run))
    return kind, run[first:last]


@lru_cache(maxsize=1 << 15)
def _split_words(words: tuple[str, ...]) -> tuple[str, int, int]:
    """:func:`split_run` on the words alone (it reads nothing else), as the slice it keeps; the
    same runs of names recur through a body and across an archive, so the answer is kept."""
    lex = lexicon()
    # the name is what follows the last title, place or acronym: "Menteri Luar Negeri AS Antony Blinken"
    i = len(words)
    if i >= 2 and _is_title_like(words[-1]) and not _is_title_like(words[-2]):
        i -= 1  # a surname that is also a title word: "Yusuf Hakim"
    while i > 0 and not _is_title_like(words[i - 1]):
        i -= 1
    first, last = i, len(words)
    while first < last and lex.is_a(words[first], "connector"):
        first += 1
    while first < last and lex.is_a(words[last - 1], "connector"):
        last -= 1
    # a town or a known body glued between the office and the name:
    # "Kepala Dishub Surabaya Yusuf Hadi Kurniawan", "Epidemiolog Universitas Hasanuddin Andi Rahmat"
    first += front_to_strip(list(words[first:last]), after_title=i > 0)
    rest = list(words[first:last]) if first < last else []
    if rest and lex.is_a(rest[0], "orghead"):
        return "org", first, last
    if rest and not plausible_person(rest):
        return "org", 0, len(words)
    if lex.is_a(words[0], "orghead"):
        # an office glued to a name after a lowercase role: "(juru bicara) Kementerian Perdagangan Larasati"
        return ("person", first, last) if i > 0 and 2 <= len(rest) <= 4 else ("org", 0, len(words))
    if rest and len(rest) <= 4:
        return "person", first, last
    if not rest and any(not _is_title_like(w) or _is_acronym_or_place(w) for w in words):
        return "org", 0, len(words)
    return "none", 0, 0


def _is_acronym_or_place(w: str) -> bool:
    return (len(w) >= 2 and w.replace("-", "").isupper()) or lexicon().is_a(w, "place")


def not_a_name(words: list[str]) -> bool:
    """Words that cannot be a person's name: ending in a weekday or month (``Fulan Selasa``,
    ``Dipastikan Januari``), holding a unit, office or place head (``Humas``, ``Divisi``,
    ``Depo``), titles only (``Kadiv``, ``Irjen Pol``), an acronym or a known place or organisation."""
    lex = lexicon()
    if not words:
        return True
    if lex.is_a(words[-1], "time"):
        return True
    if any(lex.is_a(w, c) for w in words for c in _NOT_NAME_CLASSES):
        return True
    if all(any(lex.is_a(w, c) for c in _TITLE_ONLY_CLASSES) for w in words):
        return True
    return not plausible_person(words)


_MAX_INTROS_BACK = 200  # a description points back a few paragraphs, not across a whole book




def _contiguous(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return 0 < n <= len(whole) and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _office_word(word: str, places: frozenset[str] = frozenset()) -> bool:
    lex = lexicon()
    return (
        any(lex.is_a(word, c) for c in _OFFICE_CLASSES)
        or word.isupper()
        or known_place_or_body(word)
        or word.casefold() in places
    )


def _office(toks: list[Token], places: frozenset[str] = frozenset()) -> bool:
    """A bare title with no name: ``Kapolda``, ``Menteri Keuangan``, ``Kadiv Humas Polri``;
    ``places`` are further words of offices the article wrote (``Kapolres Sukamaju``)."""
    lex = lexicon()
    return (
        len(toks) <= _MAX_OFFICE_WORDS
        and lex.is_a(toks[0].text, "role")
        and all(_office_word(t.text, places) for t in toks)
    )





@dataclass(frozen=True, slots=True)
class _Person:
    """A recognised person as the statement parser sees it: name words cleaned of glued titles."""

    name: str
    forms: tuple[tuple[str, ...], ...]
    mentions: tuple[tuple[int, int], ...]


class NameBook:
    """Everything known about names in one body, for canonicalising speakers."""

    def __init__(self, body: str, entities: list[Entity], lang: str = "id") -> None:
        self.body = body
        self.lang = lang
        self.headlines = Headlines(body, paragraphs(body))
        self._national: dict[str, bool] = {}
        # without any recogniser output (bare grammar tests) names are judged by their words only
        self.checked = bool(entities)
        entities = split_glued(body, entities, lang)
        self.persons: list[_Person] = []
        for ent in entities:
            if ent.type is not EntityType.PERSON:
                continue
            words = clean_person(ent.name)
            if words is None or not_a_name(words) or self._national_body(words):
                continue
            forms = [tuple(words)] + [tuple(a.split()) for a in ent.aliases if plausible_person(a.split())]
            spans = tuple((m.start, m.end) for m in ent.mentions)
            if spans and all(self.headlines.covers(ms) for ms, _me in spans):
                continue  # read only in a title or caption, where names run into the words after them
            name = " ".join(words)
            in_titles = any(name in body[ms:me] and self.headlines.covers(ms) for ms, me in spans)
            in_prose = any(name in body[ms:me] and not self.headlines.covers(ms) for ms, me in spans)
            if in_titles and not in_prose:
                words = self._written_in_prose(words)
                forms[0] = tuple(words)
            self.persons.append(_Person(" ".join(words), tuple(forms), spans))
        self.orgs = [e for e in entities if e.type is not EntityType.PERSON]
        # every mention sorted by start, so a phrase finds its mentions by bisection, not a scan
        self._person_at = sorted((ms, me, n) for n, p in enumerate(self.persons) for ms, me in p.mentions)
        self._person_starts = [m[0] for m in self._person_at]
        self._org_at = sorted((m.start, m.end, e.name) for e in self.orgs for m in e.mentions)
        self._org_starts = [m[0] for m in self._org_at]
        self._full: list[tuple[str, ...]] | None = None
        self._resolved: dict[str, str] = {}
        self._by_surname: dict[str, list[str]] | None = None
        self._written_at: dict[str, list[int]] = {}
        self._canonical: dict[tuple[str, ...], str] = {}
        self._aliases: dict[tuple[str, ...], str] | None = None
        self._owned: set[tuple[str, ...]] = set()  # short names defined as "the running speaker's"
        self._bare: set[tuple[str, ...]] = set()  # full names written with no title before them
        self._edges: dict[tuple[str, bool], list[tuple[str, ...]]] | None = None
        self._is_person: dict[str, bool] = {}
        self._intros: list[Intro] | None = None
        self._intro_starts: list[int] = []
        self._heads: dict[str, list[tuple[int, int]]] = {}
        self._seats: frozenset[tuple[str, ...]] | None = None

    def _national_body(self, words: list[str]) -> bool:
        """``Ombudsman`` when the body also writes ``Ombudsman RI``: one word followed by the
        country's abbreviation names an institution of the republic, never a person."""
        if len(words) != 1 or "RI" not in self.body:
            return False
        known = self._national.get(words[0])
        if known is None:
            pattern = rf"\b{re.escape(words[0])}\s+RI\b"
            known = self._national[words[0]] = re.search(pattern, self.body) is not None
        return known

    def _full_names(self) -> list[tuple[str, ...]]:
        if self._full is None:
            seen: set[tuple[str, ...]] = set()
            for whole in name_runs(self.body, 0, len(self.body)):
                run = self._without_opener(whole)
                if not run or self.headlines.covers(run[0].start):
                    continue
                kind, toks = split_run(run)
                if kind == "person":
                    seen.add(tuple(t.text for t in toks))
                    if toks[0] is run[0] and not self._joined_on(run[0].start) and not self._opens(run[0]):
                        self._bare.add(tuple(t.text for t in toks))
            self._full = sorted(seen, key=len, reverse=True)
        return self._full

    def canonical(self, written: list[str]) -> str:
        """The fullest name for ``written``: an entity first, then the body's own full names.

        A recognised person whose name is only the short form written (``Yusuf``) gives way to
        the one full name in the body that it starts or ends (``Yusuf Hadi Kurniawan``).
        """
        key = tuple(written)
        known = self._canonical.get(key)
        if known is None:
            known = self._canonical[key] = self._fullest(written)
        return known

    def _written_in_prose(self, words: list[str]) -> list[str]:
        """A name as long as the prose writes it: ``Fulan Hidayat Tunjukkan Data`` read from a
        caption is ``Fulan Hidayat`` when only that much of it appears outside titles, and a
        subheading ``Pesan Fulan Hidayat`` ("Fulan Hidayat's message") is ``Fulan Hidayat``.
        The longest run of its words the prose writes wins, the leftmost among equals."""
        for n in range(len(words), 0, -1):
            for first in range(len(words) - n + 1):
                part = words[first : first + n]
                pattern = rf"(?<!\w){re.escape(' '.join(part))}(?!\w)"
                if any(not self.headlines.covers(m.start()) for m in re.finditer(pattern, self.body)):
                    return part
        return words

    def _joined_on(self, pos: int) -> bool:
        """Whether a joining word stands right before ``pos``: ``Pendidikan dan Kebudayaan Fulan``
        continues an office's name, so its capitalised words are no first names."""
        before = tokens(self.body, max(0, pos - 12), pos)[-1:]
        return bool(before) and not self.body[before[0].end : pos].strip() and before[0].text in JOINERS

    def _names_by_edge(self, word: str, last: bool) -> list[tuple[str, ...]]:
        """The body's full names whose last (or first) word is ``word`` (folded), indexed once."""
        if self._edges is None:
            self._edges = {}
            for full in self._full_names():
                self._edges.setdefault((full[-1].casefold(), True), []).append(full)
                self._edges.setdefault((full[0].casefold(), False), []).append(full)
        return self._edges.get((word, last), [])

    def _without_opener(self, run: list[Token]) -> list[Token]:
        """A run without the ordinary word that opens its sentence: ``Lalu Fulan`` is "then Fulan",
        but ``, Lalu Fulan Hidayat`` inside a sentence is a name."""
        lex = lexicon()
        if self._opens(run[0]) and any(lex.is_a(run[0].text, c) for c in _OPENER_CLASSES):
            return run[1:]
        return run

    def _opens(self, tok: Token) -> bool:
        """Whether ``tok`` opens a sentence, where any word is capitalised."""
        before = self.body[max(0, tok.start - 8) : tok.start].rstrip(" \t\u00a0")[-1:]
        return not before or before in ".!?:;\n\"“”'’-–—"

    def aliases(self) -> dict[tuple[str, ...], str]:
        """Short names the body defines (``Fulan Hidayat, akrab disapa Ulan``), folded, to the full name."""
        if self._aliases is None:
            self._aliases = {}
            defined, self._owned = defined_aliases(self.body)
            for short, full_run in defined:
                kind, toks = split_run(full_run)
                words = [t.text for t in toks]
                if kind == "person" and len(words) >= 2 and tuple(w.casefold() for w in words) != short:
                    self._aliases.setdefault(short, " ".join(words))
        return self._aliases

    def owned_nickname(self, name: str) -> bool:
        """Whether the body defines ``name`` as someone's short name without saying whose."""
        key = tuple(w.casefold() for w in name.split())
        self.aliases()
        return key in self._owned and key not in self.aliases()

    def define_alias(self, short: str, full: str) -> None:
        """From now on ``short`` names ``full`` (the reader of the text worked out whose it is)."""
        self.aliases()[tuple(w.casefold() for w in short.split())] = full
        self._canonical.clear()
        self._resolved.clear()
        self._is_person.clear()

    def _fullest(self, written: list[str]) -> str:
        want = tuple(w.casefold() for w in written)
        full = self.aliases().get(want)
        if full is not None:
            return self.canonical(full.split())
        return self._extended(self._fuller(written))

    def _extended(self, name: str) -> str:
        """``Muhammad Zohri`` as ``Lalu Muhammad Zohri`` when the body writes the one longer form
        (inside a sentence, outside titles) and its extra words are no title, place or office."""
        lex = lexicon()
        words = tuple(w.casefold() for w in name.split())
        n = len(words)
        longer = {
            full
            for full in self._full_names()
            if full in self._bare
            and n < len(full) <= n + 2
            and words in (tuple(w.casefold() for w in full[-n:]), tuple(w.casefold() for w in full[:n]))
        }
        if len(longer) != 1:
            return name
        [full] = longer
        extra = full[: len(full) - n] if tuple(w.casefold() for w in full[-n:]) == words else full[n:]
        if any(lex.is_a(w, c) for w in extra for c in (*_TITLE_CLASSES, *_NOT_NAME_CLASSES, "time")):
            return name
        return " ".join(full)

    def _fuller(self, written: list[str]) -> str:
        want = tuple(w.casefold() for w in written)
        n = len(want)
        exact: str | None = None
        best: tuple[str, ...] | None = None
        self.aliases()
        for person in self.persons:
            for toks in person.forms:
                low = tuple(t.casefold() for t in toks)
                if toks is not person.forms[0] and low in self._owned:
                    continue  # "Ulan, sapaan akrabnya": the text, not the recogniser, says whose
                if low == want:
                    exact = exact or person.name
                elif (low[-n:] == want or low[:n] == want) and (best is None or len(toks) > len(best)):
                    best = tuple(person.name.split())
        if exact is not None and len(exact.split()) > n:
            return exact
        if best is not None and len(best) > n:
            return " ".join(best)
        for tail in (True, False):
            longer = {
                full
                for full in self._names_by_edge(want[-1] if tail else want[0], tail)
                if len(full) > n and tuple(t.casefold() for t in (full[-n:] if tail else full[:n])) == want
            }
            if longer:
                if exact is not None and (n > 1 or len(longer) > 1):
                    return exact
                fullest = sorted(longer, key=lambda full: (-len(full), full))[0]
                return " ".join(fullest)
        return exact or (" ".join(best) if best else " ".join(written))

    def is_person(self, name: str | None) -> bool:
        """Whether ``name`` is one of the article's recognised persons (or a name the body defines
        for one), and no word of it is a date, an office, a unit or a place: only persons speak."""
        if not name:
            return False
        known = self._is_person.get(name)
        if known is None:
            known = self._is_person[name] = self._check_person(name)
        return known

    def seats(self) -> frozenset[tuple[str, ...]]:
        """Where the offices of the article's persons sit, as folded words: ``Sukamaju`` of
        ``Kapolres Sukamaju, AKBP Fulan Hidayat`` (role word, place, a comma or not, ranks, name).
        Such a place is nobody's name, though it follows a title as a name would
        (``Kapolres Sukamaju mengatakan`` is the office, so Fulan speaks)."""
        if self._seats is None:
            self._seats = frozenset(
                seat for ms, _me, _n in self._person_at if (seat := self._seat_before(ms)) is not None
            )
        return self._seats

    def _seat_before(self, pos: int) -> tuple[str, ...] | None:
        lex = lexicon()
        ranks = folded_set("people/words.txt", "ranks")
        toks = tokens(self.body, max(0, pos - _SEAT_WINDOW), pos)
        k, edge, commas = len(toks), pos, 0
        while k and toks[k - 1].text.casefold() in ranks:
            if not all(c in _RANK_GAP for c in self.body[toks[k - 1].end : edge]):
                return None
            k, edge = k - 1, toks[k - 1].start
        seat: list[Token] = []
        while k and len(seat) <= _MAX_SEAT_WORDS:
            tok, gap = toks[k - 1], self.body[toks[k - 1].end : edge]
            commas += gap.count(",")
            if commas > 1 or (seat and "," in gap) or not all(c in _RANK_GAP for c in gap):
                return None  # one comma, between the place and the name only
            if lex.is_a(tok.text, "role"):
                break
            if not tok.capitalised:
                return None
            seat.insert(0, tok)
            k, edge = k - 1, tok.start
        if not seat or not k or len(seat) > _MAX_SEAT_WORDS or not lex.is_a(toks[k - 1].text, "role"):
            return None
        return tuple(t.text.casefold() for t in seat)

    def _only_in_offices(self, name: str) -> bool:
        """Whether every time the body writes ``name`` a role word stands right before it
        (``Kapolres Sukamaju``): a seat written alone elsewhere (``Jubir Fulan, X`` and then
        ``Fulan mengatakan``) is someone after all."""
        lex = lexicon()
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", self.body):
            before = tokens(self.body, max(0, m.start() - _SEAT_WINDOW), m.start())[-1:]
            gap = self.body[before[0].end : m.start()] if before else "."
            if not before or gap.strip(" \u00a0") or not lex.is_a(before[0].text, "role"):
                return False
        return True

    def _check_person(self, name: str) -> bool:
        words = name.split()
        if not_a_name(words):
            return False
        if tuple(w.casefold() for w in words) in self.seats() and self._only_in_offices(name):
            return False
        if not self.checked:
            return True
        low = tuple(w.casefold() for w in words)
        for person in self.persons:
            forms = [tuple(self.person_name(person).casefold().split())]
            forms += [tuple(w.casefold() for w in form) for form in person.forms]
            if any(_contiguous(form, low) or _contiguous(low, form) for form in forms):
                return True
        return " ".join(words) in self.aliases().values()

    def _unlisted_person(self, name: list[Token], ask: bool = True) -> bool:
        """A capitalised name the entity list may not hold: a person when the canonical name is one
        of the article's persons, or when the recogniser's own check, asked about these words in
        their context, says they name a person (``kata Sukardi`` that the list missed).
        ``ask=False`` skips that check (it tags the whole body) where only listed persons count."""
        canonical = self.canonical([t.text for t in name])
        if self.is_person(canonical):
            return True
        words = [t.text for t in name]
        if not ask or not self.checked or not_a_name(words) or self._national_body(words):
            return False
        if tuple(w.casefold() for w in words) in self.seats() and self._only_in_offices(" ".join(words)):
            return False
        if not is_person_candidate(self.body, name[0].start, name[-1].end, self.lang):
            return False
        if canonical != " ".join(words):
            # the fuller form read elsewhere must pass too: "Warga Sukamaju" is no one's full name
            at = self.body.find(canonical)
            if at < 0 or not is_person_candidate(self.body, at, at + len(canonical), self.lang):
                return False
        self._is_person[canonical] = True  # vouched for here, so a later pronoun may point at them
        return True

    def intros(self) -> list[Intro]:
        """Every person as the prose introduces them, with the words of their role or description
        (``Menteri Keuangan Fulan``, ``Direktur Utama Pertamina, Fulan``, ``Fulan, mantan gubernur,``)."""
        if self._intros is None:
            self._intros = []
            for ms, me, n in self._person_at:
                if self.headlines.covers(ms) or not self.is_person(self.person_name(self.persons[n])):
                    continue
                words = role_words_before(self.body, ms) | role_words_after(self.body, me)
                age = age_after(self.body, me) or age_before(self.body, ms)
                if words or age:
                    self._intros.append(Intro(ms, self.person_name(self.persons[n]), frozenset(words), age))
            self._intro_starts = [intro.pos for intro in self._intros]
        return self._intros

    def describe(self, pos: int, words: tuple[str, ...], recent: list[str]) -> str | None:
        """The person a description at ``pos`` points back to (``mantan gubernur itu``, ``kata
        Kapolda``, ``pria berusia 52 tahun itu``): the one introduced earlier with the same role
        word (or age); among equals, whoever the text put forward last. None when nobody fits."""
        lex = lexicon()
        spelt = spelt_out(words)
        content = {w for w in spelt if w not in GENERIC_DESCRIPTION and not lex.is_a(w, "function")}
        roles = {w for w in content if lex.is_a(w, "role")}
        ages = {age for w in words if (age := age_of(w))}
        if not roles and not ages:
            return None
        best: tuple[int, int, int] | None = None
        chosen: str | None = None
        intros = self.intros()
        upto = bisect.bisect_left(self._intro_starts, pos)
        for intro in intros[max(0, upto - _MAX_INTROS_BACK) : upto]:  # a bounded look-back
            if ages and intro.age not in ages:
                continue
            shared = intro.role_words & content
            if not ages and not shared & roles:
                continue
            latest = recent.index(intro.name) if intro.name in recent else -1
            score = (len(shared) + (2 if ages else 0), latest, intro.pos)
            if best is None or score > best:
                best, chosen = score, intro.name
        return chosen

    def is_recognised(self, name: str) -> bool:
        """Whether the entity recogniser found ``name`` (as canonicalised here) as a person."""
        return any(self.person_name(p) == name for p in self.persons)

    def person_name(self, person: _Person) -> str:
        """The canonical name of a recognised person (its cleaned name, made as full as the body allows)."""
        name = self._resolved.get(person.name)
        if name is None:
            name = self.canonical(person.name.split())
            self._resolved[person.name] = name
        return name

    def _person_mentions(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._person_starts, start)
        hi = bisect.bisect_left(self._person_starts, end)
        found = [(ms, me, self.persons[n]) for ms, me, n in self._person_at[lo:hi] if me <= end]
        return sorted((ms, me, self.person_name(p)) for ms, me, p in found)

    def _org_mentions(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._org_starts, start)
        hi = bisect.bisect_left(self._org_starts, end)
        return [m for m in self._org_at[lo:hi] if m[1] <= end]

    def person_mention_at(self, pos: int) -> bool:
        """Whether a recognised person's mention covers ``pos`` (mentions are a few words long)."""
        lo = bisect.bisect_left(self._person_starts, pos - _LONGEST_MENTION)
        hi = bisect.bisect_right(self._person_starts, pos)
        return any(ms <= pos < me for ms, me, _n in self._person_at[lo:hi])

    def analyse(
        self, start: int, end: int, prefer_last: bool = False, listed_only: bool = False
    ) -> tuple[SpeakerRef, int, int]:
        """Reads the phrase ``body[start:end]``; returns the ref and the name's span in the body.

        ``listed_only``: a name the entity list does not hold is no person here (the caller
        would drop it anyway), so the recogniser's costlier check is not asked."""
        lex = lexicon()
        toks = tokens(self.body, start, end)
        while toks and lex.is_a(toks[-1].text, "adverb"):
            toks = toks[:-1]
        if not toks:
            return NONE, start, start
        low = [t.text.casefold() for t in toks]
        if low[-1] in lex.classes["pronoun"] and (len(toks) == 1 or low[0] in lex.classes["pronoun"]):
            return SpeakerRef("pronoun", words=(low[-1],)), toks[-1].start, toks[-1].end
        persons = [p for p in self._person_mentions(start, end) if self.is_person(p[2])]
        determined = low[-1] in lex.classes["pronoun_det"] or low[0] in lex.classes["anaphor_pre"]
        role_head = lex.is_a(low[0], "role") or lex.is_a(low[0], "person_noun")
        if determined and (not toks[0].capitalised or low[0] in lex.classes["anaphor_pre"] or role_head):
            skip = lex.classes["pronoun_det"] | lex.classes["anaphor_pre"]
            words = tuple(w for w in low if w not in skip)
            named = any(me >= toks[-1].end for _ms, me, _n in persons)  # "the minister Ana Reyes"
            describes = any(lex.is_a(w, "role") or lex.is_a(w, "person_noun") or age_of(w) for w in words)
            if describes and not named:
                return SpeakerRef("anaphor", words=words), toks[0].start, toks[-1].end
            head = next(t for t in reversed(toks) if t.text.casefold() == words[-1]) if words else None
            proper = head is not None and head.capitalised and head is not toks[0]  # "the Department of …"
            if 1 <= len(words) <= 2 and lex.is_a(words[-1], "orghead") and not named and not proper:
                # "the department said", "demikian pernyataan departemen tersebut": the body named it earlier
                # named nowhere before: an organisation all the same, just not one we can name
                org = self.org_before(toks[0].start, words[-1])
                return SpeakerRef("org", org), toks[0].start, toks[-1].end
        persons = [p for p in persons if not self._inside_org(p[0], p[1])]
        if persons:
            k = len(persons) - 1 if prefer_last else 0
            while k + 1 < len(persons) and self._glued(persons[k][1], persons[k + 1][0]):
                k += 1  # "Kepala Dishub Surabaya Yusuf Hadi": the last of glued names is the person
            ms, me, name = persons[k]
            written = self.body[ms:me].split()
            if self.owned_nickname(" ".join(written)):
                name = self.canonical(written)  # whose it is, the running text tells (see owned_nickname)
            return SpeakerRef("person", self.namesake(ms, me, name), self._role(toks, ms)), ms, me
        if not persons and _office(toks, frozenset(w for seat in self.seats() for w in seat)):
            return SpeakerRef("office", words=tuple(low)), toks[0].start, toks[-1].end
        runs = name_runs(self.body, toks[0].start, toks[-1].end)
        org_spans = [(ms, me) for ms, me, _n in self._org_mentions(start, end)]
        people = [
            (r, p)
            for r in runs
            for kind, p in [split_run(r)]
            if kind == "person"
            and not lex.is_a(p[-1].text, "orghead")  # "Football Association": a body's head noun
            and not self._inside_org(p[0].start, p[-1].end, recognised=False)
            and not any(ms <= p[0].start < me for ms, me in org_spans)
        ]
        people = [(r, p) for r, p in people if self._unlisted_person(p, ask=not listed_only)]
        if people:
            _run, name_toks = people[-1] if prefer_last else people[0]
            ns, ne = name_toks[0].start, name_toks[-1].end
            name = self.namesake(ns, ne, self.canonical([t.text for t in name_toks]))
            return SpeakerRef("person", name, self._role(toks, ns)), ns, ne
        # an organisation opens the phrase (after "the"); it is named as written, over "and"/"of"
        first = toks[1] if len(toks) > 1 and _opener(toks[0].text) else toks[0]
        for ms, me, _name in self._org_mentions(start, end):
            os_, oe = self.joined_name(ms, me, start, end)
            if os_ <= first.start + 1:
                return SpeakerRef("org", self.body[os_:oe]), os_, oe
            break
        for whole in runs:
            cut = 0
            while cut < len(whole) - 1 and _opener(whole[cut].text):
                cut += 1  # "Adapun Kementerian …", "The Department of …": not part of the name
            run = whole[cut:]
            if run[0].start != first.start:
                continue
            kind, o = split_run(run)
            os_, oe = self.joined_name(run[0].start, run[-1].end, start, end)
            headed = oe > run[-1].end and any(lex.is_a(t.text, "orghead") for t in tokens(self.body, os_, oe))
            if headed or (kind == "org" and o[0].start == first.start):
                return SpeakerRef("org", self.body[os_:oe]), os_, oe
        return NONE, start, start

    def namesake(self, start: int, end: int, name: str) -> str:
        """The person a short form at ``body[start:end]`` means when several full names share it.

        Two people with one surname (``Ayesha Rahman``, ``Farid Rahman``): ``Dr Rahman`` goes to
        the one the same title was written before; otherwise the one named in full most recently.
        """
        written = tuple(t.text.casefold() for t in tokens(self.body, start, end))
        if len(written) != 1:
            return name
        rivals = self._namesakes().get(written[0], [])
        if len(rivals) < 2:
            return name
        title = self._title_before(start)
        latest: dict[str, tuple[bool, int]] = {}
        for full in rivals:
            positions = self._occurrences(full)
            for pos in positions[: bisect.bisect_left(positions, start)]:
                titled = title is not None and self._title_before(pos) == title
                latest[full] = max(latest.get(full, (False, -1)), (titled, pos))
        if not latest:
            return name
        return max(latest, key=lambda f: latest[f])

    def _namesakes(self) -> dict[str, list[str]]:
        """Full names of two or more words, by their folded last word; computed once per body."""
        if self._by_surname is None:
            fulls = {" ".join(self.person_name(p).split()) for p in self.persons} | {
                " ".join(f) for f in self._full_names()
            }
            # "Muhammad Zohri" inside "Lalu Muhammad Zohri" is the same person written shorter
            fulls = {f for f in fulls if not any(g != f and g.endswith(" " + f) for g in fulls)}
            self._by_surname = {}
            for full in sorted(fulls):
                words = full.split()
                if len(words) > 1:
                    self._by_surname.setdefault(words[-1].casefold(), []).append(full)
        return self._by_surname

    def _occurrences(self, full: str) -> list[int]:
        """Where a full name is written in the body, in order; computed once per name."""
        if not self._written_at:
            # every rival full name found in one pass over the body, longest alternative first
            shared = [names for names in self._namesakes().values() if len(names) > 1]
            rivals = sorted({f for names in shared for f in names}, key=len)
            self._written_at = {f: [] for f in rivals}
            if rivals:
                either = "|".join(re.escape(f) for f in reversed(rivals))
                for m in re.finditer(rf"(?<!\w)(?:{either})(?!\w)", self.body):
                    self._written_at[m.group()].append(m.start())
        return self._written_at.get(full, [])

    def _title_before(self, pos: int) -> str | None:
        """The honorific or role word written right before ``pos`` (``Dr``, ``Mr``, ``Bu``)."""
        lex = lexicon()
        before = tokens(self.body, max(0, pos - 16), pos)[-1:]
        if not before or not all(c in " .\u00a0" for c in self.body[before[0].end : pos]):
            return None
        word = before[0].text.casefold()
        return word if lex.is_a(word, "role") or lex.is_a(word, "abbreviation") else None

    def joined_name(self, start: int, end: int, floor: int, limit: int) -> tuple[int, int]:
        """A name span grown over ``and``/``of`` to the capitalised words on either side:
        ``Agriculture and Food Security Ministry``, ``Department of Transportation``."""
        while True:
            # A joined name is a few words long: look back a bounded window, not to the body's start.
            m = _JOINED_BEFORE.search(self.body, max(floor, start - _JOIN_WINDOW), start)
            if m is None:
                break
            start = m.start()
        while True:
            m = _JOINED_AFTER.match(self.body, end, limit)
            if m is None:
                break
            end = m.end()
        return start, end

    def _inside_org(self, start: int, end: int, *, recognised: bool = True) -> bool:
        """A "person" mention that is only the front of an organisation's name
        (``Land Transportation Franchising`` of ``… and Regulatory Board``)."""
        lex = lexicon()
        s, grown = self.joined_name(start, end, 0, len(self.body))
        head_last = tokens(self.body, start, grown)[-1:]  # English names end in their head noun
        joined = grown > end or s < start
        return bool(head_last) and lex.is_a(head_last[0].text, "orghead") and (joined or not recognised)

    def org_before(self, pos: int, head: str) -> str | None:
        """The latest organisation named before ``pos`` whose name holds the head noun ``head``."""
        spans = self._heads.get(head)
        if spans is None:
            pattern = rf"\b{re.escape(head)}\b"
            found = re.finditer(pattern, self.body, re.IGNORECASE)
            spans = [m.span() for m in found if m.group()[0].isupper()]
            self._heads[head] = spans
        k = bisect.bisect_right(spans, (pos, pos)) - 1
        while k >= 0 and spans[k][1] > pos:
            k -= 1
        if k < 0:
            return None
        at, found_end = spans[k]
        # the name around the head word, within its line and a few words either side
        line_start = self.body.rfind("\n", max(0, at - _JOIN_WINDOW), at) + 1 or max(0, at - _JOIN_WINDOW)
        line_end = self.body.find("\n", found_end, found_end + _JOIN_WINDOW)
        line_end = min(len(self.body), found_end + _JOIN_WINDOW) if line_end < 0 else line_end
        run = next(
            (r for r in name_runs(self.body, line_start, line_end) if r[0].start <= at < r[-1].end), None
        )
        if run is None:
            return None
        lex = lexicon()
        while len(run) > 1 and (lex.is_a(run[0].text, "anaphor_pre") or lex.is_a(run[0].text, "function")):
            run = run[1:]
        s, e = self.joined_name(run[0].start, run[-1].end, line_start, line_end)
        return self.body[s:e]

    def common_opener(self, name: list[Token]) -> bool:
        """One capitalised word opening a sentence that the recogniser does not know as a person:
        ``Critics say``, ``Warga mengeluhkan`` are ordinary words, not someone's name."""
        if len(name) != 1:
            return False
        before = self.body[: name[0].start].rstrip(" \t\u00a0")
        if before and before[-1] not in ".!?:;\n":
            return False
        return not self.person_mention_at(name[0].start)

    def _glued(self, end: int, start: int) -> bool:
        """Whether only capitalised words, places and brackets stand between two mentions."""
        gap = self.body[end:start]
        if not all(c in _RUN_GAP or c.isalnum() or c in "-'’" for c in gap):
            return False
        return all(t.capitalised for t in tokens(self.body, end, start))

    def _role(self, toks: list[Token], name_start: int) -> str | None:
        """The role written just before the name: a capitalised or role-word run holding a role word."""
        lex = lexicon()
        before = [t for t in toks if t.end <= name_start]
        first: Token | None = None
        for tok in reversed(before):
            if not (tok.capitalised or lex.is_a(tok.text, "role") or tok.text.casefold() in ROLE_GLUE):
                break
            if first is not None and not all(c in _ROLE_GAP for c in self.body[tok.end : first.start]):
                break  # a dateline or a sentence before the role: "JAKARTA (Antara) - Menteri ..."
            first = tok
        if first is None:
            return None
        run = [t for t in before if t.start >= first.start]
        while run and run[0].text.casefold() in ROLE_GLUE:
            run = run[1:]
        if not any(lex.is_a(t.text, "role") for t in run):
            return None
        return self.body[run[0].start : name_start].rstrip(" ,(\u00a0") or None

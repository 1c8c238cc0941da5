"""The per-article name book: who the body's names are, as full and as sure as the body allows.

Canonical names come from the entity recogniser when it knows the person; otherwise a bare
surname resolves to the longest capitalised full name in the same body that ends (or, for
East Asian names, starts) with it. Reading one phrase with the book is in :mod:`.phrase`;
judging runs of capitalised words by their words alone, whatever the article, in :mod:`.runs`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..entities import is_person_candidate
from ..models import Entity, EntityType
from ..names import is_short_form
from ..people.lexicon import shown_name
from ..people.public import owner_among
from .aliases import person_aliases
from .book_entities import book_entities
from .descriptions import Intro, description_of, introduced, joined_before, pointed_to
from .fronts import foreign_front, name_without_front, without_glued_code, without_opener
from .initials import initialled_persons
from .introduced import introduced_persons
from .layout import Headlines, written_in_prose
from .namesakes import Namesakes
from .org_names import OrgNames, office_of_a_body
from .pairs import is_pair
from .people import clean_person, plausible_person
from .phrase import meets_form, no_name, person_forms, read_phrase
from .prefixes import addressed_clip, clip_owner, nickname_owner, owners_of, written_first
from .ranked import ranked_name
from .runs import name_runs, split_run
from .seats import body_alone, office_ends_at, only_in_offices, seat_before
from .speaker_ref import SpeakerRef
from .text import Token, opens, paragraphs, tokens
from .written import extended, fronted_only, fullest_written, name_parts, shortens, written_as_group

_LONGEST_MENTION = 200


@dataclass(frozen=True, slots=True)
class _Person:
    """A recognised person as the statement parser sees it: name words cleaned of glued titles."""

    name: str
    forms: tuple[tuple[str, ...], ...]
    mentions: tuple[tuple[int, int], ...]
    folded: tuple[tuple[str, ...], ...]  # the forms casefolded, once


class NameBook:
    """Everything known about names in one body, for canonicalising speakers."""

    def __init__(self, body: str, entities: list[Entity], lang: str = "id") -> None:
        self.body = body
        self.lang = lang
        self.headlines = Headlines(body, paragraphs(body))
        self._orgs = OrgNames(body)
        # without any recogniser output (bare grammar tests) names are judged by their words only
        self.checked = bool(entities)
        entities = book_entities(body, entities, lang)  # split, untied, stray mentions to their owners
        self.persons: list[_Person] = []
        self._groups: set[tuple[str, ...]] = set()  # names the body introduces as a band or an app
        named_spans = [(m.start, m.end) for e in entities for m in e.mentions]  # people, bodies, places
        person_names = [e.name for e in entities if e.type is EntityType.PERSON]
        for ent in entities:
            if ent.type is not EntityType.PERSON:
                continue
            words = clean_person(ent.name)
            if words is None or no_name(tuple(words)) or self._orgs.national_body(words):
                continue
            if is_pair(words, (n for n in person_names if n != ent.name)):
                continue  # "Quick Count Fulan-Badu": a ticket of two people, no one person
            spans = tuple((m.start, m.end) for m in ent.mentions)
            lead = [s for s, e in spans if body[s:e].split()[:1] == words[:1]]  # "… and Culture Fulan"
            if len(words) >= 3 and lead and all(office_ends_at(body, s, named_spans) for s in lead):
                words = words[1:]
            words = without_glued_code(body, name_without_front(body, words, lead))  # "Kata X", "X PKI"
            if office_of_a_body(words, ent.name, entities):
                continue
            forms = [tuple(words)] + [tuple(a.split()) for a in ent.aliases if plausible_person(a.split())]
            words = list(fullest_written(body, self.headlines, words, forms))
            if spans and all(self.headlines.covers(ms) for ms, _me in spans):
                continue  # read only in a title or caption, where names run into the words after them
            if written_as_group(body, " ".join(words)):
                self._groups.add(tuple(w.casefold() for w in words))
                continue  # "grup musik asal Inggris, Fulanband": a band, however the recogniser read it
            name = " ".join(words)
            in_titles = any(name in body[ms:me] and self.headlines.covers(ms) for ms, me in spans)
            in_prose = any(name in body[ms:me] and not self.headlines.covers(ms) for ms, me in spans)
            if in_titles and not in_prose:
                words = written_in_prose(self.body, self.headlines, words)
                forms[0] = tuple(words)
            folded = tuple(tuple(w.casefold() for w in form) for form in forms)
            self.persons.append(_Person(" ".join(words), tuple(forms), spans, folded))
        self.orgs = [e for e in entities if e.type is not EntityType.PERSON]
        # every mention sorted by start, so a phrase finds its mentions by bisection, not a scan
        self._person_at = sorted((ms, me, n) for n, p in enumerate(self.persons) for ms, me in p.mentions)
        self._person_starts = [m[0] for m in self._person_at]
        self._org_at = sorted((m.start, m.end, e.name) for e in self.orgs for m in e.mentions)
        self._org_starts = [m[0] for m in self._org_at]
        self._full: list[tuple[str, ...]] | None = None
        self._resolved: dict[str, str] = {}
        self._namesakes: Namesakes | None = None
        self._canonical: dict[tuple[str, ...], str] = {}
        self._aliases: dict[tuple[str, ...], str] | None = None
        self._owned: set[tuple[str, ...]] = set()  # short names defined as "the running speaker's"
        self._bare: set[tuple[str, ...]] = set()  # full names written with no title before them
        self._edges: dict[tuple[str, bool], list[tuple[str, ...]]] | None = None
        self._is_person: dict[str, bool] = {}
        self._intros: list[Intro] | None = None
        self.spoken: set[str] = set()  # the speakers named so far, as the parser reads on
        self._intro_starts: list[int] = []
        self._seats: frozenset[tuple[str, ...]] | None = None
        self._extensions: dict[str, str] = {}  # _extended's answers: its inputs are fixed once read
        self._forms: tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]] | None = None

    def _full_names(self) -> list[tuple[str, ...]]:
        if self._full is None:
            seen: set[tuple[str, ...]] = set()
            for whole in name_runs(self.body, 0, len(self.body)):
                run = without_opener(self.body, whole)
                if not run or self.headlines.covers(run[0].start):
                    continue
                kind, toks = split_run(run)
                at = run[0]  # the pair "Fulan-Rina" holds two names; the first opens the run
                if len(run) < len(whole) and foreign_front(whole[len(whole) - len(run) - 1].text):
                    at = whole[0]  # an honorific or a brand stood before the name: not written bare
                for part in name_parts(self.body, toks) if kind == "person" else []:
                    seen.add(words := tuple(t.text for t in part))
                    if part[0].start == at.start and not (  # "Pendidikan dan Kebudayaan Fulan": no first name
                        joined_before(self.body, at.start) or opens(self.body, at)
                    ):
                        self._bare.add(words)
            self._full = sorted(seen, key=len, reverse=True)
            self._owners = owners_of(self._full, [tuple(p.name.split()) for p in self.persons])  # folded once
        return self._full

    def canonical(self, written: list[str]) -> str:
        """The fullest name for ``written``: an entity first, then the body's own full names.

        A recognised person whose name is only the short form written (``Yusuf``) gives way to
        the one full name in the body that it starts or ends (``Yusuf Hadi Kurniawan``)."""
        key = tuple(written)
        if key not in self._canonical:
            self._canonical[key] = shown_name(self._fullest(written))
        return self._canonical[key]

    def _names_by_edge(self, word: str, last: bool) -> list[tuple[str, ...]]:
        """The body's full names whose last (or first) word is ``word`` (folded), indexed once."""
        if self._edges is None:
            self._edges = {}
            for full in self._full_names():
                self._edges.setdefault((full[-1].casefold(), True), []).append(full)
                self._edges.setdefault((full[0].casefold(), False), []).append(full)
        return self._edges.get((word, last), [])

    def aliases(self) -> dict[tuple[str, ...], str]:
        """Short names the body defines (``Fulan Hidayat, akrab disapa Ulan``), folded, to the full name."""
        if self._aliases is None:
            people = [(p.name, p.folded, len(p.mentions)) for p in self.persons]
            self._aliases, self._owned = person_aliases(self.body, people)
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
        self._forms = None  # a person's canonical name may change with the alias

    def _fullest(self, written: list[str]) -> str:
        want = tuple(w.casefold() for w in written)
        full = self.aliases().get(want)
        if full is not None:
            return self.canonical(full.split())
        # "Jokowi" in an article that names Joko Widodo: the list's owner of the short form (not
        # canonical(): "Jokowi (Joko Widodo)" defines the alias the other way and would loop)
        owner = owner_among(" ".join(written), (p.name for p in self.persons))
        if owner is not None:
            return self._extended(self._fuller(owner.split()))
        if (made_of := nickname_owner(written, self._fuller)) is not None:
            return self._extended(made_of)  # "Cak Eri" of "Eri Cahyadi"
        found = self._extended(self._fuller(written))
        if found == " ".join(written):
            return found
        fuller = self._extended(self._fuller(found.split()))  # "Ful", "Fulan Santoso", "Fulan Badu Santoso"
        return fuller if is_short_form(found, fuller) or addressed_clip(found, fuller) else found

    def _extended(self, name: str) -> str:
        if name not in self._extensions:  # the full names and bare forms are read once, by _full_names
            self._extensions[name] = extended(name, self._full_names(), self._bare, self.body)
        return self._extensions[name]

    def _fuller(self, written: list[str]) -> str:
        want = tuple(w.casefold() for w in written)
        n = len(want)
        exact: str | None = None
        best: tuple[str, ...] | None = None
        self.aliases()
        for person in self.persons:
            for toks, low in zip(person.forms, person.folded, strict=True):
                if toks is not person.forms[0] and low in self._owned:
                    continue  # "Ulan, sapaan akrabnya": the text, not the recogniser, says whose
                if low == want:
                    exact = exact or person.name
                elif (low[-n:] == want or low[:n] == want or shortens(want, low)) and (
                    best is None or len(toks) > len(best)
                ):
                    best = tuple(person.name.split())
        if exact is not None and (len(exact.split()) > n or (n > 1 and best and fronted_only(want, best))):
            return exact  # and "Joko Widodo" beside "Iriana Joko Widodo": a name of its own, no short form
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
        shortened = clip_owner(want, self._owners) if best is None else None  # _names_by_edge read them
        first = written_first(exact, shortened, self.persons, self.headlines.covers)  # a name of its own
        return (None if first else shortened) or exact or (" ".join(best) if best else " ".join(written))

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
                seat for ms, _me, _n in self._person_at if (seat := seat_before(self.body, ms)) is not None
            )
        return self._seats

    def _check_person(self, name: str) -> bool:
        if name in initialled_persons(self.body) or name in introduced_persons(self.body):
            return True
        words = name.split()
        if no_name(tuple(words)):
            return False
        if self.checked and body_alone(self.body, tuple(self._person_starts), words, self.persons):
            return False
        low = tuple(w.casefold() for w in words)
        if low in self.seats() and only_in_offices(self.body, name):
            return False
        if not self.checked:
            return True
        self._forms = self._forms or person_forms(self)  # read once (again after a new alias)
        return meets_form(low, self._forms) or " ".join(words) in self.aliases().values()

    def unlisted_person(self, name: list[Token], ask: bool = True) -> bool:
        """A capitalised name the entity list may not hold: a person when the canonical name is one
        of the article's persons, or when the recogniser's own check, asked about these words in
        their context, says they name a person (``kata Sukardi`` that the list missed).
        ``ask=False`` skips that check (it tags the whole body) where only listed persons count."""
        canonical = self.canonical([t.text for t in name])
        if self.is_person(canonical):
            return True
        words = [t.text for t in name]
        if ask and self.checked and ranked_name(self.body, name[0].start, name[-1].end, words):
            self._is_person[canonical] = True  # "AKBP Fulan", "Fulan SE": written with persons only
            return True
        if not ask or not self.checked or no_name(tuple(words)) or self._orgs.national_body(words):
            return False
        if tuple(w.casefold() for w in words) in self._groups:
            return False
        if tuple(w.casefold() for w in words) in self.seats() and only_in_offices(self.body, " ".join(words)):
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

    def vouch(self, name: str) -> None:  # a person from here on: the text showed it, not the recogniser
        self._is_person[name] = True

    def intros(self) -> list[Intro]:
        """Every person as the prose introduces them, with the words of their role or description
        (``Menteri Keuangan Fulan``, ``Direktur Utama Pertamina, Fulan``, ``Fulan, mantan gubernur,``)."""
        if self._intros is None:
            self._intros = []
            for ms, me, n in self._person_at:
                if self.headlines.covers(ms) or not self.is_person(self.person_name(self.persons[n])):
                    continue
                words, age, origin = introduced(self.body, ms, me)
                if words or age or origin:
                    name = self.person_name(self.persons[n])
                    self._intros.append(Intro(ms, name, frozenset(words), age, origin))
            self._intro_starts = [intro.pos for intro in self._intros]
        return self._intros

    def describe(self, pos: int, words: tuple[str, ...], recent: list[str]) -> str | None:
        """The person a description at ``pos`` points back to (``mantan gubernur itu``, ``kata
        Kapolda``, ``pria berusia 52 tahun itu``): the one introduced earlier with the same role
        word (or age); among equals, whoever the text put forward last; else the one named later."""
        wanted = description_of(words)
        if wanted is None:
            return None
        return pointed_to(wanted, self.intros(), self._intro_starts, pos, recent)

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

    def person_mentions(self, start: int, end: int) -> list[tuple[int, int, str]]:
        lo = bisect.bisect_left(self._person_starts, start)
        hi = bisect.bisect_left(self._person_starts, end)
        found = [(ms, me, self.persons[n]) for ms, me, n in self._person_at[lo:hi] if me <= end]
        return sorted((ms, me, self.person_name(p)) for ms, me, p in found)

    def org_mentions(self, start: int, end: int) -> list[tuple[int, int, str]]:
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
        """The ref of the phrase ``body[start:end]`` and its name's span (:func:`.phrase.read_phrase`)."""
        return read_phrase(self, start, end, prefer_last, listed_only)

    def namesake(self, start: int, end: int, name: str) -> str:
        """The person a short form at ``body[start:end]`` means when several full names share it
        (see :class:`.namesakes.Namesakes`)."""
        if len(tokens(self.body, start, end)) != 1:
            return name
        if self._namesakes is None:
            fulls = {" ".join(self.person_name(p).split()) for p in self.persons} | {
                " ".join(f) for f in self._full_names()
            }
            # a surname written alone that the recogniser read as a person ("Smith said")
            bare = tuple(ms for ms, me, _n in self._person_at if len(tokens(self.body, ms, me)) == 1)
            self._namesakes = Namesakes(self.body, fulls, bare, self.headlines.covers)
        return self._namesakes.pick(start, end, name, frozenset(self.spoken))

    def joined_name(self, start: int, end: int, floor: int, limit: int) -> tuple[int, int]:
        """An organisation's name span grown over ``and``/``of`` (see :class:`.org_names.OrgNames`)."""
        return self._orgs.joined_name(start, end, floor, limit)

    def inside_org(self, start: int, end: int, *, recognised: bool = True) -> bool:
        """Whether a "person" mention is only the front of an organisation's name."""
        return self._orgs.inside_org(start, end, recognised=recognised)

    def org_before(self, pos: int, head: str) -> str | None:
        """The latest organisation named before ``pos`` whose name holds the head noun ``head``."""
        return self._orgs.org_before(pos, head)

    def common_opener(self, name: list[Token]) -> bool:
        """One capitalised word opening a sentence that the recogniser does not know as a person:
        ``Critics say``, ``Warga mengeluhkan`` are ordinary words, not someone's name."""
        if len(name) != 1 or name[0].text in initialled_persons(self.body) | introduced_persons(self.body):
            return False  # "H mengatakan", "Fulan, salah satu pedagang": a person the body gave so
        before = self.body[: name[0].start].rstrip(" \t\u00a0")
        if before and before[-1] not in ".!?:;\n":
            return False  # below: "Ginting, …, said" where the body also writes "Anthony Ginting"
        return not self.person_mention_at(name[0].start) and self._fuller([name[0].text]) == name[0].text

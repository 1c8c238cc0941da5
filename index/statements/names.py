"""Who a noun phrase names: a person, an organisation, a pronoun or an anaphor.

Canonical names come from the entity recogniser when it knows the person; otherwise a bare
surname resolves to the longest capitalised full name in the same body that ends (or, for
East Asian names, starts) with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Entity, EntityType
from .lexicon import lexicon
from .text import Token, tokens

_RUN_GAP = frozenset(" ()\u00a0")
ROLE_GLUE = frozenset({"di", "untuk", "dari", "of", "for", "at", "in"})


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """An unresolved speaker: ``kind`` is person, org, pronoun, anaphor, inherit or none."""

    kind: str
    name: str | None = None
    role: str | None = None
    words: tuple[str, ...] = ()


NONE = SpeakerRef("none")
INHERIT = SpeakerRef("inherit")


def name_runs(body: str, start: int, end: int) -> list[list[Token]]:
    """Maximal runs of capitalised words, broken by punctuation other than brackets."""
    lex = lexicon()
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens(body, start, end):
        word_ok = tok.capitalised or (current and lex.is_a(tok.text, "connector"))
        joined = bool(current) and all(c in _RUN_GAP for c in body[current[-1].end : tok.start])
        if word_ok and (joined or not current):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = [tok] if tok.capitalised else []
    if current:
        runs.append(current)
    return runs


def _is_title_like(tok: Token) -> bool:
    lex = lexicon()
    w = tok.text
    acronym = len(w) >= 2 and w.replace("-", "").isupper()
    return acronym or any(lex.is_a(w, c) for c in ("role", "place", "function", "indefinite", "pronoun"))


def split_run(run: list[Token]) -> tuple[str, list[Token]]:
    """('person', name tokens) | ('org', run) | ('none', [])."""
    lex = lexicon()
    if lex.is_a(run[0].text, "orghead"):
        return "org", run
    # the name is what follows the last title, place or acronym: "Menteri Luar Negeri AS Antony Blinken"
    i = len(run)
    if i >= 2 and _is_title_like(run[-1]) and not _is_title_like(run[-2]):
        i -= 1  # a surname that is also a title word: "Yusuf Hakim"
    while i > 0 and not _is_title_like(run[i - 1]):
        i -= 1
    rest = run[i:]
    while rest and lex.is_a(rest[0].text, "connector"):
        rest = rest[1:]
    while rest and lex.is_a(rest[-1].text, "connector"):
        rest = rest[:-1]
    if rest and lex.is_a(rest[0].text, "orghead"):
        return "org", rest
    if rest and len(rest) <= 4:
        return "person", rest
    if not rest and any(not _is_title_like(t) or _is_acronym_or_place(t) for t in run):
        return "org", run
    return "none", []


def _is_acronym_or_place(tok: Token) -> bool:
    w = tok.text
    return (len(w) >= 2 and w.replace("-", "").isupper()) or lexicon().is_a(w, "place")


class NameBook:
    """Everything known about names in one body, for canonicalising speakers."""

    def __init__(self, body: str, entities: list[Entity]) -> None:
        self.body = body
        self.persons = [e for e in entities if e.type is EntityType.PERSON]
        self.orgs = [e for e in entities if e.type is not EntityType.PERSON]
        self._full: list[tuple[str, ...]] | None = None

    def _full_names(self) -> list[tuple[str, ...]]:
        if self._full is None:
            seen: set[tuple[str, ...]] = set()
            for run in name_runs(self.body, 0, len(self.body)):
                kind, toks = split_run(run)
                if kind == "person":
                    seen.add(tuple(t.text for t in toks))
            self._full = sorted(seen, key=len, reverse=True)
        return self._full

    def canonical(self, written: list[str]) -> str:
        """The fullest name for ``written``: an entity first, then the body's own full names."""
        want = tuple(w.casefold() for w in written)
        n = len(want)
        best: tuple[str, ...] | None = None
        for ent in self.persons:
            for form in [ent.name, *ent.aliases]:
                toks = tuple(form.split())
                low = tuple(t.casefold() for t in toks)
                if low == want:
                    return ent.name
                if (low[-n:] == want or low[:n] == want) and (best is None or len(toks) > len(best)):
                    best = tuple(ent.name.split())
        if best is not None:
            return " ".join(best)
        for tail in (True, False):
            for full in self._full_names():
                low = tuple(t.casefold() for t in full)
                if len(full) > n and (low[-n:] == want if tail else low[:n] == want):
                    return " ".join(full)
        return " ".join(written)

    def _mentions(self, start: int, end: int, ents: list[Entity]) -> list[tuple[int, int, str]]:
        return sorted(
            (m.start, m.end, e.name) for e in ents for m in e.mentions if m.start >= start and m.end <= end
        )

    def analyse(self, start: int, end: int, prefer_last: bool = False) -> tuple[SpeakerRef, int, int]:
        """Reads the phrase ``body[start:end]``; returns the ref and the name's span in the body."""
        lex = lexicon()
        toks = tokens(self.body, start, end)
        while toks and lex.is_a(toks[-1].text, "adverb"):
            toks = toks[:-1]
        if not toks:
            return NONE, start, start
        low = [t.text.casefold() for t in toks]
        if low[-1] in lex.classes["pronoun"] and (len(toks) == 1 or low[0] in lex.classes["pronoun"]):
            return SpeakerRef("pronoun"), toks[-1].start, toks[-1].end
        persons = self._mentions(start, end, self.persons)
        if persons:
            ms, me, name = persons[-1] if prefer_last else persons[0]
            return SpeakerRef("person", name, self._role(toks, ms)), ms, me
        determined = low[-1] in lex.classes["pronoun_det"] or low[0] in lex.classes["anaphor_pre"]
        if determined and (not toks[0].capitalised or low[0] in lex.classes["anaphor_pre"]):
            skip = lex.classes["pronoun_det"] | lex.classes["anaphor_pre"]
            words = tuple(w for w in low if w not in skip)
            if any(lex.is_a(w, "role") for w in words):
                return SpeakerRef("anaphor", words=words), toks[0].start, toks[-1].end
        runs = name_runs(self.body, toks[0].start, toks[-1].end)
        people = [(r, p) for r in runs for kind, p in [split_run(r)] if kind == "person"]
        if people:
            _run, name_toks = people[-1] if prefer_last else people[0]
            name = self.canonical([t.text for t in name_toks])
            ns, ne = name_toks[0].start, name_toks[-1].end
            return SpeakerRef("person", name, self._role(toks, ns)), ns, ne
        orgs = self._mentions(start, end, self.orgs)
        if orgs and orgs[0][0] <= toks[0].start + 1:
            return SpeakerRef("org", orgs[0][2]), orgs[0][0], orgs[0][1]
        org_runs = [p for r in runs for kind, p in [split_run(r)] if kind == "org"]
        if org_runs and org_runs[0][0].start == toks[0].start:
            o = org_runs[0]
            return SpeakerRef("org", self.body[o[0].start : o[-1].end]), o[0].start, o[-1].end
        return NONE, start, start

    def _role(self, toks: list[Token], name_start: int) -> str | None:
        """The role written just before the name: a capitalised or role-word run holding a role word."""
        lex = lexicon()
        before = [t for t in toks if t.end <= name_start]
        first: Token | None = None
        for tok in reversed(before):
            if not (tok.capitalised or lex.is_a(tok.text, "role") or tok.text.casefold() in ROLE_GLUE):
                break
            first = tok
        if first is None:
            return None
        run = [t for t in before if t.start >= first.start]
        while run and run[0].text.casefold() in ROLE_GLUE:
            run = run[1:]
        if not any(lex.is_a(t.text, "role") for t in run):
            return None
        return self.body[run[0].start : name_start].rstrip(" ,(\u00a0") or None

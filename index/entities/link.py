"""Turns typed candidates into entities: one canonical name, every mention, the aliases.

Within an article a short mention points to the full name written elsewhere
("Blinken" to "Antony Blinken", "Xi" to "Xi Jinping"), a definition in parentheses
teaches an alias ("Korea Utara (Korut)"), and gazetteer aliases fold onto their entry
("AS" and "Amerika Serikat"), so each real-world thing is one entity.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from kutip.index.entities.address import fold_addressed
from kutip.index.entities.aliases import person_aliases
from kutip.index.entities.cues import Candidate
from kutip.index.entities.figure_runs import cut_at_figures, trim_headline_verbs
from kutip.index.entities.figures import name_figures
from kutip.index.entities.name_spans import trim_run_ons
from kutip.index.entities.short_forms import fold_short_forms
from kutip.index.entities.variants import merge_spelling_variants
from kutip.index.language import Token
from kutip.index.models import Entity, EntityType, Mention

__all__ = ["build_entities", "find_definitions"]

EntityKey = tuple[str, str]
Words = tuple[str, ...]


@dataclass(slots=True)
class _Group:
    key: EntityKey
    type: EntityType
    name: str
    mentions: list[Mention] = field(default_factory=list)


def _name_words(tokens: list[Token], c: Candidate) -> tuple[str, ...]:
    return tuple(tokens[k].folded for k in range(c.first, c.last + 1) if k != c.nickname)


def _surface(body: str, tokens: list[Token], c: Candidate) -> str:
    """The name as written, without a quoted nickname ("Ernesto Salonga" for "Ernesto "Boyet" Salonga")."""
    if c.nickname < 0:
        return body[tokens[c.first].start : tokens[c.last].end]
    before = body[tokens[c.first].start : tokens[c.nickname - 1].end]
    return f"{before} {body[tokens[c.nickname + 1].start : tokens[c.last].end]}"


def find_definitions(tokens: list[Token], candidates: list[Candidate]) -> dict[str, int]:
    """Short forms defined in parentheses right after a name, mapped to that name's candidate.

    "Amerika Serikat (AS)", "Korea Selatan (Korsel)": the short form is one capitalised
    word starting with the same letter as the long form, and shorter than it.
    """
    defined: dict[str, int] = {}
    for index in range(len(candidates) - 1):
        long, short = candidates[index], candidates[index + 1]
        if short.first != short.last or short.first != long.last + 1:
            continue
        word = tokens[short.first]
        closing = tokens[short.first + 1].gap if short.first + 1 < len(tokens) else ")"
        if word.gap.strip() != "(" or not closing.lstrip().startswith(")"):
            continue
        long_first = tokens[long.first].text
        long_text_length = tokens[long.last].end - tokens[long.first].start
        if word.text[:1].casefold() == long_first[:1].casefold() and len(word.text) < long_text_length:
            defined.setdefault(word.text, index)
    return defined


class _Linker:
    def __init__(self, body: str, tokens: list[Token], candidates: list[Candidate], lang: str) -> None:
        self.body = body
        self.tokens = tokens
        self.candidates = candidates
        self.lang = lang
        self.keys: list[EntityKey | None] = [None] * len(candidates)
        self.groups: dict[EntityKey, _Group] = {}
        self.person_aliases: dict[str, int] = {}
        self.full_starts: dict[EntityKey, list[int]] = {}  # where each full name is written, in order
        self._by_word: tuple[int, dict[str, list[Words]]] | None = None  # full names by each of their words
        self._singles: dict[str, list[int]] | None = None

    def mention(self, c: Candidate) -> Mention:
        start, end = self.tokens[c.first].start, self.tokens[c.last].end
        return Mention(start, end, self.body[start:end])

    def assign(self, index: int, key: EntityKey, etype: EntityType, name: str) -> None:
        self.keys[index] = key
        group = self.groups.get(key)
        if group is None:
            self.groups[key] = _Group(key, etype, name)

    def link_typed(self) -> None:
        """Gazetteer names, organisations and places, keyed so aliases meet."""
        for index, c in enumerate(self.candidates):
            if c.entry is not None:
                self.assign(index, ("entry", c.entry.name_id), c.entry.type, c.entry.name(self.lang))
            elif c.type in (EntityType.ORGANIZATION, EntityType.PLACE):
                key = (c.type.value, " ".join(_name_words(self.tokens, c)))
                self.assign(index, key, c.type, _surface(self.body, self.tokens, c))

    def link_definitions(self) -> None:
        defined = find_definitions(self.tokens, self.candidates)
        if not defined:
            return
        for text, long_index in defined.items():
            long = self.candidates[long_index]
            if long.type is None:
                continue
            if self.keys[long_index] is None:  # a person: resolved once persons are linked
                self.person_aliases[text] = long_index
                continue
            key = self.keys[long_index]
            assert key is not None
            for index in self._single_words().get(text, []):
                self.keys[index] = key
                self.candidates[index].type = long.type

    def link_persons(self) -> None:
        """Full names first, then short mentions linked to the nearest full name containing them."""
        tokens = self.tokens
        full: dict[tuple[str, ...], EntityKey] = {}
        order: list[tuple[str, ...]] = []
        for index, c in enumerate(self.candidates):
            if self.keys[index] is not None or c.type is not EntityType.PERSON or c.first == c.last or c.weak:
                continue
            words = _name_words(tokens, c)
            key = ("person", " ".join(words))
            self.assign(index, key, EntityType.PERSON, _surface(self.body, tokens, c))
            self.full_starts.setdefault(key, []).append(tokens[c.first].start)
            if words not in full:
                full[words] = key
                order.append(words)
        self._merge_contained(full, order)
        for index, c in enumerate(self.candidates):
            if self.keys[index] is not None or c.type not in (None, EntityType.PERSON):
                continue
            words = _name_words(tokens, c)
            target = self._containing(words, full, order, tokens[c.first].start)
            if target is not None:
                self.keys[index] = target
                c.type = EntityType.PERSON
            elif c.type is EntityType.PERSON and not c.weak:
                surface = _surface(self.body, tokens, c)
                self.assign(index, ("person", " ".join(words)), EntityType.PERSON, surface)
        for text, long_index in self.person_aliases.items():
            person = self.keys[long_index]
            for index in self._single_words().get(text, []) if person is not None else []:
                self.keys[index] = person
        self.link_person_aliases()

    def _single_words(self) -> dict[str, list[int]]:
        """Candidates of one word, by the word as written: alias lookups without a scan each."""
        if self._singles is None:
            self._singles = {}
            for index, c in enumerate(self.candidates):
                if c.first == c.last:
                    self._singles.setdefault(self.tokens[c.first].text, []).append(index)
        return self._singles

    def link_person_aliases(self) -> None:
        """ "Basuki Tjahaja Purnama (Ahok)", "akrab disapa Emil": each mention of the alias is that person."""
        aliases = person_aliases(self.tokens, self.candidates)
        if not aliases:
            return
        by_words: dict[Words, list[int]] = {}
        for index, c in enumerate(self.candidates):
            by_words.setdefault(_name_words(self.tokens, c), []).append(index)
        for words, long_index in aliases.items():
            person = self.keys[long_index]
            if person is None:
                continue
            for index in by_words.get(words, []):
                c = self.candidates[index]
                if c.type in (None, EntityType.PERSON):
                    self.keys[index] = person
                    c.type = EntityType.PERSON

    def _merge_contained(self, full: dict[tuple[str, ...], EntityKey], order: list[tuple[str, ...]]) -> None:
        """ "Kim Jong" inside "Kim Jong Un": the shorter full name becomes a mention of the longer.

        Only names holding the shorter one's first word are compared, and the keys are
        redirected once at the end, so many distinct names cost no pairwise scan.
        """
        holding: dict[str, list[Words]] = {}
        for o in order:
            for w in dict.fromkeys(o):
                holding.setdefault(w, []).append(o)
        moved: dict[EntityKey, EntityKey] = {}
        for words in sorted(order, key=len):
            longer = [o for o in holding.get(words[0], []) if len(o) > len(words) and _contains(o, words)]
            if len(longer) == 1:
                old, new = full[words], full[longer[0]]
                moved[old] = new
                self.groups.pop(old, None)
                self.full_starts[new] = sorted(self.full_starts.get(new, []) + self.full_starts.pop(old, []))
                full[words] = new
        if moved:
            self.keys = [_final(k, moved) for k in self.keys]

    def _containing(
        self, words: Words, full: dict[Words, EntityKey], order: list[Words], at: int
    ) -> EntityKey | None:
        if not words:
            return None
        if self._by_word is None or self._by_word[0] != len(order):
            index: dict[str, list[Words]] = {}
            for o in order:
                for w in dict.fromkeys(o):
                    index.setdefault(w, []).append(o)
            self._by_word = (len(order), index)
        # only full names holding the first word can contain the rest; their order is kept
        holding = self._by_word[1].get(words[0], [])
        matches = [full[o] for o in holding if len(o) > len(words) and _contains(o, words)]
        unique = list(dict.fromkeys(matches))
        if not unique:
            return None
        if len(unique) == 1:
            return unique[0]
        # Several full names share the word ("Kim Jong Un", "Kim Yo Jong"): the last one written before wins.
        best: EntityKey | None = None
        best_at = -1
        for key in unique:
            starts = self.full_starts.get(key, [])
            k = bisect_left(starts, at) - 1
            if k >= 0 and starts[k] > best_at:
                best, best_at = key, starts[k]
        return best or unique[0]

    def entities(self) -> list[Entity]:
        grouped: dict[EntityKey, list[Mention]] = {}
        written: dict[EntityKey, list[str]] = {}  # each mention's name, nicknames left out
        for index, key in enumerate(self.keys):
            if key is not None and key in self.groups:
                c = self.candidates[index]
                grouped.setdefault(key, []).append(self.mention(c))
                forms = written.setdefault(key, [])
                forms.append(_surface(self.body, self.tokens, c))
                if c.nickname >= 0:
                    forms.append(self.tokens[c.nickname].text)
        out: list[Entity] = []
        for key, mentions in grouped.items():
            group = self.groups[key]
            name = group.name
            if group.type is EntityType.PERSON:
                name = max(written[key], key=lambda t: (len(t.split()), -_shouted_words(t)))
            seen = dict.fromkeys(t for t in (*(m.text for m in mentions), *written[key]) if t != name)
            out.append(Entity(name=name, type=group.type, mentions=mentions, aliases=list(seen)))
        out.sort(key=lambda e: e.mentions[0].start)
        return out


def _shouted_words(name: str) -> int:
    """All-capital words of three letters or more: a lead shouts "WAHYU Santoso", prose writes it plainly."""
    # the entity is named by the prose form; the shouted one stays a mention
    return sum(1 for word in name.split() if len(word) >= 3 and word.isupper())


def _final(key: EntityKey | None, moved: dict[EntityKey, EntityKey]) -> EntityKey | None:
    while key is not None and key in moved:
        key = moved[key]
    return key


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def build_entities(body: str, tokens: list[Token], candidates: list[Candidate], lang: str) -> list[Entity]:
    """Entities sorted by first mention; unresolved words that link nowhere are dropped."""
    cut_at_figures(tokens, candidates)
    trim_headline_verbs(tokens, candidates)
    candidates = trim_run_ons(tokens, candidates, lang)
    linker = _Linker(body, tokens, candidates, lang)
    linker.link_typed()
    linker.link_definitions()
    linker.link_persons()
    return fold_addressed(name_figures(fold_short_forms(merge_spelling_variants(linker.entities())), body))

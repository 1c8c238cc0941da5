"""A word glued before a name is not the name: the article and the tagger say which word starts it.

Indonesian news writes a club, a town, a unit or a lower-case role straight before a person's
name with no comma ("bek Persikota Fulan Hidayat", "Kepala Kejari Sukamaju Badu Santoso"), and
the rules read the whole capitalised run as the name. Whatever the kind of word, the evidence is
the same and comes from the article itself:

- the front word is no name word: the article writes it in lower case, alone as a thing (the
  tagger sees no person there) or opening a body's or place's name, or the gazetteer knows it as a
  place or body, a place of the world or a rank glued to its corps (:func:`front_is_no_name`);
  and the rest of the run is written as that person elsewhere (the run without the front word, or
  a word of it that cues found alone). A body's short name (a glued office compound, or one the
  article defines in brackets after the body's name) needs no more: no one's name holds it;
- or the tagger's best labelling of this very run starts the name after the front word, sure of
  the two or more words from there, and the front word is no name word as above or a word the
  dictionary writes in lower case (a given name may be one: "Bintang Fulan" with "Fulan" written
  alone keeps "Bintang" unless the tagger itself starts the name later).

A given name the training data lists, a run holding a listed figure's name, initials, a hyphen or
a mark after the front word are never cut; Title Case lines lend no tagger reading. The statements
layer asks which words were cut in a body (:func:`glued_front_words`, through
``statements.people.glued_front``) and uses the word-level test for runs without their article.
"""

from __future__ import annotations

from collections import Counter

from kutip.index.entities.combine import CUED
from kutip.index.entities.cues import Candidate
from kutip.index.entities.dictionary import is_lower_word
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import glued_rank, lexicon
from kutip.index.entities.office_compounds import office_compound
from kutip.index.entities.recent import RecentBodies
from kutip.index.entities.regions import region_runs
from kutip.index.entities.tagger import Tagging, tag_tokens
from kutip.index.language import Token, fold, is_initials, is_world_place, one_edit, written_lower
from kutip.index.models import EntityType

__all__ = [
    "FRONT_BELOW",
    "REST_AT",
    "cut_glued_fronts",
    "front_is_no_name",
    "glued_front_words",
    "remember_glued_fronts",
]

FRONT_BELOW = 0.1  # the tagger's person probability under which a word written alone is no name's
REST_AT = 0.5  # the tagger's mean person probability over which the words after a front word are a name
SPELT_MIN = 5  # letters a name word needs before a letter more or less is read as a spelling of it


def front_is_no_name(word: str) -> bool:
    """What the words alone tell: a place or body the gazetteer knows (``Sukamaju``, ``Polri``) or a
    place of the world (``Texas``), a rank glued to its corps (``Kombespol``), a ministry's glued short
    name (``Saintek``); no listed given name."""
    folded = fold(word)
    if not folded.isalpha() or folded in first_names():
        return False
    lex = lexicon()
    entry = lex.entry([word], [folded])
    if entry is not None and entry.type is not EntityType.PERSON:
        return True
    return is_world_place([word]) or glued_rank(word) or office_compound(word)


class _Article:
    """How the article writes its persons and the words before them."""

    def __init__(self, tokens: list[Token], candidates: list[Candidate], tagging: Tagging) -> None:
        self.tokens = tokens
        self.tagging = tagging
        self.lower = written_lower(tokens)
        persons = [c for c in candidates if c.type is EntityType.PERSON]
        self.runs: Counter[tuple[str, ...]] = Counter(
            tuple(tokens[k].folded for k in range(c.first, c.last + 1)) for c in persons
        )
        # a word written alone names someone when a cue found it, or twice (as name_spans reads it)
        self.alone_count: Counter[str] = Counter()
        for c in persons:
            if c.first == c.last:
                self.alone_count[tokens[c.first].folded] += 2 if c.cue in CUED else 1
        self.alone_person = {word for word, n in self.alone_count.items() if n >= 2}
        # a word written alone with no person reading: an untyped word the tagger sees no name in,
        # or one typed a place or a body
        self.alone_thing: set[str] = set()
        self.alone_typed: set[str] = set()  # typed a place or a body: by the rules, or the tagger's label
        for c in candidates:
            if c.first != c.last:
                continue
            word = tokens[c.first].folded
            typed = c.type in (EntityType.PLACE, EntityType.ORGANIZATION)
            if typed or (c.type is None and tagging.person[c.first] < FRONT_BELOW):
                self.alone_thing.add(word)
            if typed or tagging.labels[c.first][2:] in ("ORG", "LOC"):
                self.alone_typed.add(word)
        # a town the article writes after a regional body's head ("DPRD Sukamaju", "Kabupaten Sukamaju")
        self.regions = {run[0] for run in region_runs(tokens) if len(run) == 1}
        self.bodies = {
            tokens[c.first].folded
            for c in candidates
            if c.type in (EntityType.PLACE, EntityType.ORGANIZATION) and c.last > c.first
        }  # "Persikota Sukamaju": a club's first word before its town
        self.defined = _defined_short_names(tokens, candidates)

    def no_name_word(self, token: Token) -> bool:
        """The article shows the word names no one: it writes it in lower case, alone as a thing, or
        opening a body's or place's name; or the gazetteer knows it (:func:`front_is_no_name`)."""
        word = token.folded
        if self.alone_count[word]:
            return False
        seen = word in self.lower or word in self.alone_thing or word in self.bodies or word in self.defined
        return seen or front_is_no_name(token.text)

    def thing_word(self, token: Token) -> bool:
        """Evidence other than the tagger's that the word names a thing: the article writes it in lower
        case, alone as a place or body, or opening one; the gazetteer knows it (:func:`front_is_no_name`).
        A word the article writes alone as a name never is one, and the dictionary is no evidence here:
        given names are dictionary words too ("Putri", "Indah"), and the tagger may doubt them."""
        word = token.folded
        if self.alone_count[word]:
            return False
        seen = word in self.lower or word in self.alone_typed or word in self.bodies
        return seen or front_is_no_name(token.text)

    def rest_written(self, first: int, last: int, own: tuple[str, ...]) -> bool:
        """The words ``first..last`` are written as this person elsewhere: the same run (or spelt a letter
        apart in a word: "Djadjang"/"Djajang"), or one word alone."""
        rest = tuple(self.tokens[k].folded for k in range(first, last + 1))
        if len(rest) > 1 and self.runs[rest] - (rest == own) > 0:
            return True
        # the same run spelt with a letter more or less in a word ("Djajang"/"Djadjang")
        if len(rest) > 1 and any(_spelt_alike(rest, run) for run in self.runs if run not in (own, rest)):
            return True
        return any(self.tokens[k].folded in self.alone_person for k in range(first, last + 1))

    def tagger_starts_after(self, first: int, last: int) -> bool:
        """The tagger's reading starts a person's name at ``first + 1``, not at ``first``, and is sure
        of the words from there to ``last``."""
        t = self.tagging
        return (
            not t.labels[first].endswith("-PER")
            and t.labels[first + 1] == "B-PER"
            and t.person_score(first + 1, last) >= REST_AT
        )


def _defined_short_names(tokens: list[Token], candidates: list[Candidate]) -> frozenset[str]:
    """The folded words the article defines in brackets right after a body's name as its short name
    ("Komisi Contoh Nasional (Kocnas)"): one capitalised word, the bracket closing after it."""
    found: set[str] = set()
    for c in candidates:
        at = c.last + 1
        if c.type is not EntityType.ORGANIZATION or at + 1 >= len(tokens):
            continue
        word = tokens[at]
        if word.capitalised and word.gap.strip() == "(" and tokens[at + 1].gap.lstrip().startswith(")"):
            found.add(word.folded)
    return frozenset(found)


def _spelt_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two runs of as many words, each the same or a letter apart (same first letter, five or more)."""
    if len(a) != len(b):
        return False
    return all(
        x == y or (x[0] == y[0] and min(len(x), len(y)) >= SPELT_MIN and one_edit(x, y))
        for x, y in zip(a, b, strict=True)
    )


def _fixed(tokens: list[Token], c: Candidate) -> bool:
    """A run whose front may not be cut: one holding a listed figure's name or word (the figure rules
    read those), a given name, initials, a quoted nickname, a hyphen or a mark after the front."""
    front = tokens[c.first]
    whole = " ".join(tokens[k].text for k in range(c.first, c.last + 1))
    return (
        not front.capitalised
        or front.folded in first_names()
        or is_initials(front.text)
        or any(full_name(tokens[k].text) is not None for k in range(c.first, c.last + 1))
        or full_name(whole) is not None
        or c.nickname == c.first
        or tokens[c.first + 1].hyphenated
        or tokens[c.first + 1].gap != " "
    )


_cut: RecentBodies[frozenset[str]] = RecentBodies()  # for the statements layer that reads them next


def glued_front_words(body: str) -> frozenset[str]:
    """The folded words ``recognise`` cut from the front of a person's run in ``body`` (one of the last
    few recognised): the statements layer reads the same runs and must not put them back."""
    return _cut.get(body) or frozenset()


def remember_glued_fronts(body: str, words: frozenset[str]) -> None:
    """Keep the words another reader cut from the front of ``body``'s persons (English offices:
    :mod:`english_offices`) for the statements layer, as :func:`cut_glued_fronts` keeps its own."""
    _cut.remember(body, words)


def cut_glued_fronts(body: str, tokens: list[Token], candidates: list[Candidate], tagging: Tagging) -> None:
    """Person candidates start after a front word that the article shows is no name word."""
    runs = [c for c in candidates if c.type is EntityType.PERSON and c.last > c.first]
    cut: set[str] = set()
    if not runs:
        _cut.remember(body, frozenset())
        return
    wanted = [False] * len(tokens)
    for c in candidates:  # the runs, and the words written alone that may show what a front word is
        if (c.type is EntityType.PERSON and c.last > c.first) or (c.type is None and c.first == c.last):
            wanted[c.first] = True
    tagging = tag_tokens(tokens, wanted, done=tagging)  # the sentences of cued names were not asked
    article = _Article(tokens, candidates, tagging)
    for c in runs:
        while c.last > c.first and not _fixed(tokens, c):
            own = tuple(tokens[k].folded for k in range(c.first, c.last + 1))
            front = tokens[c.first]
            shown = article.no_name_word(front)
            # a dictionary word may be a given name ("Bintang Fulan" with "Fulan" written alone): only
            # the tagger's reading of this very run cuts it
            word = shown or (is_lower_word(front.folded) and not article.alone_count[front.folded])
            if not word:
                break
            written = shown and article.rest_written(c.first + 1, c.last, own)
            # a Title Case line (a headline, a caption) capitalises every word: the tagger's reading there
            # is no evidence of where a name starts
            read = (
                c.last - c.first >= 2
                and not front.title_case_line
                and article.tagger_starts_after(c.first, c.last)
            )
            # "Ketua DPRD Sukamaju Fulan Hidayat": the region the article names after a body's head
            # elsewhere, then two or more name words
            region = (
                front.folded in article.regions
                and c.last - c.first >= 2
                and not any(is_lower_word(tokens[k].folded) for k in range(c.first + 1, c.last + 1))
            )
            # "Pegawai Kemendiktisaintek Fulan": a ministry's glued short name is no one's name word, so
            # the article need not write the rest again; nor a body's the article itself defines
            # ("Komisi Contoh Nasional (Kocnas) ... anggota Kocnas Fulan Badu")
            body_name = office_compound(front.text) or front.folded in article.defined
            if not (written or read or region or body_name):
                break
            cut.add(tokens[c.first].folded)
            c.first += 1
            if c.nickname >= 0 and c.nickname < c.first:
                c.nickname = -1
        _cut_tail(tokens, c, article)
    _cut.remember(body, frozenset(cut))


def _cut_tail(tokens: list[Token], c: Candidate, article: _Article) -> None:
    """A run ends where the article writes the same person elsewhere, when the word after that is a
    thing's (:meth:`_Article.thing_word`): "Fulan Badu Dangdut Never Dies" after a show's
    noun, with "Fulan Badu" written elsewhere and "dangdut" in lower case."""
    if c.last - c.first < 2 or _fixed_tail(tokens, c):
        return
    own = tuple(tokens[k].folded for k in range(c.first, c.last + 1))
    for end in range(c.first + 1, c.last):
        after = tokens[end + 1]
        if not after.capitalised or after.gap != " " or not article.thing_word(after):
            continue
        kept = tuple(tokens[k].folded for k in range(c.first, end + 1))
        if article.runs[kept] - (kept == own) > 0:
            c.last = end
            return


def _fixed_tail(tokens: list[Token], c: Candidate) -> bool:
    """A run whose end may not be cut: one holding a listed figure's name, or a given name after its
    first word (a person's name may hold a dictionary word: "Fulan Bintang Badu")."""
    whole = " ".join(tokens[k].text for k in range(c.first, c.last + 1))
    return full_name(whole) is not None or any(
        tokens[k].folded in first_names() or full_name(tokens[k].text) is not None
        for k in range(c.first + 1, c.last + 1)
    )

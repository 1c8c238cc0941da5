"""Word lists for statement extraction, read once from the TSV files in ``kutip.index/data``.

The lists live in data files so that linguists can extend them without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..language import sections
from ..language.deputies import deputy_forms

_NO_WORDS: frozenset[str] = frozenset()  # a class no data file names (one object, not one a call)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Speech verbs by use, plus the word classes the name and cue parsers need.

    ``label`` verbs (``called``, ``menyebut``) introduce the speaker's own word for something,
    so a one-word quotation after them is still a quotation. ``participle`` verbs (``saying``)
    open a clause whose subject is the sentence's.
    """

    post: frozenset[str]
    active: frozenset[str]
    clitic: frozenset[str]
    passive: frozenset[str]
    according: frozenset[str]
    label: frozenset[str]
    continuing: frozenset[str]
    opinion: frozenset[str]
    participle: frozenset[str]
    classes: dict[str, frozenset[str]]
    # the words of several classes together, made once a process for each tuple of classes asked
    unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def is_a(self, word: str, cls: str) -> bool:
        return word.casefold() in self.classes.get(cls, _NO_WORDS)

    def is_any(self, word: str, classes: tuple[str, ...]) -> bool:
        """Whether ``word`` is of any of ``classes``: ``any(is_a(word, c) for c in classes)``,
        answered by one look-up in the classes' words joined (the parsers ask a word of seven
        classes at a time, tens of thousands of times an article set)."""
        words = self.unions.get(classes)
        if words is None:
            words = frozenset().union(*(self.classes.get(c, _NO_WORDS) for c in classes))
            self.unions[classes] = words
        return word.casefold() in words

    def is_verb(self, word: str) -> bool:
        w = word.casefold()
        return w in self.post or w in self.active or w in self.clitic


@dataclass(frozen=True, slots=True)
class SpeechCues:
    """The speech verbs as the entity recogniser reads them: ``before`` a speaker (``kata X``,
    ``katanya``, ``according to X``; word tuples) and ``after`` one (``X mengatakan``, ``X said``)."""

    before: frozenset[tuple[str, ...]]
    after: frozenset[str]


@cache
def speech_cues() -> SpeechCues:
    """The recogniser's view of ``speech_verbs.tsv``, so that both analysers share one list."""
    lex = lexicon()
    before: set[tuple[str, ...]] = {(w,) for w in lex.post | lex.clitic | lex.according}
    before |= {(w, "to") for w in lex.according if w == "according"}
    return SpeechCues(frozenset(before), frozenset(lex.active | lex.opinion))


# what the lexicon is read from
DATA_FILES = ("speech_verbs.tsv", "speech_lexicon.tsv", "language/ranks_en.txt")
_VERBS, _CLASSES, _RANKS_EN = DATA_FILES
# the sections of the English ranks list and the lexicon classes their words join
_RANK_CLASSES = {
    "ranks": ("role",),
    "rank_modifiers": ("rank_modifier",),
    "abbreviations": ("role", "abbreviation"),
}


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kutip.index").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Every use a row of speech_verbs.tsv may give a verb (its third column, comma-separated).
USES = (
    "post",
    "active",
    "clitic",
    "passive",
    "according",
    "label",
    "continuing",
    "opinion",
    "participle",
    "intro",
    "intro_active",
)


@cache
def verbs_of(lang: str) -> frozenset[str]:
    """The speech verbs ``speech_verbs.tsv`` gives for one language (``id`` or ``en``), folded."""
    return frozenset(form.casefold() for form, verb_lang, _kinds in _rows(_VERBS) if verb_lang == lang)


@cache
def lexicon() -> Lexicon:
    uses: dict[str, set[str]] = {k: set() for k in USES}
    for form, _lang, kinds in _rows(_VERBS):
        for kind in kinds.split(","):
            uses[kind.strip()].add(form.casefold())
    classes: dict[str, set[str]] = {}
    for cls, word in _rows(_CLASSES):
        classes.setdefault(cls, set()).add(word.casefold())
    for section, words in sections(_RANKS_EN).items():
        for cls in _RANK_CLASSES.get(section, ()):
            classes.setdefault(cls, set()).update(w.casefold() for w in words)
    classes["role"] |= deputy_forms(classes["role"])  # "Wamentan" as "Mentan": see language.deputies
    return Lexicon(
        post=frozenset(uses["post"] | uses["intro"]),  # intro: a quotation's cue the tagger does not learn
        active=frozenset(uses["active"] | uses["intro_active"]),  # as intro: no feature of the tagger
        clitic=frozenset(uses["clitic"]),
        passive=frozenset(uses["passive"]),
        according=frozenset(uses["according"]),
        label=frozenset(uses["label"]),
        continuing=frozenset(uses["continuing"]),
        opinion=frozenset(uses["opinion"]),
        participle=frozenset(uses["participle"]),
        classes={k: frozenset(v) for k, v in classes.items()},
    )

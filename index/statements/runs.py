"""Runs of capitalised words, and which of their words are a person's name.

Judged on the words alone (the lexicon's classes), so the same answer holds wherever the run
is written; what one article knows about its people is the name book's (:mod:`.names`).
"""

from __future__ import annotations

from functools import lru_cache

from ..entities.lexicon import degrees as entity_degrees
from ..entities.lexicon import lexicon as entity_lexicon
from ..language import fold, folded_set, is_initials
from ..people.roles import role_words
from .fronts import cue_word
from .lexicon import lexicon
from .people import front_to_strip, known_place_or_body, plausible_person
from .text import Token, tokens

RUN_GAP = frozenset(" ()\u00a0")
TITLE_CLASSES = ("role", "rank", "unit", "place", "function", "indefinite", "pronoun")
NOT_NAME_CLASSES = ("unit", "orghead", "place_head")
_TITLE_ONLY_CLASSES = ("role", "rank", "abbreviation", "function", "pronoun", "unit")
_OFFICE_CLASSES = ("role", "rank", "unit", "place", "connector")
_MAX_OFFICE_WORDS = 5


def joined_gap(body: str, prev: Token, start: int) -> bool:
    """Whether only spaces or brackets separate ``prev`` from the word at ``start``; the dot of a
    title or rank abbreviation or of initials counts as a space (``Kombes Pol. Fulan``,
    ``Prof. Dr. Fulan``, ``Fulan D.W. Hidayat``)."""
    gap = body[prev.end : start]
    if gap.startswith(".") and _dotted(prev.text):  # "Fulan D.W. Hidayat": the initials' dot ends no name
        gap = gap[1:]
    return all(c in RUN_GAP for c in gap)


def _dotted(word: str) -> bool:
    lex = lexicon()
    return lex.is_a(word, "abbreviation") or lex.is_a(word, "rank") or is_initials(word)


def name_runs(body: str, start: int, end: int) -> list[list[Token]]:
    """Maximal runs of capitalised words, broken by punctuation other than brackets."""
    lex = lexicon()
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens(body, start, end):
        capitalised = tok.text[:1].isupper()  # not the property: this loop reads every word of a body
        if not current and not capitalised:
            continue
        if (capitalised or lex.is_a(tok.text, "connector")) and (
            not current or joined_gap(body, current[-1], tok.start)
        ):
            current.append(tok)
            continue
        runs.append(current)
        current = [tok] if capitalised else []
    if current:
        runs.append(current)
    return runs


def opener(word: str) -> bool:
    """A word that opens a phrase before the name it introduces: ``the``, ``Adapun``."""
    lex = lexicon()
    return lex.is_a(word, "anaphor_pre") or lex.is_a(word, "function")


def _is_title_like(w: str) -> bool:
    lex = lexicon()
    acronym = len(w) >= 2 and w.replace("-", "").isupper() and not is_initials(w)  # "T.J." opens a name
    if acronym or lex.is_any(w, TITLE_CLASSES) or cue_word(w):
        return True  # "Kata Fulan, …": a speech verb that opens the sentence, then the name
    # "President-elect", "Vice-Governor": a hyphenated title, whichever half is the role word
    return "-" in w and any(lex.is_a(part, "role") for part in w.split("-"))


def split_run(run: list[Token]) -> tuple[str, list[Token]]:
    """('person', name tokens) | ('org', run) | ('none', [])."""
    kind, first, last = _split_words(tuple(t.text for t in run))
    return kind, run[first:last]


@lru_cache(maxsize=1 << 15)
def _split_words(words: tuple[str, ...]) -> tuple[str, int, int]:
    """:func:`split_run` on the words alone (it reads nothing else), as the slice it keeps; the
    same runs of names recur through a body and across an archive, so the answer is kept."""
    lex = lexicon()
    kept = len(words)
    while kept > 1 and is_degree(words[kept - 1]):
        kept -= 1  # "Fulan Hidayat S.H", "Fulan Hidayat SH": a degree written after a name is none of it
    if kept < len(words):
        return _split_words(words[:kept])
    # the name is what follows the last title, place or acronym: "Menteri Luar Negeri AS Antony Blinken"
    i = len(words)
    if i >= 2 and _is_title_like(words[-1]) and not _is_title_like(words[-2]):
        i -= 1  # a surname that is also a title word: "Yusuf Hakim"
    while i > 0 and not _is_title_like(words[i - 1]):
        i -= 1
    first, last = i, len(words)
    while 0 < first < last - 1 and _continues_title(words[first]):
        first += 1  # "Menteri Sekretaris Negara Fulan": the office's field, then the name
    while first < last and lex.is_a(words[first], "connector"):
        first += 1
    while first < last and lex.is_a(words[last - 1], "connector"):
        last -= 1
    # a town or a known body glued between the office and the name:
    # "Kepala Dishub Surabaya Yusuf Hadi Kurniawan", "Epidemiolog Universitas Hasanuddin Andi Rahmat"
    first += front_to_strip(list(words[first:last]), after_title=i > 0)
    rest = list(words[first:last]) if first < last else []
    if len(rest) > 1 and lex.is_a(rest[-1], "place_tail"):
        return "org", 0, len(words)  # "Suropati Park": a place named after someone, not them
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


def _continues_title(word: str) -> bool:
    """A word that goes on with the title before it and opens no name there: the recogniser's
    portfolio words (``Negara`` of ``Sekretaris Negara``) and corps marks (``Inf`` of ``Kapten
    Inf``); a given name that is also a field stays."""
    folded = fold(word)
    known = folded in entity_lexicon().portfolios or folded in folded_set("language/corps.txt")
    return known and folded not in folded_set("people/words.txt", "given_names")


def is_degree(word: str) -> bool:
    """An academic degree as written after a name: dotted (``S.H``) or capitals inside (``SH``,
    ``MSi``); a title-case word (``Ma``) may be a surname the degrees list also spells."""
    if not word[:1].isupper() or (word[1:].islower() and "." not in word):
        return False
    return fold(word.replace(".", "")) in entity_degrees()


def _is_acronym_or_place(w: str) -> bool:
    return (len(w) >= 2 and w.replace("-", "").isupper()) or lexicon().is_a(w, "place")


def not_a_name(words: list[str]) -> bool:
    """Words that cannot be a person's name: ending in a weekday or month (``Fulan Selasa``,
    ``Dipastikan Januari``), holding a unit, office or place head (``Humas``, ``Divisi``,
    ``Depo``), titles only (``Kadiv``, ``Irjen Pol``), a nationality, an acronym or a known place or
    organisation."""
    lex = lexicon()
    if not words:
        return True
    if lex.is_a(words[-1], "time"):
        return True
    if any(lex.is_any(w, NOT_NAME_CLASSES) for w in words):
        return True
    if len(words) > 1 and lex.is_a(words[-1], "place_tail"):
        return True  # "Suropati Park", where "Park Fulan" is a name
    if all(lex.is_any(w, _TITLE_ONLY_CLASSES) for w in words):
        return True
    if all((fold(w),) in entity_lexicon().demonyms for w in words):
        return True  # "Indonesian", "the Indonesian government": a nationality is nobody's name
    return not plausible_person(words)


def contiguous(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` stands word for word inside ``whole``."""
    n = len(part)
    return 0 < n <= len(whole) and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _office_word(word: str, places: frozenset[str] = frozenset()) -> bool:
    lex = lexicon()
    return (
        lex.is_any(word, _OFFICE_CLASSES)
        or word.isupper()
        or known_place_or_body(word)
        or word.casefold() in places
    )


def office_named(name: str, first: str) -> bool:
    """Whether a "person" is an office's short form and its seat (``Kadinsos Sukamaju``): the
    name opens with the written first word, which the roles list spells out as an office."""
    words = name.split()
    return len(words) >= 2 and words[0] == first and not first.isupper() and is_role_word(first)


def is_role_word(word: str) -> bool:
    """A role word, or a short form the roles list spells out as one (``Menkominfo``)."""
    low = word.casefold()
    if lexicon().is_a(low, "role"):
        return True
    spelt = role_words((low,))
    return spelt != (low,) and lexicon().is_a(spelt[0], "role")


def bare_office(toks: list[Token], places: frozenset[str] = frozenset()) -> bool:
    """A bare title with no name: ``Kapolda``, ``Menteri Keuangan``, ``Kadiv Humas Polri``;
    ``places`` are further words of offices the article wrote (``Kapolres Sukamaju``). An
    adverb opening the sentence is no part of it (``Kini Menkominfo muncul``)."""
    lex = lexicon()
    while len(toks) > 1 and (
        opener(toks[0].text) or lex.is_a(toks[0].text, "time_mod") or lex.is_a(toks[0].text, "adverb")
    ):
        toks = toks[1:]
    return (
        len(toks) <= _MAX_OFFICE_WORDS
        and is_role_word(toks[0].text)
        and all(_office_word(t.text, places) or is_role_word(t.text) for t in toks)
    )


_MAX_LINKED_WORDS = 4
_MAX_SECOND_OFFICE_WORDS = 8  # "yang juga" and a second office


def linked_description_end(body: str, toks: list[Token], i: int, j: int) -> int:
    """Where a description ends that a linking word continues to its determiner (``politikus
    dari Partai X itu``: past the party, to ``itu``); ``j`` itself when the stop word is no link
    or no determiner closes the phrase within a few words."""
    lex = lexicon()
    if j == i or not lex.is_a(toks[j].text, "np_link"):
        return j
    for k in range(j + 1, min(len(toks), j + 1 + _MAX_LINKED_WORDS)):
        if not joined_gap(body, toks[k - 1], toks[k].start):
            return j
        if lex.is_a(toks[k].text, "pronoun_det"):
            return k + 1
    return j


def apposed_at(body: str, toks: list[Token], j: int) -> int | None:
    """The index of the word after the comma that closes the description ending before
    ``toks[j]``: ``j`` itself when a comma stands right there, or after a linked place or body
    (``pengamat politik dari Universitas X, Fulan``) of a few joined words; None otherwise."""
    if j <= 0 or j >= len(toks):
        return None
    if "," in body[toks[j - 1].end : toks[j].start]:
        return j
    lex = lexicon()
    reach = _MAX_LINKED_WORDS
    also = j + 1 < len(toks) and lex.is_a(toks[j + 1].text, "second_office")
    if also and lex.is_a(toks[j].text, "relative"):
        reach = _MAX_SECOND_OFFICE_WORDS  # "Kepala Kantor X yang juga Koordinator Misi SAR, Fulan"
    elif not lex.is_a(toks[j].text, "np_link"):
        return None
    for k in range(j + 1, min(len(toks), j + 1 + reach)):
        gap = body[toks[k - 1].end : toks[k].start]
        if "," in gap:
            return k
        if not joined_gap(body, toks[k - 1], toks[k].start):
            return None
    return None

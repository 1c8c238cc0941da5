"""Words glued to the front of a name that are no part of it, judged by their shape and class.

Real pages put a speech verb that opens the sentence (``Kata Fulan, …``, ``Menurutnya Sukamaju …``),
the second half of a hyphenated title (``President-Elect Fulan Hidayat``, read from ``Elect``),
a camel-cased app or brand (``akun TikTok Kang Fulan Hidayat``) or an honorific straight before a
name, and both the recogniser and the body's capitalised runs may keep them in the name. A
speaker shown as ``Kata Fulan`` is no one the reader can look up, so these words come off.
"""

from __future__ import annotations

import re

from ..entities.dictionary import is_plain_word
from ..entities.features import first_names
from ..entities.figures import full_name
from ..entities.lexicon import lexicon as gazetteer
from ..language import fold, folded_set, one_letter_added, whole_word_starts
from ..language import words as split_words
from .lexicon import lexicon, verbs_of
from .people import corps_mark, glued_front, known_place_or_body
from .text import Token, opens

# "TikTok", "YouTube", "WhatsApp": a capital inside a word after two lower-case letters; "McDonald"
# (one letter) and "MacArthur" (a surname prefix) are names
_CAMEL = re.compile(r"[A-Z]?[a-z]{2,}[A-Z][a-z]+")
_SURNAME_PREFIXES = ("Mac", "Mc")
_CLITIC = "nya"  # "menurutnya", "ujarnya": a cue with the third person glued to it
_HYPHENS = "-‐‑–"
_OPENER_CLASSES = ("function", "time_mod", "adverb", "conjunction", "complementiser", "pronoun", "summing")


def brand_shaped(word: str) -> bool:
    """A camel-cased word (``TikTok``): an app, a brand or a channel, not a given name."""
    return _CAMEL.fullmatch(word) is not None and not word.startswith(_SURNAME_PREFIXES)


def cue_word(word: str) -> bool:
    """An Indonesian speech verb or ``menurut``, bare or with ``-nya`` (``Kata``, ``Menurutnya``):
    capitalised only because it opens the sentence, never a first name. English verbs are left
    out: ``Said`` is a given name as well."""
    w = word.casefold()
    cues = verbs_of("id")
    if w in cues:
        return True
    stem = w[: -len(_CLITIC)] if w.endswith(_CLITIC) else ""
    return bool(stem) and stem in cues


def foreign_front(word: str) -> bool:
    """A word that may open a capitalised run but never a person's name: a speech cue, a
    camel-cased brand, an honorific (``Kang``, ``Pak``: the name follows it)."""
    return cue_word(word) or brand_shaped(word) or lexicon().is_a(word.rstrip("."), "honorific")


def hyphen_glued(body: str, start: int) -> bool:
    """Whether the word at ``start`` is the tail of a hyphenated word (``Elect`` of ``President-Elect``)."""
    return start >= 2 and body[start - 1] in _HYPHENS and body[start - 2].isalpha()


def name_without_front(body: str, words: list[str], starts: list[int]) -> list[str]:
    """``words`` without the leading words that are no part of the name (see the module and
    :func:`name_after_unused_front`), keeping one word at least. ``starts`` are where the body
    writes the name with its first word: a first word that is everywhere the tail of a
    hyphenated title comes off too."""
    k = _fronts(words)
    if k == 0 and len(words) > 1 and starts and all(hyphen_glued(body, s) for s in starts):
        k = 1
    return name_after_unused_front(body, words[k:])


def without_glued_code(body: str, words: list[str]) -> list[str]:
    """A name without a last word in capitals the body also writes on its own (``Fulan PKI`` where
    the article speaks of ``PKI`` elsewhere: a party's code glued on by a headline); a code written
    only after the name is the name's own (``Fulan MD``)."""
    last = words[-1]
    if len(words) < 2 or not (last.isupper() and last.isalpha() and len(last) >= 2):
        return words
    name = " ".join(words[:-1])
    alone = [at for at in whole_word_starts(body, last) if not body[:at].rstrip().endswith(name)]
    return words[:-1] if alone else words


def without_opener(body: str, run: list[Token]) -> list[Token]:
    """A run without the ordinary word that opens its sentence (``Lalu Fulan`` is "then Fulan",
    but ``, Lalu Fulan Hidayat`` inside a sentence is a name) and without the foreign front words
    before the name (``Kata Fulan, …``, ``akun TikTok Kang Fulan Hidayat``)."""
    lex = lexicon()
    if opens(body, run[0]) and lex.is_any(run[0].text, _OPENER_CLASSES):
        return run[1:]
    if len(run) > 1 and preposition(run[0].text):
        return run[1:]  # "Kepada Fulan, Bupati ...": a preposition opens no name wherever it stands
    return run[_fronts([t.text for t in run]) :]


def _fronts(words: list[str]) -> int:
    """How many leading ``words`` are foreign fronts, keeping one word at least."""
    k = 0
    while k < len(words) - 1 and foreign_front(words[k]):
        k += 1
    if len(words) - k > _MIN_NAME_WORDS and corps_mark(words[k]):
        k += 1  # "Bakamla Fulan Hidayat" after "Kapten": the corps the rank before it belongs to
    return k


_MIN_FRONT_LETTERS = 3  # an initial or a two-letter particle may be a name's own first word
_WORLD_GIVEN = "language/english_given_names.txt"  # common given names of the world, Indonesia's among them
_MIN_NAME_WORDS = 2  # the name left after its front words


def name_after_unused_front(body: str, words: list[str]) -> list[str]:
    """``words`` from the word the body itself starts the name with elsewhere.

    ``Speaker Fulan Hidayat`` then ``Fulan added``, ``Sports Achievement Fulan Hidayat`` then
    ``said Fulan``: the article refers to the person by a later word of the recognised name and
    never writes the words before it apart from it, so those are an office or a body glued on,
    not given names. A front word the training news knows as a given name (``Muhammad Fulan
    Hidayat`` then ``Fulan``) stays, as does one of the world's common given names the training
    news happens not to hold (``Sukamaju Rahmat Fulan Hidayat`` then ``kata Fulan``: the name opens
    at ``Rahmat``, the place before it comes off), and so do initials and particles; two name
    words at least stay, or one after a place or a body the gazetteer knows (``Kepala Dinas Kalsel
    Fulanuddin``, then ``ujar Fulanuddin``: the province's short form glued to a one-word name).
    A listed public figure's name as the list writes it stays whole: the list vouches for every
    word of it, and many Indonesians go by a middle name (``Sufmi Dasco Ahmad`` then ``kata
    Dasco``). Words the recogniser itself cut from the front of the person in this body (``bek
    Persikota Fulan Hidayat``, see :func:`.people.glued_front`) come off too, before and after
    those."""
    words = words[glued_front(body, words) :]  # "Persikota Fulan Hidayat": the recogniser cut the club
    words = words[_prepositions(words) :]  # "Kepada Fulan, Bupati ...": the sentence's opening word
    words = _after_unused_front(body, words)
    return words[glued_front(body, words) :]  # "Gelandang Persikota Fulan …": the role, then the club


def preposition(word: str) -> bool:
    """A preposition (``data/language/prepositions.txt``'s Indonesian ones, the lexicon's English
    ``preposition`` class): capitalised only where it opens a sentence (``Kepada Fulan, Bupati …``,
    ``Like Fulan, residents …``), never a name's first word."""
    return fold(word) in folded_set("language/prepositions.txt") or lexicon().is_a(word, "preposition")


def _prepositions(words: list[str]) -> int:
    """How many leading ``words`` are prepositions (:func:`preposition`), keeping one word at
    least: a sentence that opens with one capitalises it before the name it governs."""
    k = 0
    while k < len(words) - 1 and preposition(words[k]):
        k += 1
    return k


def _after_unused_front(body: str, words: list[str]) -> list[str]:
    if full_name(" ".join(words)) is not None:
        return words  # "Sufmi Dasco Ahmad", a listed figure's name, then "kata Dasco"
    given, world = first_names(), folded_set(_WORLD_GIVEN)  # "Rahmat Fulan Hidayat" then "kata Fulan"
    # "Fulan Smith Jr": the generational suffix is no name word of its own ("Smith Jr" is no name)
    suffixed = len(words) > 1 and lexicon().is_a(fold(words[-1].rstrip(".")), "name_suffix")
    for k in range(1, len(words)):
        front = words[k - 1]
        if len(front) < _MIN_FRONT_LETTERS or not front[:1].isupper():
            return words
        if _given(fold(front), given, world):  # the name opens here: "Sukamaju Rahmat Fulan" then "Fulan"
            return words[k - 1 :] if k > 1 and _written_apart(body, words[k], front) else words
        if k > len(words) - suffixed - _MIN_NAME_WORDS and not (k == 1 and known_place_or_body(front)):
            return words
        if _titled_given_name(body, front, words[k]):
            return words  # "Kombes Yoyon Tony Surya Putra" then "Tony": he goes by a middle name
        if fold(words[k]) in gazetteer().particles:
            continue  # "Fulan Al Badu" beside "Al Azhar": a particle alone shows no name starting there
        if _written_apart(body, words[k], words[k - 1]):
            return words[k:]
    return words


def _given(folded: str, *lists: frozenset[str]) -> bool:
    return any(folded in names for names in lists)


_NAME_GLUE = "\"'“”‘’«»„("  # a quoted nickname or a bracket inside a name: ``Fulan "Ulan" Hidayat``


def _written_apart(body: str, word: str, before: str) -> bool:
    """Whether the body writes ``word`` somewhere on its own: not after ``before``, nor after
    another capitalised word, a quotation mark or a bracket (a nickname inside the name)."""
    for at in whole_word_starts(body, word):
        head = body[max(0, at - 60) : at].rstrip(" \t\u00a0")
        if head.endswith(before) or head[-1:] in _NAME_GLUE:
            continue
        last = head.split()[-1:] if head else []
        if not last or not last[0][:1].isupper() or last[0][-1:] in ",.;:!?":
            return True
    return False


_VOWELS = frozenset("aeiouy")
_TITLE_SLIP_LETTERS = 6  # a title this long written a letter short is a slip of it ("Jendral")


def _titled_given_name(body: str, front: str, after: str) -> bool:
    """Whether the body writes a police or military rank or an academic or religious title straight
    before ``front`` (where ``after`` follows it) and ``front`` is a word of no other kind: the
    first word of the name.

    A rank opens the name it belongs to (``Kombes Yoyon Tony Surya Putra``, ``Jenderal Listyo
    Sigit Prabowo``), so the word after it is the person's own even when the article later calls
    them by a middle name: many Indonesians go by one. Only ranks (``people/words.txt``'s
    ``[ranks]`` that the gazetteer also holds as titles, as :mod:`.ranked` reads them): an office
    is followed by its region or body as often as by a name (``Gubernur Sukamaju Fulan``). An
    office's short form, a place or a body, an everyday word or a brand after a rank (``Kapolri
    Jendral``) is the office or the body, not a given name, so those still come off."""
    if not _name_only_word(front):
        return False
    ranks = folded_set("people/words.txt", "ranks")
    titles = gazetteer().titles
    for at in whole_word_starts(body, f"{front} {after}"):
        before = split_words(body[max(0, at - 40) : at])
        word = fold(before[-1].rstrip(".")) if before else ""
        if word in ranks and (word,) in titles:
            return True
    return False


def _name_only_word(word: str) -> bool:
    """A capitalised word that is nothing but a name as far as the project's lists know: no
    title or office short form (nor one written a letter short), no dictionary word, no place or
    body, no brand."""
    folded = fold(word)
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or not set(folded) & _VOWELS:
        return False  # "TNI", "Tbk": capitals or a clipped code
    if brand_shaped(word) or known_place_or_body(word):
        return False
    if is_plain_word(folded) or folded in gazetteer().title_starts:
        return False
    return not any(
        len(key) == 1 and len(key[0]) >= _TITLE_SLIP_LETTERS and one_letter_added(folded, key[0])
        for key in gazetteer().titles
    )

"""Person names reduced to comparable keys, and the tests that say two keys may be one person.

A key is the name's folded words without titles, ranks or forms of address
("Presiden Joko Widodo" and "Pak Joko Widodo" are both ``joko widodo``). Spelling keys
also undo the old Indonesian spelling (``oe``, ``dj``, ``tj``) and doubled letters, so
"Soekarnoputri" and "Sukarnoputri" meet.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from kutip.index.language import fold, letters_swapped, modern_spelling, words
from kutip.index.people.lexicon import folded_words, people_lexicon

__all__ = [
    "MIN_VARIANT_LETTERS",
    "bare",
    "contains",
    "cut_word_variant",
    "initial_variant",
    "initialled_form",
    "initials",
    "key_of",
    "office_free",
    "office_front",
    "same_spelling_variant",
    "same_word",
    "sounds_alike",
    "spelling",
    "sub_keys",
    "surname_alike",
]

MIN_VARIANT_LETTERS = 10  # shorter names differ by a letter too often to be one person misspelt
PAIR_MEMO = 1 << 15
"""Pairs of names (or name words) kept by each pair test's memo (least recently used dropped). The
people stage compares the names of a batch's people with their archive neighbours, so a long run
meets ~2,000 new pairs a memo every thousand articles: 262,144 kept (the earlier cap) grew each
memo to ~200,000 pairs at 100k, ~40 MB apiece in the writer, while the pairs asked again are a
batch's own and its recent neighbours' (``docs/benchmarks.md``, session 39)."""


@lru_cache(maxsize=65536)
def bare(name: str) -> str:
    """The name as written without titles and forms of address: "Pak Joko Widodo" -> "Joko Widodo".

    What is left keeps its own spelling ("Prabowo-Sandi" stays hyphenated).
    """
    from kutip.index.entities import strip_titles  # heavy to import: only once a name is looked up

    written = words(name)
    found = _without_office(words(strip_titles(name)))
    lexicon = people_lexicon()
    while len(found) > 1 and folded_words(found[0])[:1] and folded_words(found[0])[0] in lexicon.honorifics:
        found = found[1:]
    if not found:
        return ""
    dropped = len(written) - len(found)
    if dropped > 0 and written[dropped:] == found and fold(written[dropped - 1]) in lexicon.kept_titles:
        found = written[dropped - 1 :]  # "Paus Fulan II": the title is part of a pope's name
        dropped -= 1
    if dropped < 0 or written[dropped:] != found:
        return " ".join(found)
    at = 0
    for word in written[:dropped]:
        at = name.find(word, at) + len(word)
    return name[at:].strip(" \t\n.,;:")


def _without_office(found: list[str]) -> list[str]:
    """A name without an office or body the titles left before it ("House Speaker Fulan Hidayat"),
    read as the speaker parser reads a recognised name; two name words at least stay, but nothing of
    an office whose glued short name or English field stands before the name ("Pegawai
    Kemendiktisaintek Fulan", "Affairs Fulan")."""
    from kutip.index.entities.english_names import portfolio_word
    from kutip.index.entities.office_compounds import office_compound
    from kutip.index.statements.people import clean_person, front_to_strip, plausible_person

    # "Paguyuban Pegawai Kemendiktisaintek Fulan": a ministry's glued short name ends the office, as
    # a body's ("anggota Kompolnas Fulan") or an English field's ("Foreign Affairs Fulan") does: a
    # page that glued one to a name must not give the person that longer name archive-wide
    compound = max(
        (k for k, w in enumerate(found[:-1]) if office_compound(w) or portfolio_word(fold(w))), default=-1
    )
    found = found[compound + 1 :]
    if len(found) < 3:
        return found
    cleaned = clean_person(" ".join(found)) or found[front_to_strip(found, after_title=False) :]
    if (
        2 <= len(cleaned) < len(found)
        and found[len(found) - len(cleaned) :] == cleaned
        and plausible_person(cleaned)
    ):
        return cleaned
    return found


@lru_cache(maxsize=65536)
def office_front(word: str) -> bool:
    """Whether a folded word is an office's or a body's, never a name's, glued before a name: a body
    the gazetteer lists or its syllabic short name, a rank glued to its corps, an English office's
    field. A listed given name never is."""
    from kutip.index.entities.english_names import portfolio_word
    from kutip.index.entities.features import first_names
    from kutip.index.entities.lexicon import glued_rank, lexicon
    from kutip.index.entities.office_compounds import office_compound
    from kutip.index.models import EntityType

    if not word.isalpha() or word in first_names():
        return False
    entry = lexicon().entry([word], [word])
    body = entry is not None and entry.type is EntityType.ORGANIZATION
    return body or office_compound(word) or glued_rank(word) or portfolio_word(word)


@lru_cache(maxsize=65536)
def office_free(name: str) -> str:
    """``name`` without the titles, offices and bodies written before it, forms of address kept."""
    from kutip.index.entities import strip_titles

    return " ".join(_without_office(words(strip_titles(name))))


@lru_cache(maxsize=65536)
def key_of(name: str) -> str:
    """The folded words of a person's name without titles and forms of address ("" for a bare title)."""
    return " ".join(folded_words(bare(name)))


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """A folded word in modern spelling, doubled letters single: "soekarnoputri" -> "sukarnoputri"."""
    return modern_spelling(word)


def initials(key: str) -> str:
    """The first letter of each word in modern spelling: the blocking signature of variants."""
    return "".join(spelling(w)[:1] for w in key.split())


@lru_cache(maxsize=PAIR_MEMO)
def contains(longer: str, shorter: str) -> bool:
    """Whether the words of ``shorter`` occur in ``longer`` in order, starting with its first word.

    "Sri Mulyani" is in "Sri Mulyani Indrawati" and "Nadiem Makarim" in "Nadiem Anwar Makarim"
    (and in "Nadiem Anwar Makariem": a long word may be misspelt by a letter), but "Joko Widodo"
    is not in "Iriana Joko Widodo": another given name is another person, and "Fulan Smith" is
    not in "Fulan Smith Jr": a generational suffix names the son (or the father) of that name.
    """
    big, small = longer.split(), shorter.split()
    if len(small) >= len(big) or not small or spelling(small[0]) != spelling(big[0]):
        return False
    if _generational(big[-1]) and not _generational(small[-1]):
        return False
    at = 0
    for word in small:
        while at < len(big) and not _same_word(big[at], word):
            at += 1
        if at == len(big):
            return False
        at += 1
    return True


def _generational(word: str) -> bool:
    """Whether a folded name word is a generational suffix (``jr``, ``sr``, ``iii``)."""
    from kutip.index.statements.lexicon import lexicon  # the one list of them, with the speech words

    return lexicon().is_a(word.rstrip("."), "name_suffix")


@lru_cache(maxsize=PAIR_MEMO)
def _same_word(a: str, b: str) -> bool:
    """One word of a name, in any spelling, or a long word (five letters or more) one edit apart."""
    x, y = spelling(a), spelling(b)
    if x == y:
        return True
    return min(len(x), len(y)) >= 5 and x[:1] == y[:1] and _distance(x, y, 1) <= 1


def surname_alike(a: str, b: str) -> bool:
    """One last word of a name in any spelling, or a long one misspelt by a letter, as :func:`contains`
    reads the words of a name."""
    return _same_word(a, b)


def same_word(a: str, b: str) -> bool:
    """Two long words (five letters or more) one edit apart, whatever their first letters."""
    x, y = spelling(a), spelling(b)
    return x == y or (min(len(x), len(y)) >= 5 and _distance(x, y, 1) <= 1)


def sub_keys(key: str) -> list[str]:
    """Every shorter name of two or more words that ``key`` contains (``contains``)."""
    parts = key.split()
    found: list[str] = []
    for size in range(2, len(parts)):
        for rest in combinations(parts[1:], size - 1):
            found.append(" ".join((parts[0], *rest)))
    return list(dict.fromkeys(found))


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


# consonants Indonesian spelling of names writes either way: z or s ("Aziz"/"Azis"), f, v or p
# ("Yusuf"/"Yusup", "Novri"/"Nofri"); a vowel that differs ("Dedi"/"Dodi") is another name
_ONE_SOUND = frozenset(frozenset(pair) for pair in ("zs", "vf", "pf", "vp"))


def sounds_alike(x: str, y: str) -> bool:
    """Two spellings of one word that differ only in letters written for one sound, past the first."""
    return letters_swapped(x, y, _ONE_SOUND)


def _long_enough(x: str, y: str) -> bool:
    """A differing word is a typo rather than another name: long, or a letter dropped from a long-ish word.

    "Dedi"/"Dodi" and "Imam"/"Iman" are different names; "Puwo" is "Purwo" missing a letter.
    """
    shorter = min(len(x), len(y))
    return shorter >= 5 or (shorter >= 4 and abs(len(x) - len(y)) == 1)


@lru_cache(maxsize=PAIR_MEMO)
def same_spelling_variant(a: str, b: str) -> bool:
    """Two keys that are one long name spelt two ways ("Luhut Binsar Panjaitan"/"Pandjaitan").

    Same number of words (two or more), same initials, and either the words that differ differ
    only in letters written for one sound (:func:`sounds_alike`), or at least ten letters and the
    words that differ are long or lost a letter (a different short given name is a different
    person: "Dedi" is not "Dodi"): one edit for names under sixteen letters, two from sixteen on.
    """
    wa, wb = [spelling(w) for w in a.split()], [spelling(w) for w in b.split()]
    if a == b or len(wa) != len(wb) or len(wa) < 2:
        return False
    if any(x[:1] != y[:1] for x, y in zip(wa, wb, strict=True)):
        return False
    if wa == wb:
        return True
    letters = min(len("".join(a.split())), len("".join(b.split())))
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if all(sounds_alike(x, y) for x, y in differing):
        return True  # "Idham Azis"/"Idham Aziz", "Nofriansyah"/"Novriansyah": one sound, two letters
    if letters < MIN_VARIANT_LETTERS:
        return False
    if not all(_long_enough(x, y) for x, y in differing):
        return False
    limit = 1 if letters < 16 else 2
    return sum(_distance(x, y, limit) for x, y in differing) <= limit


@lru_cache(maxsize=PAIR_MEMO)
def initial_variant(a: str, b: str) -> bool:
    """Two keys that are one name with a word cut to its initial in one of them ("fulan s
    wibowo" for "fulan santoso wibowo"): a written initial is a short form, not another person.

    Three words at least, two of them written out alike in both, and every other word an initial
    of the other's word at the same place."""
    wa, wb = a.split(), b.split()
    if a == b or len(wa) != len(wb) or len(wa) < 3:
        return False
    spelt_alike = 0
    for x, y in zip(wa, wb, strict=True):
        if spelling(x) == spelling(y):
            spelt_alike += len(x) > 1
        elif not (
            (len(x) == 1 and len(y) > 1 and y.startswith(x))
            or (len(y) == 1 and len(x) > 1 and x.startswith(y))
        ):
            return False
    return spelt_alike >= 2


MIN_CUT_WORD = 4  # letters a word cut short keeps: "Akbar" of "Akbarshah", never "Ali" of "Alimin"


@lru_cache(maxsize=PAIR_MEMO)
def cut_word_variant(a: str, b: str) -> bool:
    """Two keys that are one name with a word cut short in one of them ("fulan akbar wibowo" for
    "fulan akbarsyah wibowo"): pages print a long given name whole or its first part.

    Three words at least, two of them spelt alike in both (the first and the last among them), and
    every other word the other's word cut after at least four letters."""
    wa, wb = [spelling(w) for w in a.split()], [spelling(w) for w in b.split()]
    if a == b or len(wa) != len(wb) or len(wa) < 3 or wa[0] != wb[0] or wa[-1] != wb[-1]:
        return False
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return bool(differing) and all(
        min(len(x), len(y)) >= MIN_CUT_WORD and (x.startswith(y) or y.startswith(x)) for x, y in differing
    )


_VOWELS = frozenset("aeiouy")


@lru_cache(maxsize=PAIR_MEMO)
def initialled_form(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with given names cut to their initials, the surname written out:
    "m syaugi" of "muhammad syaugi", "oded m danial" of "oded muhammad danial", and a run of
    initials written as one word ("rz fulan" of "rizal zainal fulan"), the letter of an
    honorific glued before it ("hm wardan": H for haji, M for Muhammad).

    Only a shape: one person written two ways or two people with one surname, the caller
    decides (:func:`kutip.index.people.groups` joins them only when the archive writes out one
    name that fits). Every word of ``full`` is accounted for, in order; at least one initial."""
    sw, fw = short.split(), full.split()
    if len(sw) < 2 or len(fw) < 2 or len(sw[-1]) < 2 or spelling(sw[-1]) != spelling(fw[-1]):
        return False
    return _fits(tuple(sw[:-1]), tuple(fw[:-1]), first=True, cut=False)


def _fits(short: tuple[str, ...], full: tuple[str, ...], *, first: bool, cut: bool) -> bool:
    """Whether the front words ``short`` write ``full``'s front words, some as initials (``cut``:
    one has been so far)."""
    if not short:
        return not full and cut
    word, rest = short[0], short[1:]
    if len(word) == 1:
        return bool(full) and _initial_of(word, full[0]) and _fits(rest, full[1:], first=False, cut=True)
    if full and spelling(word) == spelling(full[0]) and _fits(rest, full[1:], first=False, cut=cut):
        return True
    if not (first and 2 <= len(word) <= 3 and not _VOWELS & set(word)):
        return False  # a run of initials in one word ("RZ", "HM") opens the name
    honorifics = people_lexicon().honorifics
    for glued in range(len(word)):  # the letters of an honorific first ("H" of "HM"), then initials
        if glued and word[:glued] not in honorifics:
            continue
        letters = word[glued:]
        spelt = len(letters) <= len(full) and all(
            _initial_of(c, w) for c, w in zip(letters, full, strict=False)
        )
        if spelt and _fits(rest, full[len(letters) :], first=False, cut=True):
            return True
    return False


def _initial_of(letter: str, word: str) -> bool:
    """Whether ``letter`` is the initial of ``word`` in its own or its modern spelling."""
    return len(word) > 1 and (word[0] == letter or spelling(word)[0] == letter)

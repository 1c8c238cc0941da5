"""A listed figure called by one word: "Anies dan Ahok Tak Hadiri Rapat", "Tugas dari Anies", "Anies-Sandi".

Headlines, link lists and quotes call well-known people by one word: a nickname ("Ahok") or
the first word of the full name ("Anies", "Gibran"). Such a word alone carries no cue for the
rules and the tagger often doubts it in Title Case. The nickname list
(``data/people/nicknames.tsv``) knows these people: a listed form written alone names its figure,
and so does a first word that opens no other listed name and is no ordinary, title or gazetteer
word ("Budi", "Sri", "Raja" open several names or are words; they stay open).

A first word is only the figure's where it is rare as a given name: the figures the list names in full
(:func:`~kutip.index.language.nicknames.named_in_full`: athletes, leaders abroad) give no first word; one
of the world's common given names (``language/english_given_names.txt``: "Dedi", "George") names no
figure alone, and in an article
that writes the word opening someone else's name ("Kepala desa Fulan Rahman", the figure being "Fulan
Bowo") the word alone is that person, not the figure (:func:`other_bearers`).

Two such words in one run are a pair of people, as election tickets and duos are written
("Prabowo-Gibran", "Jokowi Ma'ruf"); a hyphen after or before one of them pairs it with any name
("Anies-Sandi").
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from kutip.index.entities.cues import Candidate
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.headlines import is_plain_word
from kutip.index.entities.lexicon import Lexicon, lexicon
from kutip.index.entities.tagger import Tagging
from kutip.index.language import Token, fold, folded_set, nickname_rows, words, written_lower
from kutip.index.language.nicknames import named_in_full
from kutip.index.models import EntityType

__all__ = [
    "FIGURE_CUE",
    "addressed_word",
    "cue_headline_figures",
    "figure_name_words",
    "figure_word",
    "other_bearers",
    "split_tickets",
    "type_figure_words",
]

FIGURE_CUE = "figure"
_MIN_LETTERS = 4  # "Ani", "Tri", "Edy": short first words are too often other things
PLACE_AT = 0.5  # a word the tagger reads as an organisation or place this surely is a street or a body
_WORLD_GIVEN = "language/english_given_names.txt"  # common given names of the world, Indonesia's among them


@cache
def _first_words(addressed: bool = False) -> dict[str, str]:
    """Folded first word -> full name, for first words that open exactly one listed name; ``addressed``:
    after a word of address, where the figures named in full give their first word too."""
    lex = lexicon()
    opens: Counter[str] = Counter()
    owner: dict[str, str] = {}
    in_full = frozenset[str]() if addressed else named_in_full()
    for full, forms in nickname_rows():
        if full in in_full:  # "Marc Márquez": a lone "Marc" is anyone's
            continue
        firsts = {fold(words(form)[0]) for form in (full, *forms) if words(form)}
        for word in firsts:
            opens[word] += 1
        if words(full):
            owner.setdefault(fold(words(full)[0]), full)
    return {
        word: full
        for word, full in owner.items()
        if opens[word] == 1
        and len(word) >= _MIN_LETTERS
        and word not in lex.common
        and word not in lex.title_starts
        and not is_plain_word(word)
        and lex.entry([word], [word]) is None
        and word not in folded_set(_WORLD_GIVEN)  # "Dedi", "George": many people's, no one figure's
    }


@cache
def figure_name_words() -> frozenset[str]:
    """Every folded word of every listed figure's names ("puan", "maharani"): a headline's word that may
    be a figure's name, though the dictionary knows it too."""
    rows = nickname_rows()
    return frozenset(fold(w) for full, forms in rows for form in (full, *forms) for w in words(form))


@cache
def _own_words(full: str) -> frozenset[str]:
    """The folded words of a figure's full name and of every form the list gives for it."""
    forms = [form for name, others in nickname_rows() if name == full for form in (name, *others)]
    return frozenset(fold(w) for form in forms or [full] for w in words(form))


def other_bearers(tokens: list[Token]) -> frozenset[str]:
    """Figures' first words the article writes opening someone else's name: "Fulan" where prose has
    "Fulan Rahman" and the listed figure is "Fulan Bowo". There the word alone is that person.

    The next word must be a capitalised name word of the prose (not on a Title Case line, where a
    headline's verb follows the figure: "Fulan Tinjau Pasar"), no word of the figure's own names, no
    acronym, no other figure's word ("Fulan-Badu" tickets) and no word the article writes in lower case.
    """
    firsts = _first_words()
    lower: frozenset[str] | None = None
    found: set[str] = set()
    for k in range(len(tokens) - 1):
        token, after = tokens[k], tokens[k + 1]
        full = firsts.get(token.folded)
        if full is None or not token.capitalised or token.title_case_line or token.folded in found:
            continue
        if after.gap != " " or not after.capitalised or after.acronym or not after.text[1:2].islower():
            continue
        if after.folded in _own_words(full) or figure_word(after.text) is not None:
            continue
        if lower is None:
            lower = written_lower(tokens)
        if after.folded not in lower:
            found.add(token.folded)
    return frozenset(found)


def _names_figure(token: Token, others: frozenset[str]) -> bool:
    """Whether ``token`` alone names a listed figure in this article: a listed form always does; a first
    word does unless the article writes it opening someone else's name."""
    if full_name(token.text) is not None:
        return figure_word(token.text) is not None
    return token.folded not in others and figure_word(token.text) is not None


@cache
def _capital_forms() -> frozenset[str]:
    """Folded forms the list writes in capitals ("HRS", "BTP"): only a word written so is one."""
    return frozenset(fold(form) for _, forms in nickname_rows() for form in forms if form.isupper())


def figure_word(word: str) -> str | None:
    """The full name of the listed figure one word names ("Ahok", "Anies"), or None."""
    if len(words(word)) != 1 or (fold(word) in _capital_forms() and not word.isupper()):
        return None  # "Hrs-nya" is no "HRS"
    return full_name(word) or _first_words().get(fold(word))


def addressed_word(word: str) -> str | None:
    """The listed figure a given name names after a word of address ("Bang Fulan"): the press calls a
    well-known person so by the given name, whichever section of the list names them; a given name that
    opens more than one listed name, or is a common one of the world, names no one."""
    if len(words(word)) != 1:
        return None
    return _first_words(addressed=True).get(fold(word))


def _nickname(word: str) -> bool:
    """A listed form that is none of the full name's own words ("Jokowi", not "Anies")."""
    full = full_name(word)
    return full is not None and fold(word) not in {fold(w) for w in words(full)}


def type_figure_words(
    tokens: list[Token], candidates: list[Candidate], lex: Lexicon, tagging: Tagging
) -> None:
    """Open one-word candidates that name a listed figure become persons (cue :data:`FIGURE_CUE`).

    Streets, airports and universities carry heroes' names ("Kantor X, Sudirman, Jakarta"): a word
    the tagger reads as a place or a body (:data:`PLACE_AT`) stays open, and so does a first word the
    article gives someone else (:func:`other_bearers`).
    """
    others = other_bearers(tokens)
    for c in candidates:
        if c.type is not None or c.first != c.last:
            continue
        token = tokens[c.first]
        if (token.acronym and full_name(token.text) is None) or (token.folded,) in lex.org_heads:
            continue
        other = tagging.other[c.first] if c.first < len(tagging.other) else 0.0
        if _names_figure(token, others) and other < PLACE_AT:
            c.type = EntityType.PERSON
            c.cue = FIGURE_CUE
            c.weak = False  # the list vouches for the word, as a cue would


def cue_headline_figures(tokens: list[Token], candidates: list[Candidate], tagging: Tagging) -> None:
    """Weak person runs that come down to a listed figure's one word take the figure's cue.

    "Gibran Maju Pilwakot" in a related headline is cut at its verb after the figure words were typed,
    and "Respons Jokowi" glues an ordinary word before the figure in a Title Case line: with no cue,
    either would be dropped as an unlinked run of capitals. A word the tagger reads as a place or a
    body (:data:`PLACE_AT`) or a first word the article gives someone else stays as it is.
    """
    others: frozenset[str] | None = None
    for c in candidates:
        if c.type is not EntityType.PERSON or not c.weak:
            continue
        last = tokens[c.last]
        if figure_word(last.text) is None:
            continue
        if others is None:
            others = other_bearers(tokens)
        if not _names_figure(last, others) or (
            c.last < len(tagging.other) and tagging.other[c.last] >= PLACE_AT
        ):
            continue
        before = tokens[c.first : c.last]
        if before and not (last.title_case_line and all(_plain(t) for t in before)):
            continue
        c.first, c.cue, c.weak = c.last, FIGURE_CUE, False


def _plain(token: Token) -> bool:
    """An everyday word that is no given name ("Respons", "Soal"), as headlines glue to a figure."""
    return token.folded not in first_names() and is_plain_word(token.folded) and not token.acronym


def split_tickets(tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """Two-word person runs that pair two people ("Prabowo-Gibran", "Jokowi Ma'ruf") as two persons.

    A run the list writes as one name ("Mahfud MD") stays, and both words must name different listed
    figures; without a hyphen one of them must be a nickname, since first words may make another
    person's full name ("Joko Anwar").
    """
    out: list[Candidate] = []
    for c in candidates:
        if c.type is EntityType.PERSON and c.last == c.first + 1 and _ticket(tokens[c.first], tokens[c.last]):
            for k in (c.first, c.last):
                cue = FIGURE_CUE if figure_word(tokens[k].text) is not None else c.cue
                out.append(Candidate(k, k, EntityType.PERSON, cue))
        else:
            out.append(c)
    return out


def _ticket(first: Token, second: Token) -> bool:
    if full_name(f"{first.text} {second.text}") is not None or not second.capitalised:
        return False
    one, two = figure_word(first.text), figure_word(second.text)
    if one is None or two is None or one == two:
        return False
    if second.gap == "-":
        return True
    if first.acronym or second.acronym:  # "Jokowi JK" is written as one name as often as two
        return False
    return _nickname(first.text) or _nickname(second.text)

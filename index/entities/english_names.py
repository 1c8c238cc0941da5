"""English bodies: a run that opens with a common given name is a person without a cue.

The tagger learnt Indonesian and is not run on English bodies as a whole; a run of capitals
there that no title, speech verb or byline marks is asked of the tagger on its own, which
gives names in object position or in a list next to nothing ("beat compatriot Fulan Wibowo
21-15", "runner-up Fulan Badu. PHOTO: ..."). English prose names people by a given name and a
family name, so a run that opens with a common given name of the world
(``language/english_given_names.txt``, written from general knowledge) and goes on with one to
three capitalised, name-shaped words is a person's name on its own.

Guards: no word of the run may head an organisation, a place, a law or an event, be a
nationality, a calendar word or an acronym; a run that is a gazetteer entry, or stands on a
Title Case headline line, is not vouched for.
"""

from __future__ import annotations

from functools import cache

from kutip.index.entities.features import first_names
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import Token, fold, folded_set, lines, words
from kutip.index.models import EntityType

__all__ = ["after_role_noun", "given_name_run", "ordinary_english_name", "portfolio_word", "role_noun_name"]

_GIVEN = "language/english_given_names.txt"
_NON_NAMES = "language/english_non_names.txt"
_CALENDAR = "language/calendar.txt"
_ROLES = "language/english_role_nouns.txt"
_VOCABULARY = "linking_bilingual.tsv"  # English news words (first cell), written for cross-language linking
_FUNCTION_WORDS = "stopwords_en.txt"
_MAX_AFTER = 3  # name-shaped words after the given name ("Fulan Sinisuka Badu")


def _given_names() -> frozenset[str]:
    return folded_set(_GIVEN)


def _name_shaped(token: Token) -> bool:
    """A capitalised word of letters (an apostrophe or a hyphen inside), not written in capitals."""
    text = token.text
    if not token.capitalised or token.acronym or not text[1:2].islower():
        return False
    return all(ch.isalpha() or ch in "'’-" for ch in text)


def _no_name_word(folded: str) -> bool:
    """A word that heads a body, a place, a law or an event, a nationality or a calendar word."""
    lex = lexicon()
    key = (folded,)
    if key in lex.org_heads or key in lex.thing_heads or folded in lex.place_heads or key in lex.demonyms:
        return True
    non_names = (folded_set(_NON_NAMES, s) for s in ("heads", "leads", "portfolios", "verbs", "openers"))
    if any(folded in words for words in non_names):
        return True
    return any(folded in folded_set(_CALENDAR, s) for s in ("months", "weekdays"))


def given_name_run(tokens: list[Token], first: int, last: int) -> bool:
    """Whether ``first..last`` of an English body is a given name and one to three name words after it."""
    if not 1 <= last - first <= _MAX_AFTER or last >= len(tokens):
        return False
    return tokens[first].folded in _given_names() and _name_run(tokens, first, last)


def after_role_noun(tokens: list[Token], first: int, last: int) -> bool:
    """Whether ``first..last`` of an English body is two to four name words after a role noun.

    "beat compatriot Fulan Badu", "French climber Fulan Badu", "runner-up Fulan Badu": a noun of a
    person's role, trade or standing (``language/english_role_nouns.txt``) written in lower case on
    the same line right before the run says a person follows, as a title does.
    """
    if not 1 <= last - first <= _MAX_AFTER or last >= len(tokens) or first < 1:
        return False
    before = tokens[first - 1]
    if before.capitalised or tokens[first].gap != " ":
        return False
    nouns = folded_set(_ROLES)
    word = before.folded
    joined = first >= 2 and before.gap == "-" and f"{tokens[first - 2].folded}-{word}" in nouns  # "runner-up"
    cued = joined or (word in nouns and before.gap != "-")
    return cued and not _no_name_word(tokens[first].folded) and _name_run(tokens, first, last)


def role_noun_name(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` of an English body is one name word right after a role noun ("singles player
    Fulanto.", "board member Badunto, and ..."): the noun says a person follows, and a person known by one
    name is common in Indonesian news; the word must be no ordinary English word, head or gazetteer entry."""
    if k < 1 or (k + 1 < len(tokens) and tokens[k + 1].capitalised and tokens[k + 1].gap == " "):
        return False
    before = tokens[k - 1]
    if before.capitalised or tokens[k].gap != " " or before.gap == "-":
        return False
    if before.folded not in folded_set(_ROLES):
        return False
    word = tokens[k]
    if _no_name_word(word.folded) or not _name_run(tokens, k, k) or lexicon().entry([word.text]) is not None:
        return False
    return not ordinary_english_name(word.text)


def _name_run(tokens: list[Token], first: int, last: int) -> bool:
    """Name-shaped words, none a head, nationality or calendar word, no gazetteer entry but a person's."""
    if tokens[first].title_case_line:
        return False
    run = tokens[first : last + 1]
    if not all(_name_shaped(t) for t in run):
        return False
    if any(_no_name_word(t.folded) for t in run[1:]):
        return False
    entry = lexicon().entry([t.text for t in run])
    return entry is None or entry.type is EntityType.PERSON


@cache
def _english_words() -> frozenset[str]:
    """Stems of the English news words the project knows (the bilingual lexicon's English side, stopwords)."""
    from kutip.index.search.stemming import stem_en_mended

    found: set[str] = set()
    for line in lines(_VOCABULARY):
        word = fold(line.split("\t", 1)[0].strip())
        if word and " " not in word:
            found.add(stem_en_mended(word))
    found.update(stem_en_mended(fold(w.strip())) for w in lines(_FUNCTION_WORDS))
    return frozenset(found)


def portfolio_word(folded: str) -> bool:
    """A ministry's field as English writes it in an office ("affairs", "entities"), no given name:
    it ends an office before a name and never opens one (``language/english_non_names.txt``)."""
    return folded in folded_set(_NON_NAMES, "portfolios") and folded not in _given_names() | first_names()


def ordinary_english_name(name: str) -> bool:
    """Whether a person's ``name`` found in an English body is only ordinary English words.

    "Olympic Record", "Flight Data Recorder", "Central": every word (stemmed) is an English
    news word of the bilingual lexicon or a function word, and none is a given name (this
    module's list or the tagger's). A person's name holds a word of its own (a given or a
    family name), so such a run with no cue is a label, not a person.
    """
    from kutip.index.search.stemming import stem_en_mended

    parts = [fold(w) for w in words(name.replace("-", " "))]
    if not parts or any(w in _given_names() or w in first_names() for w in parts):
        return False
    known = _english_words()
    return all(w.isalpha() and stem_en_mended(w) in known for w in parts)

"""Reduces a statement to the content terms that survive rewording.

Outlets reword the same remark: aliases (``Korut``/``Korea Utara``, ``AS``/``Amerika
Serikat``), affixes (``menargetkan``/``target``), register (``tak``/``tidak``) and word
order. Comparing folded, alias-resolved, stemmed words without function words makes
those pairs look alike while keeping the words that carry what was said.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kutip.index.language import lines
from kutip.index.linking.variants import VARIANTS
from kutip.index.search.stemming import root_words, stem_en_mended, stem_id
from kutip.index.stopwords import stopwords

if TYPE_CHECKING:
    from kutip.index.entities.lexicon import Lexicon

__all__ = [
    "clause_terms",
    "content_terms",
    "fold_word",
    "language_of",
    "numbers_of",
    "sentence_terms",
    "words_of",
]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+[^\W_]*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MAX_ABBREVIATION = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9])")
# "US$30 billion", "US$ 30 miliar": the dollar, as "USD30" is; the country's alias otherwise
_US_DOLLAR = re.compile(r"\bUS\s?\$")
_CLAUSE_END = re.compile(r"[,;:](?!\d)\s*|\s+[-–—]+\s+")


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """Case- and accent-folded, with typographic apostrophes made plain."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    """The words of ``text`` as written (hyphenated compounds split, numbers kept whole)."""
    return _TOKEN.findall(text)


# one separator and one or two digits after it: a decimal (``6,5``, ``6.50``), never thousands
_DECIMAL = re.compile(r"(\d+)[.,](\d{1,2})")


def _figure(word: str) -> str:
    """A figure as a term: separators dropped, and a decimal's trailing zeros too, so ``6.50 percent``
    and ``6,5 persen`` meet (``5.75`` and ``5,75`` are ``575`` either way)."""
    decimal = _DECIMAL.fullmatch(word)
    if decimal:
        whole, fraction = decimal.groups()
        return whole + fraction.rstrip("0")
    return re.sub(r"[.,]", "", word)


@lru_cache(maxsize=200_000)
def _stem(word: str, lang: str) -> str:
    if _NUMBER.fullmatch(word):
        return _figure(word)
    return stem_en_mended(word) if lang == "en" else stem_id(word)


@cache
def _lexicon() -> Lexicon:
    """The gazetteer, imported on first use: the entities package is heavy, and a one-shot
    command that only reads clusters never needs it."""
    from kutip.index.entities.lexicon import lexicon

    return lexicon()


def _alias_token(written: list[str], start: int) -> tuple[str, int] | None:
    """The gazetteer name starting at ``start`` as one token, and how many words it spans."""
    lex = _lexicon()
    if fold_word(written[start]) not in lex.entry_starts and (written[start],) not in lex.exact_entries:
        return None
    for length in range(min(lex.longest_entry, len(written) - start), 0, -1):
        span = written[start : start + length]
        entry = lex.entry(span, [fold_word(w) for w in span])
        if entry is not None:
            return re.sub(r"\W", "", fold_word(entry.name_id)), length
    return None


@cache
def _factors() -> dict[str, int]:
    """Words that multiply the figure before them (``ribu``, ``million``)."""
    table: dict[str, int] = {}
    for line in lines("linking_numbers.tsv"):
        word, _, factor = line.partition("\t")
        table[word.strip().casefold()] = int(factor)
    return table


def _scaled(written: list[str], index: int, lang: str) -> str | None:
    """``25 ribu``, ``25.000`` and ``25,000`` as one figure; ``2,5 juta`` (Indonesian decimal
    comma) and ``2.5 million`` as another. None when the word is no figure with a multiplier."""
    if index + 1 >= len(written) or not _NUMBER.fullmatch(written[index]):
        return None
    factor = _factors().get(fold_word(written[index + 1]))
    if factor is None:
        return None
    figure = written[index]
    thousands, decimal = (".", ",") if lang == "id" else (",", ".")
    try:
        value = float(figure.replace(thousands, "").replace(decimal, "."))
    except ValueError:
        return None
    return str(round(value * factor))


_TENS = "puluh"  # "tiga puluh": thirty
_TEENS = "belas"  # "dua belas": twelve
_ONE = {"satu": 1, "one": 1}  # after a tens word only: alone, "salah satu" is no figure


def _word_value(folded: str) -> int | None:
    """A figure written as digits, or a number word the variants table writes as one (``tiga``: 3)."""
    figure = folded if folded.isdigit() else VARIANTS.get(folded, "")
    return int(figure) if figure.isdigit() else None


def _unit_after(written: list[str], index: int) -> int | None:
    """The unit (1-9) written at ``index``, as a word or a digit, if any."""
    if index >= len(written):
        return None
    folded = fold_word(written[index])
    value = _ONE.get(folded) or _word_value(folded)
    return value if value is not None and 1 <= value <= 9 else None


def _compound_figure(written: list[str], index: int) -> tuple[int, int] | None:
    """A figure written in several number words, and how many words it spans: ``tiga puluh lima``
    (35), ``dua belas`` (12), ``twenty five`` (25), ``lima ratus`` (500). Apart, each word is a
    figure of its own (``3``) that conflicts with another outlet's ``30``, and two reports of one
    remark look like two."""
    first = _word_value(fold_word(written[index]))
    if first is None or index + 1 >= len(written):
        return None
    following = fold_word(written[index + 1])
    factor = _factors().get(following)
    if factor and not written[index].isdigit():
        return first * factor, 2  # "lima ratus": figures before a multiplier are read by ``_scaled``
    if 1 <= first <= 9 and following == _TEENS:
        return first + 10, 2
    if 1 <= first <= 9 and following == _TENS:
        value, used = first * 10, 2
    elif 20 <= first <= 90 and first % 10 == 0 and not written[index].isdigit():
        value, used = first, 1  # an English tens word ("twenty"), perhaps with its unit after
    else:
        return None
    unit = _unit_after(written, index + used)
    if unit is not None:
        value, used = value + unit, used + 1
    return (value, used) if used > 1 else None


@cache
def _formulas() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Courtesy formulas (``terima kasih``, ``thank you``) by their first word, longest first."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for line in lines("linking_formulas.tsv"):
        words = tuple(fold_word(w) for w in words_of(line))
        if words:
            table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def _formula_at(written: list[str], index: int) -> int:
    """How many words a courtesy formula starting at ``index`` spans (0: none): greetings and
    thanks open and close most remarks, so they are no evidence of which remark two reports share."""
    found = _formulas().get(fold_word(written[index]))
    for phrase in found or ():
        span = written[index : index + len(phrase)]
        if len(span) == len(phrase) and all(fold_word(w) == p for w, p in zip(span, phrase, strict=True)):
            return len(phrase)
    return 0


@cache
def _english_forms() -> dict[str, str]:
    """Irregular English inflections -> base form (``met``: ``meet``, ``women``: ``woman``)."""
    table: dict[str, str] = {}
    for line in lines("linking_english_forms.tsv"):
        form, _, base = line.partition("\t")
        table[form.strip().casefold()] = base.strip().casefold()
    return table


@cache
def phrasal() -> dict[tuple[str, str], str]:
    """English phrasal verbs (``linking_phrasal.tsv``) by (stem of the verb, particle) -> the one term
    they are read as (``carry out``: ``carryout``): apart, the particle is a function word and the
    verb says another thing, so a translation (``melaksanakan``) has nothing to meet."""
    table: dict[tuple[str, str], str] = {}
    for line in lines("linking_phrasal.tsv"):
        phrase, _, _ = line.partition("\t")
        words = [fold_word(w) for w in words_of(phrase)]
        if len(words) == 2:
            table[(_stem(_english_word(words[0]), "en"), words[1])] = "".join(words)
    return table


def _phrasal_at(written: list[str], index: int) -> str | None:
    """The phrasal verb starting at ``index`` (any inflection of its verb), or None."""
    if index + 1 >= len(written):
        return None
    verb = _english_word(fold_word(written[index]))
    if not verb or _NUMBER.fullmatch(verb):
        return None
    return phrasal().get((_stem(verb, "en"), fold_word(written[index + 1])))


# Indonesian verb prefixes written onto an English word said as is (``diinterview``, ``dishare``,
# ``terupdate``): the stemmer knows no English root to strip them from.
_LOAN_PREFIXES = ("di", "ter")
_LOAN_MIN = 4  # letters the English word needs: a shorter rest is more likely an Indonesian root
_LOAN_SUFFIX = "kan"  # ``dicancelkan``: the Indonesian causative suffix on the borrowed word


@cache
def _english_words() -> frozenset[str]:
    """The English words of the bilingual lexicon, as written: the loanwords an Indonesian quote
    may carry with an Indonesian prefix."""
    found = set()
    for line in lines("linking_bilingual.tsv"):
        english = fold_word(line.partition("\t")[0].strip())
        if english.isalpha():
            found.add(english)
    return frozenset(found)


def _unprefixed_loan(folded: str) -> str:
    """``diinterview`` -> ``interview``, as an outlet writing ``di-interview`` gives it: an English
    word behind an Indonesian passive or stative prefix, which the Indonesian stemmer leaves on
    (it knows no English root). Other words, English ones (``district``) among them, are returned
    unchanged."""
    if folded in _english_words():
        return folded
    for prefix in _LOAN_PREFIXES:
        rest = folded[len(prefix) :]
        if not folded.startswith(prefix) or len(rest) < _LOAN_MIN:
            continue
        for word in (rest, rest.removesuffix(_LOAN_SUFFIX)):
            if len(word) >= _LOAN_MIN and word in _english_words() and stem_id(folded) == folded:
                return word
    return folded


_COLLOQUIAL_SUFFIX = "in"  # Jakarta speech's -kan / -i: ``kirimin`` for ``kirimkan``
_COLLOQUIAL_MIN = 4  # letters of the root left


def _colloquial_root(word: str) -> str:
    """``kirimin`` -> ``kirim``: a spoken verb with the colloquial suffix ``-in`` for ``-kan``/``-i``,
    as outlets transcribe remarks said off the cuff, which the stemmer leaves whole. Only a word
    that is no root itself (``ingin``, ``yakin``, ``kemarin`` are) and that the stemmer leaves as it
    is, whose rest is a root; others are returned unchanged. Two outlets transcribing one video
    write ``kirimin`` and ``kirimkan`` for one word."""
    rest = word.removesuffix(_COLLOQUIAL_SUFFIX)
    if rest == word or len(rest) < _COLLOQUIAL_MIN or word in root_words():
        return word
    return rest if rest in root_words() and stem_id(word) == word else word


_PARTICLES = ("kah", "lah", "tah", "pun")  # Indonesian particles written onto the word before them


def _particle_on_function_word(word: str, stop: frozenset[str]) -> bool:
    """Whether an Indonesian word is a function word with a particle written on (``haruskah``,
    ``bisakah``, ``janganlah``, ``siapapun``): the stemmer strips the particle and leaves the
    function word the stopword list drops bare, so a question ("Haruskah saya ...?") would keep
    a term its statement form ("Saya harus ...") and its translation ("Should I ...?") lack.
    The stemmer decides what is a particle: a root ending in the same letters (``masalah``,
    ``makalah``, ``nikah``) is its own stem and stays."""
    for particle in _PARTICLES:
        base = word[: -len(particle)]
        if word.endswith(particle) and base in stop and stem_id(word) == base:
            return True
    return False


_CLITICS = ("d", "ll", "ve", "re", "m")  # we'd, they'll, we've, you're, I'm: the pronoun is what is left


def _english_word(folded: str) -> str:
    """An English word without its contracted auxiliary (``don't`` and other negated auxiliaries are
    function words: empty) and in its base form when it is an irregular inflection."""
    head, mark, tail = folded.partition("'")
    if mark and tail == "t" and head.endswith("n"):
        return ""
    if mark and tail in _CLITICS:
        folded = head
    return _english_forms().get(folded, folded)


_POSSESSIVE = re.compile(r"(?<=\w{2})['’]s$")


def _without_possessive(word: str) -> str:
    """``Bulog's`` -> ``Bulog``: an English possessive hides the gazetteer name the Indonesian report
    writes bare, so the alias (``Badan Urusan Logistik``) must be read without it."""
    return _POSSESSIVE.sub("", word)


def content_terms(text: str, lang: str = "id", *, function_words: bool = False) -> list[str]:
    """Terms of ``text`` in order: aliases resolved, variants folded, stemmed, function words dropped
    (kept with ``function_words``: a lexicon's translation ``dapat`` is the stem of ``mendapat``
    even though the bare word is the modal "can")."""
    lang = "en" if lang == "en" else "id"
    written = words_of(_US_DOLLAR.sub("USD ", text))
    if lang == "en":
        written = [_without_possessive(w) for w in written]
    terms: list[str] = []
    index = 0
    while index < len(written):
        formula = 0 if function_words else _formula_at(written, index)
        if formula:
            index += formula
            continue
        alias = _alias_token(written, index)
        if alias is not None:
            terms.append(alias[0])
            index += alias[1]
            continue
        joined = _phrasal_at(written, index) if lang == "en" else None
        if joined is not None:
            terms.append(joined)
            index += 2
            continue
        folded = fold_word(written[index])
        compound = _compound_figure(written, index)
        if compound is not None:
            value, used = compound
            factor = _factors().get(fold_word(written[index + used])) if index + used < len(written) else None
            terms.append(str(value * factor) if factor else str(value))
            index += used + (1 if factor else 0)
            continue
        scaled = _scaled(written, index, lang)
        if scaled is not None:
            terms.append(scaled)
            index += 2
            continue
        if lang == "en" and _acronym(written[index]) and folded not in VARIANTS:
            terms.extend(_acronym_terms(folded, function_words))
        else:
            terms.extend(_word_terms(folded, lang, function_words))
        index += 1
    return terms


def _acronym(word: str) -> bool:
    """Whether an English quote's word is an acronym written in capitals (``ITE``, ``KPK``): the name
    of a law or a body, the same in both languages, that no English suffix rule may cut (``ITE``
    stemmed is ``it``). A known variant (``IDR`` for the rupiah) is folded as before."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _acronym_terms(folded: str, function_words: bool) -> tuple[str, ...]:
    """An acronym's term as written, unless it is also a function word (``US`` is ``us``)."""
    return (folded,) if function_words or folded not in stopwords("en") else ()


# Words whose terms are kept: a 10k realistic archive's 80k statements hold 46k (95 % of lookups
# then hit), ~12 MB of the writer's peak; bounded so a 100k archive's long tail of rare words keeps
# the memo near that size (the common words, which are the hits, stay).
_KEPT_WORDS = 65_536


@lru_cache(maxsize=_KEPT_WORDS)
def _word_terms(folded: str, lang: str, function_words: bool) -> tuple[str, ...]:
    """The terms one folded word gives on its own (no alias, formula, phrasal verb or figure starting
    at it): its variant, loanword or English base form, stemmed, function words dropped. A pure
    function of the word, so kept: a batch normalises the same common words thousands of times."""
    stop = frozenset() if function_words else stopwords(lang)
    if lang == "en" and folded.endswith("'s") and folded not in VARIANTS:
        folded = folded[:-2]  # the court's decision: a possessive, not another word
    folded = VARIANTS.get(folded, folded)
    if lang == "en":
        folded = " ".join(_english_word(word) for word in folded.split())
    else:
        folded = " ".join(_colloquial_root(word) for word in _unprefixed_loan(folded).split())
    terms: list[str] = []
    for word in folded.split():
        if lang == "id" and stop and _particle_on_function_word(word, stop):
            continue
        if (word not in stop and len(word) > 1) or word.isdigit():
            terms.append(_stem(word, lang))
    return tuple(terms)


_LANG_MARGIN = 2  # function words one language must lead by before a quote is taken as written in it


def language_of(text: str, default: str = "id") -> str:
    """The language a quote is written in, by its function words: an Indonesian outlet may quote
    an English original as spoken, and an English one an Indonesian phrase."""
    words = [fold_word(w) for w in words_of(text)]
    english = sum(1 for w in words if w in stopwords("en"))
    indonesian = sum(1 for w in words if w in stopwords("id"))
    if english >= indonesian + _LANG_MARGIN and english > indonesian * 2:
        return "en"
    if indonesian >= english + _LANG_MARGIN and indonesian > english * 2:
        return "id"
    return "en" if default == "en" else "id"


def numbers_of(terms: list[str]) -> frozenset[str]:
    """The numbers among ``terms``: a remark quoting another figure is another remark."""
    return frozenset(t for t in terms if t.isdigit())


def sentence_terms(text: str, lang: str = "id") -> list[list[str]]:
    """:func:`content_terms` sentence by sentence: outlets often quote only one sentence of a remark."""
    return [[t for clause in sentence for t in clause] for sentence in clause_terms(text, lang)]


def clause_terms(text: str, lang: str = "id") -> list[list[list[str]]]:
    """Sentences, each as its clauses' terms (cut at commas, semicolons, colons and dashes):
    an outlet may cut a sentence where another goes on."""
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = text[start : m.start()].rsplit(None, 1)[-1] if text[start : m.start()].split() else ""
        if len(word.rstrip(".")) <= _MAX_ABBREVIATION and word[:1].isupper():
            continue  # "Mr. Ortiz", "Dr. Sari", "Jl. Merdeka": a title, not a sentence end
        pieces.append(text[start : m.start()])
        start = m.end()
    pieces.append(text[start:])
    found = []
    for piece in pieces:
        clauses = [content_terms(part, lang) for part in _CLAUSE_END.split(piece)]
        if any(clauses):
            found.append([c for c in clauses if c])
    return found

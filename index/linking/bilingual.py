"""English <-> Indonesian content terms, so one remark links across the two languages.

An English original and its Indonesian report share names, numbers and, through a
bilingual lexicon of common news words (``index/data/linking_bilingual.tsv``, written
for kutip), most of their content words. English terms are mapped into the Indonesian
vocabulary (the *pivot*): blocking keys are computed on pivot terms, so the two reports
meet as candidates, and :func:`cross_similarity` counts an English term as shared when
one of its translations (or the term itself: a name, a number) is among the Indonesian
terms. Offline, numpy-free, and cheap: a dictionary lookup per term.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from kutip.index.language import lines
from kutip.index.linking.cognates import cognate_keys, indonesian_key
from kutip.index.linking.normalise import content_terms, fold_word, words_of
from kutip.index.linking.similarity import Similarity
from kutip.index.linking.variants import VARIANTS
from kutip.index.search.stemming import stem_en_mended, stem_id
from kutip.index.stopwords import stopwords

__all__ = [
    "CrossMatch",
    "by_synonym_only",
    "counted_terms",
    "cross_match",
    "cross_similarity",
    "lexicon_size",
    "match_within",
    "own_translations",
    "pivot_terms",
    "reach_map",
    "rendered_by_function_word",
    "shorter_longer",
    "translations",
]


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Indonesian stem -> the stems of the words a translator uses in its place
    (``index/data/linking_synonyms.tsv``)."""
    groups: dict[str, list[str]] = {}
    for line in lines("linking_synonyms.tsv"):
        words = line.split(",")
        stems = [t for word in words for t in content_terms(word.strip(), "id", function_words=True)]
        for stem in stems:
            found = groups.setdefault(stem, [])
            found.extend(other for other in stems if other != stem and other not in found)
    return {k: tuple(v) for k, v in groups.items()}


def _unfolded(phrase: str) -> list[str]:
    """Stems of a translation's words that a variant folds into another word (``rasa`` is read as
    ``kira``, "I think"): a report's derived forms (``merasa``, ``berpikir``) are stemmed, not
    folded, and keep the root the lexicon wrote."""
    folded = (fold_word(w) for w in words_of(phrase))
    return [stem_id(word) for word in folded if word in VARIANTS and not word.isdigit()]


class _Row(NamedTuple):
    english: str  # the English side as written
    keys: tuple[str, ...]  # its content terms (one for a content word, none for a function word)
    phrases: tuple[str, ...]  # the Indonesian translations, each stripped


@cache
def _bilingual_rows() -> tuple[_Row, ...]:
    """``linking_bilingual.tsv`` read once: the lexicon table and the function-word sets below all
    read its rows."""
    rows = []
    for line in lines("linking_bilingual.tsv"):
        english, _, indonesian = line.partition("\t")
        word = english.strip()
        phrases = tuple(p.strip() for p in indonesian.split(","))
        rows.append(_Row(word, tuple(content_terms(word, "en")), phrases))
    return tuple(rows)


@cache
def _own_table() -> dict[str, tuple[str, ...]]:
    """English term -> the Indonesian terms its own translations hold, the first being the pivot.

    Both sides go through :func:`normalise.content_terms`, as the statements do, so a
    translation of several words (``fuel``: ``bahan bakar``) reaches each of its terms. A
    translation's function words are kept: ``get``: ``dapat`` is the stem of ``mendapat``.
    """
    table: dict[str, list[str]] = {}
    for row in _bilingual_rows():
        if len(row.keys) != 1:
            continue  # a function word, or not one word
        stems = table.setdefault(row.keys[0], [])
        for phrase in row.phrases:
            for stem in (*content_terms(phrase, "id", function_words=True), *_unfolded(phrase)):
                if stem not in stems:
                    stems.append(stem)
    for line in lines("linking_phrasal.tsv"):
        english, _, indonesian = line.partition("\t")
        keys = content_terms(english.strip(), "en")
        if len(keys) == 1:
            stems = table.setdefault(keys[0], [])
            for phrase in indonesian.split(","):
                found = content_terms(phrase.strip(), "id", function_words=True)
                stems.extend(s for s in found if s not in stems)
    return {k: tuple(v) for k, v in table.items() if v}


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """English term -> the Indonesian terms its translations hold (:func:`_own_table`), then the
    synonyms of each (:func:`_synonyms`)."""
    synonyms = _synonyms()
    table: dict[str, tuple[str, ...]] = {}
    for term, own in _own_table().items():
        alike = (s for stem in own for s in synonyms.get(stem, ()) if s not in own)
        table[term] = (*own, *dict.fromkeys(alike))
    return table


@cache
def _light() -> frozenset[str]:
    """English terms the lexicon renders with an Indonesian function word (``need``: ``perlu``,
    ``fine``: ``baik``, ``ready``: ``siap``... ``all``: ``semua``): Indonesian drops that word
    from its terms, so an English report keeps a term its translation cannot show."""
    function_words = stopwords("id")
    found = set()
    for row in _bilingual_rows():
        if len(row.keys) == 1 and any(fold_word(p) in function_words for p in row.phrases):
            found.add(row.keys[0])
    return frozenset(found)


@cache
def _renders_function_word() -> frozenset[str]:
    """Indonesian terms the lexicon gives for an English function word (``do``: ``lakukan``,
    ``must``: ``wajib``, ``often``: ``sering``): English drops that word from its terms, so an
    Indonesian report keeps a term its English original cannot show ("Should I do that?" /
    "Haruskah saya lakukan itu?"). The mirror of :func:`_light`."""
    found: set[str] = set()
    for row in _bilingual_rows():
        if len(row.english.split()) != 1 or row.keys:
            continue  # a content word, or not one word
        for phrase in row.phrases:
            found.update(content_terms(phrase, "id"))
    return frozenset(found)


@cache
def _only_light() -> frozenset[str]:
    """English terms every translation of which is an Indonesian function word (``better``:
    ``lebih``, ``baik``): unlike some of :func:`_light` (``people``: ``pihak`` among ``rakyat``,
    ``warga``...), no Indonesian report of them can show a term for them."""
    function_words = stopwords("id")
    light: set[str] = set()
    heavy: set[str] = set()  # one term may have two lines, one of them with a content word
    for row in _bilingual_rows():
        words = [fold_word(p) for p in row.phrases if p]
        if len(row.keys) == 1 and words:
            (light if all(w in function_words for w in words) else heavy).add(row.keys[0])
    return frozenset(light - heavy)


def counted_terms(reach: dict[str, frozenset[str]], english: Sequence[str]) -> int:
    """How many of an English report's terms :func:`match_within` counts against it: a term the
    lexicon may render with an Indonesian function word (:func:`_light`: ``exist``: ``ada``, ``need``:
    ``perlu``) that ``reach`` finds nowhere in the other report is not counted, as the share leaves
    it out; ``reach`` is :func:`reach_map` of the two whole reports."""
    light = _light()
    return sum(1 for t in frozenset(english) if reach.get(t) or _entry(t) not in light)


def rendered_by_function_word(term: str) -> bool:
    """Whether every translation of an English term is an Indonesian function word (:func:`_only_light`)."""
    return _entry(term) in _only_light()


def lexicon_size() -> int:
    return len(_table())


_ADVERB = "li"  # the Porter stem of an English -ly adverb ends so: smoothly -> smoothli


def translations(term: str) -> tuple[str, ...]:
    """The Indonesian stems an English term may be reported as (empty when unknown). An adverb
    the lexicon does not list reaches its adjective's translations (``smoothli``: ``smooth``,
    ``lancar``), as Indonesian writes both with one word (``berjalan lancar``)."""
    return _looked_up(term, _table())


def own_translations(term: str) -> tuple[str, ...]:
    """:func:`translations` without the synonyms of a translation (``import``: ``impor``,
    ``penting``, not ``utama``)."""
    return _looked_up(term, _own_table())


@lru_cache(maxsize=100_000)
def _entry(term: str) -> str:
    """The lexicon's key a term is looked up under (:func:`_looked_up`): itself, or the adjective of an
    adverb or a comparative the lexicon does not list. "temporarily" is light as "temporary" is
    (``sementara``, a function word): an unseen one is not counted against a report."""
    table = _own_table()
    if term in table:
        return term
    if term.endswith(_ADVERB) and len(term) > len(_ADVERB) + 3 and term[: -len(_ADVERB)] in table:
        return term[: -len(_ADVERB)]
    return next((base for base in _compared(term) if base in table), term)


def _looked_up(term: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    found = table.get(term, ())
    if not found and term.endswith(_ADVERB) and len(term) > len(_ADVERB) + 3:
        found = table.get(term[: -len(_ADVERB)], ())
    if not found:
        found = next((table[base] for base in _compared(term) if base in table), ())
    return found


def by_synonym_only(term: str, found: frozenset[str]) -> bool:
    """Whether every Indonesian term ``found`` for an English term is a synonym of one of its
    translations and none a translation itself: ``important`` reaches ``utama`` only through
    ``penting``'s synonyms, and ``utama`` is also the stem of ``terutama``, "especially"."""
    if not found:
        return False
    second_hand = set(translations(term)) - set(own_translations(term)) - {term}
    return found <= second_hand


_DEGREES = ("est", "er")  # the English comparative and superlative endings the stemmer keeps
_MIN_BASE = 3


def _compared(term: str) -> list[str]:
    """The adjective a comparative or superlative may be formed on, as the stemmer writes it
    (``stronger``: ``strong``; ``wider``: ``wide``; ``bigger``: ``big``; ``larger``: ``larg``):
    Indonesian writes the degree with a function word (``lebih kuat``, ``paling cepat``), so the
    report shows the adjective alone."""
    for ending in _DEGREES:
        base = term.removesuffix(ending)
        if base != term and len(base) >= _MIN_BASE:
            undoubled = base[:-1] if len(base) > _MIN_BASE and base[-1] == base[-2] else base
            return list(dict.fromkeys((base, base + "e", undoubled)))
    return []


def pivot_terms(terms: Sequence[str], lang: str) -> tuple[str, ...]:
    """Terms in the shared vocabulary: Indonesian as is, English through its first translation."""
    if lang != "en":
        return tuple(terms)
    return tuple(found[0] if (found := translations(t)) else t for t in terms)


@dataclass(frozen=True, slots=True)
class CrossMatch:
    """Terms shared across the languages, each side's share of its own terms that the other
    side has, and whether a number of one is missing from the other."""

    shared: float
    english_share: float
    indonesian_share: float
    numbers_conflict: bool


@lru_cache(maxsize=100_000)
def _reach(term: str) -> tuple[frozenset[str], frozenset[str]]:
    """What an English term may appear as in Indonesian: itself and its translations (words),
    and the keys of the spellings it was borrowed as (:func:`cognates.cognate_keys`)."""
    return frozenset({term, *translations(term)}), cognate_keys(term)


def _found(term: str, ind: frozenset[str], by_key: dict[str, list[str]]) -> frozenset[str]:
    words, keys = _reach(term)
    found = words & ind
    for key in keys & by_key.keys():
        found = found | frozenset(by_key[key])
    return found


_COMPOUND = 7  # letters an English term needs before it is tried as two words
_PART = 3  # letters each part needs
_PART_SLACK = 2  # an Indonesian word may run this much past a part (``viru``: ``virus``)


def _part(part: str, ind: frozenset[str], by_key: dict[str, list[str]]) -> frozenset[str]:
    found = _found(part, ind, by_key)
    if found or len(part) < _PART + 1:
        return found
    return frozenset(u for u in ind if u.startswith(part) and len(u) - len(part) <= _PART_SLACK)


def _compound(term: str, ind: frozenset[str], by_key: dict[str, list[str]]) -> frozenset[str]:
    """An English compound the other side writes as two words (``coronavirus``: ``virus corona``,
    ``blackout``: ``black out``): a split whose two parts each reach an Indonesian term."""
    if len(term) < _COMPOUND or term.isdigit():
        return frozenset()
    for cut in range(_PART, len(term) - _PART + 1):
        first = _part(term[:cut], ind, by_key)
        second = _part(term[cut:], ind, by_key) if first else frozenset()
        if first and second and first != second:
            return first | second
    return frozenset()


_NOTHING: frozenset[str] = frozenset()
_JOINED = 10  # letters of an Indonesian term that may be a name of several words joined by the gazetteer
_INSIDE = 4  # letters a word needs before it is looked for inside such a term


def _inside(term: str, joined: Sequence[str]) -> frozenset[str]:
    """The joined names (``ibukotanusantara``) holding ``term`` or one of its translations: the
    gazetteer joins a name one side writes in full (``Ibu Kota Nusantara``) while the other
    describes it in its own words (``the new capital city of Nusantara``)."""
    if not joined or term.isdigit():
        return _NOTHING
    words = [w for w in (term, *translations(term)) if len(w) >= _INSIDE]
    return frozenset(u for u in joined if any(w in u for w in words))


@lru_cache(maxsize=100_000)
def _as_english(term: str) -> str:
    """An Indonesian term stemmed as the English word it may be (``supply`` kept as said: ``suppli``)."""
    return stem_en_mended(term) if len(term) >= _LOANWORD and not term.isdigit() else ""


_LOANWORD = 4  # letters an Indonesian term needs before it is read as an English word said as is


def reach_map(english: Sequence[str], indonesian: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each English term's Indonesian terms among ``indonesian`` (empty when none): read once,
    then any run of either side is measured by :func:`match_within` without the lookups.

    An English word an Indonesian speaker says as is (``supply and demand``, ``wait and see``)
    stays unstemmed on the Indonesian side (the Indonesian stemmer leaves it alone) while the
    English report's is Porter-stemmed: the two meet once the Indonesian term is stemmed as English."""
    ind = frozenset(indonesian)
    by_key: dict[str, list[str]] = {}
    for u in ind:
        by_key.setdefault(indonesian_key(u), []).append(u)
    found = {t: _found(t, ind, by_key) for t in frozenset(english)}
    unreached = [t for t, reached in found.items() if not reached]
    if unreached:
        as_english: dict[str, set[str]] = {}
        for u in ind:
            if stem := _as_english(u):
                as_english.setdefault(stem, set()).add(u)
        joined = [u for u in ind if len(u) >= _JOINED]
        for t in unreached:
            found[t] = frozenset(as_english.get(t, ())) or _compound(t, ind, by_key) or _inside(t, joined)
    return found


def match_within(
    reach: dict[str, frozenset[str]],
    english: Sequence[str],
    indonesian: Sequence[str],
    *,
    whole: bool = False,
) -> CrossMatch:
    """:func:`cross_match` of ``english`` and ``indonesian``, parts of the texts ``reach`` was read on
    (``whole``: the Indonesian text itself, nothing to cut away). An English word whose translation is
    a figure (``twice``: ``dua kali``, ``double``) gives that figure where the Indonesian shows it, so
    "harvest twice" and "panen 2 kali" agree on their numbers."""
    en, ind = frozenset(english), frozenset(indonesian)
    if not en or not ind:
        return CrossMatch(0.0, 0.0, 0.0, False)
    shared_en = 0
    unseen_light = 0  # English terms rendered by a function word the Indonesian terms cannot hold
    light = _light()
    reached: set[str] = set()
    numbers_en = {t for t in en if t.isdigit()}
    for t in en:
        found = reach.get(t, _NOTHING) if whole else reach.get(t, _NOTHING) & ind
        if found:
            shared_en += 1
            reached |= found
            if not t.isdigit():
                numbers_en.update(u for u in found if u.isdigit())  # "twice": "dua kali", a figure
        elif _entry(t) in light:
            unseen_light += 1
    shared_id = len(reached)
    counted_en = max(len(en) - unseen_light, 1)
    rendered = _renders_function_word()
    counted_id = max(len(ind) - sum(1 for u in ind if u in rendered and u not in reached), 1)
    numbers_id = {t for t in ind if t.isdigit()}
    english_shorter = len(en) <= len(ind)
    shorter, longer = (numbers_en, numbers_id) if english_shorter else (numbers_id, numbers_en)
    return CrossMatch(
        float(min(shared_en, shared_id)),
        shared_en / counted_en,
        shared_id / counted_id,
        bool(longer) and bool(shorter - longer),
    )


def cross_match(english: Sequence[str], indonesian: Sequence[str]) -> CrossMatch:
    """Each English term reaches its lexicon translations, itself (names, numbers) and the
    Indonesian terms it was borrowed as (:mod:`cognates`). Numbers conflict only when both
    sides give figures that disagree: a translation may render ``ten decades`` as
    ``berpuluh-puluh tahun``, but ``25,000`` is never ``30 ribu``."""
    if not english or not indonesian:
        return CrossMatch(0.0, 0.0, 0.0, False)
    return match_within(reach_map(english, indonesian), english, indonesian, whole=True)


def shorter_longer(
    found: CrossMatch, english: Sequence[str], indonesian: Sequence[str]
) -> tuple[float, float]:
    """The shorter side's share of its terms found in the other, then the longer side's (the side
    with fewer distinct terms is the shorter; English when the two have as many)."""
    if len(set(english)) <= len(set(indonesian)):
        return found.english_share, found.indonesian_share
    return found.indonesian_share, found.english_share


def cross_similarity(english: Sequence[str], indonesian: Sequence[str]) -> Similarity:
    """Containment across languages: the shorter side's share of terms the other side has."""
    found = cross_match(english, indonesian)
    return Similarity(found.shared, shorter_longer(found, english, indonesian)[0], found.numbers_conflict)

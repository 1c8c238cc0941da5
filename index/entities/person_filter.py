"""A learned last word on every person: logistic regression over the whole entity.

Rules and the tagger decide mention by mention; many of their mistakes show only over the
whole article: a run met once, on a short Title Case line (a headline fragment, a menu, a
caption credit), whose words the article writes in lower case elsewhere, that the tagger
calls an organisation. This filter weighs such facts together, with weights learnt by
``tools/train_person_filter.py`` on the NER training splits (candidates of kutip's own
pipeline, labelled by the gold person spans, tagged by CRFs cross-fitted so that the
tagger is as unsure as on unseen text). The weights ship in ``data/models``
(``person_filter.tsv``), so they join the analysis fingerprint.

The filter only drops: a person scored under :data:`DROP_BELOW` goes. The bar is low on
purpose: a real person dropped costs recall and a speaker.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from functools import cache, cached_property
from itertools import pairwise

from kutip.index.entities.dictionary import is_lower_word
from kutip.index.entities.features import first_names
from kutip.index.entities.figures import full_name
from kutip.index.entities.lexicon import Lexicon
from kutip.index.entities.tagger import Tagging
from kutip.index.language import Token, lines, written_lower
from kutip.index.models import Entity, EntityType
from kutip.index.search.stemming import root_words

__all__ = [
    "DROP_BELOW",
    "WEIGHTS",
    "entity_features",
    "filter_persons",
    "judged",
    "person_probability",
    "persons_features",
]

WEIGHTS = "models/person_filter.tsv"
DROP_BELOW = 0.15  # a person the filter gives less than this is dropped
PROSE_WORDS = 3  # a sentence with this many lower-case words is running text
SHORT_LINE = 6  # a line of this many words or fewer is a menu item, a credit or a caption
CUES = ("title", "speech", "byline", "headline", "tagger", "list", "antecedent", "shape")
# cues the filter leaves to the rules; "antecedent": the subject a clitic (ujarnya) points back to;
# "family": an East Asian family name before a given name of that shape ("An Se-young");
# "figure": a listed public figure's nickname or distinctive first word alone ("Ahok", "Anies")
STRONG_CUES = frozenset({"title", "speech", "byline", "antecedent", "family", "figure"})

Features = dict[str, float]
TAGGER_FEATURES = frozenset(
    {"per_mean", "per_max", "per_min", "other_max", "per_kind", "furniture_per", "strong_low_per"}
)
_UNTAGGED = Tagging([], [])


@cache
def _weights() -> dict[str, float]:
    """Feature weights (``name<TAB>weight``); none (every person kept) before ``make model`` wrote them."""
    try:
        rows = lines(WEIGHTS)
    except FileNotFoundError:
        return {}
    return {name: float(weight) for name, weight in (row.split("\t") for row in rows)}


def person_probability(features: Mapping[str, float]) -> float:
    """The filter's probability that an entity with these features is a person (1.0 without weights)."""
    weights = _weights()
    if not weights:
        return 1.0
    z = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class ArticleFacts:
    """What the features read from the whole article: sentences and lines around mentions, lower-case words.

    Sentences and lines are measured only around the mentions asked about (a body has
    thousands of words and a few persons).
    """

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.lower = written_lower(tokens)

    def _new_line(self, k: int) -> bool:
        return k == 0 or "\n" in self.tokens[k].gap

    @cached_property
    def _line_breaks(self) -> list[int]:
        """Token indices that open a line: one pass, so a page that is one endless line costs
        a bisect per mention, not a walk along the line."""
        return [k for k in range(len(self.tokens)) if self._new_line(k)]

    @cached_property
    def _sentence_breaks(self) -> list[int]:
        return [k for k in range(len(self.tokens)) if self._new_line(k) or self.tokens[k].sentence_start]

    @cached_property
    def _lower_before(self) -> list[int]:
        """``_lower_before[k]``: lower-case alphabetic words among the first ``k`` tokens."""
        counts = [0]
        for t in self.tokens:
            counts.append(counts[-1] + (1 if t.text.islower() and t.text.isalpha() else 0))
        return counts

    def _around(self, breaks: list[int], k: int) -> tuple[int, int]:
        """The run ``[first, last)`` between the breaks around token ``k``."""
        at = bisect_right(breaks, k) - 1
        first = breaks[at] if at >= 0 else 0
        last = breaks[at + 1] if at + 1 < len(breaks) else len(self.tokens)
        return first, last

    def lower_in_sentence(self, k: int) -> int:
        """Lower-case words in the sentence (or line) of token ``k``."""
        first, last = self._around(self._sentence_breaks, k)
        return self._lower_before[last] - self._lower_before[first]

    def words_in_line(self, k: int) -> int:
        """Words on the line of token ``k``."""
        first, last = self._around(self._line_breaks, k)
        return last - first

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Token range (inclusive) of the characters ``start:end``."""
        return bisect_left(self.starts, start), bisect_left(self.starts, end) - 1


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def entity_features(
    entity: Entity, facts: ArticleFacts, tagging: Tagging | None, lex: Lexicon, cues: Mapping[int, str]
) -> Features:
    """The filter's features of one person entity (names as in ``person_filter.tsv``).

    ``cues`` maps the first token of a rule-found mention to its cue ("title", "speech"...).
    Without a tagging (English bodies) the tagger's features are left out.
    """
    tokens = facts.tokens
    if tagging is None:
        untagged = entity_features(entity, facts, _UNTAGGED, lex, cues)
        return {k: v for k, v in untagged.items() if k not in TAGGER_FEATURES}
    per: list[float] = []
    other: list[float] = []
    prose = title_line = short_line = sentence_start = per_kind = strong = 0
    furniture = furniture_per = 0.0
    cue_counts: dict[str, int] = {}
    spans = [s for s in (facts.span(m.start, m.end) for m in entity.mentions) if s[0] <= s[1]]
    for first, last in spans:
        per.append(tagging.person_score(first, last))
        other.append(_mean(tagging.other[first : last + 1]) if tagging.other else 0.0)
        per_kind += bool(tagging.labels) and tagging.kind(first, last) == "PER"
        in_prose = facts.lower_in_sentence(first) >= PROSE_WORDS
        on_short_line = facts.words_in_line(first) <= SHORT_LINE
        prose += in_prose
        title_line += tokens[first].title_case_line
        short_line += on_short_line
        sentence_start += tokens[first].sentence_start
        cue = cues.get(first, "")
        cue_counts[cue] = cue_counts.get(cue, 0) + 1
        strong += cue in STRONG_CUES
        # a menu item, a link, a credit: a short or Title Case line that is no running sentence
        aside = not in_prose and (tokens[first].title_case_line or on_short_line)
        furniture += aside
        furniture_per += aside * per[-1]
    n = max(1, len(spans))
    longest = max(spans, key=lambda s: s[1] - s[0], default=(0, -1))
    name = tokens[longest[0] : longest[1] + 1]
    folded = [t.folded for t in name]
    size = max(1, len(folded))
    names = first_names()
    roots = root_words()
    features: Features = {
        "bias": 1.0,
        "per_mean": _mean(per),
        "per_max": max(per, default=0.0),
        "per_min": min(per, default=0.0),
        "other_max": max(other, default=0.0),
        "per_kind": per_kind / n,
        "mentions_log": math.log(1 + len(spans)),
        "single_mention": float(len(spans) == 1),
        "prose": prose / n,
        "title_line": title_line / n,
        "short_line": short_line / n,
        "sentence_start": sentence_start / n,
        "lower_elsewhere": sum(w in facts.lower for w in folded) / size,
        "lower_listed": sum(is_lower_word(w) for w in folded) / size,
        "root_words": sum(w in roots and w not in names for w in folded) / size,
        "common": sum(w in lex.common or w in lex.portfolios for w in folded) / size,
        "first_name": float(bool(folded) and folded[0] in names),
        "any_first_name": float(any(w in names for w in folded)),
        "head_word": float(any((w,) in lex.org_heads or w in lex.place_heads for w in folded)),
        "digit": float(any(any(c.isdigit() for c in t.text) for t in name)),
        "glued": float(any(_glued(t.text) for t in name)),
        "acronym": float(any(t.acronym for t in name)),
        "one_word": float(size == 1),
        "two_words": float(size == 2),
        "four_words": float(size >= 4),
        "alias": float(bool(entity.aliases) and full_name(entity.name) != entity.name),
        "strong_cue": strong / n,
        "furniture": furniture / n,
        "furniture_per": furniture_per / n,
        "uncued_once": float(len(spans) == 1) * (1 - strong / n),
        "strong_low_per": strong / n * (1 - max(per, default=0.0)),
    }
    for cue in CUES:
        features["cue_" + cue] = cue_counts.get(cue, 0) / n
    return features


def _glued(text: str) -> bool:
    """Two words run together ("PutraSumber"): a capital after a lower-case letter, not "McCarthy"-short."""
    return len(text) > 6 and any(a.islower() and b.isupper() for a, b in pairwise(text))


def judged(features: Mapping[str, float]) -> bool:
    """Whether the filter judges a person with these features: none of its mentions has a strong cue.

    A title, a speech verb or a byline is grammar the rules already weigh with the tagger
    (``combine.veto_persons``); and real people with such a cue whom the tagger doubts are
    common in real news (lists of suspects, rare names), so the filter leaves them alone.
    """
    return features.get("strong_cue", 0.0) == 0.0


def persons_features(
    entities: list[Entity],
    tokens: list[Token],
    tagging: Tagging | None,
    lex: Lexicon,
    cues: Mapping[int, str],
) -> list[tuple[Entity, Features]]:
    """Every person of the article with its features, some of them relative to the article's other persons.

    The tagger is less sure of names on real pages than on the news it learnt from (rare
    names, lists of suspects, quotes); a person it doubts far more than the article's
    other persons is a better sign than a low confidence alone.
    """
    facts = ArticleFacts(tokens)
    found = [
        (e, entity_features(e, facts, tagging, lex, cues)) for e in entities if e.type is EntityType.PERSON
    ]
    if tagging is not None:
        scores = sorted(f["per_mean"] for _, f in found)
        middle = scores[len(scores) // 2] if scores else 0.0
        best = scores[-1] if scores else 0.0
        for _, f in found:
            f["per_below_median"] = max(0.0, middle - f["per_mean"])
            f["per_below_best"] = best - f["per_mean"]
            f["persons_log"] = math.log(len(found))
    return found


def _listed_full_name(entity: Entity) -> bool:
    """A listed public figure named by the list's full name of two words or more ("Fulan Baswedan"):
    the list vouches for it, as ``combine.veto_persons`` trusts it over the tagger, though its
    short form reads as an everyday word ("Novel" of "kasus Novel")."""
    return len(entity.name.split()) > 1 and full_name(entity.name) == entity.name


def filter_persons(
    entities: list[Entity], tokens: list[Token], tagging: Tagging, lex: Lexicon, cues: Mapping[int, str]
) -> tuple[list[Entity], dict[str, float]]:
    """``entities`` without the judged persons the filter gives under :data:`DROP_BELOW`, and every
    person's probability by name (the kept ones: the speaker code may ask for them)."""
    if not _weights():
        return entities, {}
    dropped: set[int] = set()
    probabilities: dict[str, float] = {}
    for entity, features in persons_features(entities, tokens, tagging, lex, cues):
        probability = person_probability(features)
        if judged(features) and probability < DROP_BELOW and not _listed_full_name(entity):
            dropped.add(id(entity))
        else:
            probabilities[entity.name] = probability
    return [e for e in entities if id(e) not in dropped], probabilities

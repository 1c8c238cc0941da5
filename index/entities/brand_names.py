"""Names the article calls a brand or a product: "minyak goreng merek Contoh", 'oil under the brand
"Contoh"', "ransomware bernama Contoh Fulan", "the Contoh Fulan malware".

A product named with one or two capitalised words reads like a person's name, and is taken for the
speaker of the quotation after a sentence that ends on it. The article tells: a name it writes
right after a brand word (``data/language/brand_cues.txt``, written in lower case) is the brand's,
and so is a name written next to a kind of software product (section ``kinds``: right after it,
after it and a naming word such as "bernama", right before it, or set off after the name as "a new
variant of the ... ransomware"); a person spelling exactly that name, anywhere in the article, is
none (dropped after the tagger, which would otherwise name an unresolved word again). A person's
name that opens or ends with a kind word ("Ransomware Contoh Fulan") is that product's too.
"""

from __future__ import annotations

from kutip.index.language import Token, fold, folded_set, words
from kutip.index.models import Entity, EntityType

__all__ = ["drop_named_brands"]

_CUES = "language/brand_cues.txt"
_LONGEST = 3  # words of a brand's name after its cue
_APPOSITION = 12  # words of an apposition after a name read for a kind word
_QUOTES = frozenset("\"'“”‘’«»")
_ARTICLES = frozenset({"a", "an"})  # an English apposition saying what a name is: "X, a new variant of"
_ENDS = frozenset(",;:!?()\n")  # and a full stop before a space: "3.0" goes on


def drop_named_brands(entities: list[Entity], tokens: list[Token]) -> list[Entity]:
    """``entities`` without the persons whose name the article writes as a brand's or a product's."""
    kinds = folded_set(_CUES, "kinds")
    brands = _brand_names(tokens) | _product_names(tokens)
    for e in entities:
        if e.type is EntityType.PERSON and (name := _folded(e.name)) and _kind_at_edge(name, kinds):
            brands.add(name)
            brands.add(_without_kinds(name, kinds))
    if not brands:
        return entities
    return [e for e in entities if e.type is not EntityType.PERSON or _folded(e.name) not in brands]


def _folded(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words(name))


def _kind_at_edge(name: tuple[str, ...], kinds: frozenset[str]) -> bool:
    return len(name) > 1 and (name[0] in kinds or name[-1] in kinds)


def _without_kinds(name: tuple[str, ...], kinds: frozenset[str]) -> tuple[str, ...]:
    start, end = 0, len(name)
    while start < end and name[start] in kinds:
        start += 1
    while end > start and name[end - 1] in kinds:
        end -= 1
    return name[start:end]


def _run_after(tokens: list[Token], k: int) -> tuple[str, ...]:
    """The capitalised words right after token ``k`` (up to three), in one chunk."""
    run: list[str] = []
    for nxt in tokens[k + 1 : k + 1 + _LONGEST]:
        gap = set(nxt.gap) - _QUOTES
        if not nxt.capitalised or not gap <= {" "} or (run and not nxt.gap.isspace()):
            break
        run.append(nxt.folded)
    return tuple(run)


def _run_before(tokens: list[Token], k: int) -> tuple[str, ...]:
    """The capitalised words right before token ``k`` (up to three), in one chunk."""
    run: list[str] = []
    j = k
    while j > 0 and len(run) < _LONGEST and tokens[j].gap.isspace() and tokens[j - 1].capitalised:
        j -= 1
        run.insert(0, tokens[j].folded)
    return tuple(run)


def _brand_names(tokens: list[Token]) -> set[tuple[str, ...]]:
    cues = folded_set(_CUES, "")
    names: set[tuple[str, ...]] = set()
    for k, token in enumerate(tokens[:-1]):
        if token.folded not in cues or token.capitalised:
            continue
        run = _run_after(tokens, k)
        if run:
            names.add(run)
    return names


def _product_names(tokens: list[Token]) -> set[tuple[str, ...]]:
    """Names written next to a kind of software product (module docstring)."""
    kinds, naming = folded_set(_CUES, "kinds"), folded_set(_CUES, "naming")
    names: set[tuple[str, ...]] = set()
    for k, token in enumerate(tokens):
        if token.folded not in kinds:
            continue
        names.add(_run_after(tokens, k))
        if not token.capitalised:
            names.add(_run_before(tokens, k))
        for size in (1, 2):  # "ransomware jenis X", "ransomware dengan nama X"
            words_between = " ".join(t.folded for t in tokens[k + 1 : k + 1 + size])
            if (
                len(tokens) > k + size
                and words_between in naming
                and all(not t.capitalised and t.gap.isspace() for t in tokens[k + 1 : k + 1 + size])
            ):
                names.add(_run_after(tokens, k + size))
        names.update(_apposed_to(tokens, k))
    names.discard(())
    return names


def _breaks(gap: str) -> bool:
    return bool(_ENDS & set(gap)) or ("." in gap and not gap.endswith("."))


def _apposed_to(tokens: list[Token], k: int) -> set[tuple[str, ...]]:
    """ "Contoh Fulan, a newer variant of a Y ransomware": the name before an English apposition
    that opens with "a"/"an", says which variant it is (section ``variants``) and reaches the kind word
    ``k`` with no break in between ("Fulan, a researcher who studies the ransomware" is a person)."""
    j = k
    while j > 0 and k - j < _APPOSITION and not _breaks(tokens[j].gap):
        j -= 1
    if k - j >= _APPOSITION or j == 0 or tokens[j].folded not in _ARTICLES or tokens[j].gap.strip() != ",":
        return set()
    if not any(t.folded in folded_set(_CUES, "variants") for t in tokens[j + 1 : k]):
        return set()
    return {(*_run_before(tokens, j - 1), tokens[j - 1].folded)} if tokens[j - 1].capitalised else set()

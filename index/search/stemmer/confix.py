"""The Indonesian confix-stripping stemmer (Nazief & Adriani, CS, ECS), as Sastrawi runs it, made fast.

Sastrawi (MIT) walks 33 prefix rules for every pass over a word, each compiling its pattern
from a string and looking its answer up, three passes per try and up to four tries a word: a
word outside its dictionary cost about a millisecond, a third of an analysis worker's time.
This is the same algorithm written again: the patterns compiled once, a pass tries only the
rules whose fixed opening (``ber``, ``meng``, ``pe`` ...) the word has, and the bookkeeping of
removals is kept to what the algorithm reads back (the suffixes cut, for the ECS loop). Every
quirk of Sastrawi is kept, because stems are stored in archives and must not change:

- a rule with several readings keeps the LAST reading tried when none is a root (``pengV``:
  ``penge-`` is tried last, so ``pengaruh`` with no root among its readings removes nothing);
- a pass that starts on a root still strips ``di-``/``ke-``/``se-`` (the ECS loop tries
  ``root + k`` before it checks the dictionary);
- a word of three letters or fewer runs only the first rule of each list;
- the derivational suffix cut is the longest of the list (the regex alternation is leftmost),
  and the particle and possessive cuts take any hyphens before them.

``tests/unit/test_scale_s32_stemmer.py`` compares this with Sastrawi word for word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["SASTRAWI_SUFFIXES", "ConfixStemmer"]

SASTRAWI_SUFFIXES = ("is", "isme", "isasi", "i", "kan", "an")
"""Sastrawi's derivational suffixes: ``-i``, ``-kan``, ``-an``; adopted ``-is``, ``-isme``, ``-isasi``."""

_PARTICLES = frozenset(("lah", "kah", "tah", "pun"))
_PLURAL_CLITICS = ("ku", "mu", "nya", "lah", "kah", "tah", "pun")
_CONFIX_FIRST = (("be", "lah"), ("be", "an"), ("me", "i"), ("di", "i"), ("pe", "i"), ("ter", "i"))
_NORMALISE_DROP = re.compile(r"[^a-z0-9 -]", re.IGNORECASE | re.MULTILINE)
_NORMALISE_SPACES = re.compile(r"( +)", re.IGNORECASE | re.MULTILINE)
_PLURAL_CLITIC = re.compile(r"^(.*)-(ku|mu|nya|lah|kah|tah|pun)$")
_LAST_HYPHEN = re.compile(r"^(.*)-(.*)$")

_C = "bcdfghjklmnpqrstvwxyz"
_V = "aiueo"

Rule = Callable[[str], "str | None"]


def _rule(pattern: str, build: Callable[[re.Match[str]], str | None]) -> Rule:
    match = re.compile(pattern).match

    def reading(word: str) -> str | None:
        found = match(word)
        return build(found) if found else None

    return reading


def _joined(found: re.Match[str]) -> str:
    return "".join(found.groups())


def _lead(letters: str) -> Callable[[re.Match[str]], str]:
    return lambda found: letters + "".join(found.groups())


def _unless_er(found: re.Match[str]) -> str | None:
    """``berCAP``, ``perCAP``: not when ``P`` opens with ``er``."""
    return None if found.group(3).startswith("er") else "".join(found.groups())


def _only(word: str, root: str) -> Rule:
    return lambda w: root if w == word else None


def _rule32(word: str) -> str | None:
    if word == "pelajar":
        return "ajar"
    found = _RULE32.match(word)
    return found.group(1) + found.group(2) if found else None


_RULE32 = re.compile(r"^pe(l[aiueo])(.*)$")


def _rule7(found: re.Match[str]) -> str | None:
    return None if found.group(1) == "r" else found.group(1) + "er" + found.group(2)


def _rule8(found: re.Match[str]) -> str | None:
    return None if found.group(1) == "r" or found.group(2).startswith("er") else _joined(found)


def _rule_cer(found: re.Match[str]) -> str | None:  # rules 3 and 24: berCAerV, perCAerV
    first, second, vowel, rest = found.groups()
    return None if first == "r" else first + second + "er" + vowel + rest


def _rule34(found: re.Match[str]) -> str | None:
    return None if found.group(2).startswith("er") else _joined(found)


def _two(pattern: str, first: str, second: str) -> tuple[Rule, Rule]:
    """A rule read two ways over one pattern (``menV``: ``n`` or ``t`` put back)."""
    return _rule(pattern, _lead(first)), _rule(pattern, _lead(second))


def _infix(infix: str) -> tuple[Rule, Rule]:
    """Rules 37-40: ``C-er-V`` read as written, then with the infix out (``CV``)."""
    as_written = _rule(rf"^([{_C}])({infix}[aiueo])(.*)$", _joined)
    return as_written, _rule(rf"^([{_C}]){infix}([aiueo])(.*)$", _joined)


def _rule9(found: re.Match[str]) -> str | None:
    return None if found.group(1) == "r" else found.group(1) + "er" + found.group(2) + found.group(3)


# Each prefix rule: the opening a word needs for any of its readings (a filter, never the test),
# and its readings in Sastrawi's order.
_OPENING_ANY = ""  # rules 37-40 (CerV, CelV, CemV, CinV) open with any consonant
_PREFIX_RULES: tuple[tuple[str, tuple[Rule, ...]], ...] = (
    ("ber", _two(r"^ber([aiueo].*)$", "", "r")),  # 1a, 1b
    ("ber", (_rule(rf"^ber([{_C}])([a-z])(.*)", _unless_er),)),  # 2
    ("ber", (_rule(rf"ber([{_C}])([a-z])er([aiueo])(.*)", _rule_cer),)),  # 3
    ("belajar", (_only("belajar", "ajar"),)),  # 4
    ("be", (_rule(r"be([bcdfghjklmnpqstvwxyz])(er[bcdfghjklmnpqrstvwxyz])(.*)$", _joined),)),  # 5
    ("ter", _two(r"^ter([aiueo].*)$", "", "r")),  # 6a, 6b
    ("ter", (_rule(rf"^ter([{_C}])er([aiueo].*)$", _rule7),)),  # 7
    ("ter", (_rule(rf"^ter([{_C}])(.*)$", _rule8),)),  # 8
    ("te", (_rule(rf"^te([{_C}])er([{_C}])(.*)$", _rule9),)),  # 9
    ("me", (_rule(r"^me([lrwy])([aiueo])(.*)$", _joined),)),  # 10
    ("mem", (_rule(r"^mem([bfv])(.*)$", _joined),)),  # 11
    ("mempe", (_rule(r"^mempe(.*)$", _lead("pe")),)),  # 12
    ("mem", _two(r"^mem([aiueo])(.*)$", "m", "p")),  # 13a, 13b
    ("men", (_rule(r"^men([cdjstz])(.*)$", _joined),)),  # 14
    ("men", _two(r"^men([aiueo])(.*)$", "n", "t")),  # 15a, 15b
    ("meng", (_rule(r"^meng([ghqk])(.*)$", _joined),)),  # 16
    (
        "meng",
        (
            _rule(r"^meng([aiueo])(.*)$", _joined),  # 17a
            _rule(r"^meng([aiueo])(.*)$", _lead("k")),  # 17b
            _rule(r"^menge(.*)$", _joined),  # 17c
            _rule(r"^meng([aiueo])(.*)$", _lead("ng")),  # 17d
        ),
    ),
    ("meny", _two(r"^meny([aiueo])(.*)$", "ny", "s")),  # 18a, 18b
    ("memp", (_rule(r"^memp([abcdfghijklmopqrstuvwxyz])(.*)$", _lead("p")),)),  # 19
    ("pe", (_rule(r"^pe([wy])([aiueo])(.*)$", _joined),)),  # 20
    ("per", (_rule(r"^per([aiueo])(.*)$", _joined), _rule(r"^pe(r[aiueo])(.*)$", _joined))),  # 21a, 21b
    ("per", (_rule(rf"^per([{_C}])([a-z])(.*)$", _unless_er),)),  # 23
    ("per", (_rule(rf"^per([{_C}])([a-z])er([aiueo])(.*)$", _rule_cer),)),  # 24
    ("pem", (_rule(r"^pem([bfv])(.*)$", _joined),)),  # 25
    ("pem", _two(r"^pem([aiueo])(.*)$", "m", "p")),  # 26a, 26b
    ("pen", (_rule(r"^pen([cdjstz])(.*)$", _joined),)),  # 27
    ("pen", _two(r"^pen([aiueo])(.*)$", "n", "t")),  # 28a, 28b
    ("peng", (_rule(rf"^peng([{_C}])(.*)$", _joined),)),  # 29
    (
        "peng",
        (
            _rule(r"^peng([aiueo])(.*)$", _joined),  # 30a
            _rule(r"^peng([aiueo])(.*)$", _lead("k")),  # 30b
            _rule(r"^penge(.*)$", _joined),  # 30c
        ),
    ),
    ("peny", _two(r"^peny([aiueo])(.*)$", "ny", "s")),  # 31a, 31b
    ("pe", (_rule32,)),  # 32
    ("pe", (_rule(rf"^pe([{_C}])(.*)$", _rule34),)),  # 34
    ("ter", (_rule(rf"^ter([bcdfghjkpqstvxz])(er[{_C}])(.*)$", _joined),)),  # 35
    ("pe", (_rule(rf"^pe([bcdfghjkpqstvxz])(er[{_C}])(.*)$", _joined),)),  # 36
    (_OPENING_ANY, _infix("er")),  # 37a, 37b
    (_OPENING_ANY, _infix("el")),  # 38a, 38b
    (_OPENING_ANY, _infix("em")),  # 39a, 39b
    (_OPENING_ANY, _infix("in")),  # 40a, 40b
    ("ku", (_rule(r"^ku(.*)$", _joined),)),  # 41
    ("kau", (_rule(r"^kau(.*)$", _joined),)),  # 42
)
_PLAIN_PREFIXES = ("di", "ke", "se")


def _may_open(opening: str, head: str) -> bool:
    """Whether a word starting with the two letters ``head`` can have ``opening``."""
    if opening == _OPENING_ANY:
        return len(head) == 2 and head[0] in _C and head[1] in "ei"
    return opening[:2] == head


class ConfixStemmer:
    """Sastrawi's ``Stemmer`` over a root dictionary, with the derivational suffixes given
    (kutip's variant that keeps ``-i``/``-is`` passes a shorter list)."""

    def __init__(self, roots: Iterable[str], suffixes: Iterable[str] = SASTRAWI_SUFFIXES) -> None:
        self.roots = frozenset(w for w in roots if w and w.strip() != "")
        # longest first: Sastrawi's alternation cuts at the leftmost place, the longest suffix
        self._suffixes = tuple(sorted(set(suffixes), key=len, reverse=True))
        self._by_head: dict[str, tuple[tuple[Rule, ...], ...]] = {}

    # -- the public calls, as Sastrawi's ------------------------------------------------------------

    def stem(self, text: str) -> str:
        """Sastrawi's ``stem``: the text normalised (lower case, only ``a-z0-9`` and hyphens), each
        word stemmed, joined by spaces."""
        normal = _NORMALISE_SPACES.sub(" ", _NORMALISE_DROP.sub(" ", text.lower())).strip()
        return " ".join(self.stem_word(word) for word in normal.split(" "))

    def stem_word(self, word: str) -> str:
        """Sastrawi's ``stem_word``: a reduplicated word (``buku-buku``) stems when both halves agree."""
        clitic = _PLURAL_CLITIC.match(word)
        plural = "-" in clitic.group(1) if clitic else "-" in word
        return self._plural(word) if plural else self._singular(word)

    # -- the algorithm ----------------------------------------------------------------------------

    def _plural(self, plural: str) -> str:
        halves = _LAST_HYPHEN.match(plural)
        if not halves:
            return plural
        first, second = halves.group(1), halves.group(2)
        inner = _LAST_HYPHEN.match(first)
        if second in _PLURAL_CLITICS and inner:  # malaikat-malaikat-nya
            first, second = inner.group(1), inner.group(2) + "-" + second
        root1 = self._singular(first)
        root2 = self._singular(second)
        if second not in self.roots and root2 == second:  # meniru-nirukan
            root2 = self._singular("me" + second)
        return root1 if root1 == root2 else plural

    def _singular(self, word: str) -> str:
        roots = self.roots
        if word in roots:
            return word
        short = len(word) <= 3  # Sastrawi's DontStemShortWord stops each list after its first rule
        if _confix_first(word):
            found = self._prefixes(word, short)
            if found in roots:
                return found
            found, _ = self._suffixes_cut(found, short)
            if found in roots:
                return found
        current, cuts = self._suffixes_cut(word, short)
        if current in roots:
            return current
        current = self._prefixes(current, short)
        if current in roots:
            return current
        # ECS "loop pengembalian akhiran": put the suffixes back one by one, prefixes again each time
        for subject, result, removed in reversed(cuts):
            if removed == "kan":
                current = self._prefixes(result + "k", short)
                if current in roots:
                    return current
                current = result + "kan"
            else:
                current = subject
            current = self._prefixes(current, short)
            if current in roots:
                return current
        return word

    def _suffixes_cut(self, word: str, short: bool) -> tuple[str, list[tuple[str, str, str]]]:
        """Particle, possessive, derivational suffix in turn, stopping on a root; the cuts made."""
        cuts: list[tuple[str, str, str]] = []
        roots = self.roots
        if word[-3:] in _PARTICLES and len(word) >= 3:
            cut = word[:-3].rstrip("-")
            cuts.append((word, cut, word[len(cut) :]))
            word = cut
        if word in roots or short:
            return word, cuts
        if word.endswith(("ku", "mu", "nya")):
            cut = word[: -3 if word.endswith("nya") else -2].rstrip("-")
            cuts.append((word, cut, word[len(cut) :]))
            word = cut
        if word in roots:
            return word, cuts
        for suffix in self._suffixes:
            if word.endswith(suffix):
                cut = word[: -len(suffix)]
                cuts.append((word, cut, suffix))
                word = cut
                break
        return word, cuts

    def _prefixes(self, word: str, short: bool) -> str:
        """Up to three passes of the prefix rules, stopping on a root."""
        roots = self.roots
        for _ in range(3):
            word = self._prefix_pass(word, short)
            if word in roots:
                return word
        return word

    def _prefix_pass(self, word: str, short: bool) -> str:
        """The first prefix rule that reads the word, its reading. Sastrawi checks the dictionary
        after each rule, so a word that is a root already loses only a plain ``di-``/``ke-``/``se-``."""
        if word.startswith(_PLAIN_PREFIXES):
            return word[2:]
        if short or word in self.roots:
            return word
        roots = self.roots
        for readings in self._rules_for(word[:2]):
            result = None
            for reading in readings:
                result = reading(word)
                if result in roots:
                    break
            if result is not None:
                return result
        return word

    def _rules_for(self, head: str) -> tuple[tuple[Rule, ...], ...]:
        rules = self._by_head.get(head)
        if rules is None:
            rules = tuple(readings for opening, readings in _PREFIX_RULES if _may_open(opening, head))
            if len(self._by_head) < 4096:
                self._by_head[head] = rules
        return rules


def _confix_first(word: str) -> bool:
    """Asian's precedence adjustment: ``be-…-lah``, ``be-…-an``, ``me-…-i``, ``di-…-i``, ``pe-…-i``,
    ``ter-…-i`` try the prefix before the suffix."""
    return any(
        word.startswith(head) and word.endswith(tail) and len(word) >= len(head) + len(tail)
        for head, tail in _CONFIX_FIRST
    )

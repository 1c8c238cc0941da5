"""Personal names for citations, without forcing Western order onto Indonesian names.

Rules (the manuals assume a family name; many Indonesians have none):

* one word (``Fatimah``) is a *mononym*: it is never split or abbreviated; CSL gets
  ``{"literal": ...}``, APA prints ``Fatimah.``, BibTeX braces it;
* a Malay/Indonesian patronymic (``Anwar bin Ibrahim``, ``Siti binti Yusof``) is kept
  whole as well: the last word is a father's name, not a family name;
* otherwise the last word is the family name and the rest the given names, the
  convention Indonesian university style guides use for APA and Chicago
  (``Sari Handayani`` → ``Handayani, S.``); lower-case particles before it stay
  with it (``Vincent van Gogh`` → ``van Gogh``);
* a name written entirely in capitals (bylines like ``SARI HANDAYANI``) is
  title-cased word by word, except words of at most three letters, which are
  usually initials or desk codes (``ANT``) and stay as written; mixed-case names
  are kept exactly as written (``McDonald``, ``d'Artagnan``);
* leading honorifics (Dr., Prof., H., Hj., Ir., Drs.) are dropped: manuals cite
  names without them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["PersonName", "parse_name", "split_authors"]

_HONORIFICS = {f"{t}{dot}" for t in ("dr", "prof", "drs", "dra", "ir", "h", "hj") for dot in ("", ".")}
_PATRONYMIC = {"bin", "binti", "bte", "bt"}
_SEPARATORS = re.compile(r"\s*(?:;|&|,|\band\b|\bdan\b)\s*", re.I)
_KEEP_CAPS_MAX = 3


@dataclass(frozen=True, slots=True)
class PersonName:
    """A cited person: ``family``/``given`` when the name splits, else ``literal`` alone."""

    literal: str
    family: str = ""
    given: str = ""

    @property
    def is_split(self) -> bool:
        return bool(self.family)

    @property
    def natural(self) -> str:
        """The name as written in running text: ``Sari Handayani``."""
        return f"{self.given} {self.family}".strip() if self.is_split else self.literal

    @property
    def inverted(self) -> str:
        """Family first, as bibliographies sort: ``Handayani, Sari``."""
        return f"{self.family}, {self.given}" if self.is_split and self.given else self.natural

    @property
    def sort_key(self) -> str:
        return (self.family or self.literal).casefold()

    def initials(self) -> str:
        """APA's initials of the given names: ``Jean-Paul Sari`` → ``J.-P. S.``."""
        parts = []
        for word in self.given.split():
            pieces = [p for p in word.split("-") if p]
            parts.append("-".join(f"{p[0]}." for p in pieces))
        return " ".join(parts)


def _recase(word: str) -> str:
    """Title-case one all-capitals word, keeping hyphen and apostrophe parts capitalised."""
    if len([c for c in word if c.isalpha()]) <= _KEEP_CAPS_MAX:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)


def _clean(name: str) -> list[str]:
    words = unicodedata.normalize("NFC", name).split()
    while len(words) > 1 and words[0].casefold() in _HONORIFICS:
        words = words[1:]
    letters = [c for c in "".join(words) if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        words = [_recase(w) for w in words]
    return words


def parse_name(name: str) -> PersonName:
    """Split one person's name by the rules in the module docstring."""
    words = _clean(name)
    literal = " ".join(words)
    if len(words) < 2 or any(w.casefold() in _PATRONYMIC for w in words[1:-1]):
        return PersonName(literal)
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1].islower():
        family_start -= 1
    return PersonName(literal, " ".join(words[family_start:]), " ".join(words[:family_start]))


def split_authors(text: str) -> list[str]:
    """The names in a byline field: ``A, B dan C`` → three names (empty parts dropped)."""
    return [part for part in (p.strip() for p in _SEPARATORS.split(text)) if part]

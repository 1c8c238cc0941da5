"""Publication dates as each style writes them, from the archive's ISO ``yyyy[-mm[-dd]]``.

The formal styles (APA, MLA, Chicago) are English-language manuals, so they use
English month names whatever the article's language; the plain and Markdown
formats follow the article (Indonesian month names for ``lang == "id"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["PartialDate", "parse_iso"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
# MLA 9 abbreviates months longer than four letters (May, June, July stay whole).
MONTHS_MLA = (
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date that may lack its month or day, as news metadata often does."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def parts(self) -> list[int]:
        """CSL ``date-parts``: as many parts as are known."""
        return [p for p in (self.year, self.month, self.day) if p is not None]

    def apa(self) -> str:
        """``2024, November 12``."""
        text = str(self.year)
        if self.month:
            text += f", {MONTHS_EN[self.month - 1]}"
            if self.day:
                text += f" {self.day}"
        return text

    def mla(self) -> str:
        """``12 Nov. 2024``."""
        parts = [str(self.day)] if self.day and self.month else []
        if self.month:
            parts.append(MONTHS_MLA[self.month - 1])
        return " ".join([*parts, str(self.year)])

    def chicago(self) -> str:
        """``November 12, 2024``."""
        if not self.month:
            return str(self.year)
        month = MONTHS_EN[self.month - 1]
        return f"{month} {self.day}, {self.year}" if self.day else f"{month} {self.year}"

    def readable(self, lang: str) -> str:
        """``12 November 2024`` (Indonesian month names for Indonesian articles)."""
        months = MONTHS_ID if lang == "id" else MONTHS_EN
        parts = [str(self.day)] if self.day and self.month else []
        if self.month:
            parts.append(months[self.month - 1])
        return " ".join([*parts, str(self.year)])


def parse_iso(text: str) -> PartialDate | None:
    """The date in ``yyyy``, ``yyyy-mm`` or ``yyyy-mm-dd``; else (or an impossible date) ``None``."""
    match = _ISO.match(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day)

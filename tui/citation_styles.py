"""How the reader names each citation style, in one table: the long name the C dialog lists,
and the short one the status line uses ("Copied APA citation of the statement")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StyleLabel:
    listed: str  # in the style picker
    short: str  # in the status line


STYLE_LABELS: dict[str, StyleLabel] = {
    "plain": StyleLabel("Plain text", "plain-text"),
    "markdown": StyleLabel("Markdown", "Markdown"),
    "apa": StyleLabel("APA 7th edition", "APA"),
    "mla": StyleLabel("MLA 9th edition", "MLA"),
    "chicago": StyleLabel("Chicago notes & bibliography", "Chicago"),
    "bibtex": StyleLabel("BibTeX", "BibTeX"),
    "csl-json": StyleLabel("CSL-JSON", "CSL-JSON"),
}


def listed_name(style: str) -> str:
    label = STYLE_LABELS.get(style)
    return label.listed if label else style


def short_name(style: str) -> str:
    label = STYLE_LABELS.get(style)
    return label.short if label else style

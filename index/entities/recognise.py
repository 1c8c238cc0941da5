"""The pipeline: tokens, parts, typed candidates, linked entities."""

from __future__ import annotations

from kutip.index.entities.cues import type_parts
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.link import build_entities
from kutip.index.entities.segment import segment
from kutip.index.entities.tokens import tokenize
from kutip.index.models import Entity

__all__ = ["recognise"]


def recognise(body: str, lang: str) -> list[Entity]:
    """Every person, organisation and place named in ``body``, sorted by first mention.

    ``lang`` ("id", "en" or "") picks the canonical form of gazetteer names and turns on
    Indonesian word-shape cues; offsets in the mentions index ``body`` itself.
    """
    lex = lexicon()
    tokens = tokenize(body)
    parts = segment(tokens, lex)
    candidates = type_parts(tokens, parts, lex, lang)
    return build_entities(body, tokens, candidates, lang)

"""The recogniser's entities as the name book reads them: three corrections in their order.

A glued pair is split first ("FulanHadi"), then a listed figure's form is untied from a namesake's
("Sudirman" is no "Soedirman"), then a mention the recogniser folded into one person's entity but that
names another ("ucap Prabowo" inside "Prabowo Gibran") goes to its owner. One entry point keeps
``names.NameBook`` to its own job.
"""

from __future__ import annotations

from ..entities.figure_ties import untied_figures
from ..models import Entity
from .glued import split_glued
from .stray_mentions import mentions_to_owners

__all__ = ["book_entities"]


def book_entities(body: str, entities: list[Entity], lang: str) -> list[Entity]:
    """The entities split, untied and with stray mentions moved to the person they name."""
    return mentions_to_owners(untied_figures(body, split_glued(body, entities, lang)))

"""The persons ``recognise`` finds in a made-up text, by name: the look most entity tests take."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.models import EntityType


def person_names(body: str, lang: str = "id") -> list[str]:
    """The names of the persons ``recognise`` finds in ``body``, in its order."""
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]

"""A statement as found, before its speaker is resolved against the article's context."""

from __future__ import annotations

from dataclasses import dataclass

from .speaker_ref import SpeakerRef


@dataclass(slots=True)
class Found:
    """``cue`` is the span of the speech cue as written; ``paragraph`` its paragraph index."""

    kind: str
    start: int
    end: int
    ref: SpeakerRef
    cue: tuple[int, int] | None
    via: str | None
    paragraph: int

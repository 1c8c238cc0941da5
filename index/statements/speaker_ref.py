"""An unresolved speaker as the grammar reads it, before the article's names resolve it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """An unresolved speaker: ``kind`` is person, org, pronoun, anaphor, office, inherit or none.

    An ``anaphor`` describes someone the text introduced (``mantan gubernur itu``, ``the minister``);
    an ``office`` is a bare title (``kata Kapolda``) that names a person only if the article gave
    that title to someone.
    """

    kind: str
    name: str | None = None
    role: str | None = None
    words: tuple[str, ...] = ()


NONE = SpeakerRef("none")
INHERIT = SpeakerRef("inherit")
# someone the cue names only as speaking for another ("a spokesman for President Fulan"): a
# speaker all the same, so the quotation inherits no one's, but unknown (an office with no words)
UNNAMED = SpeakerRef("office")
# many people at once (a crowd, "mereka", "they"): unknown too, and no reported statement of one
CROWD = SpeakerRef("office", role="crowd")

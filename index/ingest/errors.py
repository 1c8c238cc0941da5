"""The one error ingest raises: a file that cannot become articles."""

from __future__ import annotations


class SkipFile(Exception):  # noqa: N818 - the name says what the caller does with it
    """Raised for a file that must be skipped; ``reason`` is a short sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

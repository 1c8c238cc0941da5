"""Who has been speaking so far in an article, to resolve pronouns and anaphors."""

from __future__ import annotations

from .names import SpeakerRef


class SpeakerMemory:
    """The running context of one body: speakers in order, their roles, the last subject."""

    def __init__(self) -> None:
        self.history: list[str] = []
        self.roles: dict[str, str] = {}
        self.subject: str | None = None

    @property
    def last(self) -> str | None:
        return self.history[-1] if self.history else None

    def note(self, name: str | None, role: str | None = None) -> None:
        if name is None:
            return
        self.history.append(name)
        if role and name not in self.roles:
            self.roles[name] = role

    def resolve(self, ref: SpeakerRef) -> str | None:
        """The canonical speaker a ref points at, without recording it."""
        if ref.kind in ("person", "org"):
            return ref.name
        if ref.kind in ("pronoun", "inherit"):
            return self.last or self.subject
        if ref.kind == "anaphor":
            wanted = set(ref.words)
            for name in reversed(self.history):
                role_words = set(self.roles.get(name, "").casefold().replace(",", " ").split())
                if wanted & role_words:
                    return name
            return self.last or self.subject
        return None

"""What the user keeps while reading: articles read, bookmarks and named searches.

It lives in one small JSON file beside the archive (``index.state.json`` next to the
``index`` folder), not in it: rebuilding or re-indexing the archive never touches it.
Articles are keyed by their content id, which re-indexing keeps; statements by their
id plus their words and offset, so a bookmark still finds its statement when a newer
analysis numbers the statements of an article differently. Every change is written
atomically (a temporary file renamed over the old one), and an unreadable file costs
only its contents: the reader starts with an empty state and says why.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from kutip.index.facade import Statement

__all__ = [
    "Bookmark",
    "SavedSearch",
    "UserState",
    "UserStateError",
    "locate_statement",
    "state_path",
]

VERSION = 1
MAX_FILE_BYTES = 50_000_000  # read marks for a million articles fit; anything bigger is not ours
BookmarkKind = Literal["article", "statement"]


class UserStateError(ValueError):
    """The state file cannot be read or written; the message is one line."""


def state_path(archive_location: Path) -> Path:
    """The state file of the archive at ``archive_location``: beside it, named after it."""
    location = archive_location.expanduser()
    return location.parent / f"{location.name}.state.json"


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Bookmark:
    """An article, or a statement in it, with enough words to list it when the archive lacks it."""

    kind: BookmarkKind
    article: str
    title: str
    outlet: str = ""
    date: str = ""
    statement: str = ""  # the statement's id when ``kind`` is "statement"
    text: str = ""  # the statement's words
    speaker: str = ""
    start: int = -1  # the statement's offset in the body
    added: str = field(default_factory=_now)

    @property
    def key(self) -> tuple[str, str]:
        return self.article, self.statement

    def describe(self) -> str:
        """One line for lists: the speaker's words, or the article's title."""
        if self.kind == "statement":
            who = f"{self.speaker}: " if self.speaker else ""
            return f"{who}“{self.text}”"
        return self.title or "(untitled)"


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A search the user named, to run again."""

    name: str
    query: str
    statements: bool = False  # a statements-only search (Ctrl+T)
    added: str = field(default_factory=_now)


class UserState:
    """Read marks, bookmarks and saved searches of one archive, saved on every change.

    Methods are safe to call from worker threads; reads return copies.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem = ""  # one line when the file on disk could not be read
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._read: dict[str, str] = {}
        self._bookmarks: list[Bookmark] = []
        self._searches: list[SavedSearch] = []
        try:
            self._load()
        except UserStateError as error:
            self.problem = str(error)

    @classmethod
    def beside(cls, archive_location: Path) -> UserState:
        return cls(state_path(archive_location))

    # -- reading ----------------------------------------------------------------

    def _load(self) -> None:
        try:
            if not self.path.is_file():
                return
            if self.path.stat().st_size > MAX_FILE_BYTES:
                raise UserStateError(f"{self.path}: too large to be kutip's state file; not read")
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except UserStateError:
            raise
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise UserStateError(f"{self.path}: cannot be read ({error}); starting afresh") from None
        if not isinstance(data, dict):
            raise UserStateError(f"{self.path}: not kutip's state file; starting with no bookmarks")
        read = data.get("read", {})
        if isinstance(read, dict):
            self._read = {str(k): str(v) for k, v in read.items()}
        self._bookmarks = list(_records(data.get("bookmarks"), _bookmark))
        self._searches = list(_records(data.get("searches"), _search))

    def to_json(self) -> dict[str, Any]:
        """Everything, as ``kutip export`` writes it and the file holds it."""
        with self._lock:
            return {
                "version": VERSION,
                "read": dict(self._read),
                "bookmarks": [asdict(b) for b in self._bookmarks],
                "searches": [asdict(s) for s in self._searches],
            }

    def is_read(self, article_id: str) -> bool:
        return article_id in self._read

    @property
    def read_ids(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._read)

    @property
    def bookmarks(self) -> list[Bookmark]:
        """Newest first."""
        with self._lock:
            return list(reversed(self._bookmarks))

    @property
    def searches(self) -> list[SavedSearch]:
        """In the order they were saved."""
        with self._lock:
            return list(self._searches)

    def has_bookmark(self, article: str, statement: str = "") -> bool:
        with self._lock:
            return any(b.key == (article, statement) for b in self._bookmarks)

    # -- changing (each change is saved at once) -----------------------------------

    def mark_read(self, article_id: str, read: bool = True, save: bool = True) -> bool:
        """Mark (or unmark) an article read; True when that changed anything.

        With ``save`` false the caller saves (the reader does it in a thread: with many
        thousands of read marks a write is not instant).
        """
        with self._lock:
            if read == (article_id in self._read):
                return False
            if read:
                self._read[article_id] = _now()
            else:
                del self._read[article_id]
        if save:
            self.save()
        return True

    def toggle_bookmark(self, bookmark: Bookmark) -> bool:
        """Add the bookmark, or remove the one with its key; True when it is now bookmarked."""
        with self._lock:
            kept = [b for b in self._bookmarks if b.key != bookmark.key]
            added = len(kept) == len(self._bookmarks)
            self._bookmarks = [*kept, bookmark] if added else kept
        self.save()
        return added

    def remove_bookmark(self, bookmark: Bookmark) -> None:
        with self._lock:
            self._bookmarks = [b for b in self._bookmarks if b.key != bookmark.key]
        self.save()

    def save_search(self, name: str, query: str, statements: bool = False) -> SavedSearch:
        """Save (or replace, by name) a named search."""
        name = " ".join(name.split())
        if not name:
            raise UserStateError("a saved search needs a name")
        if not query.strip():
            raise UserStateError("there is no search to save: type one first (/)")
        saved = SavedSearch(name, query.strip(), statements)
        with self._lock:
            self._searches = [s for s in self._searches if s.name != name] + [saved]
        self.save()
        return saved

    def forget_search(self, name: str) -> None:
        with self._lock:
            self._searches = [s for s in self._searches if s.name != name]
        self.save()

    def save(self) -> None:
        """Write the file atomically; raises :class:`UserStateError` with one line.

        Saves from several threads are serialised and each writes the state as it is
        when its turn comes, so the last write on disk is never older than another.
        """
        with self._write_lock:
            self._write()

    def _write(self) -> None:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as file:
                    file.write(text)
                    file.flush()
                    os.fsync(file.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise UserStateError(f"cannot save {self.path}: {error.strerror or error}") from None


def _records(raw: object, build: Any) -> Iterable[Any]:
    """The well-formed records of a list from the file; malformed ones are dropped, not fatal."""
    if not isinstance(raw, list):
        return
    for item in raw:
        if isinstance(item, dict):
            try:
                yield build(item)
            except (TypeError, ValueError, KeyError):
                continue


def _bookmark(item: dict[str, Any]) -> Bookmark:
    kind = item["kind"]
    if kind not in ("article", "statement"):
        raise ValueError(kind)
    text_fields = ("article", "title", "outlet", "date", "statement", "text", "speaker", "added")
    values = {name: str(item.get(name, "")) for name in text_fields}
    if not values["article"]:
        raise ValueError("no article")
    return Bookmark(kind=kind, start=int(item.get("start", -1)), **values)


def _search(item: dict[str, Any]) -> SavedSearch:
    name, query = str(item["name"]), str(item["query"])
    if not name or not query:
        raise ValueError("empty")
    return SavedSearch(name, query, bool(item.get("statements", False)), str(item.get("added", "")))


def locate_statement(statements: Sequence[Statement], bookmark: Bookmark) -> Statement | None:
    """The article's statement a bookmark names: same id and words, else same words, else None.

    Statement ids count statements within an article, so a newer analysis may renumber
    them; the words find the statement again.
    """
    same_words = [s for s in statements if s.text == bookmark.text]
    for statement in same_words:
        if statement.id == bookmark.statement:
            return statement
    if same_words:
        return min(same_words, key=lambda s: abs(s.start - bookmark.start))
    return next((s for s in statements if s.id == bookmark.statement and not bookmark.text), None)

"""A small archive indexed from made-up records in a ``corpus.jsonl``, for the list tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kutip.index.facade import Archive


def write_records(folder: Path, records: list[dict[str, str]], text: Callable[[int], str]) -> Path:
    """``folder/corpus.jsonl``: one article a record, the n-th with body ``text(n)``."""
    lines = [json.dumps({**record, "text": text(n)}) for n, record in enumerate(records)]
    corpus = folder / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


@contextmanager
def indexed(folder: Path, *files: Path) -> Iterator[Archive]:
    """An archive in ``folder/ix`` holding ``files``, closed on leaving."""
    opened = Archive.open(folder / "ix")
    opened.index(list(files))
    try:
        yield opened
    finally:
        opened.close()

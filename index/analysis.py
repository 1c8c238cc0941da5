"""Language analysis of one article at index time: entities, then statements.

The analysis version is a fingerprint of the analysers' code and data files,
so an archive built by older rules is rebuilt the first time a newer kutip
opens it, without anyone remembering to bump a number.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from kutip.index.models import Article
from kutip.index.progress import Stages, timed

_ANALYSERS = ("entities", "statements", "linking", "ingest", "data", "language", "people")
# modules outside those packages whose output is stored: the stemmer (stemming.py and the algorithm in
# search/stemmer/) fills the search index, the stems table and the linker's terms, and names.py decides
# which forms of a name are one speaker, so a change to any must re-analyse the archive like a rule's
_MODULES = ("search/stemming.py", "search/stemmer/confix.py", "names.py")


@cache
def analysis_version() -> str:
    digest = hashlib.sha256()
    root = resources.files("kutip.index")
    for package in _ANALYSERS:
        folder = root / package
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_file() and not entry.name.endswith((".pyc", ".pyo")):
                digest.update(entry.name.encode())
                digest.update(entry.read_bytes())
            elif entry.is_dir() and entry.name != "__pycache__":
                for sub in sorted(entry.iterdir(), key=lambda e: e.name):
                    if sub.is_file():
                        digest.update(sub.name.encode())
                        digest.update(sub.read_bytes())
    for module in _MODULES:
        entry = root.joinpath(*module.split("/"))
        digest.update(module.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


def analyse(article: Article, stages: Stages | None = None) -> None:
    """Fill in the entities and statements found in the clean body (CPU per stage into ``stages``)."""
    from kutip.index.entities import recognise  # heavy: imported by writers only, not by searches
    from kutip.index.statements import extract_statements

    stages = {} if stages is None else stages
    with timed(stages, "entities"):
        article.entities = recognise(article.body, article.lang or "id")
    with timed(stages, "statements"):
        article.statements = extract_statements(
            article.id, article.body, article.lang or "id", article.entities, outlet=article.outlet or None
        )

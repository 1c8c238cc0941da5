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

# Stages with versions of their own, recorded in the archive: a change to linking's code relinks the
# stored statements (``kutip.index.indexer_relink``); a change to anything else analysed re-analyses
# every article (which relinks them too). Nothing the analysers import comes from linking/, so a
# linking change cannot move what they store; linking's inputs from outside linking/ (the stemmer,
# names.py, entities/persons, language/) are in the analysis version, whose change re-runs both.
_ANALYSERS = ("entities", "statements", "ingest", "data", "language", "people")
# modules outside those packages whose output is stored: the stemmer (stemming.py and the algorithm in
# search/stemmer/) fills the search index, the stems table and the linker's terms, names.py decides
# which forms of a name are one speaker, and stopwords.py loads the word lists ingest and statements
# read, so a change to any must re-analyse the archive like a rule's; this module too (what reaches each
# analyser: the title given to the statements reader in session 46 added statements)
_MODULES = ("search/stemming.py", "search/stemmer/confix.py", "names.py", "stopwords.py", "analysis.py")
_LINKING = ("linking",)
_LINKING_MODULES = ("stopwords.py", "sqlin.py")


def _fingerprint(packages: tuple[str, ...], modules: tuple[str, ...]) -> str:
    """The first 12 hex digits of a digest of the packages' files (one level of subfolders) and
    the modules, by name and content."""
    digest = hashlib.sha256()
    root = resources.files("kutip.index")
    for package in packages:
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
    for module in modules:
        entry = root.joinpath(*module.split("/"))
        digest.update(module.encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


@cache
def analysis_version() -> str:
    """The version of what is analysed per article (ingest, entities, statements, people's rules)."""
    return _fingerprint(_ANALYSERS, _MODULES)


@cache
def linking_version() -> str:
    """The version of cross-article linking, recorded apart: its change relinks, nothing more."""
    return _fingerprint(_LINKING, _LINKING_MODULES)


def analyse(article: Article, stages: Stages | None = None) -> None:
    """Fill in the entities and statements found in the clean body (CPU per stage into ``stages``)."""
    from kutip.index.entities import recognise  # heavy: imported by writers only, not by searches
    from kutip.index.statements import extract_statements

    stages = {} if stages is None else stages
    with timed(stages, "entities"):
        article.entities = recognise(article.body, article.lang or "id")
    with timed(stages, "statements"):
        article.statements = extract_statements(
            article.id,
            article.body,
            article.lang or "id",
            article.entities,
            outlet=article.outlet or None,
            title=article.title or None,
        )

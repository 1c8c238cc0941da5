"""Adding, updating and rebuilding: everything that writes to the archive, under the writer lock."""

from __future__ import annotations

import ast
import itertools
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from kutip.index import people
from kutip.index.analysis import analysis_version, linking_version
from kutip.index.archive.base import ArchiveBase
from kutip.index.archive.guard import LOCK_FILE, SEARCH_DIR
from kutip.index.integrity import disk_full, is_disk_full
from kutip.index.lock import WriterLock
from kutip.index.people.version import people_stamp
from kutip.index.progress import IndexProgress, IndexReport

REBUILD_CHUNK = 500
REBUILDING = ".rebuilding"  # a search index being written beside the live one
RETIRED = ".retired"  # the old one between the two renames of a swap


def filesystem_path(stored: str) -> Path:
    """The file a stored source path names (ingest is heavy to import; searches never need it)."""
    from kutip.index.ingest import filesystem_path as decode

    return decode(stored)


@cache
def search_format() -> int:
    """``whoosh_engine.schema.SCHEMA_VERSION``, read from its source: importing that module imports
    Whoosh, which the reader's first paint (it asks whether the archive needs rebuilding) and the
    commands that read only the store do not otherwise need."""
    schema = resources.files("kutip.index") / "search" / "whoosh_engine" / "schema.py"
    source = schema.read_text("utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "SCHEMA_VERSION" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, int):
                return value
    raise RuntimeError("whoosh_engine/schema.py names no SCHEMA_VERSION")


def index_version() -> str:
    return f"{search_format()}.{analysis_version()}"


class Writing(ArchiveBase):
    def _check_people(self, *, rebuild: bool) -> None:
        """Refill the people tables (not re-analysing) when their code or data changed.

        The fingerprint reads ~50 modules' source; the installed files' sizes and times under
        which it last matched are kept beside it, so an unchanged run asks only those."""
        stamp = people_stamp()
        if stamp is not None and self._store.meta("people_stamp") == stamp:
            return
        current = people.people_version()
        with self._store.transaction() as db:
            if self._store.meta("people_version") != current:  # older tables: refilled
                people.rebuild_people(db, [] if rebuild else self._store.iter_articles())
            db.executemany(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                [("people_version", current), ("people_stamp", stamp or "")],
            )

    def _only_search_format_changed(self) -> bool:
        """True when the archive's analysis is current and only the search index's format is
        older: its articles are then re-indexed from the store, not analysed again."""
        recorded = self._store.meta("version") or ""
        schema, _, analysis = recorded.partition(".")
        return analysis == analysis_version() and schema != str(search_format())

    def _search_format_current(self) -> bool:
        """True when the search index was written in this version's format (its analysis may be older)."""
        recorded = self._store.meta("version") or ""
        return recorded.partition(".")[0] == str(search_format()) and self._searchindex is not None

    @property
    def needs_relink(self) -> bool:
        """True when only linking's version differs from the one recorded (see ``indexer_relink``)."""
        from kutip.index.indexer_relink import LINKING_VERSION_KEY

        return self._store.meta(LINKING_VERSION_KEY) != linking_version() and self._store.count() != 0

    def _record_versions(self) -> None:
        """Both stages' versions, once the whole archive was analysed and linked by this kutip."""
        from kutip.index.indexer_relink import LINKING_VERSION_KEY

        with self._store.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                [("version", index_version()), (LINKING_VERSION_KEY, linking_version())],
            )

    @property
    def needs_rebuild(self) -> bool:
        """True when the archive was built by a kutip with another index format, analysis or linking."""
        return self._needs_reanalysis or self.needs_relink

    @property
    def _needs_reanalysis(self) -> bool:
        """True when the archive was built by a kutip with another index format or analysis."""
        return self._store.meta("version") != index_version() and self._store.count() != 0

    def index(
        self,
        paths: Iterable[Path],
        *,
        prune: bool = False,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> IndexReport:
        """Add, update (and with ``prune``, remove) articles; raises :class:`IndexBusy`."""
        with WriterLock(self.location / LOCK_FILE) as lock:
            self._opened(locked=True)  # a new archive's engine is created under the lock held here
            paths = list(paths)
            rebuild = self._needs_reanalysis
            upgraded = rebuild and self._only_search_format_changed()
            try:
                if upgraded:  # a newer search format: the store's articles re-indexed, none re-analysed
                    self._rebuild_search_locked(progress)
                    self._store.set_meta("version", index_version())
                    rebuild = False
                elif rebuild:
                    # The search index is never emptied first: an older format is rebuilt from the
                    # store beside the live one and swapped in, and re-analysed articles replace
                    # their own documents, so Ctrl-C or a crash leaves every article searchable.
                    if not self._search_format_current():
                        self._rebuild_search_locked(progress)
                    paths = [filesystem_path(p) for p in self._store.sources()] + paths
                elif self._searchindex is None:  # missing or damaged: rebuilt from the store first
                    self._rebuild_search_locked(progress)
                relinked = 0
                if self._store.count() == 0:  # everything will be analysed and linked by this version
                    self._record_versions()
                elif not rebuild and self.needs_relink:  # only linking changed: relinked, not re-analysed
                    from kutip.index.indexer_relink import relink

                    try:
                        relinked = relink(self._store, linking_version(), progress, cancel)
                    except KeyboardInterrupt:  # rolled back: the old links under the old version
                        return IndexReport(interrupted=True, recovered_lock=lock.recovered)
                from kutip.index.indexer import Indexer  # analysis is heavy to import; searches skip it

                self._check_people(rebuild=rebuild)

                try:
                    report = Indexer(self._store, self._search, progress, cancel).run(
                        paths, prune=prune, force=rebuild
                    )
                except BaseException:
                    self._search.settle_merges(wait=False)
                    raise
                report.interrupted = not self._settle_merges(wait=not report.interrupted)
                if rebuild and not report.interrupted:
                    self._record_versions()
                report.relinked = relinked
            except (OSError, sqlite3.OperationalError) as error:
                if is_disk_full(error):
                    raise disk_full(self.location, self._committed()) from None
                raise
            report.rebuilt = rebuild or upgraded or report.relinked > 0
            report.recovered_lock = lock.recovered
        return report

    def _settle_merges(self, wait: bool) -> bool:
        """Commit the merge a child process is writing (or give it up); False on Ctrl-C."""
        try:
            self._search.settle_merges(wait=wait)
        except KeyboardInterrupt:  # the merge is given up; what was committed stays
            return False
        return wait

    def _committed(self) -> int | None:
        try:
            return self._store.count()
        except sqlite3.Error:
            return None

    def rebuild_search(self, progress: Callable[[IndexProgress], None] | None = None) -> int:
        """Rebuild the search index from the document store's articles; their number."""
        with WriterLock(self.location / LOCK_FILE):
            self._opened(locked=True)
            return self._rebuild_search_locked(progress)

    def _rebuild_search_locked(self, progress: Callable[[IndexProgress], None] | None) -> int:
        """Write a new search index from the store's articles in a folder beside the live one and
        swap it in once complete: until then searches use the old one, and an interrupted rebuild
        leaves it as it was (the half-built folder is cleared by the next attempt)."""
        from kutip.index.search.stemming import stems_of
        from kutip.index.search.whoosh_engine.engine import WhooshEngine

        fresh_dir = self.location / (SEARCH_DIR + REBUILDING)
        shutil.rmtree(fresh_dir, ignore_errors=True)
        fresh = WhooshEngine(fresh_dir, known_stems=self._store.stems)
        total, done = self._store.count(), 0
        articles = self._store.iter_articles()
        try:
            while True:
                chunk = list(itertools.islice(articles, REBUILD_CHUNK))
                if not chunk:
                    break
                with fresh.batch() as batch:
                    for article in chunk:
                        batch.add_article(article)
                stems: dict[str, str] = {}
                for article in chunk:  # stemmed above already: recorded so snippets need not stem again
                    if article.lang != "en":
                        stems.update(stems_of(article.title + "\n" + article.body))
                self._store.commit_batch([], [], stems=stems)
                done += len(chunk)
                if progress is not None:
                    progress(IndexProgress(done=done, total=total, path=chunk[-1].path))
            fresh.settle_merges()
        except BaseException:
            fresh.close()
            shutil.rmtree(fresh_dir, ignore_errors=True)
            raise
        fresh.close()
        self._swap_in_search(fresh_dir)
        self.damage = ""
        return done

    def _swap_in_search(self, fresh_dir: Path) -> None:
        """Replace the live search folder by ``fresh_dir`` (two renames: the old one is deleted last)."""
        from kutip.index.search.whoosh_engine.engine import WhooshEngine

        live, retired = self.location / SEARCH_DIR, self.location / (SEARCH_DIR + RETIRED)
        if self._searchindex is not None:
            self._searchindex.close()
            self._searchindex = None
        shutil.rmtree(retired, ignore_errors=True)
        if live.exists():
            live.rename(retired)
        fresh_dir.rename(live)
        shutil.rmtree(retired, ignore_errors=True)
        self._searchindex = WhooshEngine(live, known_stems=self._store.stems)

"""Statement linking cost: it must follow the new statements, not the size of the archive.

    python benchmarks/linking.py [--sizes 10000 100000] [--new 1000] [--seed 1] [--pairs 2000]

Builds archives of synthetic articles (three statements each, fictional speakers and
made-up words, about 100 articles a day so a larger archive spans more months, as a
real one does), files their statements in the linker's tables as if already linked,
then times :func:`update_links` on 1,000 new articles' statements: a third of them
reword an archived remark and should be linked. Prints statements per CPU second (CPU
time, so other work on a shared machine does not skew it), mean candidates verified per
statement and links made; the rates should match across sizes.

A second table shows the cross-language matcher's own cost: the same verification
(:func:`kutip.index.linking.update.matches`) timed on English/Indonesian pairs built from
the bilingual lexicon's entries against Indonesian/Indonesian pairs of the same words.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.docstore import DocStore
from kutip.index.language import lines
from kutip.index.linking import candidates, update_links
from kutip.index.linking.keys import month_of
from kutip.index.linking.members import add_singletons
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.speakers import speaker_names
from kutip.index.linking.store import LinkDoc, ensure_schema, insert_docs, load_docs, set_meta
from kutip.index.linking.update import doc_of, matches

ARTICLES_PER_DAY = 100
STATEMENTS_PER_ARTICLE = 3
REPORT_SHARE = 0.33  # share of new statements that re-report an archived remark
_START = date(2015, 1, 1)
_SYLLABLES = ["ra", "lo", "tu", "mi", "sa", "no", "ga", "ri", "wa", "ho", "du", "ye", "ko", "pa", "zu", "fi"]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


@dataclass
class Generator:
    """Deterministic fictional speakers and words; words are chosen to be their own stems."""

    seed: int = 1
    speakers: int = 20_000
    vocabulary: int = 6_000

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        words: set[str] = set()
        while len(words) < self.vocabulary:
            candidate = _word(rng, rng.randint(2, 4))
            if content_terms(candidate) == [candidate]:
                words.add(candidate)
        self.words = sorted(words)
        firsts = sorted({_word(rng, 2).capitalize() for _ in range(300)})
        lasts = sorted({_word(rng, 3).capitalize() for _ in range(self.speakers)})
        self.names = [f"{rng.choice(firsts)} {last}" for last in lasts]
        self.rng = rng

    def remark(self) -> list[str]:
        return [self.rng.choice(self.words) for _ in range(self.rng.randint(8, 16))]

    def reword(self, words: list[str]) -> list[str]:
        """Another outlet's version: a few words dropped or swapped, a tail cut or added."""
        kept = [w for w in words if self.rng.random() > 0.15]
        if self.rng.random() < 0.5:
            kept = kept[: max(5, len(kept) * 3 // 4)]
        else:
            kept += [self.rng.choice(self.words) for _ in range(3)]
        return kept

    def speaker(self) -> str:
        # a few speakers are quoted far more than the rest
        index = min(int(self.rng.paretovariate(1.2)) - 1, len(self.names) - 1)
        return self.names[index] if self.rng.random() < 0.3 else self.rng.choice(self.names)


def _day(n: int) -> str:
    return (_START + timedelta(days=n // ARTICLES_PER_DAY)).isoformat()


def _insert_articles(db: sqlite3.Connection, rows: list[tuple[str, str, list[tuple[str, str]]]]) -> list[str]:
    """Inserts (article id, date, [(speaker, text)]) straight into the store's tables."""
    db.executemany(
        "INSERT INTO articles(id, source, locator, title, outlet, date, author, url, lang, format, dateline, "
        "body, extra) VALUES (?, ?, '', '', 'Kabar Sintetis', ?, '', '', 'id', 'txt', '', '', '{}')",
        [(aid, f"/synthetic/{aid}.txt", day) for aid, day, _ in rows],
    )
    statements = [
        (f"{aid}:{n}", aid, n, speaker, text, day)
        for aid, day, said in rows
        for n, (speaker, text) in enumerate(said)
    ]
    db.executemany(
        "INSERT INTO statements(id, article, seq, speaker, text, kind, start, end, date) "
        "VALUES (?, ?, ?, ?, ?, 'direct', 0, 1, ?)",
        statements,
    )
    return [s[0] for s in statements]


def build_archive(db: sqlite3.Connection, gen: Generator, articles: int) -> None:
    """``articles`` archived articles, filed in the linker's tables as singletons (no verification)."""
    ensure_schema(db)
    for start in range(0, articles, 5_000):
        rows, docs = [], []
        for n in range(start, min(articles, start + 5_000)):
            aid, day = f"old{n}", _day(n)
            said = [(gen.speaker(), gen.remark()) for _ in range(STATEMENTS_PER_ARTICLE)]
            rows.append((aid, day, [(s, " ".join(words)) for s, words in said]))
            for seq, (speaker, words) in enumerate(said):
                names = speaker_names(speaker)
                sid = f"{aid}:{seq}"
                doc = LinkDoc(sid, aid, month_of(day), names.canonical, names.written, tuple(words))
                docs.append(doc)
        _insert_articles(db, rows)
        insert_docs(db, docs)
        add_singletons(db, [d.statement for d in docs])
    set_meta(db, "rowid_seen", str(db.execute("SELECT max(rowid) FROM statements").fetchone()[0] or 0))


def linked_count(db: sqlite3.Connection, prefix: str = "new") -> int:
    """New statements that joined a cluster holding another statement."""
    row = db.execute(
        "SELECT count(*) FROM link_members m JOIN link_clusters c ON c.cluster = m.cluster "
        "WHERE c.size > 1 AND m.statement LIKE ?",
        (f"{prefix}%",),
    ).fetchone()
    return int(row[0])


def new_articles(
    db: sqlite3.Connection, gen: Generator, archived: int, count: int
) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """``count`` new articles dated inside the archive's span; some statements re-report archived ones."""
    rows = []
    for n in range(count):
        position = gen.rng.randrange(archived)
        said = []
        for seq in range(STATEMENTS_PER_ARTICLE):
            if gen.rng.random() < REPORT_SHARE:
                old = f"old{max(0, min(archived - 1, position + gen.rng.randrange(-50, 50)))}:{seq}"
                doc = load_docs(db, [old])[old]
                speaker = db.execute("SELECT speaker FROM statements WHERE id = ?", (old,)).fetchone()[0]
                said.append((speaker, " ".join(gen.reword(list(doc.terms)))))
            else:
                said.append((gen.speaker(), " ".join(gen.remark())))
        rows.append((f"new{n}", _day(position), said))
    return rows


@dataclass(frozen=True)
class Measure:
    archived: int
    statements: int
    seconds: float
    candidates: float
    linked: int


def measure(folder: Path, archived: int, new: int, seed: int = 1, cache_mb: int = 0) -> Measure:
    gen = Generator(seed)
    store = DocStore(folder / f"link-{archived}.sqlite3")
    if cache_mb:  # SQLite's page cache (2 MB by default); a 100k archive's link tables outgrow it
        store._db().execute(f"PRAGMA cache_size = -{cache_mb * 1024}")
    with store.transaction() as db:
        build_archive(db, gen, archived)
    with store.transaction() as db:
        rows = new_articles(db, gen, archived, new)
        ids = _insert_articles(db, rows)
    started = time.process_time()  # CPU time: other processes on a shared machine do not count
    with store.transaction() as db:
        update_links(db, ids, [])
    seconds = time.process_time() - started
    db = store._db()
    probe = list(load_docs(db, ids[:300]).values())
    mean_candidates = sum(len(candidates(db, d)) for d in probe) / max(1, len(probe))
    linked = linked_count(db)  # the archive was filed unlinked
    store.close()
    return Measure(archived, len(ids), seconds, mean_candidates, linked)


@dataclass(frozen=True)
class PairCost:
    kind: str
    pairs: int
    micros: float
    linked: int


def _lexicon_pairs(rng: random.Random) -> list[tuple[str, str]]:
    entries = []
    for line in lines("linking_bilingual.tsv"):
        english, _, indonesian = line.partition("\t")
        first = indonesian.split(",")[0].strip()
        if " " not in english.strip() and first:
            entries.append((english.strip(), first))
    rng.shuffle(entries)
    return entries


def cross_language_cost(pairs: int, seed: int = 1) -> list[PairCost]:
    """µs per verification for same-language and cross-language pairs of one remark's words."""
    rng = random.Random(seed)
    entries = _lexicon_pairs(rng)
    built: dict[str, list[tuple[LinkDoc, LinkDoc]]] = {"id ~ id": [], "en ~ id": []}
    for n in range(pairs):
        words = rng.sample(entries, rng.randint(8, 12))
        english = " ".join(e for e, _ in words)
        indonesian = " ".join(i for _, i in words)
        reworded = " ".join(i for _, i in words if rng.random() > 0.15)
        speaker = f"Ana Lestari{n % 7}"
        original = doc_of(f"i{n}", f"a{n}", indonesian, lang="id", speaker=speaker)
        built["id ~ id"].append((original, doc_of(f"r{n}", f"b{n}", reworded, lang="id", speaker=speaker)))
        built["en ~ id"].append((doc_of(f"e{n}", f"c{n}", english, lang="en", speaker=speaker), original))
    costs = []
    for kind, docs in built.items():
        started = time.process_time()
        linked = sum(matches(a, b) for a, b in docs)
        costs.append(PairCost(kind, len(docs), (time.process_time() - started) / len(docs) * 1e6, linked))
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--new", type=int, default=1_000, help="new articles linked into each archive")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pairs", type=int, default=2_000, help="pairs timed for the cross-language table")
    parser.add_argument("--cache-mb", type=int, default=0, help="SQLite page cache for the run (0: default)")
    args = parser.parse_args()
    console = Console()
    table = Table(
        title=f"Linking {args.new:,} new articles' statements",
        caption="archived: articles; candidates: mean verified per new statement; links: new statements "
        "that joined a cluster",
    )
    columns = ("archived", "new statements", "CPU s", "statements/s", "ms/statement", "candidates", "links")
    for column in columns:
        table.add_column(column, justify="right")
    per_statement: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            with console.status(f"building an archive of {size:,} articles…"):
                result = measure(Path(tmp), size, args.new, args.seed, args.cache_mb)
            per_statement.append(result.seconds / result.statements)
            table.add_row(
                f"{result.archived:,}",
                f"{result.statements:,}",
                f"{result.seconds:.2f}",
                f"{result.statements / result.seconds:,.0f}",
                f"{result.seconds / result.statements * 1000:.2f}",
                f"{result.candidates:.1f}",
                f"{result.linked:,}",
            )
    console.print(table)
    if len(per_statement) > 1:
        growth = per_statement[-1] / per_statement[0]
        console.print(f"per-statement cost, largest archive / smallest: {growth:.2f}x (flat: within 1.3x)")
    pairs = Table(
        title="Verification cost by language pair",
        caption="µs/pair: one call of matches() on a pair built from the bilingual lexicon's words",
    )
    for column in ("pair", "pairs", "µs/pair", "linked"):
        pairs.add_column(column, justify="right")
    for cost in cross_language_cost(args.pairs, args.seed):
        pairs.add_row(cost.kind, f"{cost.pairs:,}", f"{cost.micros:.0f}", f"{cost.linked:,}")
    console.print(pairs)


if __name__ == "__main__":
    main()

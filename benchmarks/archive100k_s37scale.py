"""Index a large realistic archive (100k) with kutip alone, logging what does not depend on the wall.

    python benchmarks/archive100k_s37scale.py WORK [--articles 100000] [--seed 11]

``benchmarks/run.py``'s kutip part only (its generator, its seed, the folder ``WORK/corpus`` kept
for reuse, the archive in ``WORK/ix``), for a run that would not finish the whole harness on a
loaded machine. Every committed batch is appended to ``WORK/batches.jsonl`` as it lands (articles,
the CPU seconds of each stage in the workers and in the writer, the writer's resident size and its
process CPU), and every few seconds the resident size of the writer and of each of its descendant
processes (the pool's workers, merge processes) goes to ``WORK/memory.jsonl`` with each one's peak
(``VmHWM``). A run stopped halfway still says how its cost per article and its memory grew:
``benchmarks/archive100k_s37scale.py WORK --summary`` prints the tenths from those files.

``--after`` then measures the indexed archive: its size (SQLite's tables from ``dbstat``, Whoosh's
folder and segments), an unchanged re-run, 100 articles added, search per query family (p50 / p95
with snippets, ``benchmarks/run.py``'s families), the quote finder (``Archive.find`` of phrases cut
from stored statements), whole-process ``kutip search WORD --json`` and the reader's waits and peak
memory (``benchmarks/reader.py`` in a child). A run stopped early is measured as it stands: the
files it did not reach are moved to ``WORK/rest`` first, so the re-run is an unchanged one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WORKER_STAGES = ("ingest", "entities", "statements", "stems")


def _peak(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _status(pid: int) -> tuple[float, float, str]:
    """Resident and peak resident MB of a process, and its name."""
    rss = hwm = 0.0
    name = ""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) / 1024
                elif line.startswith("Name:"):
                    name = line.split()[1]
    except OSError:
        pass
    return rss, hwm, name


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _cpu_seconds(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def sample_memory(out: Path, stop: threading.Event, start: float, every: float) -> None:
    me = os.getpid()
    with out.open("a") as log:
        while not stop.wait(every):
            rss, hwm, _ = _status(me)
            others = {}
            for pid in _descendants(me):
                c_rss, c_hwm, name = _status(pid)
                others[str(pid)] = [round(c_rss), round(c_hwm), name, round(_cpu_seconds(pid), 1)]
            row = {"s": round(time.perf_counter() - start, 1), "writer": [round(rss), round(hwm)]}
            row["children"] = others
            row["load"] = os.getloadavg()[0]
            log.write(json.dumps(row) + "\n")
            log.flush()


def index(work: Path, n: int, seed: int, every: float) -> None:
    from benchmarks.realistic import generate_realistic
    from kutip.index import indexer as indexer_module
    from kutip.index.facade import Archive

    corpus = work / "corpus"
    start = time.perf_counter()
    if sum(1 for _ in corpus.rglob("*.md")) != n:
        shutil.rmtree(corpus, ignore_errors=True)
        generate_realistic(corpus, n, seed=seed)
        print(f"generated {n:,} articles in {time.perf_counter() - start:.0f} s", flush=True)
    ix = work / "ix"
    shutil.rmtree(ix, ignore_errors=True)
    batches_log = (work / "batches.jsonl").open("w")
    (work / "memory.jsonl").unlink(missing_ok=True)
    run_start = time.perf_counter()
    commit = indexer_module.Indexer._commit
    done = [0]

    def logged(self: Any, pending: Any) -> None:
        commit(self, pending)
        articles, cpu = self.report.batches[-1]
        done[0] += articles
        row = {
            "s": round(time.perf_counter() - run_start, 1),
            "articles": articles,
            "done": done[0],
            "cpu": {k: round(v, 3) for k, v in cpu.items()},
            "writer_rss": round(_status(os.getpid())[0]),
            "writer_process_cpu": round(time.process_time(), 1),
            "load": os.getloadavg()[0],
        }
        batches_log.write(json.dumps(row) + "\n")
        batches_log.flush()

    indexer_module.Indexer._commit = logged  # type: ignore[method-assign]
    stop = threading.Event()
    sampler = threading.Thread(
        target=sample_memory, args=(work / "memory.jsonl", stop, run_start, every), daemon=True
    )
    sampler.start()

    def progress(p: Any) -> None:
        if p.done % 5000 == 0:
            print(
                f"  {p.done:,} at {time.perf_counter() - run_start:,.0f} s, writer CPU "
                f"{time.process_time():,.0f} s, load {os.getloadavg()[0]:.1f}",
                flush=True,
            )

    archive = Archive.open(ix)
    report = archive.index([corpus], progress=progress)
    seconds = time.perf_counter() - run_start
    archive.close()
    stop.set()
    sampler.join()
    print(
        f"indexed {report.added:,} articles in {seconds:,.0f} s ({report.added / seconds:.1f}/s), writer CPU "
        f"{time.process_time():,.0f} s, peak writer {_peak(resource.RUSAGE_SELF):.0f} MB, "
        f"largest child {_peak(resource.RUSAGE_CHILDREN):.0f} MB, "
        f"batches {len(report.batches)}, load {os.getloadavg()}",
        flush=True,
    )


def summary(work: Path) -> None:
    rows = [json.loads(line) for line in (work / "batches.jsonl").read_text().splitlines() if line]
    total = rows[-1]["done"]
    tenth = max(1, total // 10)
    print(f"{total:,} articles committed in {len(rows)} batches, last at {rows[-1]['s']:,.0f} s")
    print(
        "tenth | articles | workers CPU ms/article (ingest, entities, statements) | writer ms/article "
        "(whoosh docs, commit, merge, sqlite, people, linking) | writer RSS at end | wall s | load"
    )
    group: list[dict[str, Any]] = []
    number = 0
    previous_end = 0.0
    for row in rows:
        group.append(row)
        if sum(r["articles"] for r in group) >= tenth or row is rows[-1]:
            number += 1
            arts = sum(r["articles"] for r in group)
            cpu: dict[str, float] = {}
            for r in group:
                for k, v in r["cpu"].items():
                    cpu[k] = cpu.get(k, 0.0) + v

            def ms(*keys: str, cpu: dict[str, float] = cpu, arts: int = arts) -> float:
                return sum(cpu.get(k, 0.0) for k in keys) * 1000 / arts

            writer = [k for k in cpu if k not in WORKER_STAGES and "wall" not in k]
            print(
                f"{number:2d} | {arts:6,} | {ms(*WORKER_STAGES):5.1f} ({ms('ingest'):.1f}, "
                f"{ms('entities'):.1f}, {ms('statements'):.1f}) | "
                f"{ms(*writer):5.1f} ({ms('whoosh documents'):.1f}, "
                f"{ms('whoosh commit'):.1f}, {ms('whoosh merge (child)'):.1f}, {ms('sqlite'):.1f}, "
                f"{ms('people'):.1f}, {ms('linking'):.1f}) | {group[-1]['writer_rss']} MB | "
                f"{group[-1]['s'] - previous_end:,.0f} | {group[-1]['load']:.1f}"
            )
            previous_end = group[-1]["s"]
            group = []
    memory = work / "memory.jsonl"
    if memory.exists():
        samples = [json.loads(line) for line in memory.read_text().splitlines() if line]
        writer_peak = max((s["writer"][1] for s in samples), default=0)
        child_peaks: dict[str, tuple[int, str]] = {}
        for s in samples:
            for pid, (_, hwm, name, _) in s["children"].items():
                if hwm >= child_peaks.get(pid, (0, ""))[0]:
                    child_peaks[pid] = (hwm, name)
        top = sorted(child_peaks.values(), reverse=True)[:6]
        print(f"writer peak (VmHWM) {writer_peak} MB; children's peaks: {top}")


def _tables_mb(db: Path) -> list[tuple[str, float]]:
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    return [(name, size / 1e6) for name, size in rows]


def after(work: Path, seed: int, queries: int, reader: bool) -> None:
    import random
    import sqlite3
    import subprocess

    from benchmarks.realistic import Lexicon, generate_realistic
    from benchmarks.run import KUTIP, folder_mb, percentiles, query_families, time_queries, whole_process
    from kutip.index.facade import Archive

    corpus, ix = work / "corpus", work / "ix"
    db = ix / "kutip.sqlite3"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        indexed = {row[0] for row in conn.execute("SELECT path FROM sources")}
        statements = [
            row[0] for row in conn.execute("SELECT text FROM statements ORDER BY random() LIMIT 400")
        ]
    present = sorted(corpus.rglob("*.md"))
    rest = work / "rest"
    moved = 0
    for path in present:
        if str(path) not in indexed:
            target = rest / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            path.rename(target)
            moved += 1
    n = len(indexed)
    print(f"archive of {n:,} articles ({moved:,} files not reached moved to {rest}); load {os.getloadavg()}")
    whoosh = ix / "whoosh"
    segments = len(list(whoosh.glob("*.seg"))) or len(
        {p.stem for p in whoosh.iterdir() if p.suffix != ".toc"}
    )
    print(
        f"on disk: archive {folder_mb(ix):.0f} MB, SQLite {db.stat().st_size / 1e6:.0f} MB, "
        f"Whoosh {folder_mb(whoosh):.0f} MB in {segments} segment files "
        f"({sorted(p.name for p in whoosh.iterdir())[:12]}), corpus {folder_mb(corpus):.0f} MB"
    )
    for name, mb in _tables_mb(db)[:14]:
        print(f"  {name:28s} {mb:8.1f} MB")

    archive = Archive.open(ix)
    start, cpu = time.perf_counter(), time.process_time()
    archive.index([corpus])
    print(
        f"re-run, nothing changed: {time.perf_counter() - start:.2f} s, "
        f"CPU {time.process_time() - cpu:.2f} s",
        flush=True,
    )

    lex = Lexicon.build(seed)
    rng = random.Random(5)
    sample = []
    for path in rng.sample(sorted(indexed), min(len(indexed), queries)):
        text = Path(path).read_text(encoding="utf-8")
        sample.append((path, "", text.partition("\n---\n")[2]))
    families = query_families(lex, sample, queries)
    for family, qs in families.items():

        def search(query: str, statements: bool = family == "statements") -> object:
            if statements:
                return archive.search_statements(query, limit=50)
            return archive.search(query, limit=50)

        first = time.perf_counter()
        search(qs[0])
        first = time.perf_counter() - first
        p50, p95 = time_queries(search, qs)
        print(
            f"search {family:13s} p50 / p95 {p50:.1f} / {p95:.1f} ms "
            f"(first of the process {first * 1000:.0f} ms)",
            flush=True,
        )
    phrases = []
    for text in statements:
        words = text.split()
        for length in (2, 4, 6):
            if len(words) >= length and len(phrases) < 40:
                i = rng.randrange(0, len(words) - length + 1)
                phrases.append(" ".join(words[i : i + length]))
    first = time.perf_counter()
    archive.find(phrases[0], limit=50)
    first = time.perf_counter() - first
    samples = []
    for phrase in phrases[1:]:
        t = time.perf_counter()
        archive.find(phrase, limit=50)
        samples.append(time.perf_counter() - t)
    p50, p95 = percentiles(samples)
    print(
        f"quote finder p50 / p95 {p50:.1f} / {p95:.1f} ms, max {max(samples) * 1000:.0f}, "
        f"first call {first * 1000:.0f} ms",
        flush=True,
    )
    archive.close()

    word = families["word"][0]
    command = [str(KUTIP), "--index", str(ix), "search", word, "--json"]
    p50, p95, cli_cpu, cli_peak = whole_process(command, 7)
    print(
        f"whole process `kutip search {word} --json`: {p50:.0f} / {p95:.0f} ms, CPU {cli_cpu:.0f} ms, "
        f"peak {cli_peak:.0f} MB",
        flush=True,
    )

    more = work / "more"
    shutil.rmtree(more, ignore_errors=True)
    total = n + moved
    generate_realistic(more, total + 100, seed=seed, first=total)
    archive = Archive.open(ix)
    start, cpu = time.perf_counter(), time.process_time()
    report = archive.index([corpus, more])
    print(
        f"add 100 articles ({report.added} new): {time.perf_counter() - start:.2f} s, writer CPU "
        f"{time.process_time() - cpu:.2f} s; peak of this process {_peak(resource.RUSAGE_SELF):.0f} MB",
        flush=True,
    )
    archive.close()
    if reader:
        script = Path(__file__).with_name("reader.py")
        done = subprocess.run(
            [sys.executable, str(script), str(ix), *families["word"][:5]],
            capture_output=True,
            text=True,
            check=False,
        )
        print(
            "reader (Textual's pilot, benchmarks/reader.py):\n" + done.stdout + done.stderr[-2000:],
            flush=True,
        )
    print(f"load at the end {os.getloadavg()}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("work", type=Path)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--summary", action="store_true")
    parser.add_argument("--after", action="store_true", help="measure the archive indexed by an earlier run")
    parser.add_argument("--queries", type=int, default=60)
    parser.add_argument("--no-reader", action="store_true")
    args = parser.parse_args()
    if args.summary:
        summary(args.work)
    elif args.after:
        after(args.work, args.seed, args.queries, not args.no_reader)
    else:
        args.work.mkdir(parents=True, exist_ok=True)
        index(args.work, args.articles, args.seed, args.every)


if __name__ == "__main__":
    main()

"""What a full collection walks in a process that indexed: tracked objects by type, their referents,
the largest containers and who holds them.

    python benchmarks/gc_census_s45scale.py CORPUS WORK [--articles N] [--reruns K]
    python benchmarks/gc_census_s45scale.py --open ARCHIVE   # a fresh process that only opened it

Indexes CORPUS (generated with ``benchmarks.run``'s seed when absent) into WORK/ix in this process,
as ``benchmarks/run.py`` does, then times full passes (``gc.collect()``, thread CPU) and prints the
census: a full pass visits every tracked object and every referent of each (a dict's keys and
values, a list's items, whether tracked or not), so its cost is the sum of both, not the count of
objects alone. Then ``--reruns`` unchanged re-runs, each with its collections timed.
"""

from __future__ import annotations

import argparse
import gc
import resource
import shutil
import sys
import time
import types
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def full_pass_ms(times: int = 3) -> list[float]:
    took = []
    for _ in range(times):
        start = time.thread_time()
        gc.collect()
        took.append((time.thread_time() - start) * 1000)
    return took


def _name(obj: object) -> str:
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


def _holder(obj: object, skip: set[int]) -> str:
    """Where obj hangs: a module global, an attribute of an instance, a function's cache or closure."""
    found = []
    for ref in gc.get_referrers(obj):
        if id(ref) in skip:
            continue
        if isinstance(ref, dict):
            key = next((k for k, v in ref.items() if v is obj), None)
            owners = [o for o in gc.get_referrers(ref) if id(o) not in skip]
            owner = next((o for o in owners if isinstance(o, types.ModuleType)), None)
            if owner is not None:
                found.append(f"global {owner.__name__}.{key}")
                continue
            inst = next((o for o in owners if getattr(o, "__dict__", None) is ref), None)
            if inst is not None:
                found.append(f"{_name(inst)}.{key}")
                continue
            found.append(f"dict[{key!r:.40}]")
        elif isinstance(ref, types.FrameType):
            continue
        else:
            found.append(_name(ref))
    return "; ".join(found[:3]) or "?"


def census(top: int = 30) -> None:
    gc.collect()
    objects = gc.get_objects()
    skip = {id(objects)}
    refs: Counter[str] = Counter()
    count: Counter[str] = Counter()
    big: list[tuple[int, object]] = []
    for obj in objects:
        name = _name(obj)
        n = len(gc.get_referents(obj))
        refs[name] += n
        count[name] += 1
        if n >= 5000:
            big.append((n, obj))
    print(f"tracked {len(objects):,}, referents {sum(refs.values()):,}, frozen {gc.get_freeze_count():,}")
    print("  by type (referents, objects):")
    for name, n in refs.most_common(top):
        print(f"    {n:>10,} {count[name]:>9,}  {name}")
    print("  by objects:")
    for name, n in count.most_common(12):
        print(f"    {n:>10,} objects, {refs[name]:>10,} referents  {name}")
    print("  largest containers (referents, type, holder):")
    big.sort(key=lambda row: -row[0])
    for n, obj in big[:top]:
        print(f"    {n:>10,} {_name(obj)} <- {_holder(obj, skip | {id(big)})}")
    del objects, big


class Collections:
    def __init__(self) -> None:
        self.rows: list[tuple[int, float]] = []
        self._start = 0.0

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            self.rows.append((info["generation"], (time.thread_time() - self._start) * 1000))

    def __enter__(self) -> Collections:
        gc.callbacks.append(self._on_gc)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._on_gc)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("work", type=Path, nargs="?")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--reruns", type=int, default=2)
    parser.add_argument("--open", type=Path, help="only open this archive and list it, as the reader does")
    args = parser.parse_args()
    from kutip.index.facade import Archive

    if args.open:
        cpu = time.process_time()
        archive = Archive.open(args.open)
        summaries = archive.summaries() if hasattr(archive, "summaries") else None
        print(f"opened: CPU {time.process_time() - cpu:.2f} s, listed {len(summaries or [])}")
        print("full passes, ms:", [f"{ms:.0f}" for ms in full_pass_ms()])
        census()
        return
    from benchmarks.realistic import generate_realistic

    assert args.corpus and args.work
    if sum(1 for _ in args.corpus.rglob("*.md")) != args.articles:
        shutil.rmtree(args.corpus, ignore_errors=True)
        generate_realistic(args.corpus, args.articles, seed=args.seed)
    shutil.rmtree(args.work / "ix", ignore_errors=True)
    archive = Archive.open(args.work / "ix")
    cpu = time.process_time()
    archive.index([args.corpus])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"index: CPU {time.process_time() - cpu:.1f} s, peak resident {peak:.0f} MB")
    print("full passes after indexing, ms:", [f"{ms:.0f}" for ms in full_pass_ms()])
    census()
    for run in range(args.reruns):
        cpu = time.process_time()
        with Collections() as seen:
            archive.index([args.corpus])
        full = [ms for g, ms in seen.rows if g == 2]
        print(
            f"re-run {run + 1}: CPU {time.process_time() - cpu:.3f} s, collector "
            f"{sum(ms for _, ms in seen.rows):.0f} ms, full passes {[f'{ms:.0f}' for ms in full]}"
        )
    print("full passes at the end, ms:", [f"{ms:.0f}" for ms in full_pass_ms()])
    archive.close()
    gc.collect()
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    print(f"frozen {frozen:,}; garbage among them (collected once unfrozen): {gc.collect():,}")


if __name__ == "__main__":
    main()

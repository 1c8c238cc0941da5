"""Bare single-writer Whoosh on a large generated corpus, for issue 11's throughput and disk targets.

    python benchmarks/bare100k_s45scale.py WORK

Indexes ``WORK/corpus`` (as ``benchmarks/archive100k_s37scale.py`` left it) with
``benchmarks.bare.BareWhoosh``'s schema into ``WORK/bare-whoosh``: one writer, one commit at the end.
Prints wall and CPU seconds of the documents and of the commit apart, articles a second, the load,
the folder's size and the process's peak resident size.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bare import BareWhoosh, read_corpus


def _folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("work", type=Path)
    args = parser.parse_args()
    docs = read_corpus(args.work / "corpus")
    target = args.work / "bare-whoosh"
    shutil.rmtree(target, ignore_errors=True)
    bare = BareWhoosh(target)
    loads = [os.getloadavg()[0]]
    wall, cpu = time.perf_counter(), time.process_time()
    writer = bare._ix.writer(limitmb=128)
    for doc_id, title, body in docs:
        writer.add_document(id=doc_id, title=title, body=body)
    docs_wall, docs_cpu = time.perf_counter() - wall, time.process_time() - cpu
    loads.append(os.getloadavg()[0])
    writer.commit()
    total_wall, total_cpu = time.perf_counter() - wall, time.process_time() - cpu
    loads.append(os.getloadavg()[0])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"bare Whoosh, {len(docs):,} articles: {total_wall:.1f} s wall "
        f"({len(docs) / total_wall:.0f} articles/s), CPU {total_cpu:.1f} s; documents {docs_wall:.1f} s "
        f"wall (CPU {docs_cpu:.1f}), commit {total_wall - docs_wall:.1f} s wall "
        f"(CPU {total_cpu - docs_cpu:.1f}); {_folder_mb(target):.0f} MB on disk; "
        f"peak {peak:.0f} MB; load {', '.join(f'{x:.1f}' for x in loads)}"
    )


if __name__ == "__main__":
    main()

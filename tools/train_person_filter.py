"""Trains the person filter shipped as ``kutip/index/data/models/person_filter.tsv`` and measures it.

    python tools/train_person_filter.py train [--ner ../shared/ner] [--work DIR]  # ``make model`` runs this
    python tools/train_person_filter.py evaluate [--ner ../shared/ner]  # kept and dropped on the test splits

The filter (``kutip.index.entities.person_filter``) is a logistic regression over person
entities. Its examples are the persons kutip's own pipeline finds in the NER training splits
(idner-news-2k train + dev, NERGrit train + valid; MIT, see NOTICE), rebuilt as articles of
eight consecutive sentences, with some sentences also written as a Title Case headline at the
top and as related-article links at the bottom (real pages have both). A person is a positive
example when one of its mentions overlaps a gold person span.

The shipped tagger learnt these very sentences, so on them it would be surer than on unseen
text and the filter would learn to trust it too much. The articles are therefore split in
two halves; each half is analysed with a CRF (and a first-name list) trained on the other
half only. Everything is read in a fixed order and the regression is solved by a fixed
number of Newton steps, so the same data gives byte-identical weights.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from pathlib import Path

from train_tagger import (
    MODELS,
    TESTS,
    TRAIN,
    Sentence,
    _written,
    first_names,
    headline,
    read_conll,
    train_crf,
)

from kutip.index.entities import features, tagger
from kutip.index.entities.person_filter import DROP_BELOW, WEIGHTS, judged
from kutip.index.entities.recognise import person_candidates
from kutip.index.language import fold, words

ROOT = Path(__file__).resolve().parent.parent
OUT = MODELS / Path(WEIGHTS).name
PER_ARTICLE = 8
HALVES = 2
HEADLINE_WORDS = 10  # a headline is the first words of a sentence, in Title Case
LINKS = 3  # related-article links at the foot of each article
MENUS = 2  # menu items or labels on lines of their own at the top
L2 = 1.0  # ridge penalty on every weight but the bias
NEWTON_STEPS = 25

Example = tuple[dict[str, float], int]
Article = tuple[str, list[tuple[int, int]]]  # body, gold person spans (characters)


def _line(sent: Sentence, tail: str, cut: tuple[int, int] | None) -> tuple[str, list[tuple[int, int]]]:
    """A sentence as news writes it, or its words ``cut`` as a Title Case line; its gold person spans."""
    words, labels = sent
    title = cut is not None
    if cut is not None:
        words, labels = headline(words[cut[0] : cut[1]]), labels[cut[0] : cut[1]]
    text, offsets, quotes = "", [], 0
    for k, (word, gap) in enumerate(words):
        joined, quotes = _written(gap, quotes)
        text += joined if k else joined.lstrip()
        offsets.append((len(text), len(text) + len(word)))
        text += word
    if not title:
        text += _written(tail, quotes)[0].rstrip()
    gold = []
    start = -1
    for i, label in enumerate([*labels, "O"]):
        if start >= 0 and label != "I-PER":
            gold.append((offsets[start][0], offsets[i - 1][1]))
            start = -1
        if label == "B-PER" or (label == "I-PER" and start < 0):
            start = i
    return text, gold


def build_articles(ner: Path, names: tuple[str, ...]) -> list[tuple[Article, list[Sentence]]]:
    """Articles of consecutive sentences of each file, with a headline and related links.

    Every second article opens with the start of its first sentence as a headline; every
    article ends with three links: Title Case pieces of the previous article's sentences,
    cut at varying words, as link lists and teasers cut headlines. Returns each article
    with the sentences it was built from (for the CRF of the other half).
    """
    out: list[tuple[Article, list[Sentence]]] = []
    for name in sorted(names):
        tails: list[str] = []
        sentences = read_conll(ner / name, tails)
        for at in range(0, len(sentences), PER_ARTICLE):
            own = list(zip(sentences[at : at + PER_ARTICLE], tails[at : at + PER_ARTICLE], strict=True))
            lines: list[tuple[Sentence, str, tuple[int, int] | None]] = [(s, t, None) for s, t in own]
            index = at // PER_ARTICLE
            if index % 2 == 0:
                lines.insert(0, (own[0][0], "", (0, HEADLINE_WORDS)))
            for j in range(MENUS):  # menu items and labels: a few ordinary words in Title Case
                menu = _menu(sentences[(at + 3 * j + 1) % len(sentences)], index + j)
                if menu is not None:
                    lines.insert(0, (menu, "", (0, len(menu[0]))))
            for j, sent in enumerate(sentences[max(0, at - LINKS) : at]):
                size = len(sent[0])
                start = (index * 7 + j * 5) % max(1, size - 6)
                lines.append((sent, "", (start, start + 5 + (index + j) % 5)))
            body, gold = "", []
            for sent, tail, cut in lines:
                text, spans = _line(sent, tail, cut)
                base = len(body)
                gold += [(base + s, base + e) for s, e in spans]
                body += text + "\n"
            out.append(((body, gold), [s for s, _ in own]))
    return out


def _menu(sent: Sentence, seed: int) -> Sentence | None:
    """One to three consecutive lower-case words of ``sent`` (no name among them), or None."""
    words_, _ = sent
    size = 1 + seed % 3
    runs = [
        k
        for k in range(len(words_) - size + 1)
        if all(w.isalpha() and w.islower() and len(w) >= 3 for w, _ in words_[k : k + size])
    ]
    if not runs:
        return None
    k = runs[seed % len(runs)]
    return [(w, " " if i else "") for i, (w, _) in enumerate(words_[k : k + size])], ["O"] * size


def _same_person(mention: str, gold: str) -> bool:
    """The scorer's lenient match: the same last word, or one name's words all within the other's."""
    m, g = [fold(w) for w in words(mention)], [fold(w) for w in words(gold)]
    return bool(m and g) and (m[-1] == g[-1] or set(m) <= set(g) or set(g) <= set(m))


def examples(articles: list[Article]) -> list[Example]:
    """Every person the pipeline finds and the filter judges, its features and whether it is a gold person.

    A person is one when a mention overlaps a gold person span and matches it the way the
    scorer matches names (see :func:`_same_person`).
    """
    out: list[Example] = []
    for body, gold in articles:
        for entity, facts in person_candidates(body, "id"):
            if not judged(facts):
                continue
            person = any(
                m.start < e and s < m.end and _same_person(m.text, body[s:e])
                for m in entity.mentions
                for s, e in gold
            )
            out.append((facts, int(person)))
    return out


def cross_fitted_examples(ner: Path, work: Path) -> list[list[Example]]:
    """The examples of each half, analysed with a tagger and first names learnt from the other half."""
    built = build_articles(ner, TRAIN)
    halves: list[list[Example]] = []
    for half in range(HALVES):
        mine = [a for k, (a, _) in enumerate(built) if k % HALVES == half]
        others = [s for k, (_, sents) in enumerate(built) if k % HALVES != half for s in sents]
        model = work / f"half{half}.crfsuite"
        if not model.exists():
            train_crf(others, model)
        tagger.use_model(model.read_bytes())
        features.use_first_names(frozenset(first_names(others)))
        try:
            halves.append(examples(mine))
        finally:
            tagger.use_model(None)
            features.use_first_names(None)
        real = sum(y for _, y in halves[-1])
        print(f"half {half}: {len(halves[-1])} persons, {real} real", file=sys.stderr)
    return halves


def fit(data: list[Example]) -> dict[str, float]:
    """Logistic regression by Newton's method with a ridge penalty (pure Python, fixed steps)."""
    names = sorted(data[0][0])
    rows = [[x.get(n, 0.0) for n in names] for x, _ in data]
    labels = [y for _, y in data]
    size = len(names)
    w = [0.0] * size
    for _ in range(NEWTON_STEPS):
        grad = [0.0 if n == "bias" else L2 * w[i] for i, n in enumerate(names)]
        hess = [[(L2 if i == j and names[i] != "bias" else 0.0) for j in range(size)] for i in range(size)]
        for x, y in zip(rows, labels, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            r = p - y
            s = p * (1 - p)
            nonzero = [(i, v) for i, v in enumerate(x) if v]
            for i, v in nonzero:
                grad[i] += r * v
                row = hess[i]
                for j, u in nonzero:
                    row[j] += s * v * u
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
    return dict(zip(names, w, strict=True))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``a x = b`` by Gaussian elimination with partial pivoting (``a`` is small and well conditioned)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def _probability(weights: dict[str, float], x: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in x.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def report(weights: dict[str, float], data: list[Example], label: str) -> None:
    """How many persons and non-persons each bar would drop."""
    real = sum(y for _, y in data)
    print(f"{label}: {len(data)} persons found, {real} real, precision {real / max(1, len(data)):.3f}")
    for bar in (0.05, 0.1, 0.15, 0.2, 0.3, 0.5):
        dropped = [y for x, y in data if _probability(weights, x) < bar]
        kept_real = real - sum(dropped)
        kept = len(data) - len(dropped)
        print(
            f"  drop under {bar:.2f}: drops {len(dropped) - sum(dropped)} non-persons,"
            f" {sum(dropped)} persons;"
            f" precision {kept_real / max(1, kept):.3f}, recall of found {kept_real / max(1, real):.3f}"
        )


def train(ner: Path, work: Path | None) -> None:
    if work is None:
        with tempfile.TemporaryDirectory() as tmp:
            halves = cross_fitted_examples(ner, Path(tmp))
    else:
        work.mkdir(parents=True, exist_ok=True)
        halves = cross_fitted_examples(ner, work)
    for half in range(HALVES):  # each half scored by weights learnt on the other: the filter's own figures
        rest = [e for k in range(HALVES) if k != half for e in halves[k]]
        report(fit(rest), halves[half], f"half {half}, weights from the other half")
    weights = fit([e for h in halves for e in h])
    header = (
        "# Weights of the person filter (kutip.index.entities.person_filter), written by make model\n"
        "# (tools/train_person_filter.py): logistic regression over person entities.\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{w:.6f}\n" for n, w in sorted(weights.items())), encoding="utf-8")
    print(f"wrote {OUT}")


def evaluate(ner: Path) -> None:
    """The filter on the test splits' persons (shipped tagger and weights)."""
    from kutip.index.entities.person_filter import _weights

    weights = _weights()
    for name in TESTS:
        built = build_articles(ner, (name,))
        report(weights, examples([a for a, _ in built]), f"{name} (bar in use {DROP_BELOW})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("train", "evaluate"))
    parser.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "ner")
    parser.add_argument("--work", type=Path, default=None, help="keeps the half models (reused if present)")
    args = parser.parse_args(argv)
    if args.command == "train":
        train(args.ner, args.work)
    else:
        evaluate(args.ner)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

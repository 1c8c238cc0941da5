"""Trains the entity tagger shipped in ``kutip/index/data/models`` and measures it.

    python tools/train_tagger.py train  [--ner ../shared/ner]   # what ``make model`` runs
    python tools/train_tagger.py evaluate [--ner ../shared/ner] # P/R/F1 on the standard test splits
    python tools/train_tagger.py combined [--ner ../shared/ner] # recognise() (rules + tagger), persons

Training reads idner-news-2k (train + dev) and NERGrit (train + valid), both MIT (see NOTICE),
maps their labels onto PER / ORG / LOC, splits their tokens the way kutip splits a body
(punctuation becomes the gap before a word), writes the first-name list the features use,
then trains a CRF with fixed parameters. The same inputs give the same model.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pycrfsuite

from kutip.index.entities import features
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, words

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "index" / "data" / "models"
MODEL = MODELS / "tagger.crfsuite"
NAMES = MODELS / "first_names.txt"
LOWER = MODELS / "lower_words.txt"
LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "LOC": "LOC", "PLACE": "LOC"}
TRAIN = ("idner-news-2k/train.txt", "idner-news-2k/dev.txt", "nergrit/train.txt", "nergrit/valid.txt")
TESTS = ("idner-news-2k/test.txt", "nergrit/test.txt")
FOLDS = 4
HEADLINE_EVERY = 3
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}

Sentence = tuple[list[features.Word], list[str]]


def read_conll(path: Path, tails: list[str] | None = None) -> list[Sentence]:
    """Sentences of a CoNLL file as (word, gap) pairs with BIO labels over kutip's word split.

    ``tails``, when given, receives each sentence's punctuation after its last word (its full stop).
    """
    out: list[Sentence] = []
    sent: list[features.Word] = []
    labels: list[str] = []
    gap = ""
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        cells = raw.split()
        if not cells:
            if sent:
                out.append((sent, labels))
                if tails is not None:
                    tails.append(gap.strip())
            sent, labels, gap = [], [], ""
            continue
        token, tag = cells[0], cells[-1]
        kind = LABELS.get(tag[2:], "") if tag != "O" else ""
        pieces = words(token)
        if not pieces:
            gap += token
            continue
        for k, piece in enumerate(pieces):
            sent.append((piece, gap if k == 0 else ""))
            if not kind:
                labels.append("O")
            else:
                labels.append(("B-" if tag.startswith("B-") and k == 0 else "I-") + kind)
            gap = " "
    return out


def headline(sent: list[features.Word]) -> list[features.Word]:
    """The sentence as a headline writes it: every word of four letters or more capitalised."""
    return [(w[:1].upper() + w[1:] if len(w) >= 4 else w, gap) for w, gap in sent]


def first_names(sentences: list[Sentence]) -> list[str]:
    """Words that open a person's name far more often than they appear otherwise."""
    lex = lexicon()
    opening: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sent, labels in sentences:
        for (word, _), label in zip(sent, labels, strict=True):
            key = fold(word)
            total[key] += 1
            if label == "B-PER" and word[:1].isupper():
                opening[key] += 1
    names = [
        w
        for w, n in opening.items()
        if n >= 2
        and n >= 0.6 * total[w]
        and len(w) > 1
        and w.isalpha()
        and w not in lex.title_starts
        and w not in lex.common
        and w not in lex.portfolios
    ]
    return sorted(names)


def lower_words(sentences: list[Sentence]) -> list[str]:
    """Words the training news writes in lower case far more often than inside a person's name."""
    lower: Counter[str] = Counter()
    person: Counter[str] = Counter()
    for sent, labels in sentences:
        for (word, _), label in zip(sent, labels, strict=True):
            key = fold(word)
            if label.endswith("PER"):
                person[key] += 1
            elif word.islower():
                lower[key] += 1
    return sorted(w for w, n in lower.items() if n >= 2 and len(w) >= 3 and w.isalpha() and person[w] * 3 < n)


def load(ner: Path, names: tuple[str, ...]) -> list[Sentence]:
    out: list[Sentence] = []
    for name in sorted(names):
        out.extend(read_conll(ner / name))
    return out


def train(ner: Path, model: Path = MODEL, params: dict[str, object] | None = None) -> None:
    sentences = load(ner, TRAIN)
    MODELS.mkdir(parents=True, exist_ok=True)
    header = "# Given names opening a person's name in the tagger's training data (written by make model).\n"
    NAMES.write_text(header + "".join(n + "\n" for n in first_names(sentences)), encoding="utf-8")
    header = "# Words the training data writes in lower case, not in names (written by make model).\n"
    LOWER.write_text(header + "".join(n + "\n" for n in lower_words(sentences)), encoding="utf-8")
    features.reload_first_names()
    train_crf(sentences, model, params)
    print(f"wrote {model} ({model.stat().st_size} bytes) and {NAMES} from {len(sentences)} sentences")


def train_crf(sentences: list[Sentence], model: Path, params: dict[str, object] | None = None) -> None:
    """Trains the CRF on ``sentences`` into ``model`` (the person filter also trains it on halves)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    folds = [frozenset(first_names(sentences[k::FOLDS])) for k in range(FOLDS)]
    for index, (sent, labels) in enumerate(sentences):
        # names learnt from the other folds: a training name is listed only as often as an unseen one
        others = frozenset().union(*(folds[k] for k in range(FOLDS) if k != index % FOLDS))
        trainer.append(features.sentence_features(sent, others), labels)
        if index % HEADLINE_EVERY == 0:  # headlines and link lists capitalise every longer word
            trainer.append(features.sentence_features(headline(sent), others, headline=True), labels)
    trainer.set_params(params or PARAMS)
    trainer.train(str(model))


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, label in enumerate([*labels, "O"]):
        if start >= 0 and not (label.startswith("I-") and label[2:] == kind):
            found.add((start, i, kind))
            start = -1
        if label.startswith("B-") or (label.startswith("I-") and start < 0):
            start, kind = i, label[2:]
    return found


def evaluate(ner: Path, model: Path = MODEL) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    for name in TESTS:
        counts: dict[str, list[int]] = {k: [0, 0, 0] for k in ("PER", "ORG", "LOC")}
        for sent, labels in read_conll(ner / name):
            predicted = spans(tagger.tag(features.sentence_features(sent)))
            gold = spans(labels)
            for kind, tally in counts.items():
                p = {s for s in predicted if s[2] == kind}
                g = {s for s in gold if s[2] == kind}
                tally[0] += len(p & g)
                tally[1] += len(p - g)
                tally[2] += len(g - p)
        for kind, (tp, fp, fn) in counts.items():
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"{name:28} {kind}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (gold {tp + fn})")


_CLOSERS = frozenset(".,;:!?)]}%")
_OPENERS = frozenset("([{")
_JOINERS = frozenset("-/&'")


def _written(gap: str, quotes: int) -> tuple[str, int]:
    """A split-off punctuation gap as news writes it, and the count of quotation marks so far.

    The test splits space every token: "Andi M . Ghalib" is read back as "Andi M. Ghalib",
    "( 38 )" as "(38)", "Super Junior - M" as "Super Junior-M"; a quotation mark opens
    or closes by its count in the sentence.
    """
    marks = "".join(gap.split())
    if not marks:
        return " ", quotes
    before, after, space = "", "", True
    for c in marks:
        if c == '"':
            quotes += 1
            if quotes % 2:
                after += c
            else:
                before += c
        elif c in _CLOSERS and not after:
            before += c
        elif c in _JOINERS and not after:
            space = False
            before += c
        else:
            after += c
    if not space:
        return before + after, quotes
    return before + " " + after, quotes


Article = tuple[str, list[tuple[int, int]], set[tuple[int, int]]]


def articles(path: Path, per_article: int = 8) -> list[Article]:
    """Test sentences as articles: (body, word offsets, gold person spans over word indices).

    Each article is ``per_article`` sentences, a line each, written with their punctuation
    and full stops as news writes them.
    """
    tails: list[str] = []
    sentences = read_conll(path, tails)
    out: list[Article] = []
    for at in range(0, len(sentences), per_article):
        body, offsets, gold = "", [], set()
        for (sent, labels), tail in zip(sentences[at : at + per_article], tails[at:], strict=False):
            base = len(offsets)
            quotes = 0
            for k, (word, gap) in enumerate(sent):
                joined, quotes = _written(gap, quotes)
                body += joined if k else "\n" + joined.lstrip()
                offsets.append((len(body), len(body) + len(word)))
                body += word
            body += _written(tail, quotes)[0].rstrip()
            gold |= {(base + s, base + e) for s, e, kind in spans(labels) if kind == "PER"}
        out.append((body, offsets, gold))
    return out


def found_persons(body: str, offsets: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Word spans of the person mentions ``recognise()`` finds that start and end on word edges."""
    from kutip.index.entities import recognise
    from kutip.index.models import EntityType

    starts = {s: i for i, (s, _) in enumerate(offsets)}
    ends = {e: i + 1 for i, (_, e) in enumerate(offsets)}
    found = set()
    for entity in recognise(body, "id"):
        if entity.type is EntityType.PERSON:
            for m in entity.mentions:
                if m.start in starts and m.end in ends:
                    found.add((starts[m.start], ends[m.end]))
    return found


def combined(ner: Path, per_article: int = 8) -> None:
    """Person P/R/F1 of ``recognise()`` on the test splits, eight sentences to an article.

    A person mention counts when it covers exactly the words of a gold person.
    """
    for name in TESTS:
        tp = fp = fn = 0
        for body, offsets, gold in articles(ner / name, per_article):
            found = found_persons(body, offsets)
            tp += len(found & gold)
            fp += len(found - gold)
            fn += len(gold - found)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:28} PER  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (recognise, rules + tagger)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("train", "evaluate", "combined"))
    parser.add_argument("--ner", type=Path, default=ROOT.parent / "shared" / "ner")
    args = parser.parse_args(argv)
    if args.command == "combined":
        combined(args.ner)
        return 0
    if args.command == "train":
        train(args.ner)
    evaluate(args.ner)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Direct-quote F1 on the real seed articles, matched the way ../shared/tools/score.py matches."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

import pytest

from kutip.index.statements import extract_statements

SHARED = Path(__file__).resolve().parents[3] / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "gold" / "seeds.json").exists(), reason="../shared absent")

_BOILERPLATE = re.compile(
    r"^(Baca Juga|Saksikan video|Video:|Next Article|\(\w+/\w+\)$|null$|\*$|.*Verified Writer|IDN Times Community)"
)
_END = re.compile(r"^(Leave a Reply|Topik:|Berita Terkini)")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\"'“”‘’«»„‚`]", " ", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def clean_body(text: str, has_title: bool) -> str:
    lines = text.split("\n")[1:] if has_title else text.split("\n")
    kept: list[str] = []
    for line in lines:
        if _END.match(line.strip()):
            break
        if not _BOILERPLATE.match(line.strip()):
            kept.append(line)
    return "\n".join(kept)


def test_direct_quote_f1_on_seeds() -> None:
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for art in gold["articles"]:
        raw = (SHARED / "corpus" / "seeds" / art["file"]).read_text(encoding="utf-8")
        body = clean_body(raw, bool(art.get("title")))
        preds = [s.text for s in extract_statements(art["file"], body, art["lang"], []) if s.kind == "direct"]
        golds = [q["text"] for q in art["quotes"]]
        optional = [fold(q["text"]) for q in art.get("optional_quotes", [])]
        pairs = sorted(
            (
                (difflib.SequenceMatcher(None, fold(g), fold(p)).ratio(), gi, pi)
                for gi, g in enumerate(golds)
                for pi, p in enumerate(preds)
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for ratio, gi, pi in pairs:
            if ratio >= 0.85 and gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
        tp += len(used_g)
        fn += len(golds) - len(used_g)
        fp += sum(
            1
            for pi, p in enumerate(preds)
            if pi not in used_p
            and not any(difflib.SequenceMatcher(None, fold(p), o).ratio() >= 0.85 for o in optional)
        )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= 0.95, (tp, fp, fn)

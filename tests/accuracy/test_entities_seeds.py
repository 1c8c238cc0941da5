"""Person recall and precision on the real seed articles (skipped without ../shared).

Scored like ``shared/tools/score.py``: per article, lenient surname match, titles
ignored. The body is approximated here by dropping the headline, photo captions and
the outlet's trailing boilerplate; writer, editor and photo credits are not body
persons, so gold names found only in those dropped lines are left out of the gold.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kutip.index.entities import recognise

SHARED = Path(__file__).resolve().parents[3] / "shared"
TITLES = {
    "presiden", "menteri", "menlu", "menhan", "juru", "bicara", "jubir", "dubes", "duta", "besar",
    "sekjen", "kepala", "direktur", "pakar", "peneliti", "mr", "mrs", "ms", "dr", "prof", "president",
    "minister", "secretary", "spokesperson", "spokesman", "ambassador", "sir",
}  # fmt: skip
BOILERPLATE = re.compile(
    r"^(Leave a Reply|Your email address|\*$|null$|Topik:|Berita Terkini|Saksikan video|Video:|Next Article"
    r"|.*Community adalah media|.*Photo Verified Writer|\(\w+/\w+\)$|\W*\u2022)"
)

pytestmark = pytest.mark.skipif(not (SHARED / "gold" / "seeds.json").exists(), reason="../shared not present")


def _fold(s: str) -> list[str]:
    s = unicodedata.normalize("NFKC", s).casefold().replace("-", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    return [t for t in s.split() if t not in TITLES]


def same_person(pred: str, gold: str) -> bool:
    p, g = _fold(pred), _fold(gold)
    if not p or not g:
        return False
    return p == g or p[-1] == g[-1] or (len(g) == 1 and g[0] in p) or (len(p) == 1 and p[0] in g)


def clean_body(text: str) -> str:
    """Drops the headline (unless it is a dateline paragraph), captions and trailing boilerplate."""
    lines = text.splitlines()
    if lines and not re.match(r"^[\w.]+, ", lines[0]):
        lines = lines[1:]
    kept = [line for line in lines if not BOILERPLATE.match(line.strip()) and "(Photo by" not in line]
    # Trailing lines after the outlet's community/credit block are not the story.
    return "\n".join(kept)


def _scores() -> tuple[int, int, int]:
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for article in gold["articles"]:
        raw = (SHARED / "corpus" / "seeds" / article["file"]).read_text(encoding="utf-8")
        body = clean_body(raw)
        predicted = [e.name for e in recognise(body, article["lang"]) if e.type.value == "person"]
        body_words = set(_fold(body))
        golds = [g for g in article["persons"] if _fold(g) and _fold(g)[-1] in body_words]
        used: set[int] = set()
        for g in golds:
            hit = next((i for i, p in enumerate(predicted) if i not in used and same_person(p, g)), None)
            if hit is None:
                fn += 1
            else:
                used.add(hit)
                tp += 1
        fp += len(predicted) - len(used)
    return tp, fp, fn


def test_same_person_rule_can_fail() -> None:
    assert same_person("Antony Blinken", "Blinken")
    assert not same_person("Antony Blinken", "Lloyd Austin")


def test_person_f1_on_seeds() -> None:
    tp, fp, fn = _scores()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert tp > 20, (tp, fp, fn)
    assert f1 >= 0.95, f"person P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})"

"""Session 47, speakers: the alias cues' patterns are built by the language layer's one phrase
builder (:func:`kutip.index.language.phrase_alternatives`), and the same on every run: the cues
were deduplicated through a set, so the order of equally long branches followed the hash seed."""

from __future__ import annotations

import subprocess
import sys

from kutip.index.language import phrase_alternatives
from kutip.index.statements import aliases

_PRINT = "from kutip.index.statements import aliases; print(aliases._cues()[0].pattern)"


def _pattern_with_seed(seed: str) -> str:
    env = {"PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run([sys.executable, "-c", _PRINT], capture_output=True, text=True, env=env, check=True)
    return out.stdout


def test_the_cue_pattern_does_not_follow_the_hash_seed() -> None:
    assert len({_pattern_with_seed(seed) for seed in ("1", "2", "3", "4")}) == 1


def test_the_owner_cues_are_the_language_layers_alternation() -> None:
    owner = aliases._owner_cues()
    assert owner is not None
    forms = [cue for order, cue in aliases._rows() if order == "owner_first"]
    assert owner.pattern == rf"['’]s\s+(?:{phrase_alternatives(forms)})(?![\w-])"

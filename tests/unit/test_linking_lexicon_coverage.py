"""The bilingual lexicon covers ordinary news words, one English word per line, one word per cell.

A faithful translation links only when enough of its content words meet: a lexicon
that knows ``police`` but not ``require`` or ``build`` leaves most translated remarks
apart. The word list below is common English news vocabulary written for this test
(verbs, nouns and adjectives of government, economy, disaster, health, law and daily
life); say-verbs are left out, as they are cues, not content.
"""

from __future__ import annotations

from pathlib import Path

from kutip.index.linking.bilingual import translations
from kutip.index.linking.normalise import content_terms

LEXICON = Path(__file__).resolve().parents[2] / "index" / "data" / "linking_bilingual.tsv"

_NEWS_WORDS_TEXT = """
accept access accident achieve address affect afford agree aid allow apply approve arrest attack
attempt avoid ban battle behave believe benefit blame block border borrow break bribe bridge
budget build burn buy cancel capture care carry cause celebrate challenge change charge check
choose clean close collapse collect complete concern consider construct continue control cost
court create crisis damage danger deal debt decide decline defend delay deliver demand destroy
develop disaster discuss disease doctor drive drop drought earn earthquake economy educate
election employ encourage energy enforce enjoy ensure escape estimate evacuate evidence expand
expect export fail fall farm fear fight fill finance finish fire flood focus force forest fuel
fund gather goal government grow guarantee handle harm harvest health help hide hire hope
hospital house hunger improve increase injure invest involve island issue join judge jump keep
kill land launch law lead learn leave lend limit lose maintain manage market meet miss move need
negotiate obey offer operate oppose order pay plan plant police policy pollution poor power
prepare prevent price prison problem produce profit promise protect protest prove provide punish
raise reach recover reduce refuse reject release remain remove repair replace require rescue
resist respect return rice rise road rule safe salary save school search secure sell send serve
share shortage sick solve spend start steal stop strengthen strike struggle succeed suffer
supply support survive suspect tax teach thing threaten tourism trade travel treat trust
understand vaccine victim violence vote wage war waste water weak weapon win worker worry
"""
COMMON_NEWS_WORDS = _NEWS_WORDS_TEXT.split()


def _rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, _, indonesian = line.partition("\t")
        rows.append((english.strip(), [cell.strip() for cell in indonesian.split(",")]))
    return rows


def test_the_word_list_is_long_enough_to_measure_coverage() -> None:
    assert len(set(COMMON_NEWS_WORDS)) >= 200


def test_common_english_news_words_have_a_translation() -> None:
    missing = [w for w in COMMON_NEWS_WORDS if not any(translations(t) for t in content_terms(w, "en"))]
    covered = 1 - len(missing) / len(COMMON_NEWS_WORDS)
    assert covered >= 0.95, f"coverage {covered:.1%}, missing: {missing}"


def test_no_english_word_is_listed_twice() -> None:
    seen: set[str] = set()
    twice = []
    for english, _ in _rows():
        key = english.casefold()
        if key in seen:
            twice.append(english)
        seen.add(key)
    assert not twice


def test_every_cell_is_one_word() -> None:
    several = [
        (english, cells)
        for english, cells in _rows()
        if " " in english or any(" " in c or not c for c in cells)
    ]
    assert not several

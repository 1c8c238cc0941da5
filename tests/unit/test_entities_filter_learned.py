"""The learned person filter: its features, what it may drop, and the tool that trains it.

Sentences are made up; no test reads ../shared.
"""

from __future__ import annotations

import math
from pathlib import Path
from types import ModuleType

import pytest

from kutip.index.entities import filtered_person_probability, person_filter, recognise
from kutip.index.entities.lexicon import lexicon
from kutip.index.entities.person_filter import (
    DROP_BELOW,
    ArticleFacts,
    entity_features,
    filter_persons,
    judged,
    person_probability,
    persons_features,
)
from kutip.index.entities.tagger import Tagging
from kutip.index.language import tokenize
from kutip.index.models import Entity, EntityType, Mention
from tests.conftest import load_tool

BODY = (
    "Berita Terkini\n"
    "Fulan Hidayat datang ke balai desa pada pagi hari dan menyapa warga yang menunggu.\n"
    "Warga menyambut dengan harapan besar.\n"
)


def _person(body: str, text: str) -> Entity:
    start = body.index(text)
    return Entity(text, EntityType.PERSON, [Mention(start, start + len(text), text)])


def _tagging(body: str, person: float) -> Tagging:
    tokens = tokenize(body)
    labels = ["O"] * len(tokens)
    return Tagging(labels, [person] * len(tokens), frozenset(), [0.0] * len(tokens))


def test_a_short_title_case_line_is_furniture_and_a_sentence_is_prose() -> None:
    facts = ArticleFacts(tokenize(BODY))
    tagging = _tagging(BODY, 0.5)
    menu = entity_features(_person(BODY, "Berita Terkini"), facts, tagging, lexicon(), {})
    prose = entity_features(_person(BODY, "Fulan Hidayat"), facts, tagging, lexicon(), {})
    assert menu["furniture"] == 1.0 and menu["short_line"] == 1.0 and menu["prose"] == 0.0
    assert prose["furniture"] == 0.0 and prose["prose"] == 1.0
    assert menu["furniture_per"] == pytest.approx(0.5)


def test_words_the_article_writes_in_lower_case_count_against_a_name() -> None:
    body = BODY + "Harapan Warga\n"
    facts = ArticleFacts(tokenize(body))
    features = entity_features(_person(body, "Harapan Warga"), facts, _tagging(body, 0.1), lexicon(), {})
    assert features["lower_elsewhere"] == pytest.approx(1.0)  # "harapan", "warga" both appear lower case
    name = entity_features(_person(body, "Fulan Hidayat"), facts, _tagging(body, 0.1), lexicon(), {})
    assert name["lower_elsewhere"] == 0.0


def test_without_a_tagging_the_tagger_features_are_left_out() -> None:
    facts = ArticleFacts(tokenize(BODY))
    features = entity_features(_person(BODY, "Fulan Hidayat"), facts, None, lexicon(), {})
    assert "per_mean" not in features and "org_max" not in features
    assert features["prose"] == 1.0


def test_persons_are_scored_against_the_article_s_other_persons() -> None:
    tokens = tokenize(BODY)
    tagging = _tagging(BODY, 0.0)
    first = next(k for k, t in enumerate(tokens) if t.text == "Fulan")
    tagging.person[first] = tagging.person[first + 1] = 0.9
    entities = [_person(BODY, "Fulan Hidayat"), _person(BODY, "Berita Terkini")]
    found = dict((e.name, f) for e, f in persons_features(entities, tokens, tagging, lexicon(), {}))
    assert found["Fulan Hidayat"]["per_below_best"] == 0.0
    assert found["Berita Terkini"]["per_below_best"] == pytest.approx(0.9)


def test_a_person_with_a_title_speech_or_byline_cue_is_never_judged() -> None:
    tokens = tokenize(BODY)
    first = next(k for k, t in enumerate(tokens) if t.text == "Fulan")
    facts = ArticleFacts(tokens)
    tagging = _tagging(BODY, 0.0)
    cued = entity_features(_person(BODY, "Fulan Hidayat"), facts, tagging, lexicon(), {first: "speech"})
    shaped = entity_features(_person(BODY, "Fulan Hidayat"), facts, tagging, lexicon(), {first: "shape"})
    assert not judged(cued) and judged(shaped)


def test_the_filter_drops_judged_persons_under_the_bar_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # weights that call every piece of furniture a non-person and anything else a person
    monkeypatch.setattr(person_filter, "_weights", lambda: {"bias": 3.0, "furniture": -10.0})
    tokens = tokenize(BODY)
    first = next(k for k, t in enumerate(tokens) if t.text == "Fulan")
    menu, name = _person(BODY, "Berita Terkini"), _person(BODY, "Fulan Hidayat")
    place = Entity("Balai", EntityType.PLACE, [])
    kept, probabilities = filter_persons([menu, name, place], tokens, _tagging(BODY, 0.0), lexicon(), {})
    assert kept == [name, place]
    assert probabilities["Fulan Hidayat"] > 0.9 and "Berita Terkini" not in probabilities
    # the same menu line under a title cue is left to the rules
    titled, _ = filter_persons([menu], tokens, _tagging(BODY, 0.0), lexicon(), {0: "title", first: "shape"})
    assert titled == [menu]


def test_without_weights_nothing_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(person_filter, "_weights", dict)
    menu = _person(BODY, "Berita Terkini")
    kept, _ = filter_persons([menu], tokenize(BODY), _tagging(BODY, 0.0), lexicon(), {})
    assert kept == [menu]
    assert person_probability({"bias": 1.0}) == 1.0


def test_the_shipped_weights_keep_a_plain_named_speaker() -> None:
    body = (
        'Wali Kota Fulan Hidayat meninjau banjir di Kecamatan Sukamaju, Selasa. "Kami siapkan '
        'pompa tambahan," kata Fulan Hidayat. Warga Badu Santoso mengatakan air mulai surut.\n'
    )
    names = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert {"Fulan Hidayat", "Badu Santoso"} <= names
    probability = filtered_person_probability(body, "Badu Santoso")
    assert probability is not None and probability >= DROP_BELOW
    assert filtered_person_probability("a body never recognised", "Badu Santoso") is None


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool("train_person_filter")


def test_the_regression_learns_the_sign_of_a_feature_and_is_deterministic(tool: ModuleType) -> None:
    data = [({"bias": 1.0, "good": float(k % 2), "noise": (k % 3) / 2}, k % 2) for k in range(40)]
    data += [({"bias": 1.0, "good": 1.0, "noise": 0.0}, 0), ({"bias": 1.0, "good": 0.0, "noise": 1.0}, 1)]
    weights = tool.fit(data)
    assert weights["good"] > 2.0
    assert tool.fit(data) == weights


def test_the_linear_solver_solves(tool: ModuleType) -> None:
    a, b = [[0.0, 2.0, 1.0], [1.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [5.0, 3.0, 6.0]  # a zero pivot first
    x = tool._solve(a, b)
    assert [round(v, 9) for v in x] == [1.4, 1.6, 1.8]
    assert all(math.isclose(sum(r * v for r, v in zip(row, x, strict=True)), rhs) for row, rhs in zip(a, b, strict=True))


def test_names_match_the_way_the_scorer_matches_them(tool: ModuleType) -> None:
    assert tool._same_person("Hidayat", "Fulan Hidayat")
    assert tool._same_person("Fulan Hidayat", "Fulan")
    assert not tool._same_person("Fulan Pastikan Kesiapan", "Fulan Hidayat")


def test_training_articles_carry_their_gold_persons_onto_every_line(tool: ModuleType, tmp_path: Path) -> None:
    rows = [
        "Kemarin O\nFulan B-PER\nHidayat I-PER\nmeninjau O\nlokasi O\nbanjir O\nbersama O\nwarga O\n. O\n",
        "Kemudian O\nBadu B-PER\nSantoso I-PER\nmenyampaikan O\nbantuan O\nkepada O\npengungsi O\n. O\n",
    ]
    conll = tmp_path / "mini.txt"
    conll.write_text("\n".join(rows * 12), encoding="utf-8")
    built = tool.build_articles(tmp_path, ("mini.txt",))
    assert len(built) == 3
    for (body, gold), sentences in built:
        assert len(sentences) == 8
        assert {body[s:e] for s, e in gold} <= {"Fulan Hidayat", "Badu Santoso"}
    (body, gold), _ = built[1]
    lines = body.splitlines()
    links = lines[-3:]  # the previous article's sentences, cut and written as links
    assert all(not line.endswith(".") for line in links)
    assert all(w[0].isupper() for line in links for w in line.split() if len(w) >= 4)
    prose = [line for line in lines if line.endswith(".")]
    assert len(prose) == 8
    menus = lines[: lines.index(prose[0])]
    assert menus and all(not any(s < body.index(line) + len(line) and body.index(line) < e for s, e in gold) for line in menus)


def test_the_tagging_keeps_the_marginal_of_organisations_and_places() -> None:
    from kutip.index.entities.tagger import tag_tokens

    tokens = tokenize("Fulan Hidayat tiba di Jakarta bersama staf Kementerian Keuangan kemarin.")
    tagging = tag_tokens(tokens)
    city = next(k for k, t in enumerate(tokens) if t.text == "Jakarta")
    name = next(k for k, t in enumerate(tokens) if t.text == "Hidayat")
    assert tagging.other[city] > 0.5 > tagging.person[city]
    assert tagging.person[name] > 0.5 > tagging.other[name]
    for k, token in enumerate(tokens):
        total = tagging.person[k] + tagging.other[k]
        assert total <= 1.0 + 1e-9 and (token.capitalised or total == 0.0)


def test_a_tagging_without_the_other_marginals_can_still_be_lent() -> None:
    from kutip.index.entities.tagger import tag_tokens

    tokens = tokenize("Warga berkumpul.\nFulan Hidayat tiba di Jakarta.")
    lent = Tagging(["O"] * len(tokens), [0.0] * len(tokens), frozenset({0}))
    tagging = tag_tokens(tokens, done=lent)
    assert len(tagging.other) == len(tokens) and max(tagging.other) > 0.5


def test_training_hooks_switch_the_model_and_the_names_back() -> None:
    from kutip.index.entities import features, tagger

    shipped = features.first_names()
    features.use_first_names(frozenset({"zzzq"}))
    try:
        assert features.first_names() == frozenset({"zzzq"})
    finally:
        features.use_first_names(None)
    assert features.first_names() == shipped and shipped
    tokens = tokenize("Fulan Hidayat tiba di Jakarta.")
    before = tagger.tag_tokens(tokens)
    tagger.use_model(tagger._model_bytes())
    try:
        assert tagger.tag_tokens(tokens) == before
    finally:
        tagger.use_model(None)
    assert tagger.tag_tokens(tokens) == before

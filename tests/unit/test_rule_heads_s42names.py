"""Heads the rules know and the tagger's features do not (``language/rule_heads.txt``): a faculty,
a studio, a corps or a lab opens a body's name, a caldera or a cave a place's, so the words after a
title are no person ("Guru Besar Fakultas X"). Invented sentences."""

from __future__ import annotations

from kutip.index.entities.features import sentence_features
from kutip.index.entities.lexicon import lexicon
from tests.unit.recognised import person_names as _persons


def test_a_faculty_after_a_professor_is_no_person() -> None:
    body = (
        "Seorang Guru Besar Fakultas Kehutanan Universitas Contoh Raya dibebastugaskan. "
        "Rektor Fulan Wiradika mengatakan pemeriksaan berjalan. "
        "Ia juga dicopot sebagai Kepala Lab Tanah Terpadu."
    )
    persons = _persons(body)
    assert "Fulan Wiradika" in persons
    assert not any("Fakultas" in p or "Lab" in p for p in persons)


def test_a_studio_and_a_corps_are_no_persons() -> None:
    body = (
        "Sanggar Tari Melati tampil di alun-alun. Bupati Badu Sitorus mengatakan acara berlanjut. "
        "Korps Bhayangkara tak akan ragu menindak pelanggar, kata Badu."
    )
    persons = _persons(body)
    assert "Badu Sitorus" in persons
    assert not any(p.startswith(("Sanggar", "Korps")) for p in persons)


def test_a_caldera_names_a_place() -> None:
    body = (
        '"Menjaga Kaldera Lembang adalah tugas kita," ucap pengelola Fulan Siregar. '
        "Kaldera Lembang dikunjungi ribuan wisatawan."
    )
    persons = _persons(body)
    assert "Fulan Siregar" in persons
    assert not any("Kaldera" in p for p in persons)


def test_an_english_cave_or_geopark_is_no_speaker() -> None:
    body = (
        '"We must protect it," Lembang Caldera Geopark assessor Jane Fairbrook said. '
        "Visitors also went to the Batu Hijau Cave near the town."
    )
    persons = _persons(body, "en")
    assert "Jane Fairbrook" in persons
    assert not any("Geopark" in p or "Cave" in p for p in persons)


def test_the_tagger_features_do_not_see_the_rule_heads() -> None:
    assert ("fakultas",) in lexicon().org_heads
    rows = sentence_features([("Guru", ""), ("Besar", " "), ("Fakultas", " "), ("Kaldera", " ")])
    assert not any(f in row for row in rows[2:] for f in ("ohead", "phead"))

"""Offices written before a name (issue 9, session 27; made-up sentences).

``speech_lexicon.tsv`` lists office words as ``role`` (for descriptions such as "komisioner itu"),
but the recogniser reads titles from ``gazetteer/titles.txt``: an office missing there left the name
after it to the tagger, which read "komisioner KPU Fulan Hidayat" as a place after the body, kept
"Kalapas Fulan" as one name and ran "Kadisdik Polda X Fulan" into the body. Every single-word
office of the speech lexicon is now a title, or is listed below with the reason it is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.entities import recognise
from kutip.index.entities.lexicon import lexicon
from kutip.index.language import fold, words
from kutip.index.models import EntityType
from kutip.index.statements import extract_statements

_LEXICON = Path(__file__).resolve().parents[2] / "index" / "data" / "speech_lexicon.tsv"

# Single-word roles of the speech lexicon that are no title before a name, by reason.
_PART = "a word of a longer title listed whole (juru bicara, duta besar, wali kota, staf khusus)"
_FIELD = "a portfolio, field or body word that follows a title (Menteri Luar Negeri, Kepala Dinas)"
_QUALIFIER = "a qualifier before a title (mantan Menteri, eks Bupati), no office of its own"
_GENERIC = "a generic noun that also opens ordinary phrases (guru honorer, pilot pesawat, panitia lomba)"
_CORPS = "a corps mark after a rank (language/corps.txt)"
_ENGLISH = "English: English bodies are read by the rules' English cues and language/english_titles.txt"


def _listed(text: str) -> list[str]:
    return text.split()


NOT_TITLES: dict[str, str] = {
    **dict.fromkeys(_listed("juru bicara duta besar perdana wali kuasa pelaksana staf"), _PART),
    **dict.fromkeys(
        _listed(
            """agama agung bidang cabang daerah dalam dewan ekonomi eksekutif energi hukum industri
        internasional keamanan kebijakan kelautan kesehatan ketenagakerjaan keuangan khusus kota luar
        nasional negeri pariwisata pendidikan perdagangan perhubungan perikanan perindustrian
        pertahanan pertanian politik regional sosial tinggi umum utama"""
        ),
        _FIELD,
    ),
    **dict.fromkeys(_listed("mantan eks"), _QUALIFIER),
    **dict.fromkeys(_listed("guru pilot panitia ilmuwan pendiri diplomat"), _GENERIC),
    "pol": _CORPS,
    **dict.fromkeys(
        _listed(
            """adj alderman attorney atty coach comm commissioner comr councillor councilman councilor
        councilwoman defence defense education energy environment executive fellow finance forecaster
        foreign former founder health historian home hydrologist interior international lawyer
        lecturer member national officer official policy prime prosecutor scientist senior speaker sr
        state teacher trade transport treasury vice"""
        ),
        _ENGLISH,
    ),
}


def _roles() -> set[str]:
    roles = set()
    for line in _LEXICON.read_text(encoding="utf-8").splitlines():
        kind, _, word = line.partition("\t")
        if kind == "role" and " " not in word.strip():
            roles.add(word.strip().lower())
    return roles


def _is_title(word: str) -> bool:
    return tuple(fold(w) for w in words(word)) in lexicon().titles


def test_every_office_of_the_speech_lexicon_is_a_title_or_a_listed_exception() -> None:
    missing = sorted(r for r in _roles() if not _is_title(r) and r not in NOT_TITLES)
    assert missing == [], "add these offices to gazetteer/titles.txt, or list why not here"


def test_the_exceptions_are_roles_and_no_titles() -> None:
    assert sorted(set(NOT_TITLES) - _roles()) == []
    assert sorted(w for w in NOT_TITLES if _is_title(w)) == []


OFFICES = ("komisioner", "panitera", "kalapas", "kadisdik", "pemred", "presdir", "direskrimum", "kakanwil")


def _person(body: str, name: str) -> bool:
    return any(e.name == name and e.type is EntityType.PERSON for e in recognise(body, "id"))


@pytest.mark.parametrize("office", OFFICES)
def test_a_name_after_an_office_and_its_body_is_a_person(office: str) -> None:
    body = f"Rapat itu dihadiri {office} KPU Fulan Hidayat di Jakarta, Senin.\n"
    assert _person(body, "Fulan Hidayat")


@pytest.mark.parametrize("office", OFFICES)
def test_an_office_opening_a_sentence_is_cut_from_the_name(office: str) -> None:
    body = f"{office.capitalize()} Badu Wirawan mengatakan rapat ditunda sampai pekan depan.\n"
    assert _person(body, "Badu Wirawan")


@pytest.mark.parametrize("office", OFFICES)
def test_a_name_after_an_office_and_a_regional_body_is_no_part_of_the_body(office: str) -> None:
    body = f"Menurut {office} Polda Jawa Tengah Badu Wirawan, rapat ditunda sampai pekan depan.\n"
    assert _person(body, "Badu Wirawan")


def _speakers(body: str) -> list[str | None]:
    return [
        s.speaker for s in extract_statements("t", body, "id", recognise(body, "id")) if s.kind == "direct"
    ]


def test_a_commissioner_of_a_body_is_the_speaker() -> None:
    body = (
        "Tahapan pemilihan di daerah itu dimulai pekan depan.\n\n"
        '"Semua logistik sudah kami kirim ke kecamatan," kata komisioner KPU Fulan Hidayat di kantornya, Senin.\n\n'
        'Komisioner KPU Badu Wirawan mengatakan, "Kami juga membuka posko pengaduan bagi warga."\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Badu Wirawan"]

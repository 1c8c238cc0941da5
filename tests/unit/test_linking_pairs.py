"""Labelled statement pairs that fix the linker's thresholds (original sentences, both languages)."""

from __future__ import annotations

import pytest

from kutip.index.linking import similarity, word_diff
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.speakers import compatible, speaker_names

Side = tuple[str, str]  # (speaker, text)

# Same utterance: rewording, aliases, truncation, extension, direct vs indirect.
POSITIVE: list[tuple[str, Side, Side]] = [
    (
        "id",
        ("Rahmat Sujatmiko", "Kerja sama Rusia-Korea Utara mengancam stabilitas kawasan Asia Timur,"),
        ("Rahmat Sujatmiko", "Kerja sama Rusia-Korut mengancam stabilitas kawasan Asia Timur"),
    ),
    (
        "id",
        ("Menlu Wulan Pertiwi", "Kita tidak ingin tergantung pada pasar Amerika Serikat dan Tiongkok saja."),
        ("Wulan Pertiwi", "Kita tak mau tergantung pada pasar AS dan China saja, apalagi di tengah perang tarif"),
    ),
    (
        "id",
        ("Bambang Kusumo", "Pemerintah akan menyalurkan 30 ton beras ke Kab. Garut pekan depan."),
        ("Bambang Kusumo", "pemerintah menyalurkan 30 ton beras ke Kabupaten Garut pada pekan depan"),
    ),
    (
        "id",
        ("Sekar Ayu", "Target kami, jembatan gantung di Desa Cibodas rampung sebelum musim hujan tiba"),
        ("Sekar Ayu", "Kami menargetkan jembatan gantung Desa Cibodas selesai dan rampung sebelum musim hujan"),
    ),
    (
        "id",  # truncated: one outlet kept only the first sentence
        ("Yohanes Pardede", "Kenaikan tarif parkir ini untuk menekan kemacetan di pusat kota."),
        (
            "Yohanes Pardede",
            "Kenaikan tarif parkir ini untuk menekan kemacetan di pusat kota. Pendapatannya akan kami "
            "pakai untuk memperbaiki trotoar dan halte bus di seluruh kecamatan.",
        ),
    ),
    (
        "en",
        ("Clara Jensen", "We are further apart than ever, and the fisheries chapter is the reason."),
        ("Jensen", "We are further apart than ever, and the fisheries chapter is the reason. Nobody should pretend"),
    ),
    (
        "en",  # direct quote and its indirect paraphrase
        ("Tomas Varga", "The reservoir will be full again by the end of March if the rains continue."),
        ("Tomas Varga", "the reservoir would be full again by the end of March if the rains continued"),
    ),
    (
        "en",
        ("Amara Okafor", "The United States and the European Union must share the cost of the new port."),
        ("Okafor", "the US and the EU must share the costs of the new port"),
    ),
]

# Must never link: same speaker on another occasion; same topic and wording by someone else.
NEGATIVE: list[tuple[str, Side, Side]] = [
    (
        "id",  # same speaker, same subject, another occasion (other figures)
        ("Bambang Kusumo", "Masa tanggap darurat banjir kami tinjau setiap 48 jam."),
        ("Bambang Kusumo", "Masa tanggap darurat banjir kami perpanjang sepuluh hari karena 900 warga masih mengungsi"),
    ),
    (
        "id",  # same speaker, another remark on the same project
        ("Sekar Ayu", "Jembatan gantung di Desa Cibodas rampung sebelum musim hujan tiba"),
        ("Sekar Ayu", "Anggaran jembatan di Desa Cibodas berasal dari dana desa dan bantuan provinsi"),
    ),
    (
        "id",  # same appeal, different people and rivers
        ("Rudi Hartanto", "Kami minta warga di bantaran Sungai Cimanuk segera mengungsi ke posko terdekat"),
        ("Lestari Wahyuni", "Kami imbau warga di bantaran Sungai Cisadane segera mengungsi ke posko terdekat"),
    ),
    (
        "id",  # two spokespeople sharing a surname-like first word, same policy line
        ("Chen Rui", "Posisi China terhadap krisis di Laut Merah tetap konsisten dan jelas"),
        ("Chen Bo", "Posisi China terhadap krisis di Laut Merah tetap konsisten dan tidak berubah"),
    ),
    (
        "en",  # same topic, other speaker
        ("Clara Jensen", "Vaccines are a useful new tool, but they do not replace clean water."),
        ("Ibrahim Sall", "Vaccines are a useful new tool, but they do not replace clean water and soap."),
    ),
    (
        "en",  # same speaker, different statement
        ("Tomas Varga", "The reservoir will be full again by the end of March."),
        ("Tomas Varga", "Farmers downstream will receive water rations until the end of March."),
    ),
]


def _same(lang: str, a: Side, b: Side) -> bool:
    names_a, names_b = speaker_names(a[0]), speaker_names(b[0])
    if not compatible(names_a, names_b):
        return False
    return similarity(content_terms(a[1], lang), content_terms(b[1], lang)).same


@pytest.mark.parametrize(("lang", "a", "b"), POSITIVE, ids=[p[1][1][:30] for p in POSITIVE])
def test_same_utterance_is_linked(lang: str, a: Side, b: Side) -> None:
    assert _same(lang, a, b)
    assert _same(lang, b, a)


@pytest.mark.parametrize(("lang", "a", "b"), NEGATIVE, ids=[n[1][1][:30] for n in NEGATIVE])
def test_different_utterance_is_not_linked(lang: str, a: Side, b: Side) -> None:
    assert not _same(lang, a, b)
    assert not _same(lang, b, a)


def test_aliases_normalise_to_one_term() -> None:
    assert content_terms("Korut dan AS") == content_terms("Korea Utara dan Amerika Serikat")
    assert content_terms("Tiongkok") == content_terms("China")


def test_speaker_compatibility() -> None:
    assert compatible(speaker_names("Mendag Dimas"), speaker_names("Dimas Prasetyo"))
    assert compatible(speaker_names("Blinken"), speaker_names("Antony Blinken"))
    assert not compatible(speaker_names("Lin Jian"), speaker_names("Liu Pengyu"))
    assert not compatible(speaker_names(None), speaker_names(None))
    office = speaker_names("Dishub", "kata Kepala Dishub Surabaya Yusuf Hadi")
    assert compatible(office, speaker_names("Yusuf Hadi"))
    assert not compatible(office, speaker_names("Rina Sari"))


def test_word_diff_marks_rewording_only() -> None:
    ops = word_diff("Kemitraan Rusia-Korea Utara bertentangan, kata dia", "kemitraan Rusia-Korut bertentangan kata dia")
    assert ops[0] == ("equal", "kemitraan")
    assert ("replace", "Rusia-Korut") in ops
    assert ops[-1] == ("equal", "bertentangan kata dia")
    rebuilt = " ".join(text for op, text in ops if op != "delete")
    assert rebuilt == "kemitraan Rusia-Korut bertentangan kata dia"


def test_word_diff_reports_left_out_words() -> None:
    ops = word_diff("We will act now and decisively", "We will act now")
    assert ops == [("equal", "We will act now"), ("delete", "and decisively")]

"""An English original and its Indonesian report (and back) link; other remarks stay apart.

Fixtures are written for kutip (fictional people and places): each positive pairs an
English quote with the way an Indonesian outlet would report it, translated directly or
paraphrased; negatives pair the same speaker on another subject or figure, or another
speaker in nearly the same words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.linking.bilingual import cross_similarity, lexicon_size, pivot_terms
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article, Statement
from tests.unit.test_linking_incremental import Archive

Side = tuple[str, str]  # (speaker, text)

POSITIVE: list[tuple[Side, Side]] = [
    (
        ("Clara Jensen", "We will not raise fuel prices this year, because families are already struggling."),
        ("Clara Jensen", "Kami tidak akan menaikkan harga bahan bakar tahun ini karena keluarga sudah kesulitan."),
    ),
    (
        ("Tomas Varga", "The new port will open in March and create three thousand jobs for local workers."),
        ("Tomas Varga", "pelabuhan baru akan dibuka pada Maret dan menciptakan tiga ribu lapangan kerja bagi pekerja lokal"),
    ),
    (
        ("Amara Okafor", "Two suspects have been arrested and the investigation is continuing."),
        ("Okafor", "Dua tersangka sudah ditangkap dan penyelidikan masih terus berlanjut."),
    ),
    (
        ("Ibrahim Sall", "The vaccine is safe and the clinical trial showed no serious side effects in volunteers."),
        ("Ibrahim Sall", "Vaksin ini aman dan uji klinis tidak menunjukkan efek samping serius pada relawan."),
    ),
    (
        ("Lena Fischer", "Our government is committed to cooperation with Indonesia on energy and climate."),
        ("Lena Fischer", "pemerintahnya berkomitmen untuk kerja sama dengan Indonesia di bidang energi dan iklim"),
    ),
    (
        ("Marco Bellini", "The flood destroyed hundreds of houses and thousands of residents were evacuated to shelters."),
        ("Marco Bellini", "Banjir menghancurkan ratusan rumah dan ribuan warga dievakuasi ke posko pengungsian."),
    ),
    (
        ("Sofia Lindqvist", "I am proud of the team. We trained hard for this championship and the fans helped us win."),
        ("Sofia Lindqvist", "Saya bangga dengan tim. Kami berlatih keras untuk kejuaraan ini dan suporter membantu kami menang."),
    ),
    (
        ("Daniel Okoro", "Inflation will fall below four percent next year if food prices remain stable."),
        ("Daniel Okoro", "inflasi akan turun di bawah 4 persen tahun depan jika harga pangan tetap stabil"),
    ),
    (
        ("Hannah Weiss", "The court's decision is final, and the company must pay compensation to every family."),
        ("Hannah Weiss", "Putusan pengadilan itu final dan perusahaan harus membayar kompensasi kepada setiap keluarga."),
    ),
    (
        ("Pierre Lambert", "We apologise to the victims. Nobody wanted this accident to happen."),
        ("Pierre Lambert", "Kami meminta maaf kepada para korban. Tidak ada yang menginginkan kecelakaan ini terjadi."),
    ),
    (
        ("Yuki Tanaka", "The eruption is not over. Residents must stay away from the crater for at least two weeks."),
        ("Yuki Tanaka", "Erupsi belum berakhir. Warga harus menjauh dari kawah setidaknya selama dua pekan."),
    ),
    (
        ("Carlos Mendes", "Exports of nickel rose sharply this year, and the ministry expects investment to grow."),
        ("Carlos Mendes", "ekspor nikel naik tajam tahun ini dan kementerian memperkirakan investasi akan tumbuh"),
    ),
]

NEGATIVE: list[tuple[Side, Side]] = [
    (  # same speaker, another subject
        ("Clara Jensen", "We will not raise fuel prices this year, because families are already struggling."),
        ("Clara Jensen", "Kami akan membangun dua rumah sakit baru di provinsi timur tahun depan."),
    ),
    (  # same speaker and subject, another figure
        ("Tomas Varga", "The new port will open in March and create three thousand jobs for local workers."),
        ("Tomas Varga", "pelabuhan baru akan dibuka pada Juni dan menciptakan 500 lapangan kerja"),
    ),
    (  # another speaker, nearly the same words
        ("Amara Okafor", "Two suspects have been arrested and the investigation is continuing."),
        ("Budi Santoso", "Dua tersangka sudah ditangkap dan penyelidikan masih terus berlanjut."),
    ),
    (  # same speaker, same topic, opposite claim on another occasion
        ("Ibrahim Sall", "The vaccine is safe and the clinical trial showed no serious side effects in volunteers."),
        ("Ibrahim Sall", "Uji klinis vaksin ditunda karena relawan belum cukup."),
    ),
    (  # same speaker, loosely related words only
        ("Lena Fischer", "Our government is committed to cooperation with Indonesia on energy and climate."),
        ("Lena Fischer", "Indonesia adalah mitra dagang penting bagi negara kami."),
    ),
    (  # speaker unknown on one side: moderately similar words are not enough
        ("Marco Bellini", "The flood destroyed hundreds of houses and thousands of residents were evacuated to shelters."),
        ("", "Ribuan warga masih bertahan di rumah meski banjir belum surut."),
    ),
    (  # two known people never link across languages
        ("Marco Bellini", "The flood destroyed hundreds of houses and thousands of residents were evacuated to shelters."),
        ("Siti Rahma", "Banjir menghancurkan ratusan rumah dan ribuan warga dievakuasi ke posko pengungsian."),
    ),
    (  # same speaker, another match
        ("Sofia Lindqvist", "I am proud of the team. We trained hard for this championship and the fans helped us win."),
        ("Sofia Lindqvist", "Kami kalah di final, tetapi pelatih sudah menyiapkan strategi baru untuk musim depan."),
    ),
    (  # same speaker, other numbers
        ("Daniel Okoro", "Inflation will fall below four percent next year if food prices remain stable."),
        ("Daniel Okoro", "inflasi naik menjadi 6 persen bulan lalu karena harga beras melonjak"),
    ),
]


def _linked(english: Side, indonesian: Side) -> bool:
    a = doc_of("en:1", "en", english[1], lang="en", speaker=english[0] or None)
    b = doc_of("id:1", "id", indonesian[1], lang="id", speaker=indonesian[0] or None)
    return matches(a, b) and matches(b, a)


def test_lexicon_is_loaded() -> None:
    assert lexicon_size() > 500
    assert pivot_terms(content_terms("the flood", "en"), "en") == tuple(content_terms("banjir", "id"))


def test_at_least_half_the_positives_link() -> None:
    linked = [pair for pair in POSITIVE if _linked(*pair)]
    assert len(linked) / len(POSITIVE) >= 0.5, [p[0][1][:40] for p in POSITIVE if p not in linked]


@pytest.mark.parametrize(("english", "indonesian"), NEGATIVE, ids=[n[1][1][:30] for n in NEGATIVE])
def test_negatives_stay_apart(english: Side, indonesian: Side) -> None:
    assert not _linked(english, indonesian)


def test_a_missing_speaker_does_not_block_a_close_translation() -> None:
    english = ("Marco Bellini", POSITIVE[5][0][1])
    assert _linked(english, ("", POSITIVE[5][1][1]))


def test_numbers_must_agree_across_languages() -> None:
    english = content_terms("create 3,000 jobs for local workers in the new port", "en")
    indonesian = content_terms("menciptakan 500 lapangan kerja bagi pekerja lokal di pelabuhan baru", "id")
    assert cross_similarity(english, indonesian).numbers_conflict


def _article(aid: str, lang: str, date: str, speaker: str, text: str) -> Article:
    article = Article(id=aid, source=f"/corpus/{aid}.txt", outlet=aid, date=date, lang=lang, body="-")
    article.statements = [
        Statement(id=f"{aid}:0", article=aid, text=text, kind="direct", start=0, end=1, speaker=speaker)
    ]
    return article


def test_an_english_original_and_its_indonesian_report_share_a_cluster(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    (speaker, english), (_, indonesian) = POSITIVE[5]
    archive.add(_article("wire", "en", "2024-02-01", speaker, english))
    archive.add(_article("lokal", "id", "2024-02-02", speaker, indonesian))
    archive.add(_article("lain", "id", "2024-02-02", speaker, NEGATIVE[0][1][1]))
    assert archive.cluster_of("lokal:0") == archive.cluster_of("wire:0") == "wire:0"
    assert archive.cluster_of("lain:0") == "lain:0"


def test_an_english_quote_inside_an_indonesian_article_is_read_as_english() -> None:
    original = "We are further apart than ever, and the fisheries chapter is the reason for it."
    quoted = "We are further apart than ever, and the fisheries chapter is the reason."
    wire = doc_of("w:1", "w", original, lang="en", speaker="Clara Jensen")
    local = doc_of("l:1", "l", quoted, lang="id", speaker="Clara Jensen")  # the article is Indonesian
    assert local.lang == "en"
    assert matches(wire, local)

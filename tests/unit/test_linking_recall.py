"""What outlets really share: transcription variants, clauses, wrong or missing speakers,
channels, and clusters that stay one remark (fixtures written for kutip)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kutip.index.linking.channels import channel_of
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.speakers import relation, speaker_names
from kutip.index.linking.update import doc_of, matches
from kutip.index.models import Article
from tests.unit.quoted import quoted_article
from tests.unit.test_linking_incremental import Archive


def _match(a: tuple[str | None, str], b: tuple[str | None, str], lang: str = "id") -> bool:
    one = doc_of("x:1", "x", a[1], lang=lang, speaker=a[0])
    two = doc_of("y:1", "y", b[1], lang=lang, speaker=b[0])
    return matches(one, two) and matches(two, one)


def test_transcription_variants_and_fillers_fold_away() -> None:
    assert content_terms("Saya nggak tahu, sih, utk siapa surat itu") == content_terms(
        "saya enggak tahu untuk siapa surat itu ya"
    )
    assert content_terms("kami kirim kpd warga yg terdampak") == content_terms(
        "kami kirim kepada warga yang terdampak"
    )
    assert content_terms("tiga kapal") == content_terms("3 kapal")


def test_a_name_spelled_two_ways_is_one_speaker() -> None:
    assert relation(speaker_names("Rahmat Hidayat"), speaker_names("Rahmat Hidayatt")) == "same"
    assert relation(speaker_names("Chen Rui"), speaker_names("Chen Bo")) == "different"
    assert relation(speaker_names(None), speaker_names("Rahmat Hidayat")) == "unknown"


NEAR_IDENTICAL = (
    "Kami sudah menyiapkan tiga pompa air tambahan di setiap kelurahan yang rawan banjir, "
    "dan petugas berjaga sampai musim hujan berakhir"
)
REWORDED = (
    "kami sudah siapkan tiga pompa air tambahan di setiap kelurahan rawan banjir dan petugas "
    "akan berjaga hingga musim hujan berakhir"
)


def test_a_missing_or_wrong_speaker_does_not_block_near_identical_words() -> None:
    assert _match(("Wulan Sari", NEAR_IDENTICAL), (None, REWORDED))
    assert _match(("Wulan Sari", NEAR_IDENTICAL), ("Kerja", REWORDED))  # an ordinary word, not a name


def test_two_known_people_need_nearly_the_same_words() -> None:
    moderately = "Pompa air tambahan kami siapkan di kelurahan rawan banjir mulai pekan depan"
    assert not _match(("Wulan Sari", NEAR_IDENTICAL), ("Joko Prasetyo", moderately))


def test_one_clause_of_a_longer_sentence_is_enough_for_one_speaker() -> None:
    whole = (
        "Penyebab kebakaran gudang itu diduga korsleting listrik pada panel lantai dua gedung lama, "
        "sementara kerugian masih kami hitung bersama pemilik dan perusahaan asuransi"
    )
    cut = (
        "Korsleting listrik pada panel di lantai dua gedung lama diduga penyebab kebakaran gudang, "
        "tetapi tim forensik akan memastikan lewat uji laboratorium minggu ini di Surabaya"
    )
    assert _match(("Agus Salim", whole), ("Agus Salim", cut))
    assert not _match(("Agus Salim", whole), ("Rina Wati", cut))


def test_the_channel_is_read_from_the_attribution() -> None:
    body = (
        'Warga diminta tenang. "Kami mohon maaf atas gangguan listrik semalam," kata Direktur Utama '
        "Sinta Dewi, dikutip dari akun Instagram-nya, Senin (4/3/2024). Perbaikan berlanjut."
    )
    start = body.index('"') + 1
    end = body.index(',"')
    assert channel_of(body, start, end) == "social"
    spoken = 'Ia menambahkan, "Kami mohon maaf atas gangguan listrik semalam," ujarnya di Jakarta.'
    assert channel_of(spoken, spoken.index('"') + 1, spoken.index(',"')) == ""


def _article(aid: str, body: str, *said: tuple[str, str, str | None]) -> Article:
    return quoted_article(aid, body, said)


APOLOGY = "Kami mohon maaf yang sebesar-besarnya atas gangguan listrik semalam di seluruh wilayah kota"


def test_a_post_is_kept_apart_from_the_same_words_said_to_reporters(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    spoken = f'"{APOLOGY}," kata Sinta Dewi kepada wartawan di kantornya.'
    posted = f'"{APOLOGY}." "Petugas bekerja semalaman," tulis Sinta Dewi, dikutip dari akun Instagram-nya.'
    again = f'Sinta Dewi berkata: "{APOLOGY}," di depan wartawan.'
    archive.add(_article("satu", spoken, ("Sinta Dewi", APOLOGY, "kata Sinta Dewi")))
    archive.add(
        _article(
            "dua",
            posted,
            ("Sinta Dewi", APOLOGY, None),  # attributed only by the next quote, which names the channel
            ("Sinta Dewi", "Petugas bekerja semalaman", "tulis Sinta Dewi"),
        )
    )
    archive.add(_article("tiga", again, ("Sinta Dewi", APOLOGY, "Sinta Dewi berkata")))
    assert archive.cluster_of("tiga:0") == archive.cluster_of("satu:0")
    assert archive.cluster_of("dua:0") != archive.cluster_of("satu:0")


def test_a_nickname_given_once_names_every_remark_of_that_speaker(tmp_path: Path) -> None:
    archive = Archive(tmp_path)
    first = "Jembatan gantung di desa ini kami perbaiki bulan depan"
    second = "Anggaran perbaikan jembatan gantung sudah kami siapkan dari dana provinsi tahun ini"
    body = f'"{first}," kata Gus Dur, sapaan Abdurrahman Wahid. Ia menambahkan, "{second}," katanya.'
    archive.add(
        _article(
            "satu",
            body,
            ("Abdurrahman Wahid", first, "kata Gus Dur, sapaan Abdurrahman Wahid"),
            ("Abdurrahman Wahid", second, "katanya"),
        )
    )
    other = f'"{second}," kata Gus Dur.'
    archive.add(_article("dua", other, ("Gus Dur", second, "kata Gus Dur")))
    assert archive.cluster_of("dua:0") == archive.cluster_of("satu:1")


def _chain(tmp_path: Path, last_kind: str) -> tuple[str, str, str]:
    """Three reports each matching the one before it; only the first two match the fullest, and
    the third shares no word with it."""
    tmp_path.mkdir()
    archive = Archive(tmp_path)
    full = (
        "Tanggul sungai di Kampung Melayu kami tinggikan satu meter, pompa air kami tambah, "
        "dan warga bantaran kami pindahkan ke rumah susun sebelum musim hujan"
    )
    part = (
        "Pompa air kami tambah dan warga bantaran kami pindahkan. "
        "Sekolah darurat kami buka di gedung serbaguna Cakung untuk anak pengungsi"
    )
    drift = "Sekolah darurat kami buka di gedung serbaguna Cakung untuk anak pengungsi sampai banjir surut"
    archive.add(_article("a", f'"{full}"', ("Heru Budi", full, "kata Heru Budi")))
    archive.add(_article("b", f'"{part}"', ("Heru Budi", part, "kata Heru Budi")))
    last = _article("c", f'"{drift}"', ("Heru Budi", drift, "kata Heru Budi"))
    last.statements = [replace(last.statements[0], kind=last_kind)]
    archive.add(last)
    return archive.cluster_of("a:0"), archive.cluster_of("b:0"), archive.cluster_of("c:0")


def test_quoted_spans_of_one_answer_chain_a_paraphrase_does_not(tmp_path: Path) -> None:
    """Direct quotes of one speaker in one language, each matching the one before it, are spans
    of one answer that the outlets quote apart, whichever came first (session 40: the cluster's
    core, its fullest report, decided, so the order the reports came in did); a paraphrase
    matching only the last quote is the next link of a chain (before session 40 the quotes' rule
    too: ``test_linking_s32_one_answer``)."""
    first, second, third = _chain(tmp_path / "quoted", "direct")
    assert first == second == third
    first, second, third = _chain(tmp_path / "paraphrased", "indirect")
    assert first == second != third


def test_a_short_quote_links_only_for_the_same_speaker_on_the_same_day_or_the_next() -> None:
    short = "Kami tidak akan mundur dari tuntutan ini."
    longer = "Kami tidak akan mundur dari tuntutan. Semua aspirasi warga kami sampaikan ke dewan pekan ini."
    assert len(set(content_terms(short))) == 2  # below the bar for a remark on its own

    def linked(speakers: tuple[str, str], dates: tuple[str, str]) -> bool:
        one = doc_of("x:1", "x", short, speaker=speakers[0], date=dates[0])
        two = doc_of("y:1", "y", longer, speaker=speakers[1], date=dates[1])
        return matches(one, two) and matches(two, one)

    assert linked(("Dani Saputra", "Dani Saputra"), ("2024-06-03", "2024-06-03"))
    assert not linked(("Dani Saputra", "Dani Saputra"), ("", ""))  # undated: too short to tell
    # an outlet publishing the next morning dates the remark by its edition: one day's slack
    assert linked(("Dani Saputra", "Dani Saputra"), ("2024-06-03", "2024-06-04"))
    assert not linked(("Dani Saputra", "Dani Saputra"), ("2024-06-03", "2024-06-05"))
    assert not linked(("Dani Saputra", "Lina Marlina"), ("2024-06-03", "2024-06-03"))


def test_two_renderings_of_one_remark_share_their_near_synonyms() -> None:
    # translators and reporters pick "saya pikir" or "saya rasa", "terutama" or "khususnya",
    # "bermanfaat" or "menguntungkan" for the same words
    one = "Jadi saya pikir layanan ini akan sangat bermanfaat terutama untuk petani di pedesaan"
    two = "Saya rasa layanan itu akan sangat menguntungkan khususnya bagi petani di pedesaan"
    assert content_terms(one) == content_terms(two)
    assert _match(("Wulan Sari", one), ("Wulan Sari", two))


def test_reported_speech_says_pihaknya_where_the_quote_says_kami() -> None:
    assert content_terms("pihaknya akan terus memantau gelombang") == content_terms("kami akan terus memantau gelombang")

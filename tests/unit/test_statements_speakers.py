"""Speaker canonicalisation and pronoun resolution rules, both languages (original text)."""

from __future__ import annotations

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.statements import extract_statements


def person(body: str, name: str, *written: str) -> Entity:
    """A person as the recogniser would report it, with a mention at each written form."""
    mentions = []
    for form in written or (name,):
        at = body.index(form)
        mentions.append(Mention(at, at + len(form), form))
    return Entity(name, EntityType.PERSON, mentions)


def run(body: str, lang: str = "id", entities: list[Entity] | None = None, **kw: str) -> list[Statement]:
    found = extract_statements("t", body, lang, entities or [], **kw)
    for s in found:
        assert body[s.start : s.end] == s.text
    return found


def speakers(found: list[Statement], kind: str = "direct") -> list[str | None]:
    return [s.speaker for s in found if s.kind == kind]


# --- places and offices glued in front of a name -----------------------------------------


def test_town_after_office_is_not_part_of_the_name() -> None:
    body = (
        "Kepala Dinas Pendidikan Kota Malang Bambang Sutejo menyebut sekolah itu sebagai 'jantung pendidikan baru' "
        "bagi anak-anak di kampung nelayan.\n"
        '"Gedung baru akan dipakai mulai Juli," ujar Bambang.'
    )
    found = run(body)
    assert speakers(found) == ["Bambang Sutejo", "Bambang Sutejo"]
    first = next(s for s in found if s.kind == "direct")
    assert first.role == "Kepala Dinas Pendidikan Kota Malang"
    assert first.speaker_as_written is not None
    assert first.speaker_as_written.startswith("Kepala Dinas Pendidikan Kota Malang Bambang Sutejo")


def test_agency_abbreviation_and_town_before_name() -> None:
    body = '"Kami mohon warga bersabar selama jalan ditutup," kata Kepala Disdik Semarang Lestari Wulan Sari.'
    entities = [
        person(body, "Disdik"),  # a recogniser slip: the office read as a person
        person(body, "Lestari Wulan Sari"),
    ]
    [s] = speakers(run(body, entities=entities))
    assert s == "Lestari Wulan Sari"


def test_place_glued_to_name_without_title_keeps_two_name_words() -> None:
    body = (
        "Anggota DPRD Kota Medan Hartono Sembiring menilai pengumuman itu terlambat. "
        '"Warga baru tahu setelah jalan ditutup," ujarnya.'
    )
    assert speakers(run(body)) == ["Hartono Sembiring"]


def test_office_run_after_lowercase_role_gives_the_name() -> None:
    body = (
        "Juru bicara Kementerian Kelautan Sari Ayu Lestari menjelaskan, kuota tangkap akan dikurangi.\n"
        '"Nelayan kecil tetap mendapat prioritas," ujar Sari.'
    )
    found = run(body)
    assert speakers(found, "indirect") == ["Sari Ayu Lestari"]
    assert speakers(found) == ["Sari Ayu Lestari"]


def test_recognised_short_name_extends_to_the_one_full_name_in_the_body() -> None:
    body = (
        "Direktur Utama PT Air Bersih Nusantara (ABN) Yusuf Hadi Prakoso meninjau instalasi itu.\n"
        '"Pipa baru selesai bulan depan," kata Yusuf.'
    )
    at = body.rindex("Yusuf")
    short = Entity("Yusuf", EntityType.PERSON, [Mention(at, at + 5, "Yusuf")])
    [s] = speakers(run(body, entities=[short]))
    assert s == "Yusuf Hadi Prakoso"


def test_recognised_name_with_title_abbreviation_is_cleaned() -> None:
    body = (
        "Menteri Perdagangan Dimas Aryo Nugroho membuka pameran itu pada Senin.\n"
        '"Ekspor kopi naik tajam tahun ini," ujar Mendag Dimas.'
    )
    entities = [person(body, "Dimas Aryo Nugroho"), person(body, "Mendag Dimas")]
    assert speakers(run(body, entities=entities)) == ["Dimas Aryo Nugroho"]


def test_role_does_not_reach_back_over_the_dateline() -> None:
    body = "JAKARTA (Antara) - Menteri Kelautan Rudi Hartanto menegaskan bahwa kuota tangkap tidak berubah."
    [s] = [s for s in run(body) if s.kind == "indirect"]
    assert s.speaker == "Rudi Hartanto"
    assert s.role == "Menteri Kelautan"


def test_street_is_not_a_speaker() -> None:
    body = (
        "Sumarni (41), pedagang yang setiap pagi berjualan di Jalan Raya Kaliurang, mengaku omzetnya turun.\n"
        '"Pembeli sekarang lewat jalan lain," katanya.'
    )
    found = run(body)
    assert speakers(found, "indirect") == ["Sumarni"]
    assert speakers(found) == ["Sumarni"]


# --- English appositions ------------------------------------------------------------------


def test_english_name_role_said_is_a_subject_not_an_inverted_cue() -> None:
    body = (
        "Nadia Rahman, a geologist at the University of Otago, said the slope had moved 40 centimetres.\n"
        '"The hill is still moving," she said.'
    )
    found = run(body, "en")
    assert speakers(found, "indirect") == ["Nadia Rahman"]
    assert speakers(found) == ["Nadia Rahman"]


def test_english_told_outlet_then_he_said() -> None:
    body = (
        "Tomas Varga, head of the regional water board, told The Associated Press that the dam was safe.\n"
        '"Nobody downstream needs to leave," he said. "We check the gauges every hour."'
    )
    found = run(body, "en")
    assert speakers(found, "indirect") == ["Tomas Varga"]
    assert speakers(found) == ["Tomas Varga", "Tomas Varga"]


def test_english_name_apposition_verb_after_quote() -> None:
    body = (
        '"We are nearer to a deal than ever, but the fisheries chapter is not settled," '
        "Ana Lindqvist, the Swedish diplomat who leads the delegation, told reporters on Friday."
    )
    [s] = run(body, "en")
    assert s.speaker == "Ana Lindqvist"
    assert s.role == "the Swedish diplomat who leads the delegation"


def test_english_relative_clause_apposition_before_partial_quote() -> None:
    body = (
        "Ruben Tanaka, who chairs a fishing cooperative in North Sumatra, said his members had "
        '"never been consulted once" by the ministry.'
    )
    [s] = [s for s in run(body, "en") if s.kind == "direct"]
    assert s.speaker == "Ruben Tanaka"


def test_english_apposition_role_after_name_first_cue() -> None:
    body = (
        '"Our red line has not moved," Bonaventura Sitompul, Indonesia\'s chief negotiator, told reporters.'
    )
    [s] = run(body, "en")
    assert s.speaker == "Bonaventura Sitompul"
    assert s.role == "Indonesia's chief negotiator"


def test_dateline_then_descriptive_subject_is_not_a_name() -> None:
    body = (
        "OSLO (Reuters) — The chief Nordic negotiator in talks with Indonesia said on Friday that "
        "a deal was close."
    )
    [s] = [s for s in run(body, "en") if s.kind == "indirect"]
    assert s.speaker is None
    assert s.role is None


# --- pronouns: the last speaker or the subject the narration moved to ----------------------


def test_clitic_after_a_new_narration_subject() -> None:
    body = (
        '"Evaluasi menyeluruh akan dilakukan setelah air surut," ungkap Rina Hapsari.\n'
        "Di Posko Tambun Selatan, Sutarmi masih menunggu kabar kapan bisa pulang. "
        '"Kasur dan lemari rusak semua, yang penting anak-anak selamat," tuturnya.'
    )
    assert speakers(run(body)) == ["Rina Hapsari", "Sutarmi"]


def test_english_pronoun_after_a_new_narration_subject() -> None:
    body = (
        '"The levee will be repaired by spring," said Joan Whitaker.\n'
        "In the flooded village, Tomas Ortega was still drying his nets. "
        '"I lost a whole season," he said.'
    )
    assert speakers(run(body, "en")) == ["Joan Whitaker", "Tomas Ortega"]


def test_sentence_opening_capital_is_not_a_subject() -> None:
    body = (
        '"Every shelter has food for a week," said Maria Santos.\n'
        "Rescue crews worked through the night. "
        '"We will not stop until everyone is out," she said.'
    )
    assert speakers(run(body, "en")) == ["Maria Santos", "Maria Santos"]


def test_quotation_that_opens_a_sentence_is_not_a_subject() -> None:
    body = (
        "Ekonom Lembaga Riset Pangan Teguh Wiradinata menilai harga beras akan stabil.\n"
        '"Putaran panen berikutnya jatuh pada Maret," kata Teguh.\n'
        '"Stok gudang cukup sampai Lebaran," lanjutnya.'
    )
    found = run(body, entities=[person(body, "Teguh Wiradinata")])
    assert speakers(found) == ["Teguh Wiradinata", "Teguh Wiradinata"]


def test_sentence_with_a_statement_keeps_its_speaker_in_focus() -> None:
    body = (
        "Peneliti senior untuk Forum Kajian Asia Timur di Universitas Gadjah Mada, Dewi Anjani, "
        "menyebut Jakarta harus menjaga jarak yang sama dengan semua pihak.\n"
        '"Tidak ada yang diuntungkan jika kita memihak," tuturnya.'
    )
    assert speakers(run(body)) == ["Dewi Anjani"]


# --- provenance -----------------------------------------------------------------------------


def test_statement_given_to_the_house_agency_has_no_via() -> None:
    body = (
        "GENEVA (AFP) — Health officials urged cities to clear standing water.\n"
        "Ravi Menon, an epidemiologist at the city hospital, told AFP that cases were rising.\n"
        '"Trust is the real vaccine," he said.'
    )
    found = run(body, "en")
    assert [s.via for s in found] == [None, None]
    assert speakers(found, "indirect") == ["Ravi Menon"]


def test_kepada_house_agency_in_indonesian_dateline() -> None:
    body = (
        "JAKARTA (Antara) - Bantuan logistik tiba di Karawang pada Senin.\n"
        '"Kami pastikan tidak ada pengungsi yang kelaparan," kata Hendra Saputra kepada Antara.'
    )
    [s] = run(body)
    assert s.via is None


def test_outlet_argument_drops_interview_via() -> None:
    body = '"Our position has not changed," Bonaventura Sitompul told The Harbour Ledger by phone.'
    [s] = run(body, "en", outlet="The Harbour Ledger")
    assert s.via is None
    [t] = run(body, "en")
    assert t.via == "The Harbour Ledger"


def test_other_agency_is_still_via() -> None:
    body = (
        "Surabaya, Warta Timur - Proyek trem dimulai pekan ini.\n"
        '"Tanggul darurat sudah berdiri," kata Rina Hapsari, dikutip Antara.'
    )
    [s] = run(body)
    assert s.via == "Antara"


def test_according_to_a_speaker_is_not_a_source() -> None:
    body = "According to Marcus Tan, the talks are a test for smaller economies in Europe."
    [s] = run(body, "en")
    assert s.speaker == "Marcus Tan"
    assert s.via is None


def test_known_institution_glued_after_role_is_peeled_off() -> None:
    body = (
        "Epidemiolog Universitas Gadjah Mada Andi Saputra Nugraha mengatakan bahwa data efek samping "
        "harus diumumkan setiap minggu.\n"
        "Rektor Universitas Gadjah Mada menyatakan kampus siap membantu."
    )
    found = run(body)
    assert speakers(found, "indirect")[0] == "Andi Saputra Nugraha"
    assert not any(s.speaker and "Mada" in s.speaker for s in found)  # the rector is no person "Mada"

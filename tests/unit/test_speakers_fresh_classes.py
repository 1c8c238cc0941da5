"""Speaker classes counted on fresh real pages (made-up text here): a coined nickname
(``Ariza`` of ``Ahmad Riza Patria``), a short name under an office run, a lowercase description
after a fronted phrase introducing the next speaker, a place head opening the name's run."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.prefixes import short_owner, syllable_owner
from kutip.index.statements.trailing import without_trailing_codes


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_coined_nickname_is_the_one_name_it_is_built_of() -> None:
    names = [("Ahmad", "Rifki", "Pratama"), ("Fulan", "Hidayat")]
    assert syllable_owner("Arifki", names) == "Ahmad Rifki Pratama"
    assert syllable_owner("Fulhid", names) == "Fulan Hidayat"


def test_coined_nickname_needs_one_owner_and_real_pieces() -> None:
    assert syllable_owner("Hadi", [("Hasan", "Diponegoro")]) is None  # last piece two letters
    assert syllable_owner("Budiman", [("Budi", "Mansur")]) is None  # a whole first word: a name
    assert syllable_owner("Fulan", [("Fulan", "Hidayat")]) is None  # a word of the name itself
    assert syllable_owner("Fuhid", [("Fulan", "Hidayat"), ("Fuad", "Hidayatullah")]) is None


def test_short_name_finds_the_recognised_person_behind_an_office_run() -> None:
    runs = [("Negara", "Mensesneg", "Rudianto", "Hadi")]
    assert short_owner("Rudi", runs, [("Rudianto", "Hadi")]) == "Rudianto Hadi"


def test_coined_nickname_as_speaker() -> None:
    body = (
        "Wakil Gubernur Ahmad Rifki Pratama sepakat dengan pesan Ketua DPRD Rudi Santoso.\n"
        '"Saya kira pesannya bagus," kata Arifki, panggilan akrabnya, di Balai Kota.\n'
    )
    assert _speakers(body) == ["Ahmad Rifki Pratama"]


def test_fronted_lowercase_description_introduces_the_next_speaker() -> None:
    body = (
        "Pelatih tim nasional Fulan Hidayat memuji pemainnya usai laga di Bandung, Rabu.\n"
        '"Kami bermain bagus malam ini," kata Fulan.\n'
        "Sementara itu, kapten tim Rudi Santoso menyesalkan hasil pertandingan.\n"
        '"Tentunya kami kecewa dengan hasil ini," kata dia.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Rudi Santoso"]


def test_place_head_opening_a_run_is_not_the_name() -> None:
    body = (
        "Calon bupati petahana Teluk Sukamaju Fulan Hidayat menegaskan dirinya tidak ingin berjanji.\n"
        '"Saya sudah bekerja untuk warga," kata Hidayat dalam kampanye di kampung itu.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_committee_and_branch_heads_are_offices_before_the_name() -> None:
    body = (
        "Acara itu dihadiri ratusan warga di lapangan desa.\n"
        '"Kami berterima kasih kepada semua pihak," kata Ketua Panitia Rudi Santoso.\n'
        '"Tabungan warga naik," kata Kepala Cabang Rina Marlina.\n'
    )
    assert _speakers(body) == ["Rudi Santoso", "Rina Marlina"]


def test_degree_and_editor_code_after_a_name_are_not_the_name() -> None:
    assert without_trailing_codes("Fulan Badu Hidayat SIK") == "Fulan Badu Hidayat"
    assert without_trailing_codes("Rina Marlina Bgs") == "Rina Marlina"
    assert without_trailing_codes("Fulan Hidayat SH MH") == "Fulan Hidayat"
    assert without_trailing_codes("Fulan Hidayat Jr") == "Fulan Hidayat Jr"
    assert without_trailing_codes("FULAN HIDAYAT") == "FULAN HIDAYAT"
    assert without_trailing_codes("Budi S") == "Budi S"
    body = (
        "Kapolres Sukamaju AKBP Fulan Hidayat SIK, SH, MH didampingi Kasat Reskrim mengungkapkan kronologi.\n"
        '"Para pelaku sudah kami tangkap," kata Kapolres Fulan.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_description_linked_to_its_party_points_back_to_the_running_speaker() -> None:
    body = (
        "Usai rapat, Fulan Hidayat kepada wartawan mengaku menyesalkan kejadian itu.\n"
        '"Aksi itu sangat kita sesalkan," ujarnya.\n'
        '"Kalau ditolak di rapat paripurna silakan," terang politikus dari Partai Sukamaju itu.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_uncued_quotation_after_a_new_subject_who_said_something_is_theirs() -> None:
    body = (
        '"There was a long rumble," said Rudi Santoso, a farmer on the slope. "Then hot ash came."\n'
        "Government volcanologist Fulan Hidayat said pressure is building, and officials hope it eases.\n"
        '"Otherwise we are looking at a very large eruption."\n'
    )
    assert _speakers(body, "en") == ["Rudi Santoso", "Rudi Santoso", "Fulan Hidayat"]


def test_description_then_comma_then_the_name() -> None:
    for cue in (
        "kata pengamat politik dari Universitas Sukamaju, Fulan Hidayat.",
        "kata salah satu warga, Fulan Hidayat.",
        "kata Kepala Desa Sukamaju, Fulan Hidayat.",
        "kata Kades Sukamaju, Fulan Hidayat.",
    ):
        body = f'Warga berkumpul di balai desa pada Senin pagi.\n"Kami siaga," {cue}\n'
        assert _speakers(body) == ["Fulan Hidayat"], cue


def test_regional_office_short_forms_point_back_to_their_holder() -> None:
    for intro, cue in (
        ("Kepala Dinas Kesehatan Fulan Hidayat", "kata Kadinkes"),
        ("Wakil Bupati Bogor Fulan Hidayat", "kata Wabup"),
        ("Sekretaris Daerah Bogor Fulan Hidayat", "kata Sekda"),
    ):
        body = (
            f"{intro} meninjau lokasi banjir, Senin.\n"
            '"Kami sudah siap membantu warga di sini," kata Fulan.\n'
            "Warga menyambut baik kedatangannya.\n"
            f'"Jangan tunggu sampai parah," {cue}.\n'
        )
        assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"], cue


def test_description_matching_no_role_points_at_whom_the_text_put_forward() -> None:
    body = (
        '"Tidak ada pemotongan," ujar Menteri Keuangan Fulan Hidayat.\n'
        "Anggota Komisi XI DPR Rina Marlina meminta pemerintah transparan.\n"
        '"Publik perlu tahu," kata politikus PDI-P itu.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Rina Marlina"]


def test_related_questions_box_puts_no_one_forward() -> None:
    body = (
        "Presiden Fulan Hidayat menyindir para menterinya di kabinet.\n"
        '"Kalau ada masalah, mereka menghadap ke saya," kata Fulan.\n'
        "-\nKenapa Hidayat dikritik? Banyak pihak menilai kebijakannya keliru.\n"
        "-\nSiapa menteri Kabinet Hidayat yang absen? Tidak semua menteri hadir.\n"
        'Namun, Fulan mengaku sering ditinggalkan. "Mereka tidak pernah mengajak saya," ungkapnya.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_clitic_after_a_quotation_is_the_subject_named_before_it() -> None:
    body = (
        "Bupati Fulan Hidayat berdialog dengan warga di desa itu.\n"
        '"Kapan rumah ini dibangun?" tanya Fulan.\n'
        'Rina Marlina langsung menjawab, "Besok," katanya seraya tertawa.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Rina Marlina"]


def test_religious_title_and_a_body_led_role_before_the_name() -> None:
    for cue in ("kata Ustaz Fulan Hidayat.", "kata Ketua Fraksi Partai Sukamaju DPRD Bogor, Fulan Hidayat."):
        body = f'Warga berkumpul di balai desa pada Senin pagi.\n"Kami siaga penuh," {cue}\n'
        assert _speakers(body) == ["Fulan Hidayat"], cue


def test_english_police_rank_abbreviations_before_the_name() -> None:
    body = (
        "Residents gathered at the village hall on Monday morning.\n"
        '"We are ready for anything," said Adj. Sr. Comr. Fulan Hidayat, the police spokesman.\n'
    )
    assert _speakers(body, "en") == ["Fulan Hidayat"]


def test_role_comma_name_after_a_fronted_phrase_is_the_subject() -> None:
    body = (
        "Tim nasional menang 4-1 dalam laga uji coba, Kamis.\n"
        "Atas kemenangan ini, Pelatih tim nasional, Fulan Hidayat, mengapresiasi pemain.\n"
        '"Terima kasih kepada pemain atas kemenangan ini," katanya.\n'
        '"Itu langkah awal yang baik," tutur Pemred Sukamaju TV, Rina Marlina.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Rina Marlina"]

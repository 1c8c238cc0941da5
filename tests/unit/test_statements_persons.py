"""A speaker is always a person of the article: dates, units, offices, places and title lines are
not; appositions give the name after the office; descriptions and bare offices point back to the
person the article introduced with them; short names the text defines; uncued quote paragraphs
take the cue at the end of their passage (made-up text, names and events)."""

from __future__ import annotations

import re

from kutip.index.models import Entity, EntityType, Mention, Statement
from kutip.index.statements import extract_statements


def person(body: str, name: str, *written: str) -> Entity:
    """A recognised person with every occurrence of each written form as a mention."""
    mentions = [
        Mention(m.start(), m.end(), form)
        for form in written or (name,)
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", body)
    ]
    return Entity(name, EntityType.PERSON, mentions)


def place(body: str, name: str) -> Entity:
    at = body.index(name)
    return Entity(name, EntityType.PLACE, [Mention(at, at + len(name), name)])


def said(body: str, entities: list[Entity]) -> list[str | None]:
    found: list[Statement] = extract_statements("t", body, "id", entities)
    for s in found:
        assert body[s.start : s.end] == s.text
    return [s.speaker for s in found if s.kind == "direct"]


# --- never a person ------------------------------------------------------------------------


def test_a_recognised_name_ending_in_a_month_is_no_speaker() -> None:
    body = (
        "Rapat warga digelar di balai desa. Dipastikan Maret anggaran cair.\n"
        '"Kami menunggu kabar dari kabupaten," ujarnya.'
    )
    entities = [person(body, "Dipastikan Maret"), place(body, "balai desa")]
    assert said(body, entities) == [None]


def test_a_unit_is_no_speaker_but_the_officer_after_it_is() -> None:
    body = (
        "Polisi masih menyelidiki kasus itu.\n"
        '"Semua saksi sudah kami periksa," tutur Kabid Humas Polda, Kombes Pol. Fulan Hidayat, Senin.'
    )
    entities = [person(body, "Kabid Humas"), person(body, "Fulan Hidayat")]
    assert said(body, entities) == ["Fulan Hidayat"]


def test_a_capitalised_word_the_recogniser_does_not_know_is_no_speaker() -> None:
    body = (
        "Warga Sukamaju kembali mengungsi.\n"
        '"Air naik lagi tadi malam," kata Sukamaju.\n'
        "Lurah Rina Kartika meninjau posko."
    )
    entities = [person(body, "Rina Kartika")]
    assert said(body, entities) == [None]


def test_a_name_read_from_a_caption_line_is_cut_to_its_prose_form() -> None:
    body = (
        "Kepala Balai Wilayah Sungai Budi Santoso Tunjukkan Peta Banjir Di Posko Utama\n"
        "Kepala Balai Wilayah Sungai Budi Santoso mengatakan air mulai surut.\n"
        '"Kami terus memantau pintu air," kata Budi.'
    )
    entities = [person(body, "Budi Santoso Tunjukkan Peta", "Budi Santoso Tunjukkan Peta", "Budi")]
    assert said(body, entities) == ["Budi Santoso"]


# --- appositions and ranks ---------------------------------------------------------------


def test_rank_with_a_dot_does_not_end_the_name_early() -> None:
    body = '"Jalur mudik aman," kata Kapolda Sulawesi Irjen Pol. Fulan Hidayat di Makassar.'
    assert said(body, [person(body, "Fulan Hidayat")]) == ["Fulan Hidayat"]


def test_rank_words_are_not_given_names() -> None:
    body = '"Kapal siap berlayar," ujar Laksamana Pertama Wagiman Sutarso kepada wartawan.'
    assert said(body, [person(body, "Wagiman Sutarso")]) == ["Wagiman Sutarso"]


# --- descriptions and bare offices -------------------------------------------------------


def test_a_description_points_back_to_the_person_with_that_role() -> None:
    body = (
        "Gubernur Sulawesi Tengah Fulan Hidayat meresmikan jembatan itu. Menteri Perhubungan "
        "Budi Santoso ikut hadir.\n"
        '"Jembatan ini menyambung dua kabupaten," ujar mantan gubernur itu.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Budi Santoso")]
    assert said(body, entities) == ["Fulan Hidayat"]


def test_a_capitalised_office_with_itu_is_a_description() -> None:
    body = (
        "Menteri Pertanian Rina Kartika meninjau sawah di Subang bersama Bupati Wagiman Sutarso.\n"
        '"Panen tahun ini lebih baik," ujar Menteri termuda Kabinet Kerja itu.'
    )
    entities = [person(body, "Rina Kartika"), person(body, "Wagiman Sutarso")]
    assert said(body, entities) == ["Rina Kartika"]


def test_a_bare_office_names_whoever_the_article_gave_it() -> None:
    body = (
        "Kapolda Jawa Tengah Irjen Fulan Hidayat memimpin apel pagi. Wali Kota Budi Santoso hadir.\n"
        '"Semua personel siaga," kata Kapolda.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Budi Santoso")]
    assert said(body, entities) == ["Fulan Hidayat"]


def test_a_bare_office_nobody_was_given_stays_unknown() -> None:
    body = (
        "Wali Kota Budi Santoso meninjau pasar.\n"
        '"Harga cabai naik dua kali lipat," kata Presiden.'
    )
    assert said(body, [person(body, "Budi Santoso")]) == [None]


def test_an_age_description_points_back_to_the_person_of_that_age() -> None:
    body = (
        "Fulan Hidayat (52) sudah tiga hari menunggu di posko. Anaknya, Rina Kartika (24), ikut.\n"
        '"Rumah kami tinggal atap," kata pria berusia 52 tahun tersebut.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Rina Kartika")]
    assert said(body, entities) == ["Fulan Hidayat"]


# --- short names the text defines --------------------------------------------------------


def test_a_short_name_defined_with_sapaan_is_the_full_name() -> None:
    body = (
        "Gubernur Fulan Hidayat meninjau bendungan.\n"
        '"Bendungan ini selesai tahun depan," ungkap Ulan sapaan Fulan Hidayat.\n'
        '"Kami kebut pengerjaannya," kata Ulan.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Ulan")]
    assert said(body, entities) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_short_name_defined_with_akrab_disapa_is_the_full_name() -> None:
    body = (
        "Budi Santoso, yang akrab disapa Ucok, membuka bengkel sejak 2010.\n"
        '"Bengkel ini warisan ayah saya," kata Ucok.'
    )
    entities = [person(body, "Budi Santoso"), person(body, "Ucok")]
    assert said(body, entities) == ["Budi Santoso"]


def test_a_possessive_short_name_belongs_to_the_running_speaker() -> None:
    body = (
        "Gubernur Fulan Hidayat mengatakan vaksinasi dimulai pekan depan.\n"
        '"Saya yang pertama disuntik," kata Ulan, sapaan akrabnya.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Ulan")]
    assert said(body, entities) == ["Fulan Hidayat"]


def test_a_name_inside_a_sentence_keeps_a_first_word_that_is_also_a_common_word() -> None:
    body = (
        "Pelari muda, Lalu Fulan Hidayat, tiba di Jakarta. Lalu Fulan Hidayat disambut keluarga.\n"
        '"Saya tidak menyangka," kata Hidayat.'
    )
    entities = [person(body, "Fulan Hidayat", "Fulan Hidayat", "Hidayat")]
    assert said(body, entities) == ["Lalu Fulan Hidayat"]


# --- the cue at the end of a passage ---------------------------------------------------------


def test_uncued_quote_paragraphs_take_the_speaker_named_at_the_end_of_the_run() -> None:
    body = (
        "Kebakaran gudang terjadi Jumat malam.\n"
        '"Kami mohon maaf kepada warga sekitar."\n'
        '"Semua korban kami tanggung biayanya."\n'
        '"Doakan korban segera pulih," kata Rina Kartika, direktur perusahaan itu.'
    )
    entities = [person(body, "Rina Kartika")]
    assert said(body, entities) == ["Rina Kartika"] * 3


def test_an_uncued_quote_right_after_a_speaker_still_continues_that_speaker() -> None:
    body = (
        '"Kami siap," kata Fulan Hidayat.\n'
        '"Semua alat sudah dicek ulang oleh tim kami."\n'
        '"Jalur evakuasi dibuka," kata Budi Santoso.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Budi Santoso")]
    assert said(body, entities) == ["Fulan Hidayat", "Fulan Hidayat", "Budi Santoso"]


# --- clitics: the running speaker, not the nearest name ------------------------------------


def test_a_continuing_clitic_goes_to_the_last_speaker_not_the_newest_subject() -> None:
    body = (
        '"Stok beras aman sampai Lebaran," kata Fulan Hidayat.\n'
        "Budi Santoso, pedagang di pasar itu, mengangguk.\n"
        '"Harga juga tidak akan naik," tambahnya.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Budi Santoso")]
    assert said(body, entities) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_continuing_clitic_after_an_unnamed_quotation_stays_unknown() -> None:
    body = (
        'Kabar.com - "Sidang ditutup dan putusan dibacakan hari ini."\n'
        "Terdakwa Budi Santoso berdiri di depan majelis.\n"
        '"Para pihak boleh mengajukan banding," sambungnya.'
    )
    assert said(body, [person(body, "Budi Santoso")]) == [None, None]


def test_a_possessive_short_name_follows_the_text_over_the_recognisers_guess() -> None:
    body = (
        "Gubernur Fulan Hidayat bertemu Kapolda Budi Santoso di Bandung.\n"
        "Fulan Hidayat mengatakan vaksinasi dimulai pekan depan.\n"
        '"Saya yang pertama disuntik," kata Ulan, sapaan akrabnya.'
    )
    guessed = person(body, "Budi Santoso", "Budi Santoso", "Ulan")
    guessed.aliases.append("Ulan")
    assert said(body, [person(body, "Fulan Hidayat"), guessed]) == ["Fulan Hidayat"]


def test_english_descriptions_point_back_to_the_person_introduced_with_them() -> None:
    body = (
        "The 52-year-old Fulan Hidayat has waited at the shelter for three days. "
        "His daughter Rina Kartika, 24, came too.\n"
        '"Only the roof is left," the 52-year-old said.\n'
        "Foreign Minister Budi Santoso visited the camp on Monday.\n"
        '"We will rebuild," the minister said.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Rina Kartika"), person(body, "Budi Santoso")]
    found = extract_statements("t", body, "en", entities)
    assert [s.speaker for s in found if s.kind == "direct"] == ["Fulan Hidayat", "Budi Santoso"]


def test_military_ranks_with_service_names_are_titles() -> None:
    body = (
        '"Latihan berjalan lancar," kata Danrem Brigjen TNI Wagiman Sutarso.\n'
        '"Pesawat kembali ke pangkalan," ujar Marsekal Madya Rina Kartika.'
    )
    entities = [person(body, "Wagiman Sutarso"), person(body, "Rina Kartika")]
    assert said(body, entities) == ["Wagiman Sutarso", "Rina Kartika"]


def test_a_title_line_puts_nobody_forward_for_a_later_pronoun() -> None:
    body = (
        "Rapat warga selesai sore hari.\n"
        "Budi Santoso Tinjau Tanggul Kali Baru Bersama Relawan\n"
        '"Airnya sudah mulai surut sejak pagi," katanya.'
    )
    assert said(body, [person(body, "Budi Santoso")]) == [None]


def test_a_titled_name_the_entity_list_missed_is_vouched_for_by_the_recogniser_check() -> None:
    body = (
        "Banjir merendam Kampung Melayu sejak Senin.\n"
        '"Semua warga sudah kami evakuasi," kata Kapolsek Kompol Sukardi Wibisono.\n'
        '"Posko dibuka 24 jam," katanya.'
    )
    assert said(body, [place(body, "Kampung Melayu")]) == ["Sukardi Wibisono", "Sukardi Wibisono"]


def test_an_uncued_quote_after_a_narrated_person_stays_with_that_person() -> None:
    body = (
        "Fulan Hidayat menatap puing rumahnya di tepi sungai.\n"
        '"Semuanya hilang dalam semalam."\n'
        '"Kami akan membangun lagi," kata Budi Santoso, ketua RT setempat.'
    )
    entities = [person(body, "Fulan Hidayat"), person(body, "Budi Santoso")]
    assert said(body, entities) == ["Fulan Hidayat", "Budi Santoso"]


def test_a_short_quoted_line_full_of_names_is_prose_not_a_title() -> None:
    body = (
        "Apel siaga digelar di Lapangan Merdeka.\n"
        '"Siap," kata Kapolda Irjen Rudi Hartono Wijaya.\n'
        '"Semua personel sudah kami kerahkan ke titik rawan," tambah Rudi.'
    )
    assert said(body, [person(body, "Rudi Hartono Wijaya", "Rudi Hartono Wijaya", "Rudi")]) == [
        "Rudi Hartono Wijaya",
        "Rudi Hartono Wijaya",
    ]

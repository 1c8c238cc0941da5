"""Session 44, one-word persons (made-up text): words the article itself shows to be no one's
name (a place after "kota", a faith after "umat", a device after "laptop", a month after a word of
time, an honorific or a picture credit cut alone, a role word with "-nya"), and listed figures
written alone in English prose."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.one_words import settle_one_words
from kutip.index.language import tokenize
from kutip.index.models import Entity, EntityType, Mention


def _persons(body: str, lang: str = "id") -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PERSON]


def _places(body: str, lang: str = "id") -> list[str]:
    return [e.name for e in recognise(body, lang) if e.type is EntityType.PLACE]


def test_a_word_the_article_calls_a_city_is_a_place() -> None:
    body = "Ratusan warga mengungsi sejak Senin di kota Lembara. Darurat Lembara diberlakukan sepekan."
    assert "Lembara" not in _persons(body)
    assert "Lembara" in _places(body)


def test_a_place_noun_after_a_holder_names_the_holder() -> None:
    body = '"Kami siap membantu," kata kepala desa Darsono kepada wartawan, Selasa.'
    assert _persons(body) == ["Darsono"]


def test_a_faith_after_umat_is_no_person() -> None:
    body = "Para pendeta meminta umat Nasrani merayakan Natal dengan sederhana."
    assert "Nasrani" not in _persons(body)


def test_a_device_after_laptop_is_no_person_anywhere() -> None:
    body = "Kejaksaan memeriksa pengadaan laptop Zenbrik. Menurut jaksa, Zenbrik dipilih tanpa kajian."
    assert "Zenbrik" not in _persons(body)


def test_a_month_after_a_word_of_time_is_no_person() -> None:
    body = "Ketua koperasi Fulan Hidayat berkata, menghadapi Ramadhan pasokan gula akan ditambah."
    start = body.index("Ramadhan")
    month = Entity("Ramadhan", EntityType.PERSON, [Mention(start, start + 8, "Ramadhan")])
    assert settle_one_words([month], tokenize(body), "id") == []


def test_a_month_that_is_a_name_stays_a_person() -> None:
    body = '"Kami sudah melapor," kata Ramadhan, warga setempat, kepada wartawan.'
    assert _persons(body) == ["Ramadhan"]


def test_an_honorific_cut_from_the_name_is_no_person() -> None:
    body = "Wakil Bupati Hj. Fulanah Rahmawati menyampaikan terima kasih kepada warga."
    assert _persons(body) == ["Fulanah Rahmawati"]


def test_a_role_word_with_its_possessive_is_no_person() -> None:
    body = "Wali Kota Sukamaju, Badu Santoso dan Wakilnya, Fulan Hidayat ikut menandatangani surat itu."
    persons = _persons(body)
    assert "Wakilnya" not in persons and "Fulan Hidayat" in persons


def test_a_listed_figure_alone_in_english_prose_is_that_figure() -> None:
    body = "The archive covers the decades under Suharto, when the press was tightly controlled."
    assert _persons(body, "en") == ["Suharto"]
    body = "The order to move the civil servants came through Pratikno last night."
    assert _persons(body, "en") == ["Pratikno"]


def test_a_listed_figure_in_a_run_or_a_street_is_not_added_in_english() -> None:
    assert _persons("The office stands on Jalan Sudirman in the capital.", "en") == []
    assert "Soeharto" not in _persons("Flights left Soekarno-Hatta airport on time.", "en")


def test_a_rare_word_closing_the_speakers_phrase_after_a_body_speaks() -> None:
    body = '"Bulan sabit belum tampak," ujar anggota tim pemantau Kemenag Darsukri.'
    assert _persons(body) == ["Darsukri"]
    body = '"Bulan sabit belum tampak," ujar pejabat Kemenag Darsukri.'
    assert _persons(body) == ["Darsukri"]


def test_a_region_or_a_weekday_after_a_body_stays_no_speaker() -> None:
    assert _persons('"Stok aman," ujar Kepala Kemenag Sleman.') == []
    assert _persons('"Stok aman," kata Kasat Reskrim Polres Sleman, Selasa.') == []


def test_a_speakers_phrase_that_names_the_speaker_ends_before_a_place() -> None:
    body = '"Truk kami antre sejak subuh," kata Kepala Dinas Lingkungan Hidup Fulan Badu di TPA Sukajayan, Bekasi.'
    assert _persons(body) == ["Fulan Badu"]


def test_an_english_spelling_of_a_one_word_figure_is_kept() -> None:
    body = "Critics recalled the decades when Suharto ruled with the help of the army."
    assert _persons(body, "en") == ["Suharto"]
    assert _persons("The economy grew fast under Jokowi.", "en") == ["Joko Widodo"]


def test_a_short_form_defined_by_brackets_is_no_person() -> None:
    body = (
        "Lelang ditunda sepekan, ujar Kepala Biro Layanan Pengadaan (Karo Lapeng) Kementerian Contoh, "
        "Fulan Hidayat. Menurut Lapeng, dokumen peserta belum lengkap."
    )
    assert _persons(body) == ["Fulan Hidayat"]
    body = '"Semua Pimwil (Pimpinan Wilayah) sudah menyetor laporan bulanan," kata Fulan Hidayat.'
    assert _persons(body) == ["Fulan Hidayat"]


def test_an_age_in_brackets_defines_no_short_form() -> None:
    body = 'Darsono (45), seorang guru honorer, kehilangan rumahnya. "Semua hanyut," kata Darsono.'
    assert _persons(body) == ["Darsono"]

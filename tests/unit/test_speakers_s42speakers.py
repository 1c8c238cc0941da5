"""Session 42, speakers (made-up text): who speaks when the names of a page look alike or are
written around an office."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


# a one-word name written long before another one-word name that ends with it is no clip of it


def test_one_word_name_named_before_a_longer_one_is_its_own() -> None:
    body = (
        "Juru Bicara Pengadilan Tinggi Sukamaju Wanto mengatakan sidang ditunda sepekan.\n\n"
        "\u201cKami menunggu saksi yang sakit,\u201d kata Wanto di Sukamaju, Senin.\n\n"
        "\u201cJadwal baru akan diumumkan kepada para pihak,\u201d ujar Wanto.\n\n"
        "Terdakwa dalam perkara itu ialah pengusaha Budi Santoso dan pengacara Marlina Dewi dan Kuswanto.\n"
    )
    assert _direct(body) == ["Wanto", "Wanto"]


def test_a_clip_written_after_its_owner_still_names_the_owner() -> None:
    body = (
        "Pedagang Sukamaju Keluhkan Harga\n\n"
        "SUKAMAJU, contoh.com - Ketua paguyuban pedagang Pasar Sukamaju, Susilawati mengatakan "
        "harga cabai naik dua kali lipat.\n\n"
        "\u201cPembeli jadi sepi,\u201d kata Susi.\n"
    )
    assert _direct(body) == ["Susilawati"]


# an office after a possessor of two words, then a comma and its holder


def test_a_full_name_possessor_before_an_office_and_its_holder() -> None:
    body = (
        "Former port director Darmawan Sulistyo was sentenced to three years on Friday.\n\n"
        "\u201cThe ruling ignores the evidence we brought,\u201d said Darmawan Sulistyo\u2019s "
        "attorney, Rina Kurniawati.\n"
    )
    assert _direct(body, "en") == ["Rina Kurniawati"]


# a man of letters or culture written like an office before the name set off by a comma


def test_a_cultural_figure_of_a_region_is_the_name_after_the_comma() -> None:
    body = (
        "Warga Sukamaju menagih dana sosial yang dijanjikan perusahaan tambang.\n\n"
        "\u201cKami akan terus bertanya ke mana dana itu pergi,\u201d ujar Budayawan Sukamaju, "
        "Darmawan Sulistyo.\n"
    )
    assert _direct(body) == ["Darmawan Sulistyo"]


# a person inside the words of a speaker nobody could name does not take that speaker's floor


def test_person_spoken_of_by_an_unknown_pronoun_is_not_the_pronoun() -> None:
    body = (
        "Petani Sukamaju Tolak Beras Selundupan\n\n"
        "Sukardiman menyoroti beras yang masuk tanpa izin ke pelabuhan kecil.\n\n"
        "\u201cStok kita sedang tinggi, tetapi beras tetap masuk lewat jalur tikus,\u201d ujarnya.\n\n"
        "Ia menyebut Presiden Darmawan Sulistyo sudah menegaskan larangan itu.\n\n"
        "\u201cSemua aparat harus patuh pada perintah itu,\u201d pungkasnya.\n"
    )
    assert "Darmawan Sulistyo" not in _direct(body)


# "the" before an organisation's whole recognised name is that body, not a description of a person


def test_the_before_a_named_ministry_is_the_ministry() -> None:
    body = (
        "Ruritania says the fugitive trader is not in the country.\n\n"
        "Deputy harbour minister Darmawan Sulistyo said on Monday the trader left by boat in March.\n\n"
        "He added that the boat was later seen near Lagoon Island. Last week, the Ministry of Foreign "
        "Trade Lagoonia announced that the trader was not on the island and \u201chad not arrived "
        "there for many months\u201d.\n"
    )
    assert _direct(body, "en") == ["Ministry of Foreign Trade Lagoonia"]


# a company's legal suffix is no one's name


def test_a_company_suffix_is_no_person() -> None:
    from kutip.index.statements.runs import not_a_name

    assert not_a_name(["Limited"])
    assert not_a_name(["Contoh", "Niaga", "Tbk"])
    assert not not_a_name(["Darmawan", "Sulistyo"])


# English: a kin word after a possessive is in apposition with the name after it


def test_his_mother_and_her_name_is_the_mother_speaking() -> None:
    body = (
        "Sprinter Bagus Pranata won the national title on Sunday.\n\n"
        "\u201cWe prayed for him all night,\u201d his mother Rina Kurniawati told a local radio station.\n"
    )
    assert _direct(body, "en") == ["Rina Kurniawati"]


def test_kata_istri_and_a_name_is_still_the_unnamed_wife() -> None:
    body = (
        "Nelayan Darmawan Sulistyo hilang sejak Senin.\n\n"
        "\u201cKami terus menunggu kabar,\u201d kata istri Darmawan di rumahnya.\n"
    )
    assert _direct(body) != ["Darmawan Sulistyo"]


# a name first, then an indefinite description whose comma never closes before the verb


def test_name_then_open_description_with_a_market_then_the_verb() -> None:
    body = (
        "Minyak goreng kemasan Rakyatku sulit didapat di pasar tradisional Sukamaju.\n\n"
        "Sitohang, salah satu pembeli di Pasar Induk Sukamaju mengatakan, sudah lama tidak melihat "
        "Rakyatku di kiosnya.\n\n"
        "\u201cSaya biasanya juga jual, tapi sekarang langka sekali,\u201d jelasnya.\n"
    )
    assert _direct(body) == ["Sitohang"]


# a body quoted outright goes on speaking through an uncued or clitic quotation, nobody between


def test_a_body_quoted_outright_goes_on_through_a_clitic_and_an_uncued_quotation() -> None:
    body = (
        "Universitas Contoh Tunda Wisuda Doktor\n\n"
        "\u201cKami meminta maaf atas kekurangan dalam proses pembimbingan,\u201d kata Universitas "
        "Contoh dalam siaran pers, Kamis.\n\n"
        "Kampus berjanji menjatuhkan sanksi kepada pihak yang melanggar.\n\n"
        "\u201cDewan guru besar akan menggelar sidang etik pekan depan.\u201d\n\n"
        "\u201cLangkah ini menjaga mutu pendidikan,\u201d imbuhnya.\n"
    )
    assert _direct(body) == ["Universitas Contoh"] * 3


def test_a_personal_pronoun_after_a_body_is_no_body() -> None:
    body = (
        "\u201cKami meminta maaf atas kekurangan itu,\u201d kata Universitas Contoh dalam siaran pers.\n\n"
        "\u201cSaya pribadi ikut menyesal,\u201d kata dia.\n"
    )
    assert _direct(body)[1] != "Universitas Contoh"


# "bunyi" (the statement reads) sums up a quotation as "demikian" does


def test_bunyi_keterangan_resmi_names_the_body() -> None:
    body = (
        "Kementerian Perikanan Lagoonia menanggapi kabar soal kapal yang hilang.\n\n"
        "\u201cCatatan pelabuhan kami menunjukkan kapal itu tidak pernah berlabuh di sini,\u201d "
        "bunyi keterangan resmi Kementerian Perikanan Lagoonia yang diunggah di lamannya.\n"
    )
    assert _direct(body) == ["Kementerian Perikanan Lagoonia"]


# a body's short form, then its country: that country's body, by the short form's full name


def test_short_form_of_a_ministry_then_its_country() -> None:
    body = (
        "Buronan Kasus Pelabuhan Disebut Ada di Luar Negeri\n\n"
        "Penyidik menyebut buronan itu sudah lama meninggalkan Indonesia.\n\n"
        "\u201cData perlintasan kami tidak mencatat kedatangannya tahun ini,\u201d demikian keterangan "
        "tertulis Kemlu Malaysia, Senin.\n"
    )
    assert _direct(body) == ["Kementerian Luar Negeri Malaysia"]


# the patient of an Indonesian passive does not take the floor from the running speaker


def test_a_clitic_after_a_passive_subject_stays_with_the_speaker() -> None:
    body = (
        "Sekretaris Universitas Contoh, Darmawan Sulistyo, menjelaskan laporan itu masuk tahun lalu.\n\n"
        "\u201cKami memeriksa semua saksi lebih dulu,\u201d kata Darmawan.\n\n"
        "Setelah pemeriksaan, dosen Bambang Riyadi diberhentikan dari jabatan kepala laboratorium.\n\n"
        "\u201cSejak laporan diterima, yang bersangkutan tidak lagi mengajar,\u201d ujarnya.\n"
    )
    assert _direct(body) == ["Darmawan Sulistyo", "Darmawan Sulistyo"]

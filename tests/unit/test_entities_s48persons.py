"""Things the news names like people (persons, session 48): animals named after a noun or a naming
word, Latin species names in title case, parks, air bases and fire units named by a head word,
events named by a clipped compound, a minister's title clipped from the page's long form, and an
English sentence opened by "Like" before a name. Invented sentences and names."""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_animals_named_after_a_noun_or_a_naming_word() -> None:
    body = (
        "Balai konservasi melepas tiga individu orangutan ke hutan lindung, Selasa. Ketiga orangutan "
        "jantan bernama Gondo, Kirana dan Tomblo itu dirawat enam tahun. Kepala balai, Rahmat "
        "Widarso, mengatakan ketiganya siap. Anak gajah Lestari juga lahir dalam keadaan sehat. "
        "Tomblo sempat sakit saat karantina, kata Rahmat."
    )
    persons = _persons(body)
    for animal in ("Gondo", "Kirana", "Tomblo", "Lestari"):
        assert animal not in persons
    assert "Rahmat Widarso" in persons


def test_an_animal_in_english_is_no_listed_figure() -> None:
    body = (
        "A Sumatran tiger named Bima was returned to the wild on Monday, rangers said. "
        "Bima had been caught in a snare, said Hendra Kusnadi, who heads the rescue centre."
    )
    persons = _persons(body, "en")
    assert all("Bima" not in p for p in persons)
    assert "Hendra Kusnadi" in persons


def test_a_keeper_or_a_figure_of_speech_names_a_person() -> None:
    body = (
        "Seekor gajah bernama Ratri dirawat di pusat latihan. Menurut pawang gajah Sukardi Wiguna, "
        "Ratri makan dengan lahap. Dokter hewan Wulan sudah memeriksanya."
    )
    persons = " ".join(_persons(body))
    assert "Sukardi Wiguna" in persons
    assert "Ratri" not in persons
    body = "Dalam pemilihan ketua partai, kuda hitam Darmaji Sutanto diperkirakan menang, ujar pengamat."
    assert "Darmaji Sutanto" in _persons(body)


def test_latin_species_names_are_no_persons() -> None:
    body = (
        "Populasi badak jawa (Rhinoceros Sondaicus) terus menurun, kata Sutrisno Hadiwijaya. "
        "Balai juga memantau komodo (Varanus Komodoensis) dan burung rangkong (Buceros Rhinoceros). "
        "Perburuan masih mengancam Rhinoceros Sondaicus, ujar Sutrisno."
    )
    assert _persons(body) == ["Sutrisno Hadiwijaya"]


def test_a_bracketed_name_with_given_names_stays_a_person() -> None:
    body = "Polisi menangkap seorang tersangka (Markus Paulus) di rumahnya pada Rabu malam."
    assert "Markus Paulus" in _persons(body)


def test_parks_bases_and_fire_units_are_no_persons() -> None:
    body = (
        "Kepala Manggala Agni Daops Siak, Hartono Sulistyo, mengatakan regu pemadam siaga. "
        "Menurut Danlanud Roesmin Nurjadin, Marsma Anton "
        "Setiadi, helikopter disiagakan di Lanud Roesmin Nurjadin. Api muncul di dekat Taman "
        "Nasional Tesso Nilo. Tesso Nilo menjadi kawasan paling rawan."
    )
    assert sorted(_persons(body)) == ["Anton Setiadi", "Hartono Sulistyo"]


def test_an_air_base_named_after_a_titled_hero() -> None:
    body = (
        "Pasukan dari Lanud Sultan Thaha ikut dalam simulasi. Danlanud Sultan Thaha mengatakan "
        "dua pesawat siap terbang, sementara Sugianto Wibisono memimpin regu darat."
    )
    assert _persons(body) == ["Sugianto Wibisono"]


def test_a_park_named_before_national_park_in_english() -> None:
    body = (
        "Fires broke out near Tanjung Puting National Park on Sunday. Tanjung Puting is guarded by "
        "a joint team, said Rudi Hartawan."
    )
    assert _persons(body, "en") == ["Rudi Hartawan"]


def test_an_event_named_by_a_clipped_compound() -> None:
    body = (
        "Jambore Karhutla 2025 Resmi Dibuka Gubernur\n\nKabarwarta.id, Jambi - Gubernur Jambi membuka "
        "Jambore Karhutla di lapangan kantor gubernur, Senin (4/8/2025).\nJambore Karhutla diikuti 500 "
        "peserta dari unsur TNI, Polri, relawan dan warga desa. Karhutla melanda sejumlah kabupaten "
        'tahun lalu.\n"Jambore ini untuk memperkuat sinergi," kata Sugianto Wibisono.'
    )
    assert _persons(body) == ["Sugianto Wibisono"]


def test_a_minister_clipped_from_the_long_form_on_the_page() -> None:
    body = (
        "Menteri Kelautan dan Perikanan meninjau pelabuhan di Bitung, Kamis. Menkel mengatakan "
        "produksi tuna naik. Wamenkel menambahkan stok aman. Wali Kota Bitung, Joko Prasetyadi, "
        "menyambut rombongan."
    )
    assert _persons(body) == ["Joko Prasetyadi"]


def test_a_word_not_clipped_from_the_long_form_stays() -> None:
    body = "Menteri Kelautan meninjau pelabuhan. Mendrofa Zebua mengatakan produksi tuna naik."
    assert "Mendrofa Zebua" in _persons(body)


def test_like_opening_an_english_sentence_is_no_name_word() -> None:
    body = (
        '"We have planted nothing since August," said Rahmat Suwondo, a farmer.\n'
        "Like Rahmat, hundreds of farmers have left their fields. Like Sutarni Wibowo, many women "
        "now weave mats."
    )
    persons = _persons(body, "en")
    assert "Sutarni Wibowo" in persons
    assert all(not p.startswith("Like") for p in persons)


def test_a_listed_name_opening_on_a_month_in_a_list() -> None:
    body = (
        "Rapat pleno itu dihadiri Sarinah Wulandita, August Mellaz, Darmaji Sutanto dan Fulanto "
        "Ganesha dari tiga provinsi."
    )
    assert "August Mellaz" in _persons(body)


def test_a_word_of_address_before_a_listed_given_name_stays_an_address() -> None:
    body = "Terima kasih kepada Mas Gibran, kata Darmaji Sutanto. Gibran Rakabuming Raka hadir di acara itu."
    assert "Gibran Rakabuming Raka" in _persons(body)


def test_bro_is_a_word_of_address() -> None:
    body = (
        'Fulanto Ganesha hadir di kantor partai pada Senin. "Terima kasih kepada Bro Fulanto, beliau '
        'kawan berjuang," kata Darmaji Sutanto.'
    )
    persons = _persons(body)
    assert "Bro Fulanto" not in persons
    assert "Fulanto Ganesha" in persons


def test_interjections_and_prayers_name_no_one() -> None:
    body = (
        "Acara ditutup dengan Sholawat Badar, kata Darmaji Sutanto.\n"
        '"Ah, mereka kan sudah pindah ke kubu lain," ujar Darmaji.'
    )
    assert _persons(body) == ["Darmaji Sutanto"]


def test_a_negative_command_opening_an_english_quote() -> None:
    body = '"Don\'t say we have already won," Darmaji Sutanto told party members on Friday.'
    assert _persons(body, "en") == ["Darmaji Sutanto"]


def test_an_airline_is_an_organisation() -> None:
    body = "Rapat itu dihadiri Direktur Utama Pelita Air, Darmaji Sutanto, dan para direksi lain."
    assert _persons(body) == ["Darmaji Sutanto"]


def test_a_unit_run_into_the_name_after_it() -> None:
    body = "Gangguan itu sudah ditangani, ujar Direktur KAI Commuter Sarinah Wulandita dalam keterangannya."
    assert "Sarinah Wulandita" in _persons(body)


def test_a_numbered_rule_in_english() -> None:
    body = "The ministry said Permendag Number 12 of 2024 replaced the old rule, Darmaji Sutanto said."
    assert _persons(body, "en") == ["Darmaji Sutanto"]


def test_state_savings_funds_and_tech_groups_are_organisations() -> None:
    body = "Iuran Tapera dipotong dari gaji pekerja, kata Darmaji Sutanto. Tapera wajib bagi pekerja."
    assert _persons(body) == ["Darmaji Sutanto"]
    body = "Shares of GoTo rose on Monday after the group posted its first profit, Darmaji Sutanto said."
    assert _persons(body, "en") == ["Darmaji Sutanto"]


def test_a_web_desk_byline_and_named_firms_are_no_persons() -> None:
    assert _persons("By Web Desk\n\nThe council met on Monday, Darmaji Sutanto said.", "en") == [
        "Darmaji Sutanto"
    ]
    body = "Pemerintah menunjuk konsultan Surbana Jurong untuk membantu proyek rumah susun, kata Darmaji Sutanto."
    assert _persons(body) == ["Darmaji Sutanto"]
    body = "Aduan terbanyak menyasar Akulaku (14) dan sejumlah toko daring lain, ujar Darmaji Sutanto."
    assert _persons(body) == ["Darmaji Sutanto"]

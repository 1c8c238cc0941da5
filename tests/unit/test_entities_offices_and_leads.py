"""Offices, ranks, places named after people and words glued before names (made-up sentences).

Classes read from real pages: a title inside a street's or an airport's name, police
offices written as one word ("Wakapolresta"), English ranks cut at their dot, the last
word of a title left before the name, an everyday word or an honorific opening the run.
"""

from __future__ import annotations

from tests.unit.recognised import person_names as _persons


def test_a_title_inside_a_street_or_airport_name_makes_no_person() -> None:
    body = (
        "Kecelakaan terjadi di Jalan Kapten Darsono Wirahadi, Kota Sukamaju, Senin (3/2). "
        "Korban lalu dibawa dari Bandara Sultan Badrun Kertajaya ke rumah sakit, kata Darto Wiyono."
    )
    persons = _persons(body)
    assert "Darsono Wirahadi" not in persons
    assert "Badrun Kertajaya" not in persons
    assert "Darto Wiyono" in persons


def test_a_police_office_in_one_word_is_no_person() -> None:
    body = (
        '"Kami siap mengamankan acara," kata Wakapolresta Sukamaju, AKBP Darto Wiyono, Kamis (5/3). '
        "Setelah itu Waka Polresta memberi keterangan kepada wartawan."
    )
    persons = _persons(body)
    assert persons == ["Darto Wiyono"]


def test_a_body_named_after_a_title_is_no_person() -> None:
    body = "Kasat Intelkam Polresta Sukamaju, AKP Joni Pelangi, memimpin apel pagi di halaman kantor."
    assert _persons(body) == ["Joni Pelangi"]


def test_english_ranks_cut_at_their_dot_are_no_person() -> None:
    body = (
        "National police spokesman Brig. Gen. Darmo Hartono said on Monday that two men were held. "
        "Regional police chief Inspector Gen. Umbara Saptadi said the men were brothers."
    )
    persons = _persons(body, "en")
    assert "Brig" not in persons
    assert "Inspector" not in persons
    assert {"Darmo Hartono", "Umbara Saptadi"} <= set(persons)


def test_the_last_word_of_a_title_is_cut_from_the_name() -> None:
    body = (
        "The company's Chairman and Chief Executive Officer Marcus Fulbright was told of the sale. "
        '"We remain confident," said Marcus Fulbright. Senior Commissioner Dito Rahardjo said the case was open.'
    )
    persons = _persons(body, "en")
    assert "Marcus Fulbright" in persons
    assert "Dito Rahardjo" in persons
    assert not any(p.startswith(("Officer", "Commissioner")) for p in persons)


def test_markets_halls_and_time_zones_are_no_person() -> None:
    body = (
        "Shares rose on the Sukamaju Stock Exchange, the company said. The concert moves to Wirabata Hall. "
        '"It happened at noon Eastern Borneo Time," Darto Wiyono said.'
    )
    persons = _persons(body, "en")
    assert persons == ["Darto Wiyono"]


def test_an_honorific_or_everyday_word_glued_before_a_name_is_cut() -> None:
    body = (
        "JAKARTA - Penyanyi Sinta Maharesi membantah kabar itu. "
        '"Itu tidak benar," kata Sinta. Ketua panitia H Darmo Sukirno menyambut rombongan.'
    )
    persons = _persons(body)
    assert "Sinta Maharesi" in persons
    assert "Darmo Sukirno" in persons
    assert not any(p.startswith(("Penyanyi", "H ")) for p in persons)


def test_a_name_s_short_form_with_a_dot_stays_in_the_name() -> None:
    body = "Kapolsek Sukamaju, Iptu Fulan Dg. Kerrang, meresmikan pos ronda baru, Rabu (4/3)."
    assert _persons(body) == ["Fulan Dg. Kerrang"]


def test_a_korean_given_name_keeps_its_hyphened_syllable() -> None:
    body = "Pelatih tim nasional Kang Dae-woo mengatakan timnya siap. Kang Dae-woo juga memuji pemain muda."
    assert _persons(body) == ["Kang Dae-woo"]


def test_a_lone_everyday_word_opening_a_sentence_is_no_speaker() -> None:
    body = "Seusai menjelaskan rute pawai, Kapolsek Darto Wiyono melepas peserta."
    assert _persons(body) == ["Darto Wiyono"]


def test_a_title_names_its_persons_cut_to_their_name_words() -> None:
    from kutip.index.entities.related import title_persons

    assert title_persons("Gubernur Darmo Wiryono Tinjau Banjir di Sukamaju", "id") == ["Darmo Wiryono"]
    assert title_persons("Menteri Darmo: Kami Tidak Akan Mundur", "id") == ["Darmo"]
    assert title_persons("Banjir Rendam Tiga Desa di Sukamaju", "id") == []
    assert title_persons("Conceded A Poor Goal, Says Coach", "en") == []


def test_facilities_events_and_page_tools_are_no_person() -> None:
    body = (
        "Open Menu\nText Sizes\nVoters queued at the Sukamaju Station before the Presidential Election, "
        "said Darto Wiyono, who later ate at the Wirabata Restaurant."
    )
    assert _persons(body, "en") == ["Darto Wiyono"]


def test_a_headline_s_everyday_words_around_a_name_are_cut() -> None:
    body = "Panen Raya di Sukamaju, Bupati Darmono Sempat Kaget Lihat Harga Gabah\n\nBupati Darmono meninjau sawah."
    assert "Darmono" in _persons(body)
    assert not any("Sempat" in p for p in _persons(body))


def test_an_office_s_region_the_article_names_as_a_place_is_cut_from_the_name() -> None:
    body = (
        "Banjir merendam tiga desa di Kecamatan Sukareja sejak Senin. "
        "Camat Sukareja Darmowiyono mengatakan warga sudah mengungsi. "
        '"Kami kirim bantuan," kata Bupati Sukareja di posko.'
    )
    persons = _persons(body)
    assert "Darmowiyono" in persons
    assert not any("Sukareja" in p for p in persons)

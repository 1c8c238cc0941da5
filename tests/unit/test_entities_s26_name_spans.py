"""A person's span holds name words only (issue 9, persons session 26; made-up sentences and names):
a label after the name, a headline's verb phrase after it, a body or a field before it, and a
credit in capitals glued to the next sentence's first word. A name made of everyday words keeps
them."""

from __future__ import annotations

from kutip.index.entities.recognise import recognise
from kutip.index.language import tokenize, words
from kutip.index.models import EntityType
from tests.unit.recognised import person_names as _persons


def _mentions(body: str) -> list[str]:
    return [m.text for e in recognise(body, "id") if e.type is EntityType.PERSON for m in e.mentions]


def test_an_account_label_after_the_name_is_cut() -> None:
    body = (
        "Fulan Hidayat menyapa pendukungnya di Alun-alun Kota pada Minggu pagi.\n\n"
        "Video itu diunggah di kanal Youtube Fulan Hidayat Official dan akun Instagram miliknya.\n\n"
        "Fulan Hidayat mengatakan warga antusias menyambut acara tersebut."
    )
    assert "Fulan Hidayat Official" not in _persons(body)
    assert "Fulan Hidayat" in _persons(body)
    assert "Fulan Hidayat Official" not in _mentions(body)


def test_a_show_label_after_a_one_word_name_is_cut() -> None:
    body = (
        "Dalam acara Sulastri Spesial yang tayang Kamis malam, tamu membahas harga pangan.\n\n"
        '"Harga beras harus turun," tanya Sulastri kepada Fulan Hidayat.'
    )
    assert "Sulastri Spesial" not in _persons(body)


def test_a_headline_verb_phrase_after_a_known_name_is_cut() -> None:
    body = (
        "Warsito Luapkan Unek-unek soal Harga Tiket ke Dewan\n\n"
        "Bahkan, dia meminta para pengkritik untuk langsung berkomunikasi kepadanya.\n\n"
        "Dari pemberitaan sebelumnya, Warsito mengatakan pembatasan itu demi kelestarian candi."
    )
    assert _persons(body) == ["Warsito"]


def test_two_everyday_words_after_a_known_name_are_cut() -> None:
    body = (
        "Berita ini telah tayang dengan judul Warsito Beri Waktu Kapolres Ungkap Kasus Itu.\n\n"
        "Warsito mengatakan polisi harus bekerja cepat menuntaskan perkara tersebut."
    )
    assert "Warsito Beri Waktu" not in _persons(body)
    assert "Warsito" in _persons(body)


def test_an_everyday_word_in_a_full_name_stays() -> None:
    body = (
        "Camat Fulan Bangun meninjau lokasi banjir di desa itu pada Senin.\n\n"
        '"Air sudah surut," kata Fulan kepada wartawan.'
    )
    assert "Fulan Bangun" in _persons(body)


def test_a_body_before_a_name_written_alone_is_cut() -> None:
    body = (
        "Direktur Eksekutif Indo Contoh M Warsito menilai ada dampak positif dari perombakan itu.\n\n"
        '"Kita lihat saja nanti," kata Warsito dalam diskusi di Jakarta.'
    )
    assert "Indo Contoh M Warsito" not in _persons(body)
    assert "M Warsito" in _persons(body)


def test_a_ministry_field_before_a_name_written_alone_is_cut() -> None:
    body = (
        "Menteri Pembangunan Desa dan Daerah Tertinggal Warsito Jafar ikut hadir dalam rapat itu.\n\n"
        "Keributan berawal saat Warsito meminta agar manajemen maskapai diganti. Warsito pun menganggap "
        "kinerja maskapai itu buruk."
    )
    assert "Warsito Jafar" in _persons(body)
    assert not any("Tertinggal" in p for p in _persons(body))


def test_a_given_name_before_a_surname_written_alone_stays() -> None:
    body = (
        "Kepala Sekolah Ahmad Warsito meninjau ujian di sekolah itu pada Senin.\n\n"
        '"Semua siswa hadir," kata Warsito kepada wartawan.'
    )
    assert "Ahmad Warsito" in _persons(body)


def test_an_outlet_word_in_capitals_after_a_caption_name_is_cut() -> None:
    body = (
        "Gubernur Contoh Raya Warsito TRIBUN KOTA/FULAN HIDAYAT\n\n"
        "KOTA - Gubernur Warsito mengungkap adanya proyek yang terbengkalai, kata Warsito."
    )
    assert "Warsito TRIBUN" not in _persons(body)


def test_a_credit_in_capitals_glued_to_the_next_word_is_two_words() -> None:
    assert words("KONTAN/FULAN HIDAYATMenteri Keuangan") == [
        "KONTAN",
        "FULAN",
        "HIDAYAT",
        "Menteri",
        "Keuangan",
    ]
    tokens = tokenize("FULAN HIDAYATWali Kota")
    assert [t.text for t in tokens] == ["FULAN", "HIDAYAT", "Wali", "Kota"]
    assert words("TRIBUNnews KOMPASTV") == ["TRIBUNnews", "KOMPASTV"]  # no everyday word after the capitals


def test_a_glued_credit_is_no_part_of_the_title_after_it() -> None:
    body = (
        "Warga memadati lapangan kota pada Kamis (23/11/2017). KONTAN/FULAN HIDAYATMenteri Keuangan "
        "Sri Mulyani meninjau proyek renovasi stadion.\n\n"
        "Sri Mulyani mengatakan proyek itu selesai bulan depan."
    )
    assert not any("HIDAYATMenteri" in p for p in _persons(body))


def test_a_given_name_that_is_a_word_before_a_surname_written_alone_stays() -> None:
    body = (
        "Menteri Pertahanan Bintang Warsito bertemu Kepala Staf Fulan Hidayat. "
        '"Kami sepakat," kata Warsito. Hidayat mengatakan latihan dimulai pekan depan.'
    )
    assert "Bintang Warsito" in _persons(body)


def test_a_one_word_unit_before_its_body_is_no_person() -> None:
    body = (
        "Sebanyak 30 orang di antaranya merupakan anggota Contohra Polda Sumatera Barat.\n\n"
        "Kapolda Sumatera Barat Irjen Fulan Hidayat mengatakan, personel Contohra Polda Sumbar diperiksa."
    )
    assert "Contohra" not in _persons(body)
    assert "Fulan Hidayat" in _persons(body)


def test_two_persons_run_together_are_split() -> None:
    body = (
        "Rapat itu dihadiri Budi Santoso Fulan Hidayat dan warga desa.\n\n"
        "Budi Santoso mengatakan rapat berjalan lancar. Fulan Hidayat menambahkan warga puas."
    )
    assert sorted(_persons(body)) == ["Budi Santoso", "Fulan Hidayat"]


def test_two_persons_across_a_hyphen_are_split() -> None:
    body = (
        "Pasangan Warsito-Gus Sulastro menang di kota itu.\n\n"
        "Ahmad Warsito mengatakan warga puas. Taj Sulastro menambahkan kemenangan itu milik warga."
    )
    persons = _persons(body)
    assert "Ahmad Warsito" in persons
    assert not any("-" in p for p in persons)


def test_one_full_name_of_four_words_stays_whole() -> None:
    body = (
        "Rapat itu dipimpin Fransiska Sari Puspa Dewi di balai desa.\n\n"
        '"Semua warga hadir," kata Fransiska Sari Puspa Dewi.'
    )
    assert _persons(body) == ["Fransiska Sari Puspa Dewi"]


def test_a_ranked_name_before_a_place_word_stays_a_person() -> None:
    body = (
        "Beredar informasi penangkapan Kapolda Sumbar Irjen Pol Darsono Minahasa Putra yang baru dimutasi.\n\n"
        "Kapolri memutasi Irjen Pol Darsono Minahasa menjadi Kapolda Jatim, kata juru bicara."
    )
    assert "Darsono" in _persons(body)


def test_a_persons_name_run_on_after_a_body_the_article_names() -> None:
    body = (
        "Rapat itu dihadiri Partai Gerindra dan Partai Golkar.\n\n"
        "Hadir pula Wakil Ketua Umum Partai Gerindra Darmawan Sukarta, Bendahara Umum Partai Golkar "
        "Hendra Wijanarko, dan para anggota.\n\n"
        "Darmawan mengatakan rapat berjalan lancar."
    )
    persons = _persons(body)
    assert "Hendra Wijanarko" in persons
    assert "Darmawan Sukarta" in persons

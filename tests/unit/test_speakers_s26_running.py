"""The running speaker on session 26's pool classes (made-up text): a clitic after a statement
nobody could be named for stays unknown; a name's apposition that is a new clause gives it no
role; a pronoun after a fronted comma keeps the floor; persons given by initials speak; a name
misspelt once is the person written right elsewhere; a statement relayed inside a named one, and
the people a speaker's paragraph tells of, do not take the floor; ``Warga X bernama Fulan``
puts Fulan forward."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements
from kutip.index.statements.initials import initialled_persons
from kutip.index.statements.misspelt import misspelt_names


def _direct(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def _all(body: str, lang: str = "id") -> list[tuple[str, str | None]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.kind, s.speaker) for s in found]


def test_a_clitic_after_an_office_nobody_was_named_for_is_unknown() -> None:
    body = (
        "Menteri Luar Negeri Bicara Soal Pengungsi\n\n"
        "SUKAMAJU, contoh.com - Menlu mengatakan negaranya siap membantu.\n\n"
        '"Kami siap menerima korban perang," ungkap Menlu.\n\n'
        "Ia juga menambahkan bahwa bantuan akan dikirim. Namun sesuai arahan Presiden Budi Santoso, "
        "Menlu menegaskan bahwa bantuan bersifat sementara.\n\n"
        '"Saya tegaskan sekali lagi bahwa kami menolak pemindahan warga," jelasnya.\n'
    )
    # the president is named inside a fronted phrase: he neither holds the office nor speaks
    assert all(speaker is None for _kind, speaker in _all(body))


def test_a_statement_relayed_inside_a_named_one_leaves_the_floor_to_its_speaker() -> None:
    body = (
        "Ketua Partai Bertemu Presiden\n\n"
        "SUKAMAJU, contoh.com - Para ketua partai bertemu Presiden di istana.\n\n"
        "Sementara itu, Ketua Umum Partai Contoh, Fulan Hidayat, mengatakan dalam pertemuan tersebut, "
        "Presiden menekankan agar pemilu berjalan damai.\n\n"
        '"Pembahasan tadi menyebut bahwa pemilu harus bisa dinikmati rakyat," ujarnya.\n'
    )
    assert _direct(body) == ["Fulan Hidayat"]


def test_a_name_after_a_pronoun_that_follows_a_clause_comma_is_not_the_subject() -> None:
    body = (
        "Banjir di Desa Pojok\n\n"
        "SUKAMAJU, contoh.com - Bupati Sukamaju Budi Santoso mendampingi gubernur meninjau banjir.\n\n"
        "Salah satu korban banjir, Rina Marlina, langsung menangis.\n\n"
        '"Terima kasih Pak Camat," kata Rina Marlina.\n\n'
        "Warga desa itu tiba-tiba sadar, ia salah mengira Budi Santoso yang merupakan bupati sebagai camat.\n\n"
        '"Mohon maaf Pak Bupati," katanya.\n'
    )
    assert _direct(body) == ["Rina Marlina", "Rina Marlina"]


SCHOOL = (
    "Kata Siswa soal Kepala Sekolah\n\n"
    "SUKAMAJU, contoh.com - Kepala sekolah, Rina Marlina, ditemukan keluar saat ujian.\n\n"
    '"Seharusnya dia di sini," kata murid kelas X berinisial H, kepada contoh.com, Senin.\n\n'
    'H mengatakan, kabar itu sudah diketahuinya dari media. "Saya baca dari berita," ujar H.\n\n'
    "D, siswa kelas X lainnya, juga mengungkapkan hal senada bahwa tindakan kepala sekolah tidak tepat. "
    '"Enggak tepat tindakannya," ujarnya.\n'
)


def test_persons_given_by_initials_speak_by_them() -> None:
    assert _direct(SCHOOL) == ["H", "H", "D"]


def test_initials_are_a_person_only_after_an_initials_word_or_before_what_the_person_is() -> None:
    assert initialled_persons(SCHOOL) == {"H", "D"}
    # a body's or a country's letters are no one: "AS menegaskan", "KPK, lembaga antirasuah", "AS
    # salah satu mitra" (the country, though "ID salah satu penumpang" is a passenger)
    assert initialled_persons("ID salah satu penumpang mengaku lelah. AS salah satu mitra dagang.") == {"ID"}
    assert initialled_persons("AS menegaskan sikapnya. KPK, lembaga antirasuah, memeriksa saksi.") == set()


def test_a_one_word_name_misspelt_once_is_the_person_written_right_elsewhere() -> None:
    body = (
        "Polisi Selidiki Bentrok Tambang\n\n"
        "SUKAMAJU, contoh.com - Kabid Humas Polda Jambi Kombes Fulan Kuswahyudi menyebut kasus masih diselidiki.\n\n"
        '"Belum ada tersangka," ungkap Kabid Humas Polda Jambi Kombes Fulan Kuswahyudi, Senin.\n\n'
        "Kuswahyudi menuturkan, lokasi kejadian sudah kondusif.\n\n"
        '"Barang bukti belum diamankan karena terlalu banyak," kata Kuaswahyudi.\n'
    )
    assert _direct(body) == ["Fulan Kuswahyudi", "Fulan Kuswahyudi"]


def test_only_a_long_name_written_once_a_letter_off_another_is_a_slip() -> None:
    people = [
        ("Purwati", (("purwati",),), 4),
        ("Purwanti", (("purwanti",),), 1),
        ("Rudy", (("rudy",),), 1),
        ("Rudi Hartono", (("rudi", "hartono"),), 3),
        ("Hartonos", (("hartonos",),), 2),
    ]
    # "Rudy" is too short to be a slip of "Rudi"; "Hartonos" is written twice: someone else
    assert misspelt_names(people) == {("purwanti",): "Purwati"}


def test_whom_a_speakers_paragraph_tells_of_does_not_take_the_floor() -> None:
    body = (
        "Wakapolres Tewas dalam Kecelakaan\n\n"
        "SUKAMAJU, contoh.com - Wakapolres Sukamaju Kompol Budi Santoso meninggal dunia usai mobilnya menabrak truk.\n\n"
        '"Mobil terseret delapan kilometer," kata Kapolres Sukamaju AKBP Fulan Hidayat, Minggu.\n\n'
        "Fulan Hidayat menjelaskan Kompol Budi mengalami luka di dahi. Sementara, istri Kompol Budi, "
        "Rina (48) mengalami luka robek di kening.\n\n"
        '"Ibu Rina dirujuk ke rumah sakit di kota," sebutnya.\n'
    )
    assert _direct(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_name_given_after_a_description_and_bernama_is_the_new_subject() -> None:
    body = (
        "Warga Bertanya, Wali Kota Menjawab\n\n"
        "SUKAMAJU, contoh.com - Warga bisa menyampaikan keluhan langsung kepada Wali Kota Sukamaju Budi Santoso.\n\n"
        '"Kami berjanji untuk mendengar," ujar Wali Kota Sukamaju Budi Santoso.\n\n'
        '"Permintaan bantuan harus masuk akal," katanya.\n\n'
        "Warga Kampung Baru bernama Fulan Wakerima sangat mengapresiasi program ini.\n\n"
        '"Ini program luar biasa," katanya.\n'
    )
    assert _direct(body) == ["Budi Santoso", "Budi Santoso", "Fulan Wakerima"]

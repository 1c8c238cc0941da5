"""A site's list of its most read stories ("Populer", a headline then its date stamp, line after
line) is read like a related-links list: its headlines name people (session 46, names). Invented lines."""

from kutip.index.entities.related import related_headlines


def test_headlines_under_a_popular_label_with_their_date_stamps() -> None:
    lines = [
        "Populer",
        "Fulan Wiratmaja Tolak Tawaran Partai Contoh",
        "Senin, 03 Maret 2031 | 09:12",
        "Arahan Rapat",
        "Sabtu, 01 Maret 2031 | 14:20",
        "Badu Santoso Pilih Mundur dari Kursi Ketua",
        "Minggu, 02 Maret 2031 | 08:05",
    ]
    assert related_headlines(lines) == [
        "Fulan Wiratmaja Tolak Tawaran Partai Contoh",
        "Badu Santoso Pilih Mundur dari Kursi Ketua",
    ]


def test_a_sentence_still_ends_the_list() -> None:
    lines = [
        "Terpopuler",
        "Badu Santoso Pilih Mundur dari Kursi Ketua",
        "Harga beras naik lagi pekan ini.",
        "Fulan Wiratmaja Datang",
    ]
    assert related_headlines(lines) == ["Badu Santoso Pilih Mundur dari Kursi Ketua"]

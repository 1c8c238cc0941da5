"""Speaker classes counted on the session-34 read sets (made-up text here)."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str = "id") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == "direct"]


def test_preposition_opening_a_paragraph_is_no_word_of_the_name() -> None:
    # "Kepada Fulan, Bupati X menyampaikan …": the run "Kepada Fulan" is the preposition and the
    # listener, so a later "kata Fulan" names Fulan, not a fuller "Kepada Fulan"
    body = (
        "Kepala Badan Penanggulangan Bencana Letjen TNI Sutarmanto meninjau desa yang terdampak banjir.\n\n"
        "Kepada Sutarmanto, Bupati Sukamaju Rina Marlina menyampaikan sebanyak 300 rumah rusak.\n\n"
        '"Mohon segera didata ulang agar warga cepat kita bantu," kata Sutarmanto.\n'
    )
    assert _speakers(body) == ["Sutarmanto"]


def test_a_one_word_speaker_is_not_the_reporter_of_another_story() -> None:
    from kutip.index.models import Article, Credit, Entity, EntityType, Mention, Statement
    from kutip.index.people import PeopleIndex

    quoted = Article(
        "q1",
        "q1.txt",
        body="Jaksa Agung Wirasatya hadir.",
        entities=[Entity("Wirasatya", EntityType.PERSON, [Mention(12, 21, "Wirasatya")])],
        statements=[Statement("q1:0", "q1", "teks", "direct", 0, 4, speaker="Wirasatya")],
    )
    credited = Article(
        "c1", "c1.txt", body="Berita lain.", credits=[Credit("writer", "Bagas Anom Wirasatya")]
    )
    people = PeopleIndex.from_articles([quoted, credited])
    assert people.canonical("Wirasatya") == "Wirasatya"
    # a name some story writes in its prose still owns the word
    named = Article(
        "n1",
        "n1.txt",
        body="Tirta Wirasatya hadir.",
        entities=[Entity("Tirta Wirasatya", EntityType.PERSON, [Mention(0, 15, "Tirta Wirasatya")])],
    )
    assert PeopleIndex.from_articles([quoted, credited, named]).canonical("Wirasatya") == "Tirta Wirasatya"


def test_the_last_word_of_an_office_before_a_comma_is_no_name() -> None:
    # "…, went on the Minister of Fisheries, the Norwegian Minister of Trade also said …": the
    # capitalised word before the comma ends the office, it is no person the description names
    body = (
        "Minister of Fisheries Fulan Hidayat could not yet confirm the new catch limits.\n\n"
        '"We will know more next month," said the Minister of Fisheries after the meeting.\n\n'
        "Not only were the limits discussed, went on the Minister of Fisheries, the Norwegian "
        "Minister of Trade also said he would open a new office.\n\n"
        '"It was also agreed that the talks would go on next year," he said.\n'
    )
    assert "Fisheries" not in _speakers(body, "en")
    assert _speakers(body, "en")[-1] == "Fulan Hidayat"


def test_a_joke_cue_names_the_office_holder() -> None:
    # "…," kelakar Menkes: a verb of joking after the quotation, its subject the office's holder
    body = (
        "Menteri Kesehatan (Menkes) Fulan Hidayat menanggapi isu perombakan kabinet.\n\n"
        "Wakil Ketua DPR Rudi Santoso menilai Menkes tidak akan diganti.\n\n"
        '"Kami sedang cari tempat baru untuk ruang pers," kelakar Menkes kepada awak media.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat"]


def test_an_acting_title_with_a_dot_ends_no_sentence() -> None:
    # "kata Plt. Kepala …": the dot of the acting title's short form is no sentence end, so the
    # office and its holder after it stay in the cue
    body = (
        '"Getarannya sampai ke dua kabupaten tetangga," kata Plt. Kepala Pusat Data, Informasi dan '
        "Komunikasi BNPB Rina Marlina dalam keterangan tertulis.\n"
    )
    assert _speakers(body) == ["Rina Marlina"]


def test_a_short_form_one_story_gives_to_a_misspelling_beside_the_full_name_is_the_full_names() -> None:
    from kutip.index.people import PeopleIndex
    from tests.unit.test_people_index import article

    people = PeopleIndex.from_articles(
        [
            article("w1", {"Perrin Wardoyo": ["Perrin"]}),
            article("w2", {"Perrin Wardoyo": ["Perrin"]}),
            # a page that writes the name once right and once misspelt, and its cue by the misspelling
            article("w3", {"Perrin Vargo": ["Perrin"], "Perrin Wardoyo": []}),
            article("w4", {"Perrin": []}),
        ]
    )
    assert people.canonical("Perrin") == "Perrin Wardoyo"
    # two stories that each name one of them alone still leave the word apart
    apart = PeopleIndex.from_articles(
        [article("v1", {"Perrin Wardoyo": ["Perrin"]}), article("v2", {"Perrin Vargo": ["Perrin"]})]
    )
    assert apart.canonical("Perrin") == "Perrin"


def test_a_quotation_opening_an_excerpt_is_the_next_named_speakers() -> None:
    body = (
        '"Semoga kuota berikutnya naik dibanding sekarang," dikutip dari Kabar.com.\n'
        "Kendati begitu, Fulan Hidayat belum bisa memastikan angka pasti kuota tersebut.\n"
        '"Harapannya kita mendapat kuota penuh," kata Fulan.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_a_byline_line_before_an_opening_pronoun_cue_is_no_one_put_forward() -> None:
    body = (
        "Kabar Contoh - 18 Jan 2025, 04:00\n\n"
        "Rudi Santoso\n\n"
        '"Semua akan ada penjelasan setelah aturan itu terbit," katanya.\n\n'
        "Sebelumnya, Menteri Pendidikan Fulan Hidayat menjelaskan bahwa keputusan akan diambil di sidang kabinet.\n\n"
        '"Soal zonasi nanti kami putuskan bersama di rapat kabinet," kata Fulan di Solo.\n'
    )
    assert _speakers(body) == ["Fulan Hidayat", "Fulan Hidayat"]


def test_an_opening_quotation_stays_unknown_when_two_people_are_named_before_the_next_cue() -> None:
    body = (
        '"Semoga kuota berikutnya naik dibanding sekarang."\n'
        "Fulan Hidayat bertemu Rina Marlina di Jeddah untuk membahas kuota.\n"
        '"Harapannya kita mendapat kuota penuh," kata Fulan.\n'
    )
    assert _speakers(body)[0] is None


def test_a_name_qualifying_a_thing_after_a_fronted_phrase_takes_no_floor() -> None:
    # "Di sisi belanja, program prioritas Presiden Fulan seperti …": the programme is the subject,
    # so the clitic cue after it goes on with the minister who spoke
    body = (
        '"Ada dua faktor utama yang menekan penerimaan," jelas Menteri Keuangan Rina Marlina dalam rapat kerja.\n'
        "Di sisi belanja, program prioritas Presiden Fulan Hidayat seperti makan gratis membutuhkan "
        "realokasi anggaran.\n"
        '"Tiap pos belanja wajib punya dasar hasil rapat," tegasnya.\n'
    )
    assert _speakers(body) == ["Rina Marlina", "Rina Marlina"]


def test_a_time_before_the_name_after_a_fronted_phrase_leaves_the_name_the_subject() -> None:
    body = (
        '"Kami sudah siap sejak pagi," kata Menteri Perhubungan Rina Marlina.\n'
        "Setelah itu, sore harinya Fulan Hidayat meninjau terminal bus di Bandung.\n"
        '"Arus mudik masih lancar," ujarnya.\n'
    )
    assert _speakers(body)[-1] == "Fulan Hidayat"

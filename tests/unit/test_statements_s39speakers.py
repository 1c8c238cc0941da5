"""Session 39, speakers (made-up names and text): unknown rather than wrong, and the person the
text puts forward first for an excerpt that opens on pronoun cues."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _speakers(body: str, lang: str, kind: str = "direct") -> list[str | None]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [s.speaker for s in found if s.kind == kind]


# an excerpt that opens on pronoun or description cues, nobody put forward yet


def test_opening_pronouns_take_the_first_named_speaker() -> None:
    body = (
        "\u201cAll the ferries are back on their timetable from today,\u201d he announced on Monday.\n\n"
        "The harbour had been closed for four days after the storm.\n\n"
        "\u201cThe fares go back to normal too,\u201d Bartholomew Quenby said.\n"
    )
    assert _speakers(body, "en") == ["Bartholomew Quenby", "Bartholomew Quenby"]


def test_an_opening_description_takes_the_first_named_speaker() -> None:
    body = (
        "\u201cPelabuhan kembali dibuka mulai pagi ini,\u201d ucap Ketua Serikat Nelayan tersebut.\n\n"
        "Menurut Darmawan Sulistyo, kapal sudah kembali melaut sejak Senin.\n\n"
        "\u201cKami bersyukur cuaca sudah membaik,\u201d kata Darmawan.\n"
    )
    assert _speakers(body, "id")[0] == "Darmawan Sulistyo"


def test_an_opening_pronoun_far_above_a_separate_account_stays_unknown() -> None:
    body = (
        "\u201cKami membeli kapal ini sepuluh tahun lalu,\u201d jelasnya.\n\n"
        "Kapal itu kemudian berpindah tangan dua kali.\n\n"
        "Pemilik terakhir tidak mengurus izinnya.\n\n"
        "Izin berlayarnya sudah habis sejak tahun lalu.\n\n"
        "Dinas perhubungan telah memeriksa dokumennya.\n\n"
        "\u201cIzinnya sudah mati,\u201d kata Kepala Bidang Pelayaran, Sutarno Wijaya.\n"
    )
    assert _speakers(body, "id")[0] is None


def test_someone_put_forward_before_the_named_cue_ends_the_chain() -> None:
    body = (
        "\u201cSaya akan fokus mengurus keluarga dulu,\u201d katanya.\n\n"
        "Di sisi lain, Karsini yang sudah bekerja 20 tahun merasa sedih.\n\n"
        "\u201cSedih, tapi kami terima,\u201d ceritanya.\n"
    )
    assert _speakers(body, "id")[0] is None


# English pronouns agree in gender with what the text has shown


def test_he_is_not_the_woman_the_text_called_she() -> None:
    body = (
        "Fisheries Minister Rosalind Harwick criticised the new quota on Monday.\n\n"
        "\u201cWe cannot promise what we cannot deliver,\u201d she said.\n\n"
        "Her deputy was joined at the talks by an adviser from the coast.\n\n"
        "\u201cThe quota does not cover small boats at all,\u201d he said.\n"
    )
    assert _speakers(body, "en") == ["Rosalind Harwick", None]


# the agent of a passive speech verb, an office before a comma and the holder after it


def test_the_agent_after_a_passive_and_an_office_speaks_next() -> None:
    body = (
        "Bupati Sukamaju Rahmat Hidayat meninjau lokasi banjir pada Senin.\n\n"
        "Hal itu diungkap Kepala Bidang Humas Polres Sukamaju, Komisaris Polisi Dimas Prasetyo.\n\n"
        "\u201cSampai saat ini ada 12 rumah yang rusak,\u201d ucap dia.\n"
    )
    assert _speakers(body, "id") == ["Dimas Prasetyo"]


# a description's proper words agree with one person's introduction


def test_a_description_goes_to_the_one_person_introduced_with_its_place() -> None:
    body = (
        "Pop singer Marisol Fenwick is taking a break between her Eastmark concerts.\n\n"
        "Critics in the region wrote to Eastmark Prime Minister Conrad Ashby about the deal.\n\n"
        "At the press conference, the Eastmark leader said, \u201cThe concerts will bring visitors "
        "to the whole country.\u201d\n"
    )
    assert _speakers(body, "en") == ["Conrad Ashby"]


def test_an_opening_body_is_no_one_the_next_named_speaker_stands_for() -> None:
    body = (
        "The Northgate data remains safe because it is encrypted, the National Cipher Agency (NCA) "
        "has confirmed.\n\n"
        "\u201cNo record left the servers,\u201d Harold Pemberton, the agency's head, said.\n"
    )
    found = extract_statements("t", body, "en", recognise(body, "en"))
    assert [s.speaker for s in found if s.kind == "indirect" and s.start < 60] in ([None], [])

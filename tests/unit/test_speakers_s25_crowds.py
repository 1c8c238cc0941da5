"""Crowds as speakers: a line a crowd shouts, residents said or ``kata mereka`` is many people's,
never the person who spoke before; the quotation is kept. Since session 45 a crowd named by a
noun is shown by that noun as the page writes it (``massa``, ``residents``: the shared gold's
convention); ``mereka``/``they`` name no one and stay unknown."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements


def _direct(body: str, lang: str = "id") -> list[tuple[str | None, str]]:
    found = extract_statements("t", body, lang, recognise(body, lang))
    return [(s.speaker, s.text[:12]) for s in found if s.kind == "direct"]


_ID = (
    "Warga Tolak Tambang\n\n"
    "SUKAMAJU, contoh.com - Ratusan warga Desa Sukarame berunjuk rasa di depan kantor bupati, Senin.\n\n"
    "Koordinator aksi, Fulan Hidayat, mengatakan tambang itu merusak sawah warga.\n\n"
    '"Kami minta izin tambang dicabut hari ini juga," kata Fulan.\n\n'
)


def test_a_crowd_after_the_verb_is_its_noun_not_the_last_speaker() -> None:
    body = _ID + (
        'Massa meneriakkan yel-yel. "Tolak tambang, selamatkan sawah!" teriak massa.\n\n'
        '"Cabut izinnya sekarang juga," kata warga serentak.\n\n'
        'Ibu-ibu ikut berorasi. "Anak-anak kami butuh sawah untuk hidup," kata mereka.\n'
    )
    assert [s for s, _t in _direct(body)] == ["Fulan Hidayat", "massa", "warga", None]


def test_a_crowd_before_the_verb_keeps_its_quotation() -> None:
    body = _ID + (
        'Warga mengatakan, "Kami sudah tiga kali datang ke sini tanpa hasil."\n\n'
        'Para pendemo menegaskan, "Kami akan kembali besok dengan massa yang lebih besar."\n'
    )
    assert _direct(body) == [
        ("Fulan Hidayat", "Kami minta i"),
        ("warga", "Kami sudah t"),
        ("pendemo", "Kami akan ke"),
    ]


def test_english_crowds_and_they() -> None:
    body = (
        "Protest Blocks Mine Road\n\n"
        "SUKAMAJU (Daily) - Hundreds of villagers blocked the road to a sand mine on Monday.\n\n"
        'Protest leader Fulan Hidayat said the mine had ruined fields. "We want the permit revoked," Hidayat said.\n\n'
        '"Close the mine, save our fields!" the protesters chanted outside the office.\n\n'
        'Several mothers joined the march. "Our children need these fields to live," they said.\n\n'
        '"We will not go home until the regent comes out," residents said.\n'
    )
    assert [s for s, _t in _direct(body, "en")] == ["Fulan Hidayat", "protesters", None, "residents"]


def test_a_crowd_reports_no_indirect_statement() -> None:
    body = _ID + "Mereka mengatakan jalan desa rusak sejak tambang beroperasi.\n"
    found = extract_statements("t", body, "id", recognise(body, "id"))
    assert [s.speaker for s in found if s.kind == "indirect"] == ["Fulan Hidayat"]


def test_a_resident_named_after_the_noun_still_speaks() -> None:
    body = _ID + '"Sawah saya sudah tidak bisa ditanami," kata salah satu warga, Budi Santoso.\n'
    assert [s for s, _t in _direct(body)] == ["Fulan Hidayat", "Budi Santoso"]


def test_a_description_pointing_back_to_an_indefinite_that_was_named_is_that_person() -> None:
    body = _ID + (
        "Salah satu warga, Rina Marlina, mengaku sudah tiga kali kebanjiran tahun ini.\n\n"
        '"Kami minta pemerintah segera membangun tanggul," kata warga tersebut.\n'
    )
    assert [s for s, _t in _direct(body)] == ["Fulan Hidayat", "Rina Marlina"]


def test_a_description_pointing_back_to_an_unnamed_indefinite_is_its_noun() -> None:
    body = _ID + (
        "Salah satu warga mengaku sudah tiga kali kebanjiran tahun ini.\n\n"
        '"Kami minta pemerintah segera membangun tanggul," kata warga tersebut.\n'
    )
    assert [s for s, _t in _direct(body)] == ["Fulan Hidayat", "warga"]


def test_english_plural_sources_are_no_one_person_but_their_noun() -> None:
    body = (
        "Bridge Closed After Cracks Found\n\n"
        "SPRINGFIELD (Daily) - The city closed the Elm Street bridge on Monday after inspectors found cracks.\n\n"
        'Mayor Fulan Hidayat said the closure would last a month. "Safety comes first," Hidayat said.\n\n'
        '"The cracks are deeper than we expected," officials said in a statement.\n\n'
        '"It could take months to repair the damage properly," two engineers told reporters.\n'
    )
    assert [s for s, _t in _direct(body, "en")] == ["Fulan Hidayat", "officials", "engineers"]


def test_an_unnamed_source_and_another_one_of_them_are_their_nouns() -> None:
    body = _ID + (
        '"Api cepat sekali membesar, kami tidak bisa berbuat apa-apa," kata sumber di lokasi.\n\n'
        '"Kami berharap pemerintah membantu membangun kembali kios kami," kata pedagang lainnya.\n'
    )
    assert [s for s, _t in _direct(body)] == ["Fulan Hidayat", "sumber", "pedagang"]

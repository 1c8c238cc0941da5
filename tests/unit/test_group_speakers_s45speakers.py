"""Session 45, speakers (made-up text): a cue that names its speaker only by a noun for people
(``jawab warga``, ``kata seorang pejabat Kementerian X``, ``wrote an X user``) shows that noun
as the speaker, as the page writes it, and a clitic right after it goes on with the same group;
the running passage stays unknown for everyone else, and a name set off after the noun speaks."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.statements import extract_statements

_HEAD = (
    "Jalan desa diperbaiki\n\n"
    "Sukamaju - Bupati Sukamaju Bambang Sulistyo meninjau jalan desa yang rusak, Senin (3/2).\n"
    '"Perbaikan selesai bulan depan," kata Bambang.\n'
)


def _said(body: str, lang: str = "id") -> list[str | None]:
    return [
        s.speaker for s in extract_statements("t", body, lang, recognise(body, lang)) if s.kind == "direct"
    ]


def test_a_bare_group_noun_after_the_verb_is_the_speaker() -> None:
    body = _HEAD + '"Sudah lama kami tunggu," jawab warga lagi.\n'
    assert _said(body) == ["Bambang Sulistyo", "warga"]


def test_a_clitic_right_after_the_group_goes_on_with_it() -> None:
    body = _HEAD + '"Sudah lama kami tunggu," ungkap warga.\n' + '"Tiap hujan selalu banjir," sambungnya.\n'
    assert _said(body) == ["Bambang Sulistyo", "warga", "warga"]


def test_a_personal_pronoun_after_the_group_stays_unknown() -> None:
    body = _HEAD + '"Sudah lama kami tunggu," ungkap warga.\n' + '"Tiap hujan selalu banjir," kata dia.\n'
    assert _said(body)[1:] == ["warga", None]


def test_an_indefinite_official_of_a_body_is_not_the_body() -> None:
    body = _HEAD + '"Anggaran sudah disiapkan," kata seorang pejabat Kemenkeu, Senin (3/2).\n'
    assert _said(body) == ["Bambang Sulistyo", "pejabat Kemenkeu"]


def test_a_name_set_off_after_the_indefinite_noun_speaks() -> None:
    body = _HEAD + '"Sudah lama kami tunggu," kata salah satu warga, Rudi Hartono.\n'
    assert _said(body) == ["Bambang Sulistyo", "Rudi Hartono"]


def test_chatter_is_a_speech_verb() -> None:
    body = _HEAD + '"Akhirnya jalan mulus juga," celoteh salah satu warga.\n'
    assert _said(body) == ["Bambang Sulistyo", "warga"]


def test_an_english_platform_user_is_not_the_platform() -> None:
    body = (
        "Sentence criticised\n\n"
        "Judge Rina Kusumawati read the verdict on Monday.\n"
        '"He will be free again in two years," wrote an X user.\n'
    )
    assert _said(body, "en") == ["X user"]

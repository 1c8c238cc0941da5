"""A listed figure's full name is never dropped by the learned person filter, though its first word is
an everyday one; a page that stops in the middle of a word it wrote whole before leaves no person
(issue 9, names session 34). Made-up text; the figure is one the nickname list holds."""

from __future__ import annotations

from kutip.index.entities import recognise
from kutip.index.entities.cut_off import drop_cut_off_mentions
from kutip.index.entities.person_filter import _listed_full_name
from kutip.index.models import Entity, EntityType, Mention


def _person(name: str, start: int = 0) -> Entity:
    return Entity(name, EntityType.PERSON, [Mention(start, start + len(name), name)])


def test_a_listed_full_name_is_kept_by_the_filter() -> None:
    assert _listed_full_name(_person("Novel Baswedan"))
    assert not _listed_full_name(_person("Novel Sukamaju"))
    assert not _listed_full_name(_person("Novel"))


def test_the_listed_figure_stays_where_his_short_name_reads_as_a_word() -> None:
    body = (
        "Polisi merilis sketsa terduga penyerang penyidik KPK Novel Baswedan pada Senin.\n"
        "Saksi melihat orang asing sebelum Novel disiram di dekat rumah Novel di Sukamaju.\n"
        '"Kami terus bekerja," kata Kapolres Sukamaju Fulanto Hidayat.\n'
    )
    people = {e.name for e in recognise(body, "id") if e.type is EntityType.PERSON}
    assert "Novel Baswedan" in people


def test_a_word_cut_off_at_the_pages_end_is_no_person() -> None:
    body = "Kapolres hadir di lokasi. Saksi penting itu, kata Kapo"
    at = body.rindex("Kapo")
    assert drop_cut_off_mentions([_person("Kapo", at)], body) == []


def test_a_whole_name_at_the_pages_end_stays() -> None:
    body = "Warga menyambut bupati baru. Acara itu dibuka oleh Fulanto"
    at = body.rindex("Fulanto")
    assert [e.name for e in drop_cut_off_mentions([_person("Fulanto", at)], body)] == ["Fulanto"]


def test_the_pilgrimage_in_english_is_no_person() -> None:
    body = (
        "Minister Fulan Hidayat said on Monday that the ministry had asked for a larger Hajj quota.\n"
        "During the last Hajj, the country sent fewer pilgrims than planned, he said.\n"
    )
    people = {e.name for e in recognise(body, "en") if e.type is EntityType.PERSON}
    assert "Hajj" not in people
    assert "Fulan Hidayat" in people

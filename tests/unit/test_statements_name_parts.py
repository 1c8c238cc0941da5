"""The parts the name book is made of, each on its own (made-up text)."""

from __future__ import annotations

from kutip.index.statements.descriptions import Intro, description_of, pointed_back
from kutip.index.statements.layout import Headlines, written_in_prose
from kutip.index.statements.namesakes import Namesakes
from kutip.index.statements.org_names import OrgNames
from kutip.index.statements.runs import name_runs, not_a_name, split_run
from kutip.index.statements.seats import only_in_offices, seat_before
from kutip.index.statements.text import paragraphs


def test_a_run_keeps_the_name_after_the_last_title() -> None:
    body = "Menteri Keuangan Fulan Hidayat meninjau pasar."
    [run, *_rest] = name_runs(body, 0, len(body))
    kind, name = split_run(run)
    assert kind == "person"
    assert [t.text for t in name] == ["Fulan", "Hidayat"]


def test_titles_and_weekdays_are_no_name() -> None:
    assert not_a_name(["Kadiv"])
    assert not_a_name(["Fulan", "Selasa"])
    assert not not_a_name(["Fulan", "Hidayat"])


def test_the_place_of_an_office_is_its_seat() -> None:
    body = "Kapolres Sukamaju, AKBP Fulan Hidayat, mengatakan banjir surut."
    assert seat_before(body, body.index("Fulan")) == ("sukamaju",)
    assert seat_before(body, body.index("banjir")) is None
    assert only_in_offices(body, "Sukamaju")
    assert not only_in_offices(body + " Warga Sukamaju mengungsi.", "Sukamaju")


def test_a_shared_surname_goes_to_the_one_the_same_title_was_written_before() -> None:
    body = "Dr Fulan Rahmat membuka acara. Budi Rahmat hadir. Kata Dr Rahmat, dan Rahmat pun setuju."
    sakes = Namesakes(body, {"Fulan Rahmat", "Budi Rahmat"})
    titled = body.index("Rahmat,")
    assert sakes.pick(titled, titled + 6, "Rahmat") == "Fulan Rahmat"
    bare = body.rindex("Rahmat")
    assert sakes.pick(bare, bare + 6, "Rahmat") == "Budi Rahmat"  # named in full most recently
    assert Namesakes(body, {"Fulan Rahmat"}).pick(bare, bare + 6, "Rahmat") == "Rahmat"


def test_organisation_names_grow_over_joining_words_and_national_bodies_are_known() -> None:
    body = "The Department of Transportation said so. Ombudsman RI menilai. Ombudsman menambahkan."
    orgs = OrgNames(body)
    at = body.index("Department")
    assert body[slice(*orgs.joined_name(at, at + len("Department"), 0, len(body)))] == (
        "Department of Transportation"
    )
    assert orgs.national_body(["Ombudsman"])
    assert not orgs.national_body(["Transportation"])


def test_a_name_read_in_a_caption_is_as_long_as_the_prose_writes_it() -> None:
    body = "Fulan Hidayat Tunjukkan Data Banjir Sukamaju\n\nFulan Hidayat meninjau tanggul, Senin."
    headlines = Headlines(body, paragraphs(body))
    assert written_in_prose(body, headlines, ["Fulan", "Hidayat", "Tunjukkan"]) == ["Fulan", "Hidayat"]


def test_a_description_points_back_to_the_person_introduced_with_its_role() -> None:
    wanted = description_of(("mantan", "gubernur", "itu"))
    assert wanted is not None and "gubernur" in wanted.roles
    assert description_of(("itu",)) is None
    intros = [
        Intro(10, "Fulan Hidayat", frozenset({"mantan", "gubernur"}), None),
        Intro(50, "Budi Santoso", frozenset({"menteri"}), None),
    ]
    assert pointed_back(wanted, intros, [10, 50], 80, []) == "Fulan Hidayat"
    assert pointed_back(wanted, intros, [10, 50], 5, []) is None  # nobody introduced before


def test_a_full_name_written_shorter_inside_a_longer_one_is_no_namesake() -> None:
    sakes = Namesakes("", {"Lalu Fulan Rahmat", "Fulan Rahmat", "Budi Rahmat", "Rahmat", "Ulan Rahmat Jaya"})
    assert sakes.by_surname == {"rahmat": ["Budi Rahmat", "Lalu Fulan Rahmat"], "jaya": ["Ulan Rahmat Jaya"]}

"""Person-name keys, spelling variants, containment and role keys (pure functions)."""

from __future__ import annotations

from kutip.index.people.names import contains, key_of, same_spelling_variant, spelling, sub_keys
from kutip.index.people.roles import role_before, role_key


def test_keys_drop_titles_and_forms_of_address() -> None:
    assert key_of("Presiden Joko Widodo") == "joko widodo"
    assert key_of("Pak Jokowi") == "jokowi"
    assert key_of("Mbak Puan") == "puan"
    assert key_of("Gus Dur") == "gus dur"  # "Gus" is part of the nickname
    assert key_of("Menlu") == ""


def test_old_spelling_meets_new() -> None:
    assert spelling("soekarnoputri") == spelling("sukarnoputri")
    assert same_spelling_variant("megawati soekarnoputri", "megawati sukarnoputri")


def test_long_names_one_letter_apart_are_variants() -> None:
    assert same_spelling_variant("hendrawan setiabudhi", "hendrawan setiabudi")
    assert same_spelling_variant("ratna kusumawardani", "ratna kusumawardhani")


def test_different_given_names_sharing_a_surname_are_not_variants() -> None:
    assert not same_spelling_variant("dedi kurniawan", "dodi kurniawan")
    assert not same_spelling_variant("budi santoso", "agus santoso")
    assert not same_spelling_variant("rina wulandari", "rini wulandari")  # short, and a short word differs
    assert not same_spelling_variant("hendrawan setiabudi", "hendrawan setia budi")  # word count


def test_containment_needs_the_same_first_word() -> None:
    assert contains("sri mulyani indrawati", "sri mulyani")
    assert contains("nadiem anwar makarim", "nadiem makarim")
    assert not contains("iriana joko widodo", "joko widodo")
    assert "nadiem makarim" in sub_keys("nadiem anwar makarim")


def test_role_forms_are_one_role() -> None:
    assert role_key("Menkeu") == role_key("Menteri Keuangan") == role_key("finance minister")
    assert role_key("Menteri Hukum dan HAM") == role_key("Menkumham")
    assert role_key("Kapolda Jawa Tengah Irjen Pol.") == "kepala kepolisian daerah jawa tengah"
    assert role_key("mantan Menkeu") == ""
    assert role_key("Direktur Utama PT Sinar Laut (Persero)") == "direktur utama sinar laut"


def test_role_written_before_a_name() -> None:
    body = "Hal itu disampaikan Menteri Keuangan Ratna Kusumawardani di Jakarta."
    start = body.index("Ratna")
    assert role_before(body, start) == "menteri keuangan"
    body = "Sebelumnya mantan Menkeu Ratna Kusumawardani menolak."
    assert role_before(body, body.index("Ratna")) == ""
    body = "ujar Kapolda Jawa Tengah Irjen Pol. Bambang Irawan kepada wartawan."
    assert role_before(body, body.index("Bambang")) == "kepala kepolisian daerah jawa tengah"


def test_the_nickname_list_gives_each_form_one_person() -> None:
    from importlib import resources

    from kutip.index.people.lexicon import people_lexicon

    text = resources.files("kutip.index").joinpath("data/people/nicknames.tsv").read_text(encoding="utf-8")
    owners: dict[str, set[str]] = {}
    entries = 0
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        full, _, others = line.partition("\t")
        entries += 1
        for form in (full, *(f for f in others.split("|") if f.strip())):  # a lone full name has no others
            owners.setdefault(key_of(form), set()).add(full)
    assert 60 <= entries <= 2500  # hand-written public figures (770 rows in s31, 1,240 in s36, 1,900 in s37)
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}
    assert people_lexicon().nicknames["jokowi"] == "Joko Widodo"
    assert people_lexicon().nicknames["ahok"] == "Basuki Tjahaja Purnama"


def test_role_set_off_after_a_name() -> None:
    from kutip.index.people.roles import role_after

    def after(body: str, name: str = "Ratna Kusumawardani", stop: str | None = None) -> str:
        end = body.index(name) + len(name)
        return role_after(body, end, body.index(stop) if stop else None)

    assert after("Ratna Kusumawardani, Menteri Keuangan, mengatakan anggaran aman.") == "menteri keuangan"
    assert after("said Ratna Kusumawardani, the finance minister, on Monday.") == "menteri keuangan"
    assert after("Ratna Kusumawardani, mantan Menkeu, menolak.") == ""
    assert after("Ratna Kusumawardani, warga Bekasi, berkata.") == ""
    # a list of officials: what follows the comma is the next person's role
    listed = "Kapolda Bali Irjen Ratna Kusumawardani, Kapolda Riau Irjen Pol. Badu Wicaksono, dan lainnya."
    assert after(listed, stop="Badu") == ""

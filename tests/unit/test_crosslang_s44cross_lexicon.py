"""General words the released sets' English reports held with no entry or one rendering only (session
44, issue 10): to "state clearly" is to "menegaskan", a police "force" is its "jajaran", to "want"
is also to "menghendaki", a law is amended by a "revisi", a feast is "Idul Fitri" or "Lebaran", an
embassy, a consulate and the citizens abroad are written short ("KBRI", "KJRI", "WNI"), as are the
"Seskab" and an acting head ("Plt"). Fixtures written for kutip: a fictional harbour guard chief and
a fictional minister."""

from __future__ import annotations

import pytest

from kutip.index.linking.bilingual import translations
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.update import doc_of, matches

CHIEF = "Fulan Wirasena"
DAY = "2025-06-02"
# an English report with no date of its own (the undated bar: five terms, half of each side)
ENGLISH = (
    "Let me say this clearly to every officer of the force: our guard will never answer to the fisheries "
    "ministry, and I want the plan for that merger dropped."
)
INDONESIAN = (
    "Saya tegaskan kepada seluruh jajaran penjaga pelabuhan, kami tidak akan tunduk kepada kementerian "
    "perikanan, dan saya menghendaki rencana penggabungan itu dibatalkan,"
)
# the same chief on the same day, on another subject
OTHER = "Anggaran kapal patroli pelabuhan akan kami tambah tahun depan, jajaran sudah menyiapkan rencananya,"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("clearly", "tegaskan"),
        ("force", "jajaran"),
        ("want", "menghendaki"),
        ("amendments", "revisi"),
        ("iftar", "puasa"),
        ("advantage", "memanfaatkan"),
        ("Fitri", "Lebaran"),
        ("Idul", "Lebaran"),
        ("cabinet", "Seskab"),
        ("embassy", "KBRI"),
        ("citizens", "WNI"),
        ("consulate", "KJRI"),
        ("recommends", "menganjurkan"),
        ("noise", "kebisingan"),
        ("acting", "Plt"),
        ("agrarian", "agraria"),
        ("housing", "hunian"),
        ("barking", "menggonggong"),
        ("adzan", "azan"),
        ("crown", "mahkota"),
    ],
)
def test_the_word_reaches_its_rendering(english: str, indonesian: str) -> None:
    (term,) = content_terms(english, "en")
    (stem,) = content_terms(indonesian, "id", function_words=True)
    assert stem in translations(term)


def test_force_does_not_reach_appointing() -> None:
    """``angkatan`` (a service of the armed forces) stems to ``angkat``, to appoint or lift: left out."""
    (term,) = content_terms("force", "en")
    assert "angkat" not in translations(term)


def test_an_undated_translation_links_its_report() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=CHIEF)
    other = doc_of("i:0", "i", INDONESIAN, lang="id", speaker=CHIEF, date=DAY)
    assert matches(english, other)


def test_another_subject_does_not_link() -> None:
    english = doc_of("e:0", "e", ENGLISH, lang="en", speaker=CHIEF, date=DAY)
    other = doc_of("i:0", "i", OTHER, lang="id", speaker=CHIEF, date=DAY)
    assert not matches(english, other)

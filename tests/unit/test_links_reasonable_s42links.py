"""A short remark translated whole on one day: "wajar" is rendered "reasonable" (English stems it to
``reason``) and "asas" "based on" (``base``), so both English stems carry those translations too
(``data/linking_bilingual.tsv``). Fixtures written for kutip: a fictional minister."""

from __future__ import annotations

from kutip.index.linking.bilingual import cross_similarity
from kutip.index.linking.update import doc_of, matches

MINISTER = "Sekar Anggraini"
DAY = "2024-06-03"
ID = "Tarif parkir boleh naik asal berdasarkan asas kewajaran serta keadilan bagi warga kota"
EN = "Parking fees may rise as long as the rise is based on reasonableness and fairness for city residents"


def test_reasonable_and_based_on_meet_their_indonesian() -> None:
    indonesian = doc_of("a:0", "a", ID, lang="id", speaker=MINISTER, date=DAY)
    english = doc_of("b:0", "b", EN, lang="en", speaker=MINISTER, date=DAY)
    # parkir, naik, adil, warga, kota meet without them; dasar (based) and wajar (reasonable) with them
    assert cross_similarity(english.terms, indonesian.terms).shared >= 7
    assert matches(indonesian, english)

"""One speaker repeating a theme on another occasion is not one remark when no dates confirm it.

Fixtures are written for kutip (fictional speaker and remarks).
"""

from __future__ import annotations

from kutip.index.linking.update import doc_of, matches

THEME = "How many more people must suffer before the assembly takes action?"
LATER = "Are ten thousand people homeless and more hungry every week, too little for us to take action?"
CUT = "How many more people must suffer before the assembly takes action"

def test_a_bare_overlap_without_two_dates_is_another_occasion() -> None:
    undated = doc_of("a:1", "a", THEME, lang="en", speaker="Maria Oyelaran")
    dated = doc_of("b:1", "b", LATER, lang="en", speaker="Maria Oyelaran", date="2024-03-02")
    assert not matches(undated, dated)

def test_the_same_overlap_on_one_confirmed_day_still_links() -> None:
    one = doc_of("a:1", "a", THEME, lang="en", speaker="Maria Oyelaran", date="2024-03-02")
    two = doc_of("b:1", "b", LATER, lang="en", speaker="Maria Oyelaran", date="2024-03-02")
    assert matches(one, two)

def test_an_undated_report_of_the_same_words_still_links() -> None:
    undated = doc_of("a:1", "a", CUT, lang="en", speaker="Maria Oyelaran")
    dated = doc_of("b:1", "b", THEME, lang="en", speaker="Maria Oyelaran", date="2024-03-02")
    assert matches(undated, dated)


def test_a_short_translation_needs_one_more_term_without_two_dates() -> None:
    english = "Investment in digital infrastructure will grow."
    indonesian = "Investasi infrastruktur digital akan tumbuh."
    same_day = [
        doc_of("e:1", "e", english, lang="en", speaker="Maria Oyelaran", date="2024-03-02"),
        doc_of("i:1", "i", indonesian, lang="id", speaker="Maria Oyelaran", date="2024-03-02"),
    ]
    assert matches(*same_day)
    undated = [
        doc_of("e:1", "e", english, lang="en", speaker="Maria Oyelaran", date="2024-03-02"),
        doc_of("i:1", "i", indonesian, lang="id", speaker="Maria Oyelaran"),
    ]
    assert not matches(*undated)


def test_like_words_two_weeks_apart_are_another_occasion() -> None:
    first = doc_of("a:1", "a", THEME, lang="en", speaker="Maria Oyelaran", date="2024-03-02")
    later = doc_of("b:1", "b", LATER, lang="en", speaker="Maria Oyelaran", date="2024-03-16")
    assert matches(first, doc_of("c:1", "c", LATER, lang="en", speaker="Maria Oyelaran", date="2024-03-04"))
    assert not matches(first, later)


LONG = (
    "The harbour authority will rebuild the northern breakwater, dredge the silted channel and "
    "reopen the fishing market before the monsoon season returns next year."
)


def test_the_same_long_remark_two_weeks_apart_still_links() -> None:
    first = doc_of("a:1", "a", LONG, lang="en", speaker="Maria Oyelaran", date="2024-03-02")
    later = doc_of("b:1", "b", LONG, lang="en", speaker="Maria Oyelaran", date="2024-03-16")
    assert matches(first, later)

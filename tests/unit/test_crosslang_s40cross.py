"""Cross-language links on evidence a translation keeps (session 40, issue 10).

Two mechanisms, none naming a topic: figures both reports give, years aside, anchor a long report
and its translation at the longer side's share (:func:`crosslang.anchor_figures`); a near-complete
translation of two whole reports (:func:`crosslang.near_complete`) is the evidence
``update.channels_differ`` may weigh against a channel one outlet names and the other leaves out.
General words the lexicon lacked. Fixtures written for kutip: a fictional court and a fictional envoy.
"""

from __future__ import annotations

from kutip.index.linking.bilingual import cross_match, translations
from kutip.index.linking.crosslang import anchor_figures, cross_report, near_complete
from kutip.index.linking.update import doc_of

DAY = "2025-03-04"


def _undated_pair(english: str, indonesian: str, speaker: str) -> tuple[object, object]:
    """The English report undated, the Indonesian dated: one speaker, no two dates."""
    return (
        doc_of("e:0", "e", english, lang="en", speaker=speaker),
        doc_of("i:0", "i", indonesian, lang="id", speaker=speaker, date=DAY),
    )


# a court's ruling: the Indonesian report cites it in full, the English renders it in its own words
RULING_ID = (
    "Menyatakan Pasal 318 Undang-Undang Nomor 9 Tahun 2021 tentang Pasar Tradisional bertentangan "
    "dengan Undang-Undang Dasar dan tidak mempunyai kekuatan hukum mengikat."
)
RULING_EN = (
    "The bench struck down Article 318 of Law No. 9/2021 on traditional markets as contrary to the "
    "constitution, rendering the provision void with immediate effect."
)
RULING_EN_OTHER_ARTICLE = RULING_EN.replace("318", "317")


def test_figures_shared_years_aside() -> None:
    english, other = _undated_pair(RULING_EN, RULING_ID, "Hakim Sutan")
    assert anchor_figures(english.terms, other.terms) == {"318", "9"}  # type: ignore[attr-defined]


def test_two_figures_anchor_a_translation_under_the_share_bar() -> None:
    english, other = _undated_pair(RULING_EN, RULING_ID, "Hakim Sutan")
    found = cross_match(english.terms, other.terms)  # type: ignore[attr-defined]
    assert min(found.english_share, found.indonesian_share) < 0.5  # under the undated bar's share
    assert cross_report(english, other, "undated")  # type: ignore[arg-type]


def test_a_figure_of_either_missing_from_the_other_keeps_them_apart() -> None:
    english, other = _undated_pair(RULING_EN_OTHER_ARTICLE, RULING_ID, "Hakim Sutan")
    assert not cross_report(english, other, "undated")  # type: ignore[arg-type]


def test_no_anchor_for_people_nobody_matched() -> None:
    english, other = _undated_pair(RULING_EN, RULING_ID, "Hakim Sutan")
    assert not cross_report(english, other, "unknown")  # type: ignore[arg-type]


# an envoy's post, quoted whole by an Indonesian outlet naming the post, and by an English one naming nothing
ENVOY = "Tan Sri Malik"
POST_EN = (
    "In our talks I urged both leaders to agree an immediate ceasefire, so as to prevent further "
    "violence and to open space for a peaceful dialogue and a diplomatic solution."
)
POST_ID = (
    "Dalam pembicaraan kami, saya mendesak kedua pemimpin menyepakati gencatan senjata segera, untuk "
    "mencegah kekerasan lebih lanjut dan membuka ruang bagi dialog damai dan solusi diplomatik."
)


def test_a_post_translated_whole_is_near_complete() -> None:
    english = doc_of("e:1", "e", POST_EN, lang="en", speaker=ENVOY)
    other = doc_of("i:1", "i", POST_ID, lang="id", speaker=ENVOY, channel="social")
    assert near_complete(english, other)


def test_a_post_on_the_same_subject_in_other_words_is_not() -> None:
    english = doc_of("e:1", "e", "We hope the talks bring peace soon.", lang="en", speaker=ENVOY)
    other = doc_of("i:1", "i", POST_ID, lang="id", speaker=ENVOY, channel="social")
    assert not near_complete(english, other)


def test_general_words_the_lexicon_now_reaches() -> None:
    assert "kelola" in translations("govern")
    assert "lingkar" in translations("loop")
    assert "ujung" in translations("endless")
    assert "tuntas" in translations("thoroughli")
    assert "hidup" in translations("livelihood")

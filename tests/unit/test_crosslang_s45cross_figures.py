"""A stretch standing for a translation keeps its figures (session 45, issue 10): one speaker's long
English quote giving counts from one hearing, and an outlet's summary of his remark at another hearing
on the same subject (unregistered contract teachers, the ministry, the data) share the subject's words.
A sentence of the quote giving a count the summary never gives is not what the summary translates;
the whole quote's true translation, figures and all, still links. Fixtures written for kutip: a
fictional legislator."""

from __future__ import annotations

from kutip.index.linking.crosslang import figures_kept
from kutip.index.linking.normalise import content_terms
from kutip.index.linking.store import LinkDoc
from kutip.index.linking.update import doc_of, matches

LEGISLATOR = "Fulan Hartawan"
ENGLISH = (
    "This morning I handed the minister the findings our volunteer teams gathered from every regency, "
    "4,200 contract teachers waiting for appointment. Of those contract teachers, 1,850 were never "
    "registered with the ministry, and the registration data must be corrected."
)
# the legislator at another hearing on the subject, summed up by an outlet: no figure at all
SUMMARY = (
    "banyak guru kontrak tidak terdaftar di kementerian karena kepala dinas tidak kunjung melaporkan "
    "data mereka ke pusat"
)
TRANSLATION = (
    "Pagi ini saya serahkan kepada menteri temuan yang dikumpulkan tim relawan kami dari setiap "
    "kabupaten, 4.200 guru kontrak yang menunggu pengangkatan. Dari guru kontrak itu, 1.850 tidak pernah "
    "terdaftar di kementerian, dan data pendaftaran harus diperbaiki."
)


def _english() -> LinkDoc:
    return doc_of("e:1", "e", ENGLISH, lang="en", speaker=LEGISLATOR)


def test_a_sentence_giving_a_count_the_summary_lacks_does_not_stand_for_it() -> None:
    summary = doc_of("s:1", "s", SUMMARY, lang="id", speaker=LEGISLATOR, as_written="kata Fulan")
    assert not matches(_english(), summary)


def test_the_translation_with_its_figures_still_links() -> None:
    translation = doc_of("t:1", "t", TRANSLATION, lang="id", speaker=LEGISLATOR)
    assert matches(_english(), translation)


def test_years_are_not_figures_to_keep() -> None:
    part = content_terms("In 2019 the 1,850 teachers were registered", "en")
    assert figures_kept(part, ["2024", "1850", "guru"])
    assert not figures_kept(part, ["2019", "guru"])

"""A short opening clause of an interview answer links to another outlet's fuller quote.

Fixtures are written for kutip (fictional speaker and remarks).
"""

from __future__ import annotations

from kutip.index.linking.update import doc_of, matches

ANSWER = "Kami memantau perkembangan banjir rob dan pasang, saya kira sesuai arahan gubernur kita siaga di tiga kecamatan"
QUOTE = "Kami terus memantau perkembangan banjir rob di pesisir utara dan setiap ada tanggul jebol langsung kami perbaiki"
OTHER = "Kami memantau harga beras di pasar, saya kira sesuai arahan gubernur stok aman sampai Lebaran"

def test_a_short_clause_nearly_all_in_the_other_report_links() -> None:
    answer = doc_of("a:1", "a", ANSWER, lang="id", speaker="Rina Wulandari", date="2024-02-10")
    quote = doc_of("b:1", "b", QUOTE, lang="id", speaker="Rina Wulandari")
    assert matches(answer, quote)

def test_a_short_clause_on_another_subject_does_not() -> None:
    other = doc_of("a:1", "a", OTHER, lang="id", speaker="Rina Wulandari", date="2024-02-10")
    quote = doc_of("b:1", "b", QUOTE, lang="id", speaker="Rina Wulandari")
    assert not matches(other, quote)

def test_a_short_clause_is_not_enough_for_another_speaker() -> None:
    answer = doc_of("a:1", "a", ANSWER, lang="id", speaker="Rina Wulandari", date="2024-02-10")
    quote = doc_of("b:1", "b", QUOTE, lang="id", speaker="Bambang Sutrisno")
    assert not matches(answer, quote)

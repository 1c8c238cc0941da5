"""Ingest made cheaper with the same answers (issue 11, session 34): each quick path against the slow
one it stands for, over made-up lines and many random ones built from the marks the patterns read."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

import pytest

from kutip.index.ingest import boilerplate, build, dateline, dates, markdown, origin, text
from kutip.index.ingest.credits import credit_line, is_contribution_note
from kutip.index.ingest.language import detect_language
from kutip.index.ingest.site_endings import SITE_ENDING_BEHIND
from kutip.index.stopwords import stopwords

_LINES = [
    'Warga berkumpul di balai warga.Kepala desa membuka rapat."Kami siap," kata dia.',
    "Ketua panitia hadir.“Semua lancar,” ujarnya.”Acara berlanjut",
    "Dia tiba pukul 10.15 WIBSUKAMAJU, Contoh.com - Warga antre.",
    "Hujan turun sejak pagi (Baca juga: Banjir di Kota Lama) dan jalan tergenang.",
    "Prof.Dr Ana Lestari datang.Kemudian rapat dimulai di Contoh.Com hari itu.",
    "Tidak ada yang terjadi di sini",
    "",
]
_SEAM_PIECES = [
    *'abcdeABC .!?"“”’(,WIBTA',
    "com",
    "Com",
    "co.id",
    " 12:30 WIB",
    "Dr.",
    "kata.",
    '"Kami',
    "Senin",
    " 2024",
]


def _random_texts(pieces: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _unglue_reference(paragraph: str) -> list[str]:
    """unglue as it was written before the quick paths: every pattern over every text."""
    paragraph = text._INLINE_READ_MORE.sub("", paragraph)
    seams = {
        m.start()
        for m in text._SEAM.finditer(paragraph)
        if not text._inside_quote(paragraph, m.start()) and not text._after_abbreviation(paragraph, m.start())
    } | {m.end() for m in text._STAMP_SEAM.finditer(paragraph)}
    cuts = sorted(seams | set(text._straight_seams(paragraph)))
    if not cuts:
        return [paragraph] if paragraph.strip() else []
    parts = [paragraph[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(paragraph)], strict=True)]
    return [p for p in parts if p]


def test_seam_places_are_where_the_seam_pattern_matches() -> None:
    for line in [*_LINES, *_random_texts(_SEAM_PIECES, 20_000, 30, seed=5)]:
        assert text._seam_places(line) == [m.start() for m in text._SEAM.finditer(line)], line


def test_unglue_cuts_as_before() -> None:
    assert text.unglue(_LINES[0]) == [
        "Warga berkumpul di balai warga.",
        "Kepala desa membuka rapat.",
        '"Kami siap," kata dia.',
    ]
    for line in [*_LINES, *_random_texts(_SEAM_PIECES, 10_000, 30, seed=6)]:
        assert text.unglue(line) == _unglue_reference(line), line


def _find_dates_reference(value: str) -> list[dates.FoundDate]:
    """find_dates with every pattern scanned over the text, no gate."""
    if not dates._YEAR.search(value):
        return []
    found: list[dates.FoundDate] = []
    for pattern in dates._PATTERNS:
        for match in pattern.finditer(value):
            groups = match.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else dates._MONTHS[groups["month"].lower()]
            iso = dates._as_weekday_says(int(groups["year"]), month, int(groups["day"]), groups.get("wday"))
            if iso and not any(f.start < match.end() and match.start() < f.end for f in found):
                found.append(dates.FoundDate(match.start(), match.end(), iso))
    return sorted(found, key=lambda f: f.start)


_DATE_PIECES = [
    *" ,-/().",
    "1",
    "2",
    "12",
    "31",
    "2024",
    "2019",
    "Senin",
    "senin, ",
    "Friday",
    "Nov",
    "November",
    "Mei",
    "jan",
    "st",
    "th",
    "a",
    " 2 ",
    "(2/10/2023)",
    " 2 Nov. 2024",
    "November 2, 2024",
    "19-Mei-2024",
    "Friday, ",
    "2024-11-02",
    "30.11.2019",
]


def test_find_dates_gated_as_scanned_whole() -> None:
    assert [f.iso for f in dates.find_dates("Rapat, Senin (2/10/2023), lalu 3rd November 2023.")] == [
        "2023-10-02",
        "2023-11-03",
    ]
    for value in _random_texts(_DATE_PIECES, 30_000, 14, seed=7):
        assert list(dates.find_dates(value)) == _find_dates_reference(value), value


_SEPARATOR_REFERENCE = re.compile(
    rf"\s+(?:-{{1,2}}|–|—)\s+|\s*(?:—|–)\s*|\s+-(?=[A-Z])|(?:{SITE_ENDING_BEHIND})(?:-{{1,2}}\s*|_)(?=[A-Z\"“])"
    r"|(?<=[A-Za-z])-\s+(?=[A-Z\"“])|(?<=\))-{1,2}\s*(?=[A-Z\"“])"
    r"|(?<=(?:19|20)\d\d)-\s+(?=[A-Z\"“])"
    r"|(?P<glued>(?<=[a-z])-(?=[A-Z][a-z]))"
)
_SEPARATOR_PIECES = [*'aZ -–—_()."“', "Contoh.com", "KOTA.CO.ID", "2018", " - ", "Warga", "x-Y"]


@pytest.mark.parametrize(
    "line",
    [
        "SUKAMAJU, Contoh.com - Warga antre sejak pagi.",
        "Contoh.com_Warga antre sejak pagi.",
        "MEDAN (contoh.com)-Skuad berlatih.",
        "Contoh News, Kota, Jumat 14 September 2018- Sekretaris hadir.",
        "Tidak ada tanda pisah di kalimat ini sama sekali.",
    ],
)
def test_opening_separator_as_the_whole_scan(line: str) -> None:
    found, reference = dateline._opening_separator(line), _SEPARATOR_REFERENCE.search(line[:94])
    assert (found and found.span()) == (reference and reference.span())


def test_separator_pattern_as_before() -> None:
    for line in _random_texts(_SEPARATOR_PIECES, 20_000, 16, seed=8):
        found, reference = dateline._SEPARATOR.search(line), _SEPARATOR_REFERENCE.search(line)
        assert (found and (found.span(), found.groupdict())) == (
            reference and (reference.span(), reference.groupdict())
        ), line


def _strip_reference(value: str) -> str:
    for pattern, replacement, _marks in markdown._INLINE_RULES:
        value = pattern.sub(replacement, value)
    return value


_MARKUP_PIECES = [
    *"ab *_~`[]()<>!\\\n",
    "**",
    "__",
    "~~",
    "![x](y)",
    "[a](b)",
    "<b>",
    "<https://a.b>",
    "](",
    "][",
]


def test_inline_markup_stripped_as_before() -> None:
    assert markdown.strip_inline_markup("**Kata** [tautan](https://contoh.id) `kode`") == "Kata tautan kode"
    for value in _random_texts(_MARKUP_PIECES, 20_000, 14, seed=9):
        assert markdown.strip_inline_markup(value) == _strip_reference(value), value


def _language_reference(value: str) -> str:
    id_words, en_words = stopwords("id"), stopwords("en")
    id_hits = en_hits = 0
    for match in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", value[:20_000]):
        word = match.group().casefold()
        id_hits += word in id_words
        en_hits += word in en_words
    if max(id_hits, en_hits) < 3:
        return ""
    if id_hits >= 1.5 * en_hits:
        return "id"
    return "en" if en_hits >= 1.5 * id_hits else ""


def test_language_counted_by_distinct_words_as_before() -> None:
    assert detect_language("Dia dan kami yang ada di sana untuk itu.") == "id"
    assert detect_language("The mayor said that it was for the people of the town.") == "en"
    pieces = ["dan ", "yang ", "DI ", "the ", "The ", "of ", "and ", "kata ", "x ", "anak-anak ", "AND-the "]
    for value in _random_texts(pieces, 5_000, 12, seed=10):
        assert detect_language(value) == _language_reference(value), value


def _regions_reference(pattern: re.Pattern[str], text_: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text_)]


def test_matches_at_the_outlet_are_finditer_s() -> None:
    signed = re.compile(r"(?<![\w.-])Kabar Kabar\s+(?P<region>[A-Z][a-z]+)(?=\s*$|\s+di\s|\s*\|)", re.I)
    opening = re.compile(re.escape("Kabar Kabar"), re.I)
    pieces = [
        "Kabar ",
        "kabar",
        "KABAR ",
        "Jatim",
        " di ",
        " | ",
        "x.",
        "-",
        "Bali",
        " ",
        "Kabar Kabar Jatim",
    ]
    for value in _random_texts(pieces, 20_000, 10, seed=11):
        found = [m.span() for m in origin._matches_at(signed, value, opening)]
        assert found == _regions_reference(signed, value), value


def test_regional_edition_read_as_before() -> None:
    lines = ["Warga antre di pasar.", "Baca berita lain dari Contoh.com Jatim di Google News"]
    assert origin.regional_edition("Contoh.com", lines) == "Contoh.com Jatim"
    assert origin.regional_edition("Contoh.com", [*lines, "Contoh.com Bali | Berita"]) == "Contoh.com"
    assert origin.regional_edition("Contoh.com", ["kabarcontoh.com Jatim di Google News"]) == "Contoh.com"


def test_stated_url_needs_an_address() -> None:
    assert origin.stated_url(["Warga antre.", "Sumber: https://contoh.id/a/1"]) == "https://contoh.id/a/1"
    assert origin.stated_url(["Warga antre.", "Sumber: contoh.id/a/1"]) == ""


def test_split_dateline_and_stamp_as_before() -> None:
    assert build._split_dateline("SUKAMAJU, Contoh.com -", "Warga antre sejak pagi di pasar kota.")
    assert not build._split_dateline("SUKAMAJU, Contoh.com", "Warga antre sejak pagi di pasar kota.")
    assert build._split_dateline("SUKAMAJU, Contoh.com", "– Warga antre sejak pagi di pasar kota.")
    assert dates.read_stamp("Senin, 14 Maret 2022 20249:41 WIB") == dates.read_stamp(
        "Senin, 14 Maret 2022 2024 9:41 WIB"
    )
    assert dates.read_stamp("- Contoh.com   Senin, 14 Maret 2022 - 09:41 WITA") is not None
    assert dates.read_stamp("x" * 200 + " 14 Maret 2022") is None


def test_text_normalised_as_with_the_space_pattern() -> None:
    for value in ["  a\u2028b\t\tc \x85", "\ufeffKata\x00  dia\n\n", "", " \n ", "\x1c a\u3000b  c\u00a0"]:
        expected = re.sub(
            r"\s+", " ", unicodedata.normalize("NFKC", value).replace("\ufeff", "").replace("\x00", "")
        )
        assert text.normalise_text(value) == expected.strip()


def test_every_space_the_pattern_reads_str_split_reads() -> None:
    space = re.compile(r"\s")
    assert all(bool(space.match(chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))


def test_end_rules_as_one_pattern() -> None:
    lines = ["Warga antre.", "Next article: Banjir", "Ana Lee, Verified Writer", "Berita lainnya", "x"]
    split = boilerplate.split_boilerplate(lines)
    assert split.body == ["Warga antre."]
    for line in [
        *lines,
        *_random_texts(["next ", "article", "verified", " writer", "berita ", "lainnya"], 3000, 5, 12),
    ]:
        combined = bool(boilerplate._END_PATTERN.search(line.strip()))
        assert combined == any(rule.search(line.strip()) for rule in boilerplate.END_RULES), line


def test_dates_kept_per_text_are_the_same_answers() -> None:
    value = "Rapat, Senin (2/10/2023), lalu 3rd November 2023."
    first, again = list(dates.find_dates(value)), list(dates.find_dates(value))
    assert first == again == _find_dates_reference(value)
    assert list(dates.find_dates("Tanpa tahun di sini.")) == []


@pytest.mark.parametrize(
    "line",
    [
        "Penulis: Ana Lestari",
        "Editor: Budi Santoso.",
        "Reporter: Ana Lestari | Editor: Budi",
        "Ana Lestari contributed to this report.",
        "Warga antre sejak pagi di pasar kota.",
        "Oleh Ana Lestari",
    ],
)
def test_credit_line_read_as_before(line: str) -> None:
    before = (bool(credit_line(line)) and not boilerplate._SENTENCE_END.search(line)) or is_contribution_note(
        line
    )
    assert boilerplate._is_credit_line(line) == (before if len(line) <= 160 else False)


def test_caption_gate_as_the_whole_scan() -> None:
    assert boilerplate.is_caption("Warga antre di pasar. (Foto: Ana/Contoh)")
    assert not boilerplate.is_caption("Warga antre di pasar kota sejak pagi.")
    pieces = [
        "Foto",
        "foto:",
        " (",
        ")",
        "[",
        "]",
        "/",
        ":",
        " dok",
        ". ",
        "Contoh.com",
        "Ana",
        " by ",
        "antara",
    ]
    for line in _random_texts(pieces, 5000, 8, seed=13):
        assert boilerplate.is_caption(line) == bool(boilerplate._CAPTION_PATTERN.search(line)), line

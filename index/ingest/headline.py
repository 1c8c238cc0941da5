"""Which line of a scrape is its headline, and a headline without the site's furniture.

Scrapes put menus, kickers, captions, stamps and bylines around the headline, and
sometimes no blank line after it; each line above the story's lead is scored for how
much it reads like a headline (see ``_headline_score``), furniture lines never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kutip.index.ingest.boilerplate import furniture_share, is_boilerplate_line, is_caption, is_glued_menu
from kutip.index.ingest.dateline import Dateline, parse_dateline
from kutip.index.ingest.dates import DAY_NAMES, MONTH_NAMES, find_dates, read_stamp
from kutip.index.ingest.outlets import has_outlet_word, is_outlet_name, outlet_before_place
from kutip.index.ingest.site_domain import is_platform_name
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.ingest.text import normalise_text
from kutip.index.stopwords import stopwords

__all__ = ["clean_title", "detect_title", "looks_like_title"]

_MAX_TITLE = 200
# an ellipsis ("Kemudian..", "Disebarkan. . .") may end one
_TITLE_END_PUNCTUATION = re.compile(r"(?<!\.)(?<!\.\s)[.,;:]['\"”’]?$")


# "Sukamaju, Jawa Barat -": a dateline whose lead the page put on the next line.
_TRAILING_DASH = re.compile(r"\s[-–—]{1,2}$")


def looks_like_title(line: str) -> bool:
    """A headline: short, more than one word, not a sentence, not page furniture or a dateline."""
    line = line.strip()
    return (
        0 < len(line) <= _MAX_TITLE
        and len(line.split()) >= 2
        and not _TITLE_END_PUNCTUATION.search(line)
        and not line.startswith("(")
        and not _TRAILING_DASH.search(line)
        and not is_boilerplate_line(line)
        and parse_dateline(line) is None
    )


# -- headline scoring: which line of a scrape's head is the headline ------------------------------
# The head is the lines above the story's lead; no more than this many real lines are weighed
# (menus and labels do not count, up to a long menu's worth of lines).
_HEAD_LINES = 14
_HEAD_MAX_LINES = 80
_LEAD_MIN_WORDS = 12
_LEAD_LONG_WORDS = 30
_MIN_TITLE_WORDS = 3
_MAX_TITLE_WORDS = 30
# Share of capitalised content words from which a line is in title case.
_TITLE_CASE = 0.75
# A line scoring below this is no headline, however it compares with the others.
_MIN_SCORE = 2.5
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_INNER_SENTENCE = re.compile(r"(?:[a-z0-9]{2}|\))\.\s+[A-Z(\"“]")
_BRACKET_DATE = re.compile(
    r"\(\s*(?:[A-Za-z]+,?\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)"
)  # "(Minggu, 29/1)" too
_BREADCRUMB = re.compile(r"\s(?:>|»|›|/|\|)\s")
_BULLET_START = re.compile(r"^\s*(?:[•·▪●◦*+]|-\s)")  # "- Judul lain": a list of other stories
# "-Outlet.id/Name-", "Foto: Outlet/Name": a caption's photo credit.
_PHOTO_CREDIT = re.compile(
    rf"[\w.-]+\.{SITE_ENDING}\s*/\s*[A-Z]|(?P<owner>\w*)/(?P<who>[A-Z][A-Za-z. ]+)-?\s*$"
)
_CREDIT_WORD = re.compile(r"\b(?:foto|photo|dok|dokumentasi|istimewa|ilustrasi|sumber|source|credit)\b", re.I)


# "Senin, Juli 1", "Friday, 3 October": a day printed alone, with or without its year, is a stamp or a
# banner (read_stamp reads those with a year), never a headline.
_DATE_WORD = re.compile(rf"^(?:{DAY_NAMES}|{MONTH_NAMES}|\d{{1,4}})$", re.I)


def _date_only(line: str) -> bool:
    words = re.findall(r"[^\s,./-]+", line)
    return bool(words) and all(_DATE_WORD.match(word) for word in words)


# "… rapat di gedung dewan. (www.contoh.com/@akun)": a sentence closed by its stop, then the picture's
# source in brackets, a web address or a handle: a caption; a headline closes on no stop before a bracket.
_SOURCED_CAPTION = re.compile(
    rf"[.!?]\s*\(\s*(?:https?://|www\.|@|[\w-]+\.{SITE_ENDING}\b)[^()]*\)\s*$", re.I
)


# "Sidang paripurna di gedung dewan.(YouTube Contoh)", "… at the lake in June 2031. - CP": a caption closed by
# its stop, then its picture's source in brackets (a platform or a credit word opening them) or after a dash
# (an agency's or a paper's initials). A headline closes on no stop before its last words.
_CAPTION_SOURCE = re.compile(
    r"[.!?]\s*\(\s*(?P<word>[^\W\d_]+)[^()]*\)\s*$|[a-z0-9][.!?]\s+[-–—]\s+[A-Z]{2,5}\s*$"
)


def _caption_with_source(line: str) -> bool:
    match = _CAPTION_SOURCE.search(line)
    if match is None:
        return False
    word = match["word"]
    return word is None or is_platform_name(word) or bool(_CREDIT_WORD.fullmatch(word))


# '"Kami sudah menunggu sejak pagi, tetapi para' over 'petugas belum datang," kata …': a line opening a
# quotation it never closes is a sentence the scrape broke over lines, however short; a headline quoting
# someone closes the quote.
_DOUBLE_QUOTE = re.compile(r"[\"“”]")
_OPENS_QUOTATION = re.compile(r"\s*[\"“]")


def _unclosed_quotation(line: str) -> bool:
    return bool(_OPENS_QUOTATION.match(line)) and len(_DOUBLE_QUOTE.findall(line)) == 1


def _photo_credit(line: str) -> bool:
    """A caption's credit closes the line ("Foto: Outlet/Ana Lee"); a headline may close on two everyday
    words paired by a slash ("… 3 Kabupaten/Kota Waspada"), which credits nobody, nor does a body's
    paired name (see ``_paired_body``)."""
    match = _PHOTO_CREDIT.search(line)
    if not match or not match["who"]:
        return bool(match)
    if _paired_body(match["owner"], match["who"].split()):
        return False
    from kutip.index.entities.dictionary import is_listed_word  # entities reads outlets through ingest

    owner, who = match["owner"], match["who"].split()
    paired = (
        owner[:1].isupper()
        and not owner.isupper()
        and not is_outlet_name(owner)
        and not _CREDIT_WORD.search(line[: match.start()] + " " + owner)
    )
    return not (paired and all(is_listed_word(w.casefold().strip(".")) for w in [owner, *who]))


# "Menteri Contoh/BKN Ana Lee Tinjau Pasar di Kota", "… Pecat 6 Pegawai ABC/BKN": a ministry's paired name
# (two acronyms of three letters or more) or a clause running on after the slash is no credit: an editor's
# initials ("AB/CD") have two letters, a wire's after a caption is a listed outlet, and a photographer's
# name is a few capitalised words ("Tangkapan layar" for a screenshot), never a clause with function words.
_ACRONYM_PAIR_MIN = 3
_CREDIT_NAME_MAX_WORDS = 6


def _paired_body(owner: str, who: list[str]) -> bool:
    if len(who) == 1:
        acronym = who[0]
        return (
            len(owner) >= _ACRONYM_PAIR_MIN <= len(acronym)
            and owner.isupper()
            and acronym.isupper()
            and not is_outlet_name(acronym)
        )
    return len(who) > _CREDIT_NAME_MAX_WORDS or any(w in _function_words() for w in who[1:])


@cache
def _function_words() -> frozenset[str]:
    return stopwords("id") | stopwords("en")


def _content_words(text: str) -> list[str]:
    function = _function_words()
    return [w for w in _WORD.findall(text) if w.casefold() not in function and not w.isdigit()]


def _title_case_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words)


# "Contoh Marks Its Tenth Year. Minister: Staff Must Aim for Results": a headline of two title-case sentences,
# a kicker's and the story's, as some English sites write them; a caption's or a lead's sentences are written
# in sentence case.
_SENTENCE_SEAM = re.compile(r"(?<=[a-z0-9]{2})\.\s+(?=[A-Z])")
_SENTENCE_MIN_WORDS = 3


def _title_case_sentences(line: str) -> bool:
    sentences = [_content_words(part) for part in _SENTENCE_SEAM.split(line)]
    return len(sentences) > 1 and all(
        len(words) >= _SENTENCE_MIN_WORDS and _title_case_share(words) >= _TITLE_CASE for words in sentences
    )


_SPACED_ELLIPSIS = re.compile(r"\.\s\.\s\.[\"”’]?$")  # "… Disebarkan. . .": a headline's ellipsis, spaced


def _is_lead(line: str) -> bool:
    """The story's first paragraph: a dateline, or a sentence long enough to be prose.

    A long capitalised question or exclamation is a headline, not a lead; so is one trailing off in an
    ellipsis ("… Gampang Ngomong, Gampang Kritik..."), as headlines cut a quotation short.
    """
    words = len(line.split())
    dateline = parse_dateline(line)
    if dateline is not None:
        return not _site_trail(dateline)
    if words >= _LEAD_LONG_WORDS:
        return not _ticker(line)
    if words < _LEAD_MIN_WORDS or not re.search(r"[.!?][\"”’]?$", line):
        return False
    full_stop = re.search(r"(?<!\.)\.[\"”’]?$", line) and not _SPACED_ELLIPSIS.search(line)
    return bool(full_stop) or _title_case_share(_content_words(line)) < _TITLE_CASE


# "Contoh.com - Internasional - Timur Tengah" over the headline: the site's name, then the sections the page
# is filed under. It opens as a dateline does, but no story follows the dash: only a few capitalised steps,
# no sentence, no place and no date, as a breadcrumb trail is written.
_TRAIL_STEP = re.compile(r"\s+[-–—|»›>/]\s+")
_TRAIL_MAX_WORDS = 6


def _site_trail(dateline: Dateline) -> bool:
    rest = dateline.rest.strip()
    steps = _TRAIL_STEP.split(rest)
    return (
        bool(dateline.outlet)
        and not dateline.place
        and not dateline.date
        and 0 < len(rest.split()) <= _TRAIL_MAX_WORDS
        and not re.search(r"[.!?,:;\"“”]", rest)
        and all(0 < len(step.split()) <= _STEP_MAX_WORDS for step in steps)
        and all(word[:1].isupper() for word in _content_words(rest))
    )


# A site's ticker of other stories' headlines run together ("Warga Contoh Gelar Doa Bersama Bupati Resmikan
# Pasar Baru di Sukamaju Harga Cabai …"): long, but capitalised throughout and with no sentence end, as
# no story paragraph is.
_TICKER_CASE = 0.9
_SENTENCE_STOP = re.compile(r"[a-z0-9)][.!?][\"”’]?(?:\s|$)")


def _ticker(line: str) -> bool:
    return not _SENTENCE_STOP.search(line) and _title_case_share(_content_words(line)) >= _TICKER_CASE


_PULL_QUOTE_CHARS = 40


def _quoted_in(line: str, rest: str) -> bool:
    """True when the story quotes the line ("Ada dua orang …," katanya): a pull quote, not a headline."""
    start = re.escape(line.strip("\"“”' ")[:_PULL_QUOTE_CHARS])
    return bool(re.search(rf"[\"“]\s*{start}", rest, re.I))


def _is_real(line: str) -> bool:
    """A line that counts toward the head's budget; a bulleted menu, ticker or list of links does not,
    nor a section label made mostly of menu words ("Nation & World News"), which is no headline either."""
    return (
        len(line.split()) >= _MIN_TITLE_WORDS
        and not is_boilerplate_line(line)
        and not _BULLET_START.match(line)
        and furniture_share(line) < _LABEL_FURNITURE
        and not _short_trail(line)  # "News > Asia > Indonesia", "World | Asia Pacific": a breadcrumb trail
    )


def _short_trail(line: str) -> bool:
    """A trail of menu steps only; "Indonesia | Judul panjang …" ends with the headline itself."""
    steps = _BREADCRUMB.split(line)
    return len(steps) > 1 and all(len(step.split()) <= _STEP_MAX_WORDS for step in steps)


_LABEL_FURNITURE = 0.5  # the share of menu words from which a line cannot be a headline (see below)


@dataclass(frozen=True, slots=True)
class _Page:
    """What a headline candidate is weighed against: the head lines and the story below them."""

    head: list[str]
    body_words: set[str]
    rest: str
    first_real: int  # the first head line that is more than furniture or a one- or two-word label
    lead: tuple[str, ...] = ()  # the story's first paragraphs
    real: tuple[int, ...] = ()  # every head line that is more than furniture or a short label


def _lines_down(index: int, page: _Page) -> int:
    """How far below the first real line a head line stands, in real lines: a menu of one- and
    two-word links (\"Beranda\", \"News\", \"Bola\" …) between the page's top and its headline is no
    distance, however many lines it takes."""
    return sum(1 for position in page.real if page.first_real < position <= index)


# "VIDEO: …", "INFOGRAFIS: …": the capitalised label of a video or graphic story's headline (a promo for
# another video is sentence-case "Video: …" or shares few words with the story).
_MEDIA_LABEL = re.compile(r"^(?:VIDEO|INFOGRAFIS|INFOGRAPHIC)\s*:\s+(?=\S)")
_MEDIA_MIN_SHARED = 0.5
_MEDIA_TOP_MIN_SHARED = 0.25


def _shared_share(line: str, page: _Page) -> float:
    """The share of the line's content words the story below uses too."""
    content = _content_words(line)
    return sum(1 for w in content if w.casefold() in page.body_words) / len(content) if content else 0.0


# A line the page prints again and again down the story ("Baca berita dengan sedikit iklan, klik di
# sini" between paragraphs) is an advertisement, however much it reads like a headline.
_REPEATS_BELOW = 2


def _repeated_below(line: str, page: _Page) -> bool:
    """Printed as a line of its own: a copy run into the next word ("…Teroris DitangkapFoto: …", the
    headline a picture's text repeats before its caption) is part of a caption, not the line again. Copies
    straight after one another (a picture's alt text, then its caption) are printed once: an advertisement
    stands again between the story's paragraphs."""
    if page.rest.count(line) < _REPEATS_BELOW:
        return False
    printed, last_end = 0, -1
    for copy in re.finditer(re.escape(line), page.rest):
        if _opens_caption(page.rest[copy.end() : copy.end() + 2]):
            continue
        if last_end < 0 or page.rest[last_end : copy.start()].strip():
            printed += 1
        last_end = copy.end()
    return printed >= _REPEATS_BELOW


# "Judul Berita. Warga …", "Judul Berita. (Foto: …)": the headline opening a caption, a sentence stop or a
# credit's bracket after it; an advertisement printed again ends where its line ends.
_CAPTION_AFTER = re.compile(r"^(?:\w|[.,;:]\s|\s\()")


def _opens_caption(after: str) -> bool:
    return bool(_CAPTION_AFTER.match(after))


# "OAKVILLE, ON, Aug. 22, 2016": a press release's dateline printed over it, a place in capitals and a day.
_CAPITALS = re.compile(r"^[A-Z][A-Z.]*(?:\s+[A-Z][A-Z.]*){0,3}$")


def _place_and_date(line: str) -> bool:
    found = next(find_dates(line), None)
    if found is None or line[found.end :].strip(" ,.-"):
        return False
    parts = [p.strip() for p in line[: found.start].split(",") if p.strip()]
    return bool(parts) and all(_CAPITALS.match(p) for p in parts)


# "SUKAMAJU, Nov 3 Villagers marched …": a wire lead (its agency's name dropped by the scrape) wrapped
# over several lines; its first line is no headline.
_WIRE_LEAD = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{3,}){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+[A-Z]")
# "Foto: Ana Lee/Contoh", "(Photo: Contoh)": the credit line under a picture's caption.
_PHOTO_LABEL = re.compile(r"^\(?\s*(?:foto|photo|kredit foto|photo credit|sumber foto)\s*:", re.I)
# A dek (the summary under the headline) is often the lead's own sentence; a headline rarely is.
_DEK_MIN_WORDS = 8
_DEK_PENALTY = 2.0
_LEAD_PARAGRAPHS = 3


def _inside_lead(line: str, page: _Page) -> bool:
    """The line is part of a longer paragraph at the story's top (a headline printed again stands alone)."""
    folded = normalise_text(line).casefold()
    for paragraph in page.lead:
        text = normalise_text(paragraph).casefold()
        if folded in text and text != folded:
            return True
    return False


# "Bisik-Bisik Keras" over a column, and again under its byline: a two-word headline in title case that
# the head prints twice is the headline; a two-word line printed once is as often a label.
_SHORT_TITLE_WORDS = 2


def _short_repeated(line: str, words: list[str], page: _Page) -> bool:
    if len(words) != _SHORT_TITLE_WORDS or not all(w[:1].isupper() for w in words) or line.isupper():
        return False
    folded = _bare(line)
    return sum(1 for other in page.head if _bare(other) == folded) > 1 and furniture_share(line) == 0


# '"…," kata Ana kepada' ending a line: a sentence broken mid-way, its rest on the next line.
_RUN_ON_MIN_WORDS = 8
_RUN_ON_END = re.compile(r"\s[a-z]+$")


def _runs_on(line: str) -> bool:
    words = line.split()
    return len(words) >= _RUN_ON_MIN_WORDS and bool(_RUN_ON_END.search(line)) and not looks_like_title(line)


# "Laporan Wartawan Contoh Post, Ana Lee", "Reporting by Ana Lee": a network's reporter line over the story
# names who filed it, never what it says.
_REPORTER_LINE = re.compile(
    r"^\W*(?:laporan\s+(?:wartawan|reporter|kontributor|jurnalis|koresponden)|reporting by|reported by)\s",
    re.I,
)


def _headline_score(line: str, index: int, isolated: bool, page: _Page) -> float:
    """How much ``line`` reads like the headline; -inf for lines that cannot be one.

    Headlines are 3-30 words, one sentence without a final period, mostly capitalised,
    free of menu words, near the top, and share topic words with the story; sites
    often print them twice.
    """
    if _repeated_below(line, page) or _place_and_date(line) or _WIRE_LEAD.match(line):
        return float("-inf")
    crumbed = _crumbed(line, index, page)
    if index and _runs_on(page.head[index - 1]):
        return float("-inf")  # the rest of a sentence the scrape broke over two lines
    photo_under = _PHOTO_LABEL.match(" ".join(page.head[index + 1 : index + 2]))
    if photo_under and index > page.first_real and not crumbed:
        return float("-inf")  # a caption, its photo's credit under it
    media = _MEDIA_LABEL.match(line)
    if media:  # "VIDEO: Judul": a video or photo story's own headline, when the story below is about it
        line = line[media.end() :]
        # the page's first real line is its own headline: a promo for another video stands lower down
        least = _MEDIA_TOP_MIN_SHARED if index <= page.first_real else _MEDIA_MIN_SHARED
        if _shared_share(line, page) < least:
            return float("-inf")
    words = _WORD.findall(line)
    if (
        not looks_like_title(line)
        or not (_MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS or _short_repeated(line, words, page))
        or (_INNER_SENTENCE.search(line) and not crumbed and not _title_case_sentences(line))
        or _BRACKET_DATE.search(line)
        or _is_trail(line)
        or _BULLET_START.match(line)
        or _photo_credit(line)
        or _SOURCED_CAPTION.search(line)
        or _date_only(line)
        or read_stamp(line)
        or is_caption(line)
        or outlet_before_place(line)
        or _REPORTER_LINE.match(line)
        or is_glued_menu(line)  # "Tentang KamiRedaksiKarir": a menu's links run together
        or _caption_with_source(line)
        or _unclosed_quotation(line)
    ):
        return float("-inf")
    furniture = furniture_share(line)
    if furniture >= _LABEL_FURNITURE:
        return float("-inf")
    content = _content_words(line)
    score = 2.0 if len(words) >= 6 else 1.0
    title_case = _title_case_share(content)
    if title_case >= _TITLE_CASE:
        score += 1.5
    elif (
        not isolated
        and index > page.first_real
        and not _straight_over_stamp(index, page)
        and not _under_capitals_tag(index, page)
    ):
        return float("-inf")  # a sentence-case line in a block is a caption or a dek, unless it opens a page
    elif _quoted_in(line, page.rest):
        return float("-inf")  # a sentence the story quotes is a pull quote; quoting headlines are title case
    if line.isupper():
        score -= 1.0
    if content:
        score += 2.0 * _shared_share(line, page)
    folded = normalise_text(line).casefold()
    if _printed_apart(folded, page.head) > 1:
        score += 2.0
    if next(find_dates(line), None):
        score -= 2.0
    if len(words) >= _DEK_MIN_WORDS and index > page.first_real and _inside_lead(line, page):
        score -= _DEK_PENALTY
    if _over_stamp(index, page):
        score += _OVER_STAMP_BONUS
    if _over_dek(index, page):
        score += _OVER_DEK_BONUS
    if crumbed:
        score += _CRUMB_BONUS
    if len(page.head) > 1:  # the penalty weighs a standfirst against the headline; a lone line has no rival
        score -= _LONG_PENALTY * max(0, len(words) - _LONG_TITLE_WORDS)
    if len(page.head) == 1 and _title_case_share(content) < _TITLE_CASE:
        score += _SOLE_LINE_BONUS  # "Contoh volcano erupts, killing 25" over the lead: a wire's headline
    score -= 2.0 * furniture + 0.2 * _lines_down(index, page)
    return score + (1.0 if isolated else 0.0)


def _printed_apart(folded: str, head: list[str]) -> int:
    """How often the head prints a line, copies straight after one another counted once: a site prints
    its headline again apart from the first (its page title, then its heading), while a picture's alt text
    and its caption stand together."""
    same = [normalise_text(line).casefold() == folded for line in head]
    return sum(1 for i, copy in enumerate(same) if copy and not (i and same[i - 1]))


# A trail's steps before the last are a menu's words; a headline of two parts ("[LABEL] Judul satu | Judul
# dua", as roundups print them) has a long first part.
_STEP_MAX_WORDS = 4


def _is_trail(line: str) -> bool:
    steps = _BREADCRUMB.split(line)
    return len(steps) > 1 and all(len(step.split()) <= _STEP_MAX_WORDS for step in steps[:-1])


# "Beranda / Kanal / Judul" or a list "• Beranda", "• Kanal", "• Judul" over the story: a breadcrumb trail
# ends with the page's own headline, and a line that prints its last step again is that headline, whatever
# stands under it (a photo's credit) or inside it ("Govt. Will …"); a caption printed twice is still none.
_CRUMB_BONUS = 4.0
# Headlines run to about twenty words (one of 350 annotated ones is longer); a standfirst under the headline
# runs longer and repeats the lead, so it would otherwise outscore it. The one line over the lead has no
# standfirst to lose to, and some sites' headlines run to thirty words.
_LONG_TITLE_WORDS = 20
_LONG_PENALTY = 0.5


def _crumbed(line: str, index: int, page: _Page) -> bool:
    folded = normalise_text(line).casefold()
    for above in page.head[:index]:
        steps = _BREADCRUMB.split(above)
        bullet = _BULLET_START.match(above)
        last = steps[-1] if len(steps) > 1 else above[bullet.end() :] if bullet else ""
        if last and normalise_text(last).casefold() == folded:
            return True
    return False


# The headline stands over the story's date stamp, perhaps with its dek or the writer's name between; a
# photo's caption, printed twice as it may be, stands over the picture and the lead.
_OVER_STAMP_BONUS = 1.5
# The one short line over the story's lead is its headline even in sentence case, as wires write them.
_SOLE_LINE_BONUS = 1.0
_STAMP_REACH = 2
_BYLINE_MAX_WORDS = 5


def _straight_over_stamp(index: int, page: _Page) -> bool:
    """The line stands straight over the story's date stamp, as a headline in sentence case does on
    English sites ("Relief as pilot walks free" over "21 September 2024, 11:20"); a caption or dek in a
    block stands over the picture or the lead."""
    below = page.head[index + 1 : index + 1 + _STAMP_REACH]
    if below and _BYLINE_START.match(below[0]):
        below = below[1:]  # "By Ana Lee" between the headline and its stamp
    return bool(below) and read_stamp(below[0]) is not None


_BYLINE_START = re.compile(r"^(?:by|oleh)\s+[A-Z]", re.I)


# The headline stands over its dek, a summary the page takes from the lead's first sentence and prints
# in sentence case under it; another title-like line below the dek (a heading printed again in other
# words) stands over the lead.
_OVER_DEK_BONUS = 1.0


def _over_dek(index: int, page: _Page) -> bool:
    """The line stands straight over a dek: a sentence-case line of some length that copies part of the
    lead or retells it."""
    if index + 1 >= len(page.head):
        return _over_reprinted_standfirst(index, page)
    below = page.head[index + 1]
    if len(_WORD.findall(below)) < _DEK_MIN_WORDS or _title_case_share(_content_words(below)) >= _TITLE_CASE:
        return False
    return _inside_lead(below, page) or _retelling_standfirst(index, page)


# "Kicker" over "Headline" over "Warga Sukamaju …." and then "KOTA, CONTOH – Warga Sukamaju …." below: a
# standfirst copying the lead's first sentence whole reads as the lead, so the head's reading stops over it;
# the story printing it again under its dateline shows it was the dek, and the head's last line its headline.
def _over_reprinted_standfirst(index: int, page: _Page) -> bool:
    if index != len(page.head) - 1 or not page.lead:
        return False
    below = page.lead[0].strip()
    return (
        len(_WORD.findall(below)) >= _DEK_MIN_WORDS
        and _title_case_share(_content_words(below)) < _TITLE_CASE
        and _after_dash(below, page.rest)
    )


def _after_dash(text: str, rest: str) -> bool:
    """``text`` written in ``rest`` right after a dash and any spaces (the dateline's), found with
    ``str.find``: a pattern of the sentence compiled per page cost ~4 ms of CPU, past re's cache."""
    at = rest.find(text)
    while at >= 0:
        if rest[:at].rstrip()[-1:] in ("-", "–", "—"):
            return True
        at = rest.find(text, at + 1)
    return False


# A standfirst retells the lead in other words as often as in its own: a sentence-case line straight under
# this one, half as long again or more, with no stop closing it and not straight over the stamp, that
# shares most of its words with the story is a dek too.
_DEK_LONGER = 1.5
_DEK_SHARED = 0.5


def _retelling_standfirst(index: int, page: _Page) -> bool:
    """The line under ``index`` retells the lead in other words (see above); _over_dek has checked it is
    a sentence-case line of a dek's length."""
    below = page.head[index + 1]
    return (
        len(_WORD.findall(below)) >= _DEK_LONGER * len(_WORD.findall(page.head[index]))
        and not below.rstrip().endswith(".")
        and not is_caption(below)
        and not _straight_over_stamp(index + 1, page)  # a headline in sentence case stands so, a dek not
        and _shared_share(below, page) >= _DEK_SHARED
    )


def _over_stamp(index: int, page: _Page) -> bool:
    from kutip.index.ingest.credits import looks_like_name  # credits reads headlines' datelines

    line = page.head[index]
    if len(line.split()) <= _BYLINE_MAX_WORDS and looks_like_name(line):
        return False  # the writer's own name over the stamp
    return any(read_stamp(line) for line in page.head[index + 1 : index + 1 + _STAMP_REACH])


# A sentence under a menu label ("Headline", "Fokus", "Terpopuler") above the story is another
# story's teaser in a page's side block, not this story's lead.
_MAX_TEASERS = 3
_LABEL_MAX_WORDS = 3


def _is_teaser(line: str, above: str) -> bool:
    return (
        len(above.split()) <= _LABEL_MAX_WORDS
        and furniture_share(above) >= 1.0
        and parse_dateline(line) is None
    )


def _is_notice(line: str) -> bool:
    """A sentence-long line of site furniture above the story ("Your browser is out of date, …"):
    not the lead, so the headline below it is still looked for."""
    return is_boilerplate_line(line) and parse_dateline(line) is None and not is_caption(line)


# A topic tag or kicker above the headline ("KRI Contoh 401" over "Sosok Awak KRI Contoh 401: …")
# is a few words the headline below it repeats; it is no headline of its own.
_KICKER_MAX_WORDS = 5
_KICKER_REACH = 2


def _without_kickers(scored: list[tuple[float, int]], texts: list[str]) -> list[tuple[float, int]]:
    """Scores with a short candidate dropped when a candidate just below it contains all its words
    and is at least twice as long: the short one labels the story, the long one is its headline."""
    out = list(scored)
    for position, (score, index) in enumerate(scored):
        words = _WORD.findall(texts[index])
        if score == float("-inf") or len(words) > _KICKER_MAX_WORDS:
            continue
        own = {w.casefold() for w in words}
        for later_score, later in scored[position + 1 : position + 1 + _KICKER_REACH]:
            longer = _WORD.findall(texts[later])
            if (
                later_score >= _MIN_SCORE
                and len(longer) >= 2 * len(words)
                and (
                    own <= {w.casefold() for w in longer}
                    or _tag_over_headline(texts[index], texts[later])
                    or _topic_over_headline(words, index, later, longer)
                )
            ):
                out[position] = (float("-inf"), index)
                break
    return out


# "Adik Bupati Contoh Tewas" over "Tewasnya Adik Bupati Contoh di Sukamaju Disebut …": a topic tag the
# headline below words its own way; most of the tag's words, or their stems, are the headline's, and
# the headline is in title case too (a sentence-case line below is the dek, which repeats a headline).
_TAG_SHARED = 0.75
_STEM_CHARS = 4


def _tag_over_headline(tag: str, headline: str) -> bool:
    own = [w.casefold() for w in _content_words(tag)]
    below = [w.casefold() for w in _content_words(headline)]
    if not own or _title_case_share(_content_words(headline)) < _TITLE_CASE:
        return False
    shared = sum(1 for w in own if any(b == w or (len(w) >= _STEM_CHARS and b.startswith(w)) for b in below))
    return shared / len(own) >= _TAG_SHARED


# "Ibu Kota Baru" straight over "Bicara di Contoh, Gubernur Fulan Sebut …": a site's topic tag (the running
# story the page files it under) need share no word with the headline under it; three words at most,
# the line under it a title-case headline at least three times as long.
_TOPIC_MAX_WORDS = 3
_TOPIC_RATIO = 3


def _topic_over_headline(words: list[str], index: int, later: int, longer: list[str]) -> bool:
    return (
        later == index + 1
        and len(words) <= _TOPIC_MAX_WORDS
        and len(longer) >= _TOPIC_RATIO * len(words)
        and (
            _title_case_share(_content_words(" ".join(longer))) >= _TITLE_CASE or _capitals_tag(words, longer)
        )
    )


# "WAR ON CONTOH" over "Leaders back a plan for Contoh, call for talks": a tag in capitals over an English
# headline in sentence case, which sites print below their topic labels as often as in title case; the
# line below is no capitals dek of a capitals headline (it is mixed case) and shares a word with the tag.
def _under_capitals_tag(index: int, page: _Page) -> bool:
    """True for the line straight under the page's first real line when that line is such a tag."""
    if index != page.first_real + 1:
        return False
    tag = _WORD.findall(page.head[index - 1])
    longer = _WORD.findall(page.head[index])
    return (
        len(tag) <= _TOPIC_MAX_WORDS and len(longer) >= _TOPIC_RATIO * len(tag) and _capitals_tag(tag, longer)
    )


def _capitals_tag(words: list[str], longer: list[str]) -> bool:
    below = {w.casefold() for w in longer}
    return (
        all(w.isupper() for w in words if w[:1].isalpha())
        and not all(w.isupper() for w in longer if w[:1].isalpha())
        and any(w.casefold() in below for w in _content_words(" ".join(words)))
    )


_EDGE_MARKS = re.compile(r"^\W+|\W+$")


def _bare(line: str) -> str:
    """A line compared as a headline's copy: case, spacing and marks at its ends ignored ("Judul -->",
    a scrape's leftover of the page's markup, is the headline printed again)."""
    return _EDGE_MARKS.sub("", normalise_text(line).casefold())


_STOPPED_TITLE_MAX_WORDS = 20


def _unstopped(line: str) -> str:
    """A title-case line without the full stop some sites put after a headline ("Klarifikasi Bupati
    Contoh Terkait Pemberitaan yang Beredar."); any other line unchanged."""
    if not re.search(r"[^.]\.$", line) or _INNER_SENTENCE.search(line) or _SPACED_ELLIPSIS.search(line):
        return line
    bare = line[:-1]
    words = _WORD.findall(bare)
    if not _MIN_TITLE_WORDS <= len(words) <= _STOPPED_TITLE_MAX_WORDS:
        return line
    return bare if _title_case_share(_content_words(bare)) >= _TITLE_CASE else line


# "Indonesia | Contoh volcano erupts, killing 10": the section a site files the story under, printed
# before its headline on the same line; one or two capitalised words, then a headline of some length.
_SECTION_BEFORE = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?\s+\|\s+(?P<rest>[^|]+)$")
_SECTIONED_MIN_WORDS = 5


def _unsectioned(line: str) -> str:
    """A head line without the section name before it; any other line unchanged."""
    match = _SECTION_BEFORE.match(line)
    if not match or len(_WORD.findall(match["rest"])) < _SECTIONED_MIN_WORDS:
        return line
    section = line[: match.start("rest")].rstrip(" |")
    if is_outlet_name(section) or has_outlet_word(section) or "." in section:
        return line  # "Contoh.com | Cepat & Akurat – Judul": the site's name and its slogan or page title
    return match["rest"].strip()


# A photo's caption or the page's teaser of its lead may stand over the headline, reading like the lead;
# it is passed over when the page prints it twice (caption and picture text, perhaps with its credit
# added; teaser and lead) or when
# the line found below it stands over the story's date stamp. A line opening with a dateline printed
# once is the story's lead: a title-like line under it is a related story's teaser.
_PASSED_OVER_MAX = 2
_TEASER_SCAN_LINES = 40  # lines of the page's top read for them, however long the file


def detect_title(lines: list[str]) -> tuple[str, list[str]]:
    """The headline among the lines above the story's lead, scored (see ``_headline_score``), or
    below a caption or teaser the scrape put first.

    Returns the title ("" when no line is convincing) and the lines left for the body;
    the headline and its repeats are removed, other furniture stays for the body rules.
    """
    title, rest = _detect_title(lines)
    if title:
        return title, rest
    return _title_below_teaser(lines) or _title_in_story(lines) or _site_titled_line(lines) or (title, rest)


# A page whose scrape opens with the lead may print its head block further down: the headline after the
# lead or at the story's foot, often over its stamp ("Judul Berita" then "Senin, 5 Mei 2025 10:15 WIB").
# Such a line reads as a headline (short, no sentence end, no quotation), is drawn from the story's words,
# and stands over the page's stamp: a crosshead in title case, a caption or a broken sentence stands over
# none. A page with more than one such line names none.
_IN_STORY_MAX_WORDS = 20
_IN_STORY_MIN_SHARED = 0.6
_QUOTE_MARKS = re.compile(r"[\"“”]")


def _title_in_story(lines: list[str]) -> tuple[str, list[str]] | None:
    numbered = [(n, line.strip()) for n, line in enumerate(lines) if line.strip()]
    if len(numbered) < _IN_STORY_MIN_LINES or not _is_lead(numbered[0][1]):
        return None
    found = [
        (n, text)
        for position, (n, text) in enumerate(numbered[1:], 1)
        if _in_story_headline(text, position, numbered)
    ]
    if len(found) != 1:
        return None
    number, title = found[0]
    stamp = next(n for n, _ in numbered if n > number)
    # the head block goes back to the head: its stamp dates the page as a stamp under a headline does
    return title, [lines[stamp], *(line for n, line in enumerate(lines) if n not in (number, stamp))]


_IN_STORY_MIN_LINES = 2


def _in_story_headline(text: str, position: int, numbered: list[tuple[int, str]]) -> bool:
    words = _WORD.findall(text)
    if (
        not _MIN_TITLE_WORDS <= len(words) <= _IN_STORY_MAX_WORDS
        or not looks_like_title(text)
        or _QUOTE_MARKS.search(text)
        or _INNER_SENTENCE.search(text)
        or read_stamp(text)
        or is_caption(text)
        or _photo_credit(text)
        or _BULLET_START.match(text)
        or _is_trail(text)
        or furniture_share(text) >= _LABEL_FURNITURE
    ):
        return False
    below = numbered[position + 1][1] if position + 1 < len(numbered) else ""
    # it follows the story's prose: under a label ("Berita Terkait") a headline over a date is another story's
    above = numbered[position - 1][1]
    if not (below and read_stamp(below)) or len(above.split()) < _LEAD_MIN_WORDS:
        return False  # its place first: the words of the whole story are read only for a line over a stamp
    return _drawn_from_story(text, (line for _, line in numbered if line != text))


def _drawn_from_story(head: str, story_lines: Iterable[str]) -> bool:
    """Whether ``head``'s content words are the story's: at least ``_IN_STORY_MIN_SHARED`` of them
    stand in ``story_lines``."""
    content = _content_words(head)
    story = {w.casefold() for line in story_lines for w in _content_words(line)}
    shared = sum(1 for w in content if w.casefold() in story)
    return bool(content) and shared / len(content) >= _IN_STORY_MIN_SHARED


# "Judul Berita - Contoh News" under a story whose scrape opens with its lead: the page's own title as a
# browser or a reposting site prints it, the headline and then the site's name (a listed outlet or a
# domain). Wherever the line stands, the site's name after the headline says whose headline it is; the
# headline is drawn from the story's words, and a page with more than one such line (a list of the
# site's stories) names none.
_SITE_TITLED = re.compile(r"^(?P<head>\S.*?)\s+[-–—|]\s+(?P<site>[^-–—|]{2,40})$")


def _site_titled_line(lines: list[str]) -> tuple[str, list[str]] | None:
    numbered = [(n, line.strip()) for n, line in enumerate(lines) if line.strip()]
    if len(numbered) < _IN_STORY_MIN_LINES or not _is_lead(numbered[0][1]):
        return None
    found = []
    for number, text in numbered[1:]:
        match = _SITE_TITLED.match(text)
        site = match["site"].strip() if match else ""
        if match and (is_outlet_name(site) or re.search(rf"\.{SITE_ENDING}$", site, re.I)):
            found.append((number, match["head"].strip()))
    if len(found) != 1:
        return None
    number, head = found[0]
    words = _WORD.findall(head)
    if (
        not _MIN_TITLE_WORDS <= len(words) <= _IN_STORY_MAX_WORDS
        or not looks_like_title(head)
        or _QUOTE_MARKS.search(head)
        or _INNER_SENTENCE.search(head)
        or furniture_share(head) >= _LABEL_FURNITURE
    ):
        return None
    if not _drawn_from_story(head, (line for n, line in numbered if n != number)):
        return None
    return head, [line for n, line in enumerate(lines) if n != number]


def _title_below_teaser(lines: list[str]) -> tuple[str, list[str]] | None:
    numbered = [(n, line.strip()) for n, line in enumerate(lines[:_TEASER_SCAN_LINES]) if line.strip()]
    skipped: list[str] = []
    for position, (number, text) in enumerate(numbered):
        twice = sum(1 for _, t in numbered if _reprinted(text, t)) > 1
        if text not in skipped:
            if len(skipped) >= _PASSED_OVER_MAX or not _is_lead(text):
                break
            if parse_dateline(text) and not twice:
                break  # the story's own lead: what follows it is other stories' teasers
            skipped.append(text)
        below = lines[number + 1 :]
        title, rest = _detect_title(below)
        if not title:
            continue
        found = next((n for n, t in numbered[position + 1 :] if _bare(t) == _bare(title)), None)
        if found is None:
            continue
        printed_twice = any(sum(1 for _, t in numbered if _reprinted(s, t)) > 1 for s in skipped)
        after = [t for n, t in numbered if n > found][:_STAMP_REACH]
        if printed_twice or any(read_stamp(t) for t in after):
            return title, [*lines[: number + 1], *rest]
    return None


_REPRINT_MIN_SHARE = 0.6


def _reprinted(line: str, other: str) -> bool:
    """The same text, or one inside the other with a little added (a credit after a caption)."""
    short, long = sorted((line, other), key=len)
    return short in long and len(short) >= _REPRINT_MIN_SHARE * len(long)


# "Bantah ada kabar itu, Menteri: Dapat info dari mana?": a headline in sentence case that asks or exclaims
# reads like a lead of a dozen words or more; as the page's first line, one sentence of at most twenty
# words closing on "?" or "!", it is weighed as a headline (a shorter one always was). A lead opening the
# page so is still found below it, and a headline that scores too low is still none. A line opening with a
# quotation mark is someone's question, which the story may quote: it stays where it was.
_ASKS = re.compile(r"[?!][\"”’]?$")


def _asks(line: str) -> bool:
    words = _WORD.findall(line)
    return (
        bool(_ASKS.search(line))
        and not _QUOTE_MARKS.match(line)  # a quoted question opening the page is the story's, kept in it
        and len(words) <= _LONG_TITLE_WORDS
        and not _INNER_SENTENCE.search(line)
        and not re.search(r"[.!?][\"”’]?\s+\S", line)
        and parse_dateline(line) is None
    )


# "… in Jakarta on November 30, 2022. — Picture by AGENCY", "Menteri Contoh - Foto: Ana Lee": a caption
# closed by a dash and its picture's credit, which the headline may stand under. Only the headline's
# search steps over it: the body keeps it, as its date is evidence of the day the story reports (the
# cross-language linker dates an English wire copy by it; set aside as furniture it cost q2 8 links).
_CREDITED_CAPTION = re.compile(
    r"\s[-–—]\s*(?:picture|photo|foto|gambar|image)\s*(?:by\b|:)\s*[^.!?]{2,60}$", re.IGNORECASE
)


def _credited_caption(line: str) -> bool:
    return bool(_CREDITED_CAPTION.search(line))


def _detect_title(lines: list[str]) -> tuple[str, list[str]]:
    teasers = 0
    entries: list[tuple[int, str, bool]] = []  # (line number, text, stands alone between blank lines)
    real: list[int] = []  # positions in entries of lines that are more than furniture
    for number, raw in enumerate(lines):
        text = raw.strip()
        if not text:
            continue
        if len(real) >= _HEAD_LINES or len(entries) >= _HEAD_MAX_LINES:
            break
        asks_first = not entries and _asks(text)  # the page's first line: a headline that asks (below)
        caption = is_caption(text) or _credited_caption(text)
        if _is_lead(text) and not _is_notice(text) and not caption and not asks_first:
            if teasers < _MAX_TEASERS and entries and _is_teaser(text, entries[-1][1]):
                teasers += 1
                continue
            break
        if _is_real(text):
            real.append(len(entries))
        entries.append((number, text, False))
    if not entries:
        return "", lines
    blank = [not line.strip() for line in lines]
    entries = [
        (n, t, (n == 0 or blank[n - 1]) and (n + 1 >= len(lines) or blank[n + 1])) for n, t, _ in entries
    ]
    rest = " ".join(line for line in lines[entries[-1][0] + 1 :])
    words = {w.casefold() for w in _content_words(rest[:5000])}
    below = tuple(line for line in lines[entries[-1][0] + 1 :] if line.strip())[:_LEAD_PARAGRAPHS]
    page = _Page([t for _, t, _ in entries], words, rest, real[0] if real else 0, below, tuple(real))
    texts = [_unstopped(_unsectioned(t)) for _, t, _ in entries]
    scored = [(_headline_score(texts[i], i, isolated, page), i) for i, (_, _, isolated) in enumerate(entries)]
    scored = _without_kickers(scored, texts)
    best, position = max(scored, key=lambda pair: (pair[0], -pair[1]))
    # the best line that shares no word with the story is the site's banner over it: no headline, and no
    # story text either (it leaves the body as the headline it looked like would have); the next best is
    # weighed in its place
    banners: set[int] = set()
    while best >= _MIN_SCORE and _unshared(texts[position], page):
        banner = _bare(texts[position])
        copies = {n for (n, _, _), t in zip(entries, texts, strict=True) if _bare(t) == banner}
        banners |= copies
        scored = [(float("-inf"), i) if entries[i][0] in copies else (score, i) for score, i in scored]
        best, position = max(scored, key=lambda pair: (pair[0], -pair[1]))
    if best < _MIN_SCORE:
        return "", [line for n, line in enumerate(lines) if n not in banners]
    title = texts[position]
    folded = _bare(title)
    drop = {n for (n, _, _), t in zip(entries, texts, strict=True) if _bare(t) == folded} | banners
    return title, [line for n, line in enumerate(lines) if n not in drop]


# A headline names what its story tells, in the story's words: every right headline of the read sets shares
# at least a tenth of its content words with the story below it (the lowest 0.11), while a gift or
# newsletter banner, a search box, a feedback widget and a byline over the story (q3, q5, s1 twice, s2:
# five outlets) share none. A story of a few lines is too short to show it: only one that uses this many
# different words counts as evidence (the five such pages' stories use hundreds).
_UNSHARED_MIN_WORDS = 2
_UNSHARED_MIN_STORY_WORDS = 60


def _unshared(line: str, page: _Page) -> bool:
    return (
        len(page.body_words) >= _UNSHARED_MIN_STORY_WORDS
        and len(_content_words(line)) >= _UNSHARED_MIN_WORDS
        and _shared_share(line, page) == 0.0
    )


# "… Halaman all", "… Page 2": the pagination a site appends to a headline.
_PAGE_SUFFIX = re.compile(r"\s+(?:halaman|page)\s+(?:all|semua|\d{1,2})$", re.I)
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s+[|»]\s*")


def clean_title(title: str) -> str:
    """A title without the site name or menu words a page appends or prepends
    ("Judul - Kompas.com", "Berita | Judul")."""
    title = " ".join(title.split())
    if is_outlet_name(title):
        return ""  # a page whose title is only the site's name has no headline there
    parts = _TITLE_PARTS.split(_PAGE_SUFFIX.sub("", title))
    if len(parts) < 2:
        return parts[0]

    def furniture(part: str) -> bool:
        return is_outlet_name(part) or furniture_share(part) >= 0.5

    while len(parts) > 1 and furniture(parts[-1]):
        parts.pop()
    while len(parts) > 1 and furniture(parts[0]):
        parts.pop(0)
    kept = _PAGE_SUFFIX.sub("", " - ".join(parts))
    return kept if len(kept.split()) >= 2 else title

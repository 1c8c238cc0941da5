"""Telling the story's paragraphs from the page furniture scraped along with them.

Rules are tables of patterns so a new site's furniture is a new row, not new
code. Removed lines are kept (``Article.boilerplate``) so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kutip.index.ingest.credits import TOPIC_HEADER, credit_line, is_contribution_note
from kutip.index.ingest.dates import read_stamp
from kutip.index.ingest.outlets import is_outlet_name
from kutip.index.ingest.site_endings import SITE_ENDING
from kutip.index.language import lines
from kutip.index.stopwords import load_word_list, stopwords

__all__ = [
    "Split",
    "furniture_share",
    "is_boilerplate_line",
    "is_caption",
    "is_glued_menu",
    "reports_speech",
    "split_boilerplate",
    "unglued_menu",
]


def _rules(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


# A whole paragraph matching one of these is furniture.
LINE_RULES = _rules(
    # "read more" links to other stories
    r"^(?:baca(?: juga)?|lihat juga|simak juga|tonton juga|baca selengkapnya|artikel terkait|berita terkait"
    r"|read more|read also|also read|related(?: articles?| stories| news)?|see also)\s*[:>»|-]",
    r"^(?:baca juga|lihat juga|simak juga|read more|related(?: articles?| posts?| stories| news)?"
    r"|berita terkait|artikel terkait|rekomendasi untuk anda|recommended for you)$",
    r"^[*_]+\s*(?:baca(?: juga)?|read more|read also)\s*:",  # "**Baca juga: …" with the scrape's bold marks
    # "Baca Juga  Judul Lain": the teaser's label and its headline with no mark between them
    r"^(?:baca juga|lihat juga|simak juga|read also|also read)\s+[\"“'‘]?[A-Z0-9].{0,160}$",
    # "Baca berita dengan sedikit iklan, klik di sini": a short line that is a link's text
    r"^.{0,80}\b(?:klik (?:di ?sini|link ini)|click here)\s*[.!]?$",
    # "Ilustrasi. Foto Contoh.", "Ilustrasi gempa bumi (Contoh)", "Illustration of pilgrims.": a picture's
    # caption opening on its label; a story's sentence about an illustration names it after a word of its own
    r"^(?:ilustrasi|illustration)\b(?!nya)(?=.{0,400}$)",
    # video and newsletter promos
    r"^(?:saksikan|tonton|simak)(?: juga)? video\b",
    r"^video\s*:",
    r"^watch(?: the)? video\b",
    r"^(?:dapatkan|ikuti) (?:update|berita|informasi)\b",
    r"^(?:follow|ikuti) (?:us|kami)\b",
    # a push-notification prompt ("Nyalakan notifikasi untuk berita terbaru dari Contoh")
    r"^(?:nyalakan|aktifkan|hidupkan|turn on|enable|allow)\s+(?:push\s+)?(?:notifikasi|notifications?)\b"
    r".{0,80}$",
    # "Follow Contoh.com untuk mendapatkan informasi terkini. Klik WhatsApp Channel & Google News"
    r"^\W*(?:follow|ikuti)\b.{0,100}\b(?:whatsapp|google ?news|telegram|channel)\b.{0,160}$",
    r"^.{0,100}\b(?:di|on) google ?news\s*[.!]?$",
    # a messaging channel's invitation ("Berita terkini di Saluran WhatsApp Contoh.com", "Join our Telegram
    # channel") and its button ("+ Gabung")
    r"^.{0,80}\b(?:(?:saluran|grup|channel|group)\s+(?:whatsapp|telegram)|(?:whatsapp|telegram)\s+(?:channel|group))"
    r"\b.{0,60}$",
    r"^\W*(?:gabung|join)(?: sekarang| now)?\W*$",
    # a desk's credit beside its outlet's name ("Contoh Bulletin / News Desk"): no person, no story
    r"^[^/|.!?]{2,40}\s[/|]\s+(?:\w+\s+)?desk$",
    r"^(?:bagikan|share)(?: (?:artikel|berita) ini)? (?:melalui|via|ke|to|on)\b.{0,100}$",
    r"^(?:share|bagikan)(?: this(?: article| story)?| artikel ini| berita ini)?\s*:?$",
    r"^(?:sign up|subscribe|berlangganan)\b.{0,80}$",
    r"^artikel ini telah (?:tayang|terbit)\b",
    # advertising and scrolling markers
    r"^(?:advertisement|advertisment|advertising|iklan|sponsored|ads"
    r"|scroll to (?:continue|resume)(?: with)?(?: content)?|scroll untuk (?:melanjutkan|lanjut) membaca"
    r"|content continues below|lanjutkan membaca|gulir untuk melanjutkan|lanjut baca|loading\.*|memuat\.*)$",
    # an advertising slot's label: its marker and a prompt ("Advertisement . Scroll to see content"), the
    # slot's name ("Spot Iklan Tersedia (Posting Atas)", "slot-iklan-300x600") or the ad's code ("iklan abc")
    r"^(?:advertisement|advertisment|iklan|ads?)\s*[.:|-]?\s*scroll\b.{0,40}$",
    r"^(?:slot|spot)[\s_-]*(?:iklan|ads?)\b.{0,40}$",
    r"^(?:iklan|ads?)\s+(?-i:[a-z0-9_-]{2,12})$",
    # pagination under a story ("Halaman: 1 2 Selanjutnya", "Halaman: 12Lihat Semua")
    r"^(?:halaman|page)\s*:?\s*[\d\s]*(?:lihat semua|selanjutnya|berikutnya|sebelumnya|next|all)?$",
    # "2 dari 2 halaman", "Page 1 of 3", and the button that loads more stories ("Load more": dev_a, p2, r2)
    r"^(?:\d{1,2} (?:dari|of) \d{1,2} (?:halaman|pages?)|(?:halaman|page) \d{1,2} (?:dari|of) \d{1,2})$",
    r"^(?:load|show|view) more(?: (?:stories|articles|news))?$|^(?:muat|tampilkan) (?:lebih banyak|lainnya)$",
    # comment forms
    r"^leave a (?:reply|comment)\b",
    # blog comment widgets ("No comments", "Pilih sistem komentar …", "» Komentar anda sangat berguna …")
    r"^(?:no|\d+) (?:comments?|komentar):?$",
    r"^(?:post|add|tulis|kirim) (?:a )?(?:comment|komentar)$",
    r"^discussion about this post$",
    r"^pilih sistem komentar\b.{0,60}$",
    r"^[»>\W]*(?:komentar anda|terima kasih (?:bagi|kepada) (?:yang|anda yang) (?:sudah|telah)"
    r" (?:menulis|memberi(?:kan)?) komentar)\b.{0,100}$",
    # a blog platform's subscription block ("Discover more from Contoh Daily")
    r"^(?:eksplorasi konten lain dari|discover more from)\s.{1,60}$",
    # a template's placeholder for an embedded player or gallery ("[Gambas:Video Contoh]"): a label, a colon
    r"^\[[a-z]+\s*:[^\[\]]{1,60}\]$",
    # a blog platform's shortcode left as text ("[contoh_button voice="..." text="Baca Artikel"]"): a widget
    r"^\[/?[a-z][\w-]*(?:\s+[a-z][\w-]*\s*=\s*[\"“”'][^\]]*)+\]$",
    # an empty advertising slot ("banner 468x60"), a closing button, a view counter ("8.975 Dilihat")
    r"^banner\s*\d{2,4}\s*x\s*\d{2,4}$",
    # a text-size switch ("A A A Pengaturan Font")
    r"^(?:a\s+){2,}a(?:\s+(?:pengaturan font|ukuran (?:huruf|font)|font size|text size))?$",
    r"^(?:pengaturan font|ukuran (?:huruf|font))$",
    r"^close (?:ads?|iklan)\s*x?$",
    r"^.{0,40}?\d[\d.,]*\s*(?:kali\s+)?(?:dilihat|dibaca|views?)$",
    r"your email address will not be published",
    r"^required fields are marked",
    r"^\*+$",
    # separator rules ("___", "***", "===") that end a wire story before its notes
    r"^[_=~*-]{3,}$",
    r"^(?:comment|name|email|website)\s*\*?$",
    r"^save my name, email",
    r"^(?:post comment|cancel reply|reply)$",
    # navigation to other stories
    r"^(?:next|previous) (?:article|story|post)\b",
    r"^(?:artikel|berita) (?:selanjutnya|sebelumnya)\b",
    r"^(?:berita terkini lainnya|berita lainnya|terpopuler|rekomendasi|recommended|most popular|more stories"
    r"|top headlines|trending)$",
    r"^(?:topik|video|berita|artikel) (?:terkait|terpopuler|lainnya|pilihan)$",
    # editor initials "(sef/sef)", "dtc/tya" on their own line, empty template values
    r"^\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+\s*\)$",
    r"^[a-z]{2,5}(?:/[a-z]{2,5})+$",
    r"^\([a-z]{2,4}\)$",
    r"^(?:null|none|undefined|nan)$",
    # the site's contact and advertising lines ("Redaksi: redaksi[at]contoh.com", "Sponsored Link")
    r"^(?:redaksi|hubungi|iklan|email|e-mail|kontak|contact)\s*:\s*\S+(?:\[at\]|@)\S+$",
    r"^(?:sponsored(?: links?| content)?|informasi pemasangan iklan)$",
    r"^redaktur\s*&\s*reporter\s*:.{0,40}$",
    # site self-descriptions and legal lines; a welcome names the site ("Selamat datang di Contoh.id -
    # Platform Berita …"), as a story's "Welcome to Sukamaju, where …" does not
    r"^(?:selamat datang di|welcome to)\s(?=.{0,240}$)"
    rf".*(?:\b[\w-]+\.{SITE_ENDING}\b|\b(?:portal|platform|situs|website|site|laman)\b)",
    r"\badalah media yang menyediakan\b",
    r"\bsepenuhnya tanggung jawab (?:dari )?penulis\b",
    r"^(?:copyright|hak cipta)\b.{0,120}$",
    # the sign may follow the year ("2024 © PT Contoh Media") and reach the page decoded in a wrong
    # code page: UTF-8's two bytes read as Latin-1 ("Â©") or as Thai ("ยฉ")
    r"^(?:(?:19|20)\d\d\s*)?(?:©|Â©|ยฉ).{0,120}$",
    r"\ball rights reserved\b",
    r"\bhak cipta dilindungi\b",
    # a site's notice about the reader's browser ("Please update your browser", "Aktifkan JavaScript")
    r"^(?:please )?(?:update|upgrade) your (?:web )?browser\b.{0,60}$",
    r"^your (?:web )?browser (?:is|may be) (?:out of date|outdated|not supported|no longer supported)\b",
    r"^just click on the icons? to get to the download page\b",
    r"^(?:silakan )?(?:perbarui|update|ganti) (?:browser|peramban) (?:anda|kamu)\b.{0,60}$",
    r"^(?:browser|peramban) (?:anda|kamu) (?:sudah )?(?:usang|kedaluwarsa|tidak didukung)\b",
    r"^(?:please )?(?:enable|turn on|aktifkan) javascript\b.{0,60}$",
    # cookie, ad-blocker and app notices ("We use cookies …", "Situs ini menggunakan cookie …")
    r"^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b",
    r"^(?:situs|website|laman|kami) (?:ini )?menggunakan (?:cookie|kuki)\b",
    r"^(?:please )?(?:disable|turn off|matikan|nonaktifkan) (?:your |the )?(?:ad ?blocker|adblock)\b.{0,80}$",
    r"^(?:download|unduh) (?:the |our )?(?:aplikasi|app)\b.{0,80}$",
    # "Baca artikel Contoh lainnya di Contoh App", "Read more stories on the Contoh app": a promo sending the
    # reader to the site's other stories elsewhere, printed over or under any story of the site
    r"^(?:baca|lihat|simak) (?:artikel|berita|konten)(?: \S+){0,3} (?:lainnya|terbaru|terkini) di\b.{0,60}$",
    r"^read (?:more|other) (?:stories|articles|news)(?: \S+){0,3} (?:on|in) (?:the |our )?\S+(?: \S+)? app\b"
    r".{0,30}$",
    # topic and tag headers (their bullet lines follow)
    r"^(?:topik|topics?|tags?|tag terkait)\s*:",
    # credit labels left empty by the scrape ("Reporter:", "Editor:")
    r"^[-•\s]*(?:reporter|editor|penulis|pewarta|redaktur|fotografer|foto|photo|sumber|source|writer|author"
    r"|kategori|category)\s*:?\s*$",
    # credit labels whose names the site writes in lower case ("Penulis: ana lestari | Editor: budi")
    r"^(?:penulis|editor|reporter|pewarta|redaktur)\s*:\s*[a-z][\w .'-]{1,40}"
    r"(?:\s*\|\s*(?:penulis|editor|reporter|pewarta|redaktur)\s*:\s*[\w .'-]{1,40})?$",
)

# Photo captions, marked as such by the scrape.
CAPTION_RULES = _rules(
    r"^[(\[](?:files?|file photo|foto|ilustrasi|dok\.?|dokumentasi|istimewa)[)\]]",  # "(Foto)", "[Ilustrasi]"
    r"\((?:photo|foto)\s+by\s+[^)]+\)\s*$",
    r"\(\s*(?:photo|foto)\s*:[^)]+\)[\s.,;-]*$",
    r"\[\s*(?:photo|foto)\s*:[^\]]+\][\s.,;-]*$",  # "… shelter bus kota [foto: ana/XYZ]"
    # "... Kota Sleman,(12/5),Contoh.net/Rudi", "... Sari -Contoh.id/Rina Marlina-": SITE/Name
    rf"[\s,(-]\s*[\w-]+\.{SITE_ENDING}\s*/\s*[A-Z][\w .'-]{{1,40}}\)?\s*$",
    # "... Kamis (14/3/2024). Rudi Hartono/CONTOH.com": a dated sentence, then Name/OUTLET
    r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*/\s*[A-Z][\w.]+",
    r"^(?:foto|photo|image|gambar|ilustrasi)\s*:",
    # "... di kantor bupati, Rabu (8/5/2024). Dok: Humas": a documentation credit ends it
    r"[.)]\s+(?:dok|dokumentasi|sumber foto|kredit foto)\.?\s*:\s*[^.]{2,80}$",
    r"\((?:antara(?: foto)?|reuters|ap photo|afp(?: photo)?|getty images|epa(?:-efe)?|anadolu|xinhua)"
    r"\s*/[^)]+\)\s*$",
    # "... di kantor dinas, 2 Mei 2024. (contoh.go.id)": a sentence, then the picture's source site
    rf"[.!?]\s*\((?:[\w-]+\.)+{SITE_ENDING}\)\s*$",
    # "![Warga antre di Kota, Senin (1/2/2024). [Contoh/Ana]](https://…/foto.jpg)": a picture in Markdown,
    # its alt text a caption, the whole paragraph
    r"^!\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^()\s]*\)\s*\|?$",
    # "… in Kota today. (Contoh pic)", "Ana Lee - Contoh pix": a picture's owner, then "pic" (as papers write
    # it in Malaysia and Singapore), in brackets or after a dash
    r"(?:\([^()]{2,40}|\s[-–—]\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?:pix|pics?)\)?\s*$",
)

# After one of these, nothing more belongs to the story.
END_RULES = _rules(
    r"\bverified writer\b",
    r"^leave a (?:reply|comment)\b",
    r"^(?:berita terkini lainnya|berita lainnya)$",
    r"^(?:next|previous) (?:article|story|post)\b",
)

_BULLET = re.compile(r"^\s*[•·▪●◦\-*–—]\s*\S")
# A short line without sentence punctuation, e.g. a video title or a writer's bio.
_FRAGMENT_MAX = 80
_SENTENCE_END = re.compile(r"[.!?\"”’]$")


@dataclass(slots=True)
class Split:
    """Paragraphs sorted into story and furniture, with each one's original position."""

    body: list[str]
    boilerplate: list[str]
    is_boilerplate: list[bool]


_WORD = re.compile(r"[^\W_][\w'’.-]*")
# Widget and menu lines are short; a story's subheading of such words is rare, and longer.
_WIDGET_MAX_WORDS = 6


@cache
def _furniture_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """Single furniture words, and one pattern for the phrases (longest first)."""
    words = [w.casefold() for w in load_word_list("ingest_furniture.txt")]
    phrases = sorted((w for w in words if " " in w), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    return frozenset(w for w in words if " " not in w), pattern


def furniture_share(line: str) -> float:
    """The share of a line's words that are menu, widget or label words (``data/ingest_furniture.txt``)."""
    words = _WORD.findall(line)
    if not words:
        return 1.0
    single, phrases = _furniture_words()
    phrase_hits = sum(len(found.split()) for found in phrases.findall(line.casefold()))
    hits = max(phrase_hits, sum(1 for w in words if w.casefold().strip(".:") in single))
    return min(1.0, hits / len(words))


def _is_widget(line: str) -> bool:
    """A menu item or widget label: "Berita Terkait", "• Ukuran Font: - +", "Terpopuler"."""
    if len(line.split()) > _WIDGET_MAX_WORDS or _SENTENCE_END.search(line):
        return False
    share = furniture_share(line)
    return share >= 1.0 or (bool(_BULLET.match(line)) and share >= 0.5)


def _one(rules: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """The rules as one pattern: one scan of a line instead of one per rule."""
    return re.compile("|".join(f"(?:{rule.pattern})" for rule in rules), re.I)


def _top_level_alternation(pattern: str) -> bool:
    """True when ``pattern`` has a ``|`` outside brackets and groups (its ``^`` anchors one branch only)."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _anchored(rule: re.Pattern[str]) -> bool:
    return rule.pattern.startswith("^") and not _top_level_alternation(rule.pattern)


# Rules anchored at the line's start are tried once there (``match``), the rest anywhere (``search``):
# one search over every alternative at every position of every line was the split's main cost.
_LINE_START = re.compile("|".join(f"(?:{r.pattern[1:]})" for r in LINE_RULES if _anchored(r)), re.I)
_LINE_ANYWHERE = _one(tuple(r for r in LINE_RULES if not _anchored(r)))
_CAPTION_PATTERN = _one(CAPTION_RULES)
_END_PATTERN = _one(END_RULES)  # one scan a paragraph for the four rules


# Every caption rule reads a bracket, a slash or a colon, or closes on "pix": a line with none is no caption,
# unscanned.
_CAPTION_MARK = re.compile(r"[(\[/:]|\spix\s*$")


def is_caption(line: str) -> bool:
    return bool(_CAPTION_MARK.search(line)) and bool(_CAPTION_PATTERN.search(line))


@lru_cache(maxsize=8192)
def is_boilerplate_line(line: str) -> bool:
    """True when one paragraph, on its own, is furniture (captions and credit lines included).

    Cached: the headline finder and the body split ask about the same lines.
    """
    line = line.strip()
    if _LINE_START.match(line) or _LINE_ANYWHERE.search(line) or is_caption(line) or read_stamp(line):
        return True
    if _is_widget(line) or is_outlet_name(line):
        return True
    return _is_credit_line(line)


def _is_credit_line(line: str) -> bool:
    # A credit line is short and credits someone; a story sentence starting "By ..." is neither.
    # The wire note "X contributed to this report." is the one credit written as a sentence.
    if len(line) > 160:
        return False
    # the cheap test first: a line closed as a sentence is read for credits no more
    return (not _SENTENCE_END.search(line) and bool(credit_line(line))) or is_contribution_note(line)


_LABEL_MAX_WORDS = 6


def _is_label(line: str) -> bool:
    return len(line.split()) <= _LABEL_MAX_WORDS and _is_fragment(line)


def _is_fragment(line: str) -> bool:
    return len(line) <= _FRAGMENT_MAX and not _SENTENCE_END.search(line.strip())


# "Home Hot Issue Market Update Smart Money Promo Indeks": a site's menu bar scraped as one line, its
# links' names run together. Longer than a label, but every word capitalised, no function word and no
# comma between them, as no sentence and few headlines of that length are written.
_MENU_BAR_MAX_CHARS = 160
_MENU_JOINERS = frozenset({"&", "+", "|", "-", "–", "·", "•"})


# "Tentang KamiPedoman Media SiberKetentuan & Kebijakan PrivasiKarir": a menu whose links' names a scrape
# ran together, apart again where a lower-case letter meets a capitalised word.
GLUED_SEAM = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_GLUED_MENU_SEAMS = 3
_GLUED_MENU_CAPITALISED = 0.75


def unglued_menu(line: str) -> str:
    """A menu line run together, its links apart again; any other line unchanged."""
    return GLUED_SEAM.sub(" ", line) if len(GLUED_SEAM.findall(line)) >= _GLUED_MENU_SEAMS else line


def is_glued_menu(line: str) -> bool:
    """A menu whose links a scrape ran together (see above), mostly capitalised and no sentence."""
    if len(GLUED_SEAM.findall(line)) < _GLUED_MENU_SEAMS or _SENTENCE_END.search(line.strip()):
        return False
    words = [w for w in unglued_menu(line).split() if w[:1].isalpha()]
    return bool(words) and sum(1 for w in words if w[:1].isupper()) / len(words) >= _GLUED_MENU_CAPITALISED


def _is_menu_bar(line: str) -> bool:
    if is_glued_menu(line):
        return True
    words = line.split()
    if (
        len(words) <= _LABEL_MAX_WORDS
        or len(line) > _MENU_BAR_MAX_CHARS
        or _SENTENCE_END.search(line.strip())
        or "," in line  # "News - Ana Lee, Contoh TV": a byline or a stamp, which their own rules read
    ):
        return False
    function = stopwords("id") | stopwords("en")
    return all(
        w in _MENU_JOINERS or ((w[:1].isupper() or w[:1].isdigit()) and w.casefold() not in function)
        for w in words
    )


# "KOTA, Contoh.com – …": a dateline (a place, a comma, an outlet, a dash) opening a lead's first words
_LEAD_DASH = re.compile(r"^[A-Z][A-Za-z .]{1,30},\s*\S{2,30}\s+[-–—]\s+\S")
_CUT_LEAD_WORDS = 3


def _cut_lead(paragraphs: list[str], index: int) -> bool:
    """Whether ``paragraphs[index]`` is a piece of a lead cut at its links: a dateline with a dash
    stands at most two paragraphs above, and the next paragraph goes on in lower case."""
    after = paragraphs[index + 1].strip() if index + 1 < len(paragraphs) else ""
    if not (after[:1].islower() and len(after.split()) >= _CUT_LEAD_WORDS):
        return False
    return any(_LEAD_DASH.search(p) for p in paragraphs[max(0, index - 2) : index + 1])


def split_boilerplate(paragraphs: list[str]) -> Split:
    """Marks furniture paragraphs; the rest, in order, is the body."""
    flags = [is_boilerplate_line(p) for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        if _END_PATTERN.search(paragraph.strip()):
            flags[index:] = [True] * (len(paragraphs) - index)
            break
    # Bullet lists under a "Topik:" header.
    for index, paragraph in enumerate(paragraphs):
        if TOPIC_HEADER.match(paragraph.strip()):
            following = index + 1
            while following < len(paragraphs) and _BULLET.match(paragraphs[following]):
                flags[following] = True
                following += 1
    # Short labels above the first story paragraph (a kicker, a section name) are furniture; not a lead
    # the scrape cut at every linked name after its dateline ("KOTA, Contoh.com – Bupati X" / "Fulan
    # Santoso" / "menuturkan, …"): the story's sentence runs on into a lower-case line.
    for index, paragraph in enumerate(paragraphs):
        furniture = flags[index] or _is_label(paragraph) or _is_menu_bar(paragraph)
        if _cut_lead(paragraphs, index) or not furniture:
            break
        flags[index] = True
    # A short fragment between two furniture lines (or after the last one) is furniture too.
    for index, paragraph in enumerate(paragraphs):
        if flags[index] or not _is_fragment(paragraph) or index == 0:
            continue
        after_is_furniture = index + 1 >= len(paragraphs) or flags[index + 1]
        if flags[index - 1] and after_is_furniture and any(not f for f in flags[:index]):
            flags[index] = True
    _flag_cut_repeats(paragraphs, flags)
    _flag_reader_address(paragraphs, flags)
    body = [p for p, flag in zip(paragraphs, flags, strict=True) if not flag]
    boilerplate = [p for p, flag in zip(paragraphs, flags, strict=True) if flag]
    return Split(body, boilerplate, flags)


# "Share your experiences … We're here to listen.", "Can't find what you're looking for?", "Apa Reaksi Anda?":
# outside quotation marks a news story does not talk to its reader; the site does, in its widgets, banners and
# labels. Such a line is furniture when it is short, or stands among the story's first or last paragraphs,
# where a scrape keeps the site's banners and footers as text (a longer one inside the story may be a
# service piece's advice, and stays; so does one that reports speech).
_READER_ADDRESS = re.compile(r"\b(?:you|your|yours|you're|you've|anda|kamu)\b", re.I)
_QUOTE_MARKS = re.compile(r"[\"“”]")
_READER_LABEL_WORDS = 8
_READER_HEAD, _READER_TAIL = 3, 8
_USES_COLUMN = 2


# Uses of speech_verbs.tsv that cue a quotation only ("…," the crowd chanted / Fulan informed): without
# quotation marks they report nothing ("keep everyone informed with a single click!" is a share button's).
_QUOTATION_CUES = frozenset({"intro", "intro_active"})


@cache
def _speech_verb() -> re.Pattern[str]:
    """Any form of the one list of speech verbs that reports speech, as a whole word: a line that reports
    speech is the story's ("Users should update your settings, the researchers said")."""
    forms = {
        columns[0].strip()
        for row in lines("speech_verbs.tsv")
        for columns in [row.split("\t")]
        if len(columns) < _USES_COLUMN + 1 or set(columns[_USES_COLUMN].strip().split(",")) - _QUOTATION_CUES
    } - {""}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.I)


def reports_speech(text: str) -> bool:
    """True when ``text`` holds a verb of the speech-verb list that reports speech ("disampaikan", "said")."""
    return bool(_speech_verb().search(text))


def _flag_reader_address(paragraphs: list[str], flags: list[bool]) -> None:
    story = [i for i, flag in enumerate(flags) if not flag]
    edges = set(story[:_READER_HEAD]) | set(story[-_READER_TAIL:])
    for index in story:
        line = paragraphs[index]
        if not _READER_ADDRESS.search(line) or _QUOTE_MARKS.search(line) or _speech_verb().search(line):
            continue
        if index in edges or len(line.split()) <= _READER_LABEL_WORDS:
            flags[index] = True
    if flags and all(flags):  # a page made only of such lines keeps them: no story is left otherwise
        for index in story:
            flags[index] = False


# A story paragraph printed again below, cut off mid-sentence ("JAKARTA - Presiden … di Istana Negara
# pada"): a site's teaser of its own lead under the story, not more of the story.
_CUT_REPEAT_MIN_WORDS = 8


def _flag_cut_repeats(paragraphs: list[str], flags: list[bool]) -> None:
    seen: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        text = " ".join(paragraph.split())
        if flags[index]:
            continue
        if (
            len(text.split()) >= _CUT_REPEAT_MIN_WORDS
            and not _SENTENCE_END.search(text)
            and any(earlier != text and earlier.startswith(text) for earlier in seen)
        ):
            flags[index] = True
            continue
        seen.append(text)

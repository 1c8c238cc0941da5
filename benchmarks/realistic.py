"""Realistic synthetic news for benchmarks: 2–6 KB articles, a large vocabulary, many names.

Each article is Markdown with front matter (title, date, outlet, author), 7–9 quotes by
speakers drawn from a large pool (a few prolific, most rare), in Indonesian or English; 30 %
are a re-report of a recent article by another outlet, keeping its quotes with small wording
changes. Every word is made here from syllables or common function words, so no one's text
is copied. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

_CONSONANTS = "bcdghjklmnprstwy"
_VOWELS = "aeiou"
_FUNCTION_ID = [
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu", "akan",
    "tidak", "juga", "sudah", "masih", "bisa", "lebih", "karena", "oleh", "sebagai", "atau", "para",
    "telah", "namun", "saat", "hingga", "antara", "setelah", "kepada", "tersebut",
]
_FUNCTION_EN = [
    "the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as", "was", "by", "at", "from",
    "it", "is", "be", "this", "which", "have", "are", "not", "will", "has", "but", "after", "their",
    "more", "than", "over", "about", "been", "also",
]
_PREFIX_ID = ("", "", "", "me", "mem", "men", "di", "ber", "ter", "pe", "ke")
_SUFFIX_ID = ("", "", "", "kan", "an", "nya", "i")
_SUFFIX_EN = ("", "", "s", "ed", "ing", "tion", "ly", "er")
_FIRST = [
    "Adi", "Agus", "Andi", "Anita", "Arief", "Bambang", "Bayu", "Budi", "Citra", "Dedi", "Dewi", "Dian",
    "Eko", "Endang", "Fajar", "Fitri", "Gita", "Hadi", "Hendra", "Ika", "Indah", "Intan", "Joko",
    "Kartika", "Lestari", "Lina", "Made", "Maya", "Nanda", "Nur", "Putri", "Rahmat", "Rina", "Rudi",
    "Sari", "Siti", "Taufik", "Teguh", "Tri", "Umar", "Wahyu", "Wati", "Yanti", "Yusuf", "Zainal",
    "Ayu", "Bagus", "Dimas", "Eka",
]
_ROLES_ID = (
    "Kepala Dinas", "Juru bicara kementerian", "peneliti universitas", "Wali Kota", "Direktur lembaga",
    "Menteri", "anggota dewan", "Ketua asosiasi", "Gubernur", "pengamat",
)
_ROLES_EN = ("spokesperson", "minister", "researcher", "mayor", "director", "governor", "analyst")
_VERBS_ID = ("kata", "ujar", "tutur", "ungkap", "jelas", "tegas")
_CLITICS_ID = ("katanya", "ujarnya", "tuturnya", "tambahnya", "jelasnya")
_DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_OUTLETS = (
    "Kabar Nusantara", "Warta Kota Digital", "Harian Pelita Timur", "Suara Kepulauan",
    "Berita Selatan", "Lintas Pagi", "Jurnal Khatulistiwa", "Gema Daerah",
)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 3)))


@dataclass
class Lexicon:
    """Words and names of one synthetic world, Zipf-weighted so some are common and most rare."""

    rng: random.Random
    words_id: list[str] = field(default_factory=list)
    words_en: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)  # cumulative
    person_weights: list[float] = field(default_factory=list)

    @classmethod
    def build(cls, seed: int, vocabulary: int = 30_000, people: int = 4_000) -> Lexicon:
        rng = random.Random(seed)
        stems = list(dict.fromkeys(_word(rng) for _ in range(vocabulary * 2)))[:vocabulary]
        lex = cls(rng)
        lex.words_id = [rng.choice(_PREFIX_ID) + s + rng.choice(_SUFFIX_ID) for s in stems]
        lex.words_en = [s + rng.choice(_SUFFIX_EN) for s in stems]
        surnames = list(dict.fromkeys(_word(rng).capitalize() for _ in range(people)))
        lex.people = [f"{rng.choice(_FIRST)} {rng.choice(surnames)}" for _ in range(people)]
        lex.places = list(dict.fromkeys(_word(rng).capitalize() for _ in range(300)))
        lex.weights = list(accumulate(1.0 / (rank + 10) for rank in range(len(stems))))
        lex.person_weights = list(accumulate(1.0 / (rank + 3) for rank in range(len(lex.people))))
        return lex

    def words(self, rng: random.Random, lang: str, count: int) -> list[str]:
        pool = self.words_id if lang == "id" else self.words_en
        function = _FUNCTION_ID if lang == "id" else _FUNCTION_EN
        picked = rng.choices(pool, cum_weights=self.weights, k=count)
        return [rng.choice(function) if rng.random() < 0.35 else w for w in picked]

    def sentence(self, rng: random.Random, lang: str, low: int = 8, high: int = 20) -> str:
        words = self.words(rng, lang, rng.randint(low, high))
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), rng.choice(self.places))
        return " ".join(words).capitalize()

    def person(self, rng: random.Random) -> str:
        return rng.choices(self.people, cum_weights=self.person_weights, k=1)[0]


@dataclass
class Story:
    """What a re-report keeps of an original: its topic words, speakers and quotes."""

    lang: str
    place: str
    quotes: list[tuple[str, str, str]]  # (speaker, role, words)
    date: str


def _reword(rng: random.Random, text: str, lex: Lexicon, lang: str) -> str:
    """A re-report's small wording changes: a dropped word, a replaced word."""
    words = text.split()
    if len(words) > 6 and rng.random() < 0.5:
        del words[rng.randrange(1, len(words))]
    if rng.random() < 0.5:
        words[rng.randrange(1, len(words))] = lex.words(rng, lang, 1)[0]
    return " ".join(words)


def _quote_line(rng: random.Random, quote: tuple[str, str, str], lang: str, *, first: bool) -> str:
    speaker, role, words = quote
    if lang == "en":
        if first or rng.random() < 0.5:
            return f'"{words}," said {speaker}, {role}.'
        return f'{speaker.rsplit(maxsplit=1)[-1]} added: "{words}."'
    style = rng.random()
    if first or style < 0.4:
        return f'"{words}," {rng.choice(_VERBS_ID)} {role} {speaker}.'
    if style < 0.7:
        return f'{speaker.rsplit(maxsplit=1)[-1]} mengatakan, "{words}."'
    return f'"{words}," {rng.choice(_CLITICS_ID)}.'


def _story(rng: random.Random, lex: Lexicon, lang: str) -> Story:
    speakers = [lex.person(rng) for _ in range(rng.randint(2, 4))]
    roles = _ROLES_ID if lang == "id" else _ROLES_EN
    role_of = {s: rng.choice(roles) for s in speakers}
    quotes = []
    for _ in range(rng.randint(7, 9)):
        speaker = rng.choice(speakers)
        quotes.append((speaker, role_of[speaker], lex.sentence(rng, lang, 6, 16)))
    date = f"{rng.randint(2022, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Story(lang, rng.choice(lex.places), quotes, date)


def article_text(
    rng: random.Random, lex: Lexicon, story: Story, outlet: str, n: int, *, rewrite: bool
) -> str:
    """One article of the story by ``outlet`` as Markdown; ``rewrite`` rewords the quotes."""
    lang = story.lang
    size = rng.randint(2000, 6000)
    year, month, day = (int(x) for x in story.date.split("-"))
    if lang == "id":
        lead = (
            f"{story.place}, {outlet} - {lex.sentence(rng, lang)} {rng.choice(_DAYS_ID)} "
            f"({day}/{month}/{year})."
        )
    else:
        lead = f"{story.place.upper()} ({outlet}) — {lex.sentence(rng, lang)} on {story.date}."
    paragraphs = [lead]
    spoken: set[str] = set()
    for speaker, role, said in story.quotes:
        words = _reword(rng, said, lex, lang) if rewrite else said
        paragraphs.append(_quote_line(rng, (speaker, role, words), lang, first=speaker not in spoken))
        spoken.add(speaker)
        if rng.random() < 0.6:
            paragraphs.append(" ".join(lex.sentence(rng, lang) + "." for _ in range(rng.randint(1, 2))))
    while sum(len(p) + 2 for p in paragraphs) < size:
        paragraphs.insert(
            rng.randint(1, len(paragraphs)),
            " ".join(lex.sentence(rng, lang) + "." for _ in range(rng.randint(2, 4))),
        )
    title = " ".join(lex.words(rng, lang, rng.randint(5, 9))).title() + f" {n}"
    author = lex.person(rng)
    header = f"---\ntitle: {title}\ndate: {story.date}\noutlet: {outlet}\nauthor: {author}\n---\n\n"
    return header + f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_realistic(
    folder: Path,
    articles: int,
    seed: int = 1,
    english_share: float = 0.25,
    rereport_share: float = 0.3,
    *,
    first: int = 0,
) -> list[Path]:
    """Write ``articles`` Markdown files into ``folder`` (100 per sub-folder) and return their paths;
    with ``first``, only those from that number on: the articles a larger corpus of the same seed
    has after the first ``first`` (what a reporter adds to an archive of those)."""
    rng = random.Random(seed)
    lex = Lexicon.build(seed)
    recent: list[tuple[Story, str]] = []
    paths = []
    for n in range(articles):
        if recent and rng.random() < rereport_share:
            story, first_outlet = rng.choice(recent[-50:])
            outlet = rng.choice([o for o in _OUTLETS if o != first_outlet])
            text = article_text(rng, lex, story, outlet, n, rewrite=True)
        else:
            story = _story(rng, lex, "en" if rng.random() < english_share else "id")
            outlet = rng.choice(_OUTLETS)
            recent.append((story, outlet))
            text = article_text(rng, lex, story, outlet, n, rewrite=False)
        if n < first:
            continue
        path = folder / f"{n // 100:04d}" / f"article-{n:07d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths

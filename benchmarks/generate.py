"""Synthetic news corpora of any size, for benchmarks and stress tests.

Articles are assembled from original sentence templates with fictional names,
so they exercise the real pipeline (datelines, quotes, pronoun attributions,
boilerplate) without copying anyone's text. Deterministic for a given seed.

    python benchmarks/generate.py OUT_DIR --articles 10000 [--seed 1] [--realistic]

These small articles keep unit tests fast; ``--realistic`` writes the benchmark's 2–6 KB
articles (``benchmarks/realistic.py``) instead.
"""

from __future__ import annotations

import argparse
import datetime
import random
from pathlib import Path

FIRST = [
    "Rina",
    "Budi",
    "Sari",
    "Agus",
    "Dewi",
    "Hendra",
    "Maya",
    "Yusuf",
    "Lestari",
    "Bayu",
    "Intan",
    "Fajar",
]
LAST = [
    "Wulandari",
    "Santoso",
    "Handayani",
    "Pratama",
    "Anggraini",
    "Wijaya",
    "Siregar",
    "Nasution",
    "Hakim",
    "Saputra",
    "Kusuma",
    "Rahman",
]
ROLES_ID = [
    "Kepala Dinas Perhubungan",
    "Juru bicara Kementerian Kesehatan",
    "peneliti Universitas Nusa",
    "Wali Kota",
    "Direktur Lembaga Kajian Pangan",
    "Menteri Perdagangan",
]
ROLES_EN = [
    "spokesperson for the transport agency",
    "health minister",
    "a researcher at Nusa University",
    "the city's mayor",
]
OUTLETS = ["Kabar Nusantara", "Warta Kota Digital", "Harian Pelita Timur", "Suara Kepulauan"]
PLACES = ["Jakarta", "Surabaya", "Bandung", "Makassar", "Medan", "Semarang", "Denpasar", "Padang"]
TOPICS_ID = [
    "banjir",
    "harga beras",
    "kereta ringan",
    "vaksinasi",
    "pelabuhan",
    "listrik desa",
    "sampah plastik",
]
TOPICS_EN = [
    "flooding",
    "rice prices",
    "light rail",
    "vaccination",
    "the port",
    "rural power",
    "plastic waste",
]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
VERBS_ID = ["kata", "ujar", "tutur", "ungkap", "jelas", "tegas"]
CLITICS_ID = ["katanya", "ujarnya", "tuturnya", "tambahnya", "jelasnya"]
FILLER_ID = [
    "Pemerintah daerah menyiapkan anggaran tambahan untuk {topic} tahun depan.",
    "Warga di {place} menyambut rencana itu dengan hati-hati.",
    "Sejumlah pengamat menilai persoalan {topic} perlu ditangani lintas kementerian.",
    "Rapat koordinasi digelar di kantor gubernur hingga malam hari.",
    "Data terbaru menunjukkan kenaikan kasus dibandingkan bulan lalu.",
]
FILLER_EN = [
    "Officials in {place} set aside extra money for {topic} next year.",
    "Residents greeted the plan with caution.",
    "Analysts said the problem of {topic} needed a response across ministries.",
    "The coordination meeting ran late into the evening.",
]


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last


def indonesian_article(rng: random.Random, n: int) -> str:
    name, short = _person(rng)
    place, topic, outlet = rng.choice(PLACES), rng.choice(TOPICS_ID), rng.choice(OUTLETS)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    rng.choice(DAYS_ID)  # drawn as before, so every page after this one reads the same
    weekday = DAYS_ID[datetime.date(2024, month, day).weekday()]  # the date's own: a page's lead date holds
    paragraphs = [
        f"{place}, {outlet} - Persoalan {topic} kembali dibahas di {place}, "
        f"{weekday} ({day}/{month}/2024). Laporan nomor {n} ini merangkum perkembangannya.",
        f'"Kami akan menuntaskan masalah {topic} secepatnya," {rng.choice(VERBS_ID)} '
        f"{rng.choice(ROLES_ID)} {name}.",
    ]
    for _ in range(rng.randint(2, 6)):
        paragraphs.append(rng.choice(FILLER_ID).format(place=place, topic=topic))
    paragraphs.append(
        f"{short} mengatakan bahwa pemerintah akan mengevaluasi program itu. "
        f'"Semua pihak harus terlibat," {rng.choice(CLITICS_ID)}.'
    )
    paragraphs.append(f"Baca Juga: Kabar Terbaru soal {topic.title()}")
    title = f"{name} Janji Tuntaskan {topic.title()} di {place} ({n})"
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def english_article(rng: random.Random, n: int) -> str:
    name, short = _person(rng)
    place, topic = rng.choice(PLACES), rng.choice(TOPICS_EN)
    paragraphs = [
        f"{place.upper()} (Reuters) — Officials in {place} promised action on {topic} on "
        f"Nov. {rng.randint(1, 28)}, 2024, in report number {n}.",
        f'"We will fix {topic} this year," said {name}, {rng.choice(ROLES_EN)}.',
    ]
    for _ in range(rng.randint(2, 5)):
        paragraphs.append(rng.choice(FILLER_EN).format(place=place, topic=topic))
    paragraphs.append(f'{short} said the budget would be reviewed. "Everyone has to help," he added.')
    title = f"{place} Pledges Action on {topic.title()} ({n})"
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, articles: int, seed: int = 1, english_share: float = 0.25) -> list[Path]:
    """Write ``articles`` files into ``folder`` (100 per sub-folder) and return their paths."""
    rng = random.Random(seed)
    paths = []
    for n in range(articles):
        text = english_article(rng, n) if rng.random() < english_share else indonesian_article(rng, n)
        path = folder / f"{n // 100:04d}" / f"article-{n:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--realistic", action="store_true", help="2–6 KB articles with 7–9 quotes")
    args = parser.parse_args()
    if args.realistic:
        from benchmarks.realistic import generate_realistic

        generate_realistic(args.out, args.articles, args.seed)
    else:
        generate(args.out, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()

"""People-table cost per indexing batch: it must follow the batch, not the size of the archive.

    python benchmarks/people.py [--articles 20000] [--batch 500] [--people 6000] [--seed 1] [--cache-mb 64]

Feeds synthetic analysed articles (fictional Indonesian-like names: given names and
surnames from small pools so surnames are shared, one name in twenty misspelt, one person
in ten with a nickname defined in the text, roles with dates) to :func:`update_people`
batch by batch in an on-disk SQLite file, one transaction a batch as the indexer does,
and prints the median time (CPU and wall) of the batches of each tenth of the run with the
table sizes. The CPU ms per article should stay flat as the archive grows.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kutip.index.models import Article, Entity, EntityType, Mention, Statement
from kutip.index.people import canonical, update_people, variants

_SYLLABLES = [
    "ra",
    "lo",
    "tu",
    "mi",
    "sa",
    "no",
    "ga",
    "ri",
    "wa",
    "har",
    "du",
    "yan",
    "ko",
    "pra",
    "su",
    "ti",
]
_ROLES = [
    "Menteri Keuangan",
    "Menkeu",
    "Gubernur Jawa Tengah",
    "Kapolda Bali",
    "Juru Bicara KPK",
    "Bupati Sleman",
]
_START = date(2016, 1, 1)


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


@dataclass
class Person:
    name: str
    nickname: str | None
    role: str | None


def _people(rng: random.Random, count: int) -> list[Person]:
    given = [_word(rng, 2) for _ in range(count // 6)]
    surnames = [_word(rng, 3) for _ in range(count // 4)]
    people = []
    for n in range(count):
        parts = [rng.choice(given), rng.choice(surnames)]
        if rng.random() < 0.4:
            parts.insert(1, _word(rng, 2))
        nickname = _word(rng, 2) + "i" if n % 10 == 0 else None
        role = rng.choice(_ROLES) if n % 25 == 0 else None
        people.append(Person(" ".join(parts), nickname, role))
    return people


def _misspelt(rng: random.Random, name: str) -> str:
    at = rng.randrange(1, len(name) - 1)
    return name if name[at] == " " or name[at - 1] == " " else name[:at] + name[at + 1 :]


def _article(rng: random.Random, number: int, people: list[Person]) -> Article:
    aid = f"art{number:07d}"
    day = (_START + timedelta(days=number // 100)).isoformat()
    entities: list[Entity] = []
    statements: list[Statement] = []
    body_parts: list[str] = []
    for person in rng.sample(people, rng.randint(2, 6)):
        name = _misspelt(rng, person.name) if rng.random() < 0.05 else person.name
        surname = name.split()[-1]
        lead = f"{person.role} " if person.role and rng.random() < 0.5 else ""
        start = len(" ".join(body_parts)) + (1 if body_parts else 0) + len(lead)
        body_parts.append(f"{lead}{name} berkata bahwa {surname} setuju.")
        aliases = [surname]
        if person.nickname and rng.random() < 0.5:
            aliases.append(person.nickname)
        entities.append(Entity(name, EntityType.PERSON, [Mention(start, start + len(name), name)], aliases))
        statements.append(
            Statement(f"{aid}:{len(statements)}", aid, "teks", "direct", 0, 4, speaker=name, role=person.role)
        )
    if rng.random() < 0.2:  # an article naming someone only by a nickname
        nicknamed = rng.choice([p for p in people if p.nickname])
        assert nicknamed.nickname is not None
        entities.append(Entity(nicknamed.nickname, EntityType.PERSON, [Mention(0, 0, nicknamed.nickname)]))
    return Article(
        aid, f"{aid}.txt", date=day, body=" ".join(body_parts), entities=entities, statements=statements
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--people", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache-mb", type=int, default=0, help="SQLite page cache, 0: the default")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people = _people(rng, args.people)
    with tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(Path(folder) / "people.sqlite3", isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # as the document store
        if args.cache_mb:
            db.execute(f"PRAGMA cache_size=-{args.cache_mb * 1024}")
        batches = args.articles // args.batch
        report_every = max(1, batches // 10)
        header = (
            f"{'archive':>8} {'batches':>8} {'cpu ms/batch':>13} {'wall ms/batch':>14} {'cpu ms/article':>15}"
        )
        print(f"{header} {'names':>7} {'persons':>8}")
        done = 0
        cpu: list[float] = []
        wall: list[float] = []
        for number in range(batches):
            batch = [_article(rng, done + k, people) for k in range(args.batch)]
            removed = [f"art{rng.randrange(done):07d}"] if done and number % 4 == 3 else []
            started, started_cpu = time.perf_counter(), time.process_time()
            db.execute("BEGIN IMMEDIATE")
            update_people(db, batch, removed)
            db.execute("COMMIT")
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            done += args.batch
            if number % report_every == report_every - 1 or number == batches - 1:
                names = db.execute("SELECT count(*) FROM people_names WHERE words > 1").fetchone()[0]
                persons = db.execute(
                    "SELECT count(DISTINCT person) FROM people_names WHERE words > 1"
                ).fetchone()[0]
                mid_cpu, mid_wall = median(cpu) * 1000, median(wall) * 1000
                per_article = mid_cpu / args.batch
                print(
                    f"{done:>8} {len(cpu):>8} {mid_cpu:>13.0f} {mid_wall:>14.0f} {per_article:>15.2f} "
                    f"{names:>7} {persons:>8}"
                )
                cpu, wall = [], []
        probe = people[0]
        started = time.perf_counter()
        for person in people[:200]:
            canonical(db, person.name.split()[-1])
            variants(db, person.name)
        lookups = (time.perf_counter() - started) / 200 * 1000
        example = f"{probe.name!r} -> {canonical(db, probe.name)!r}"
        print(f"canonical + variants: {lookups:.2f} ms per name (e.g. {example})")
        db.close()


if __name__ == "__main__":
    main()

"""``kutip quotes``, ``kutip statements`` and ``kutip find``: what people said, and who reported it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kutip.tui.cli_common import Context, print_jsonl, require_articles

if TYPE_CHECKING:
    from kutip.index.facade import Cluster


def quotes_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--speaker", metavar="NAME", help="full name, surname or alias")
    kinds = ["direct", "indirect"]
    parser.add_argument("--kind", choices=kinds, help="only direct quotes or reported speech")
    parser.add_argument("--article", metavar="ID", help="only this article (id or unique prefix)")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one statement per line")


def quotes(ctx: Context) -> int:
    args = ctx.args
    require_articles(ctx.archive)
    rows = ctx.archive.statements(speaker=args.speaker, kind=args.kind, article_id=args.article)
    if args.json:
        from kutip.tui.cli_json import statement_json

        print_jsonl([statement_json(r) for r in rows])
    else:
        from kutip.tui import cli_print_analysis as show  # Rich, tables and diffs: printed only

        show.print_statements(rows, ctx.out)
    return 0


def statements_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--speaker", metavar="NAME", help="full name, surname or alias")
    parser.add_argument(
        "--min-articles",
        type=int,
        default=2,
        metavar="N",
        help="only clusters reported by N articles (default 2)",
    )
    parser.add_argument("--json", action="store_true", help="JSON Lines, one cluster per line")


def statements(ctx: Context) -> int:
    require_articles(ctx.archive)
    args = ctx.args
    return _clusters(ctx, ctx.archive.clusters(speaker=args.speaker, min_articles=args.min_articles))


def find_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("phrase", nargs="+", help="words of the remark, in any outlet's wording")
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N clusters")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one cluster per line")


def find(ctx: Context) -> int:
    require_articles(ctx.archive)
    return _clusters(ctx, ctx.archive.find(" ".join(ctx.args.phrase), limit=ctx.args.limit))


def _clusters(ctx: Context, clusters: list[Cluster]) -> int:
    if ctx.args.json:
        print_jsonl([c.to_json() for c in clusters])
    else:
        from kutip.tui import cli_print_analysis as show
        from kutip.tui.outlet_names import clusters_named_alike, one_name_each
        from kutip.tui.reports import unnamed_sources

        # an outlet these reports spell two ways under the reader's one name (JSON keeps each spelling)
        names = one_name_each(m.outlet for c in clusters for m in c.members)
        clusters = clusters_named_alike(clusters, names)
        show.print_clusters(clusters, ctx.out, unnamed_sources(ctx.archive, clusters))
    return 0

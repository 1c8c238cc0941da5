"""``kutip search`` and ``kutip show``: find articles with the query language, print one."""

from __future__ import annotations

import argparse

from kutip.tui.cli_common import Context, print_jsonl, require_articles


def search_arguments(parser: argparse.ArgumentParser) -> None:
    language = 'words, "phrases", AND/OR/NOT, title:, outlet:, lang:, date:, person:, org:, place:'
    parser.add_argument("query", nargs="+", help=language)
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (0: all)")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one result per line")


def search(ctx: Context) -> int:
    args = ctx.args
    query = ctx.archive.check_query(" ".join(args.query))  # a bad query is said before an empty archive
    require_articles(ctx.archive)
    hits = ctx.archive.search(query, limit=None if args.limit == 0 else args.limit)
    if args.json:  # Rich is not imported for JSON
        from kutip.tui.cli_json import hit_json

        print_jsonl([hit_json(h) for h in hits])
    else:
        from kutip.tui.cli_print import print_hits

        print_hits(hits, ctx.out)
    return 0


def show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", help="article id (a unique prefix is enough)")
    parser.add_argument("--json", action="store_true", help="the article as one JSON object")


def show(ctx: Context) -> int:
    from kutip.tui import cli_print

    require_articles(ctx.archive)
    data = cli_print.article_json(ctx.archive, ctx.args.id)
    if ctx.args.json:
        print_jsonl([data])
    else:
        cli_print.print_article(data, ctx.out)
    return 0

"""``kutip entities``: people, organisations and places, archive-wide or in one article.

``--type`` takes ``organisation``, ``organization`` or ``org`` (and the like for the
other kinds); tables print "organisation", JSON keeps the archive's ``organization``.
"""

from __future__ import annotations

import argparse

from kutip.tui.cli_common import Context, entity_kind, entity_type, print_jsonl, require_articles


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--type",
        type=entity_kind,
        metavar="TYPE",
        help="only this kind: person, organisation (or organization, org) or place",
    )
    parser.add_argument("--article", metavar="ID", help="only this article (id or unique prefix)")
    parser.add_argument("--json", action="store_true", help="JSON Lines, one (article, entity) per line")


def run(ctx: Context) -> int:
    args, archive = ctx.args, ctx.archive
    require_articles(archive)
    kind = entity_type(args.type)
    if args.json:
        from kutip.tui.cli_json import entity_json

        for row in archive.entities(kind, args.article):
            print_jsonl([entity_json(row)])
        return 0
    from kutip.tui import cli_print_analysis as show  # Rich and its tables: printed output only

    if args.article:
        show.print_entity_rows(list(archive.entities(kind, args.article)), ctx.out)
    else:
        show.print_entity_table(archive, kind, ctx.out)
    return 0

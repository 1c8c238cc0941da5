"""A one-shot command imports only what it runs (issue 11: ``kutip search --json`` spent most of
its time starting, not searching): its own command module, no write path, no Whoosh module that
only an unused query needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kutip.tui.cli import COMMANDS, build_parser
from kutip.tui.cli_common import named_command

_WRITING = (
    "kutip.index.search.whoosh_engine.merges",
    "kutip.index.search.whoosh_engine.merge_child",
    "kutip.index.search.whoosh_engine.documents",
    "kutip.index.search.whoosh_engine.flush",
    "subprocess",
    "whoosh.lang.morph_en",
)
_OTHER_COMMANDS = ("kutip.tui.cli_cite", "kutip.tui.cli_index", "kutip.tui.cli_statements", "csv")


def _loaded_after(argv: list[str], modules: tuple[str, ...]) -> str:
    code = (
        "import sys\n"
        "from kutip.tui.cli import main\n"
        f"code = main({argv!r})\n"
        f"print([m for m in {modules!r} if m in sys.modules], code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kutip.index.facade import Archive
    from tests.snapshots.test_tui_app import write_fixture_corpus

    folder = tmp_path_factory.mktemp("startup")
    opened = Archive.open(folder / "ix")
    opened.index([write_fixture_corpus(folder / "fixture")])
    opened.close()
    return folder / "ix"


_PHRASES = ("kutip.index.search.whoosh_engine.phrases",)


def test_a_json_search_imports_no_write_path_nor_other_commands(archive: Path) -> None:
    argv = ["--index", str(archive), "search", "jembatan", "--json"]
    assert _loaded_after(argv, _WRITING + _OTHER_COMMANDS + _PHRASES) == "[] 0"


def test_a_phrase_search_imports_the_phrase_reader(archive: Path) -> None:
    argv = ["--index", str(archive), "search", '"jembatan ambruk"', "--json"]
    assert _loaded_after(argv, _PHRASES) == f"[{_PHRASES[0]!r}] 0"


_PRINTED = ("rich", "kutip.tui.cli_print_analysis", "kutip.index.linking")


def test_json_quotes_and_entities_import_no_printing(archive: Path) -> None:
    argv = ["--index", str(archive), "quotes", "--json"]
    assert _loaded_after(argv, ("kutip.tui.cli_statements", "kutip.tui.cli_cite", *_WRITING, *_PRINTED)) == (
        "['kutip.tui.cli_statements'] 0"
    )
    argv = ["--index", str(archive), "entities", "--json"]
    assert _loaded_after(argv, _PRINTED) == "[] 0"
    argv = ["--index", str(archive), "statements", "--json"]
    assert _loaded_after(argv, ("rich", "kutip.tui.cli_print_analysis")) == "[] 0"


def test_printed_quotes_still_print(archive: Path) -> None:
    argv = ["--index", str(archive), "quotes"]
    assert _loaded_after(argv, ("rich", "kutip.tui.cli_print_analysis")) == (
        "['rich', 'kutip.tui.cli_print_analysis'] 0"
    )


def test_indexing_still_writes_and_merges(tmp_path: Path) -> None:
    from tests.snapshots.test_tui_app import write_fixture_corpus

    corpus = write_fixture_corpus(tmp_path / "fixture")
    argv = ["--index", str(tmp_path / "ix"), "index", str(corpus)]
    found = _loaded_after(argv, ("kutip.index.search.whoosh_engine.documents",))
    assert found == "['kutip.index.search.whoosh_engine.documents'] 0"
    argv = ["--index", str(tmp_path / "ix"), "search", "jembatan", "--json"]
    assert _loaded_after(argv, ()) == "[] 0"


def test_the_named_command_is_the_first_word_past_the_options() -> None:
    names = {command.name for command in COMMANDS}
    assert named_command(["search", "banjir"], names) == "search"
    assert named_command(["--index", "search", "quotes", "--json"], names) == "quotes"
    assert named_command(["--index=ix", "cite", "a1"], names) == "cite"
    assert named_command(["--version"], names) is None
    assert named_command(["banjir"], names) is None  # no command: the parser says so, as before


def test_only_the_named_commands_arguments_are_built() -> None:
    parser = build_parser("search")
    (subparsers,) = [a for a in parser._actions if a.dest == "command"]
    choices = subparsers.choices  # type: ignore[attr-defined]
    assert list(choices) == [command.name for command in COMMANDS]  # every command still listed
    assert any("--json" in a.option_strings for a in choices["search"]._actions)
    assert not any("--json" in a.option_strings for a in choices["quotes"]._actions)
    full = build_parser()
    (every,) = [a for a in full._actions if a.dest == "command"]
    assert all(len(p._actions) > 1 for p in every.choices.values())  # type: ignore[attr-defined]


def test_a_commands_help_and_a_usage_error_read_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    from kutip.tui.cli import main

    with pytest.raises(SystemExit):
        main(["search", "--help"])
    assert "--json" in capsys.readouterr().out
    with pytest.raises(SystemExit) as stopped:
        main(["serach", "banjir"])
    assert stopped.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_whooshs_variations_still_work_when_asked() -> None:
    code = (
        "import sys\n"
        "import kutip.index.search.whoosh_engine.engine\n"
        "from whoosh.query.terms import Variations\n"
        "loaded = 'whoosh.lang.morph_en' in sys.modules\n"
        "from whoosh.lang.morph_en import variations\n"
        "print(loaded, sorted(variations('rendered'))[:2])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False ['render', 'rendere']"


def test_a_store_opened_to_search_makes_no_merge_policy(tmp_path: Path) -> None:
    from kutip.index.search.whoosh_engine import store

    opened = store.WhooshStore(tmp_path / "search")
    assert opened._merge_policy is None and opened.merge_cpu == 0.0
    with opened.batch():
        pass
    assert opened._merge_policy is not None
    opened.settle_merges()
    opened.close()
    assert store.MERGE_TIER > 0

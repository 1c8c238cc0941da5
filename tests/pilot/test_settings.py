"""The settings file: optional, forgiving when broken, precise in its warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from kutip.index.facade import Archive
from kutip.tui.app import KutipApp
from kutip.tui.settings import (
    DEFAULT_STYLE,
    Settings,
    SettingsError,
    dumps,
    load_settings,
    save_setting,
    settings_path,
)
from tests.pilot_support import synchronous

if __import__("sys").version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

THEMES = {"textual-dark", "nord"}
COMMANDS = {"quit", "help", "search"}


def load(path: Path) -> tuple[Settings, list[str]]:
    return load_settings(path, themes=THEMES, commands=COMMANDS)


def test_no_file_means_defaults_and_no_warnings(tmp_path: Path) -> None:
    assert load(tmp_path / "settings.toml") == (Settings(), [])
    assert not (tmp_path / "settings.toml").exists()


def test_default_location_is_the_user_config_dir(tmp_path: Path) -> None:
    # conftest points XDG_CONFIG_HOME at a temporary home
    assert settings_path().parts[-2:] == ("kutip", "settings.toml")
    settings, warnings = load_settings()
    assert settings.citation_style == DEFAULT_STYLE and warnings == []


def test_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'citation_style = "chicago"\ntheme = "nord"\nindex = "~/arsip"\n\n[keys]\nquit = "ctrl+q"\n',
        encoding="utf-8",
    )
    settings, warnings = load(path)
    assert warnings == []
    assert settings.citation_style == "chicago" and settings.theme == "nord"
    assert settings.index == Path("~/arsip").expanduser()
    assert settings.keys == {"quit": "ctrl+q"}


def test_invalid_values_warn_with_file_and_key_and_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'citation_style = "harvard"\ntheme = 3\ncolour = "red"\n\n[keys]\nquit = "ctrl+q"\nfly = "f"\nhelp = "ctrl q"\n',
        encoding="utf-8",
    )
    settings, warnings = load(path)
    assert settings == Settings(keys={"quit": "ctrl+q"})
    assert len(warnings) == 5
    assert all(w.startswith(f"{path}: ") for w in warnings)
    joined = "\n".join(warnings)
    assert "citation_style must be one of plain, markdown" in joined
    assert "theme must be a string" in joined
    assert "colour is not a setting" in joined
    assert "keys.fly there is no command 'fly'" in joined
    assert "keys.help must be key names" in joined


def test_broken_toml_gives_one_warning_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('citation_style = "apa\n', encoding="utf-8")
    settings, warnings = load(path)
    assert settings == Settings()
    assert len(warnings) == 1 and str(path) in warnings[0] and "not valid TOML" in warnings[0]


def test_save_creates_the_file_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    save_setting("citation_style", "bibtex", path, themes=THEMES, commands=COMMANDS)
    save_setting("keys.quit", "ctrl+q", path, themes=THEMES, commands=COMMANDS)
    save_setting("index", 'C:\\arsip "lama"', path, themes=THEMES, commands=COMMANDS)
    save_setting("citation_style", "mla", path, themes=THEMES, commands=COMMANDS)
    settings, warnings = load(path)
    assert warnings == []
    assert settings.citation_style == "mla" and settings.keys == {"quit": "ctrl+q"}
    assert settings.index == Path('C:\\arsip "lama"')
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_save_rejects_invalid_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    with pytest.raises(SettingsError, match=r"settings\.toml: citation_style must be one of"):
        save_setting("citation_style", "harvard", path, themes=THEMES, commands=COMMANDS)
    assert not path.exists()


def test_save_never_overwrites_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("theme = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML"):
        save_setting("theme", "nord", path, themes=THEMES, commands=COMMANDS)
    assert path.read_text(encoding="utf-8") == "theme = \n"


def test_writer_escapes_strings() -> None:
    data = {"a": 'quote " back \\ tab\t', "n": 3, "on": True, "keys": {"weird key": "x", "quit": "q"}}
    assert tomllib.loads(dumps(data)) == data


# -- issue 12: whatever the file holds, one line of warning and the defaults ----------------------
KEYS = {"quit": ("app", "q"), "help": ("app", "question_mark"), "down": ("list", "j,down"),
        "close": ("help", "escape,q"), "next": ("cite", "j")}  # fmt: skip


def load_keys(path: Path) -> tuple[Settings, list[str]]:
    return load_settings(path, themes=THEMES, commands=set(KEYS), default_keys=KEYS)


@pytest.mark.parametrize(
    "text",
    ["a = " + "[" * 5000 + "]" * 5000, "a = " + "{b = " * 3000 + "1" + "}" * 3000, "[" + ".".join("x" * 5000) + "]"],
    ids=["arrays", "inline-tables", "dotted-table"],
)
def test_toml_nested_thousands_deep_is_one_warning(tmp_path: Path, text: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    settings, warnings = load(path)
    assert settings == Settings()
    assert len(warnings) == 1 and "\n" not in warnings[0]
    assert "nested too deeply" in warnings[0] or "x is not a setting" in warnings[0]


def test_save_refuses_a_file_nested_too_deeply(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("a = " + "[" * 5000 + "]" * 5000, encoding="utf-8")
    with pytest.raises(SettingsError, match="nested too deeply"):
        save_setting("theme", "nord", path, themes=THEMES, commands=COMMANDS)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'\xef\xbb\xbfcitation_style = "apa"\n')
    assert load(path) == (Settings(citation_style="apa"), [])


def test_index_pointing_at_a_file_is_not_an_archive_folder(tmp_path: Path) -> None:
    a_file = tmp_path / "passwd"
    a_file.write_text("root:x:0:0\n", encoding="utf-8")
    path = tmp_path / "settings.toml"
    path.write_text(f'index = "{a_file}"\ntheme = "nord"\n', encoding="utf-8")
    settings, warnings = load(path)
    assert settings == Settings(theme="nord")
    assert warnings == [f"{path}: index is not an archive folder (a file is there); using the default"]
    with pytest.raises(SettingsError, match="not an archive folder"):
        save_setting("index", str(a_file), path, themes=THEMES, commands=COMMANDS)


def test_a_key_already_in_use_keeps_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[keys]\nquit = "j"\nhelp = "ctrl+h"\n', encoding="utf-8")
    settings, warnings = load_keys(path)
    assert settings.keys == {"help": "ctrl+h"}
    assert warnings == [f"{path}: keys.quit 'j' is already used by down; keeping the default 'q'"]


def test_keys_in_scopes_never_active_together_do_not_clash(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[keys]\nclose = "escape,j"\n', encoding="utf-8")  # the help screen and the list
    assert load_keys(path) == (Settings(keys={"close": "escape,j"}), [])


def test_swapping_two_commands_keys_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[keys]\nquit = "question_mark"\nhelp = "q"\n', encoding="utf-8")
    settings, warnings = load_keys(path)
    assert warnings == [] and settings.keys == {"quit": "question_mark", "help": "q"}


def test_the_real_command_table_catches_quit_on_j(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[keys]\nquit = "j"\n', encoding="utf-8")
    settings, warnings = load_settings(path)
    assert settings.keys == {} and len(warnings) == 1 and "already used by" in warnings[0]


@synchronous
async def test_the_reader_starts_with_a_hostile_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xef\xbb\xbf" + ('[keys]\nquit = "j"\n[x]\na = ' + "[" * 5000 + "]" * 5000).encode())
    archive = Archive.open(tmp_path / "ix")
    try:
        app = KutipApp(archive, settings_file=path)
        assert len(app.settings_warnings) == 1 and "nested too deeply" in app.settings_warnings[0]
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert app.is_running
    finally:
        archive.close()


def test_a_huge_file_is_one_warning(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("# padding\n" * 200_000, encoding="utf-8")
    settings, warnings = load(path)
    assert settings == Settings() and len(warnings) == 1 and "too large" in warnings[0]


def test_a_folder_where_the_file_should_be_is_one_warning(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.mkdir()
    settings, warnings = load(path)
    assert settings == Settings() and len(warnings) == 1 and "cannot be read" in warnings[0]


def test_save_refuses_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    with pytest.raises(SettingsError, match="valid UTF-8"):
        save_setting("index", "/arsip/\udcff", path, themes=THEMES, commands=COMMANDS)
    assert not path.exists()

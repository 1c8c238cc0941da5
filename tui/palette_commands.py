"""The command table in Textual's command palette: each entry the table offers where it runs, and
chosen, run as its key would be. Apart from the table (kutip.tui.commands) because it reads which
scopes a screen shows (kutip.tui.scopes), and scopes read the table's bindings."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from kutip.tui.commands import COMMANDS, Command
from kutip.tui.scopes import scopes_shown


class CommandsProvider(Provider):
    """Offers the table's commands in Textual's command palette.

    A chosen command runs the app action ``run_command``, which finds the widget
    that owns its scope, so the palette behaves exactly like the key.
    """

    def _palette_commands(self) -> list[Command]:
        """The table's palette commands that run on the screen the palette was opened over: the
        page's filters were offered over the main screen, where choosing one did nothing."""
        table: Iterable[Command] = getattr(self.app, "command_table", COMMANDS)  # with the user's keys
        here = scopes_shown(self.screen) | {"app"}
        return [command for command in table if command.palette and command.scope in here]

    def _runner(self, command: Command) -> Callable[[], Awaitable[bool]]:
        return partial(self.app.run_action, f"run_command({command.id!r})")

    def _help_text(self, command: Command) -> str:
        return f"{command.group} · {command.display_keys}"

    async def discover(self) -> Hits:
        for command in self._palette_commands():
            yield DiscoveryHit(
                command.description, self._runner(command), help=self._help_text(command)
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._palette_commands():
            score = matcher.match(command.description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.description),
                    self._runner(command),
                    help=self._help_text(command),
                )

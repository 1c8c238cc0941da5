"""Widgets and screens that own a scope of the command table, declared where they are defined.

``class ArticleList(ScopedKeys, ScrollView, scope="list")`` gives the class the table's
bindings for ``list`` and records that its nodes run ``list`` commands, so the palette
finds the node that runs a command (:func:`scope_owner`) without a hand-kept map that a
new widget could be missing from.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App
from textual.binding import BindingType
from textual.screen import Screen
from textual.widget import Widget

from kutip.tui.commands import Scope, bindings


class ScopedKeys:
    """Mixin (first among the bases): ``scope=`` names the command scope the class owns."""

    command_scopes: ClassVar[frozenset[Scope]] = frozenset()
    BINDINGS: ClassVar[list[BindingType]]

    def __init_subclass__(cls, scope: Scope | None = None, **kwargs: Any) -> None:
        if scope is not None:
            cls.BINDINGS = list(bindings(scope))
            cls.command_scopes = cls.command_scopes | {scope}  # a subclass also runs its base's
        super().__init_subclass__(**kwargs)


def owns(node: object, scope: Scope) -> bool:
    return isinstance(node, ScopedKeys) and scope in node.command_scopes


def scopes_shown(screen: Screen[object]) -> set[Scope]:
    """The scopes whose commands run on ``screen``: its own and those of its shown nodes (the palette
    offers a command only where one runs it)."""
    shown = [screen, *(node for node in screen.walk_children(Widget) if node.display)]
    return {scope for node in shown if isinstance(node, ScopedKeys) for scope in node.command_scopes}


def scope_owner(app: App[Any], main_screen: Screen[object], scope: Scope) -> App[Any] | Widget:
    """The node that runs a command of ``scope``: the app for ``app``; else the focused node or the
    nearest of its ancestors that owns the scope; else the first on the main screen that does;
    else the screen on top (whose own commands those are)."""
    if scope == "app":
        return app
    focused = app.focused
    for node in (focused, *focused.ancestors) if focused is not None else ():
        if isinstance(node, Widget) and owns(node, scope):
            return node
    for node in main_screen.walk_children(Widget):
        if node.display and owns(node, scope):
            return node
    return app.screen

"""Whoosh without three imports it never uses on kutip's paths.

``whoosh.compat`` imports ``urllib.request`` (with ``http.client``, ``email`` and ``ssl``) for a
download helper, and ``whoosh.reading`` the ``cached_property`` package (which imports
``asyncio``) for one property of its segment reader: together about a quarter of Whoosh's import,
paid by every one-shot ``kutip`` command. ``whoosh.query`` imports ``whoosh.lang.morph_en``, whose
~200 English suffix patterns (compiled when imported: ~5 ms, the largest of Whoosh's modules)
serve only its ``Variations`` query, which kutip never builds. All three are imported here with
light stand-ins in ``sys.modules``, taken out again straight after, so any later import of
either gets the real one.
"""

from __future__ import annotations

import functools
import sys
import types
from typing import Any

__all__ = ["import_whoosh"]


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    """``urllib.request.urlretrieve``, imported when first called (Whoosh never calls it)."""
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(*args: Any, **kwargs: Any) -> Any:
    """``whoosh.lang.morph_en.variations``, imported when first called (kutip never calls it)."""
    from whoosh.lang.morph_en import variations

    return variations(*args, **kwargs)


def _stand_ins() -> dict[str, types.ModuleType]:
    request = types.ModuleType("urllib.request", "stand-in while Whoosh is imported")
    request.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
    cached = types.ModuleType("cached_property", "stand-in while Whoosh is imported")
    cached.cached_property = functools.cached_property  # type: ignore[attr-defined]  # same for plain methods
    morph = types.ModuleType("whoosh.lang.morph_en", "stand-in while Whoosh is imported")
    morph.variations = _variations  # type: ignore[attr-defined]
    return {request.__name__: request, cached.__name__: cached, morph.__name__: morph}


def import_whoosh() -> None:
    """Import Whoosh's base modules (every other Whoosh module imports them first) and its
    queries, once."""
    if "whoosh.reading" in sys.modules and "whoosh.query" in sys.modules:
        return
    placed = {name: module for name, module in _stand_ins().items() if name not in sys.modules}
    sys.modules.update(placed)
    try:
        import whoosh.compat
        import whoosh.query
        import whoosh.reading  # noqa: F401
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]

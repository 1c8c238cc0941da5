"""One name for an outlet the archive spells two ways.

Pages of one outlet name it differently: spelled out with its acronym on some (``Kantor Berita
Contoh (KBC)``), the acronym alone on others (``KBC``), or in other capitals (``Warta.com`` and
``WARTA.com``). The list, its outlet facet and the quote finder showed each spelling as another
outlet, so one outlet's reports of a remark looked like two outlets'. The reader shows one name
for all of them: the spelled-out name with its acronym, else the spelling most pages use. The
archive keeps what each page printed (citations and JSON are unchanged).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kutip.index.facade import ArticleSummary

if TYPE_CHECKING:  # the linker is imported when a cluster is first read, not at the reader's start
    from kutip.index.facade import Cluster, ClusterMember

# "Name of the Outlet (ACRONYM)": two words or more, then an acronym of capitals (and digits)
_SPELLED_OUT = re.compile(r"(?P<name>\S+(?:\s+\S+)+?)\s*\((?P<acronym>[A-Z][A-Z0-9]{1,9})\)")


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def one_name_each(outlets: Iterable[str]) -> dict[str, str]:
    """Each spelling of an outlet that another spelling in ``outlets`` names too -> the one name
    shown for them all; spellings with no other are left out (the usual case: an empty map)."""
    counts = Counter(outlet for outlet in outlets if outlet.strip())
    spellings: dict[str, list[str]] = {}
    for outlet in counts:
        spellings.setdefault(_key(outlet), []).append(outlet)
    shown = {key: min(names, key=lambda n: (-counts[n], n)) for key, names in spellings.items()}
    joined: dict[str, str] = {}  # a spelling's key -> the key of the spelled-out name it joins
    for key in list(shown):
        spelled = _SPELLED_OUT.fullmatch(shown[key])
        if spelled is None:
            continue
        for part in (spelled["acronym"], spelled["name"]):
            if _key(part) in shown and _key(part) != key:
                joined[_key(part)] = key
    names: dict[str, str] = {}
    for key, variants in spellings.items():
        name = shown[joined.get(key, key)]
        names.update((variant, name) for variant in variants if variant != name)
    return names


def named_alike(summaries: Sequence[ArticleSummary], names: Mapping[str, str]) -> list[ArticleSummary]:
    """``summaries`` with each outlet spelled as :func:`one_name_each` shows it (the others as they
    are, the same objects)."""
    if not names:
        return list(summaries)
    return [replace(s, outlet=names[s.outlet]) if s.outlet in names else s for s in summaries]


def clusters_named_alike(clusters: list[Cluster], names: Mapping[str, str]) -> list[Cluster]:
    """``clusters`` with each report's outlet spelled as :func:`one_name_each` shows it."""
    if not names or not any(m.outlet in names for c in clusters for m in c.members):
        return clusters

    def renamed(member: ClusterMember) -> ClusterMember:
        return replace(member, outlet=names[member.outlet]) if member.outlet in names else member

    return [replace(c, members=[renamed(m) for m in c.members]) for c in clusters]

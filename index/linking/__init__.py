"""Cross-article statement linking: the same remark as reported by several outlets.

``update_links`` keeps the linker's own cluster tables current after each indexing batch
(the document store reads them through ``cluster_ids``);
``clusters`` and ``find`` read the clusters back; ``word_diff`` marks how one report's
wording differs from the earliest. Never imports the reader. The updater loads lazily (see
``kutip.index.lazy``): reading clusters does not import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kutip.index.lazy import lazy_exports

# Names that are also their module's name (``clusters``, ``similarity``) are bound here, as a
# submodule imported later would otherwise shadow a lazily bound function.
from kutip.index.linking.clusters import Cluster, ClusterMember, clusters, find, members_of
from kutip.index.linking.diff import word_diff
from kutip.index.linking.members import cluster_ids
from kutip.index.linking.similarity import same_utterance, similarity

if TYPE_CHECKING:
    from kutip.index.linking.update import candidates, unlinked, update_links

_EXPORTS = {
    "candidates": "update",
    "unlinked": "update",
    "update_links": "update",
}
_load = lazy_exports(__name__, _EXPORTS)


def __getattr__(name: str) -> Any:
    return _load(name)


__all__ = [
    "Cluster",
    "ClusterMember",
    "candidates",
    "cluster_ids",
    "clusters",
    "find",
    "members_of",
    "same_utterance",
    "similarity",
    "unlinked",
    "update_links",
    "word_diff",
]

"""Cross-article statement linking: the same remark as reported by several outlets.

``update_links`` keeps the linker's own cluster tables current after each indexing batch
(the document store reads them through ``cluster_ids``);
``clusters`` and ``find`` read the clusters back; ``word_diff`` marks how one report's
wording differs from the earliest. Never imports the reader.
"""

from __future__ import annotations

from kutip.index.linking.clusters import Cluster, ClusterMember, clusters, find, members_of
from kutip.index.linking.diff import word_diff
from kutip.index.linking.members import cluster_ids
from kutip.index.linking.similarity import same_utterance, similarity
from kutip.index.linking.update import candidates, unlinked, update_links

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

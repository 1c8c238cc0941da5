"""Search behind one seam: kutip's query language, the engine protocol, its Whoosh implementation.

:mod:`.parse` turns typed text into kutip's own tree (:mod:`.tree`) once; an engine
(:class:`.engine.SearchEngine`) translates the tree into its own queries. Only
``kutip.index.search.whoosh_engine`` imports Whoosh (an import-linter contract checks it).
"""

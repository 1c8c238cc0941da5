"""The Whoosh implementation of kutip's search engine: the only package that imports Whoosh.

:mod:`.engine` holds :class:`WhooshEngine`; this file imports nothing, so the stemmers'
borrowing of :mod:`.toolkit` does not load the whole engine.
"""

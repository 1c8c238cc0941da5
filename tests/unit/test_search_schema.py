"""The Whoosh schema pickles its stemmers by module path: that path must not move silently."""

from __future__ import annotations

import pickle

from kutip.index.search.whoosh_engine.schema import SCHEMA_VERSION, build_schema


def test_the_schema_names_its_stemmers_from_their_stable_home() -> None:
    pickled = pickle.dumps(build_schema())
    assert b"kutip.index.search.stemming" in pickled
    assert b"kutip.index.analyzers" not in pickled
    assert b"kutip.index.search.whoosh_engine.schema" in pickled  # the id column's class
    assert SCHEMA_VERSION == 6  # bump with any move: older archives are then rebuilt, not misread


"""The Whoosh implementation of kutip's search engine: the only package that imports Whoosh.

:mod:`.engine` holds :class:`WhooshEngine`. This file imports only Whoosh's base modules, through
:mod:`.lean` (which spares every command two imports Whoosh does not need), so the stemmers'
borrowing of :mod:`.toolkit` does not load the whole engine.
"""

from kutip.index.search.whoosh_engine.lean import import_whoosh

import_whoosh()

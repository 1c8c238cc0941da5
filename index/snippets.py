"""Old home of snippets and match finding."""
# moved to kutip.index.search.snippets; the lead removes this after integration
# (finding matches moved to kutip.index.search.whoosh_engine.highlight)

from kutip.index.search.snippets import SNIPPET_CHARS, snippet
from kutip.index.search.whoosh_engine.highlight import candidate_words, find_matches

__all__ = ["SNIPPET_CHARS", "candidate_words", "find_matches", "snippet"]

"""Who said what in an article: direct quotations and reported speech, with exact spans."""

from .extract import extract_statements

__all__ = ["extract_statements"]

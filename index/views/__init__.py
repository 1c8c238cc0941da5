"""Views the reader shows, built from the archive's own types (no Textual here).

The reader reaches them through the façade's ``# --- reader views ---`` block.
"""

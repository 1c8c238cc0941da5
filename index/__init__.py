"""kutip.index: ingest, analysis, the Whoosh store and search. Never imports textual."""

"""kutip.tui: the Textual reader, clipboard and the command line."""

"""kutip's own Indonesian stemmer: Sastrawi's algorithm, compiled once (:mod:`.confix`)."""

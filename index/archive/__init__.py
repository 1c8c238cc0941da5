"""The parts of :class:`kutip.index.facade.Archive`, one job each: opening and repair,
searching, statements and people, writing. The façade composes them and is the one door."""

"""The dataset store: converted documents gathered into one SQLite file (plus xlsx and CSV exports)."""

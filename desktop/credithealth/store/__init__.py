"""SQLite: the only place that speaks SQL (one module per table, ``db.py`` opens a file).

Through sqlite-utils, loaded on first need: plain reads go straight to the driver
(``database.py``), so a command that only reads, and the window's first paint, never
load it.
"""

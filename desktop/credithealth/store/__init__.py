"""SQLite through sqlite-utils: the only place that speaks SQL."""

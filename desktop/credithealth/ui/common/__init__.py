"""What every feature uses: the session (open database, undo stack, current
assessment), undo commands, background work, Qt helpers, colours, fonts, languages,
choice labels, and the shared widgets and table models. It imports no feature.
"""

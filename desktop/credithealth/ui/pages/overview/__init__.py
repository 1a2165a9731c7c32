"""The overview dashboard's parts: the verdict banner, factor cards, the projected date,
the what-if panel, the charts, and the data they show (loaded off the GUI thread)."""

"""Reusable widgets: validated fields, record forms."""

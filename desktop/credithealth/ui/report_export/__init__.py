"""Exporting the readiness report (PDF): the export dialog with its page preview, the
name on the cover setting, and File → Export's menu entry. The report itself is
built by ``credithealth.report``.
"""

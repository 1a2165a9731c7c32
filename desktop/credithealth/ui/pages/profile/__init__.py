"""The Personal info page: the completeness checklist and the change log."""

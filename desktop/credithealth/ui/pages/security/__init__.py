"""The Account security page: the checklist and the log of security events."""

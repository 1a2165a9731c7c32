"""The Credit scores page: Sesame score snapshots and external credit records."""

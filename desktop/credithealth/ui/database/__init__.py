"""The database file: opening it (instance lock, passphrase, what to do when it cannot be
opened), encryption, automatic backups and restoring one, the whole-file steps that
replace the file, another launch asking for the window, and read-only mode.
"""

"""The ``credit-health`` command, one module a command group:

  main        the parser, global options, error handling and exit codes; ``gui``
  common      the database file, passphrases, opening, the instance lock
  assess      ``assess`` and ``demo``
  report      ``report`` (the PDF)
  importing   ``import`` (bill files)
  backups     ``backup``, ``restore``, ``backups``, ``restore-backup``
  encryption  ``encrypt``, ``rekey``, ``decrypt``
  calendar    ``calendar``, ``workdays``

Everything but ``gui`` runs without Qt: ``assess`` must not even import it.
Exit status: 0 success, 1 a user error (one line on stderr), 2 a usage error.
"""

from credithealth.cli.common import default_db_path
from credithealth.cli.main import build_parser, main

__all__ = ["build_parser", "default_db_path", "main"]

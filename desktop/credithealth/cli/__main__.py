"""``python -m credithealth.cli``."""

from credithealth.cli.main import main

raise SystemExit(main())

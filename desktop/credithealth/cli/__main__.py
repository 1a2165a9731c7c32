"""``python -m credithealth.cli``."""

from credithealth.cli.main import main

if __name__ == "__main__":  # importing this module (a walk over the package) runs nothing
    raise SystemExit(main())

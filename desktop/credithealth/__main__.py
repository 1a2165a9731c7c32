from credithealth.cli import main

raise SystemExit(main())

"""Allow `python -m salesapp`."""

from salesapp.cli import main

raise SystemExit(main())

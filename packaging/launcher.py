"""PyInstaller entry script: starts salesapp exactly like the installed `salesapp` command."""

from salesapp.cli import main

raise SystemExit(main())

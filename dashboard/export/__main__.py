"""Entry point of `python -m dashboard.export`."""
import sys

from dashboard.export.cli import main

sys.exit(main())

"""Entry point of `python -m incidents`."""
import sys

from incidents.cli import main

sys.exit(main())

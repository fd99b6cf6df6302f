"""`python -m gazetteer`: see gazetteer.cli."""
import sys

from gazetteer.cli import main

sys.exit(main())

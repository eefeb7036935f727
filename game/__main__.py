"""``python -m game``: the same as the ``refuge`` command."""

import sys

from game.cli import main

sys.exit(main())

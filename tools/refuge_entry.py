"""The frozen game's entry point (tools/refuge.spec): ``refuge ARGS`` is ``python -m game ARGS``.

With ``REFUGE_STARTUP_PROBE=1`` the run leaves the moment its first frame is on screen, so
``benchmarks/bench_dist.py`` times the bundle's start-up exactly as ``benchmarks/startup_probe.py`` times
the source run's (the same patch; nothing else changes).
"""

import os
import sys

if os.environ.get("REFUGE_STARTUP_PROBE") == "1":
    from benchmarks.startup_probe import exit_at_first_frame

    exit_at_first_frame()

from game.cli import main

sys.exit(main())

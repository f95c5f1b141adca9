"""Crash-test hook: OEP_TEST_PAUSE="<point>:<seconds>" makes the pipeline sleep at that point.

Only tests set it (tests/test_atomic*.py SIGKILL a run while it sleeps half way). Points:
'events' (after the first events partition is written) and 'marts' (after the temporary DuckDB
file is built, before the swap).
"""
from __future__ import annotations

import os
import sys
import time


def pause(point: str) -> None:
    spec = os.environ.get("OEP_TEST_PAUSE", "")
    name, _, seconds = spec.partition(":")
    if spec and name == point:
        print(f"OEP_TEST_PAUSE reached {point}", file=sys.stderr, flush=True)
        time.sleep(float(seconds or 60))

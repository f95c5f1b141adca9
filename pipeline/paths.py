"""Where the project's data files live. No I/O at import time."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def schemas_dir() -> Path:
    """The codebook, dictionaries and table schemas (schemas/ at the project root)."""
    return Path(os.environ.get("OEP_SCHEMAS_DIR", PROJECT_ROOT / "schemas"))


def default_raw_dir() -> Path:
    return Path(os.environ.get("OEP_RAW_DIR", PROJECT_ROOT / "data" / "raw"))


def default_warehouse_dir() -> Path:
    return Path(os.environ.get("OEP_WAREHOUSE_DIR", PROJECT_ROOT / "data" / "warehouse"))


def cache_dir() -> Path:
    """Compiled dictionaries and derived indexes, keyed by the hash of their sources."""
    base = os.environ.get("OEP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "oep"
    )
    return Path(base)

"""Where the project's data files live. No I/O at import time."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def schemas_dir() -> Path:
    """The codebook, dictionaries and table schemas (schemas/ at the project root)."""
    return Path(os.environ.get("OEP_SCHEMAS_DIR", PROJECT_ROOT / "schemas"))


_SCHEMAS_DIR_BY_ENV: dict[tuple, str] = {}


def schemas_subdir(name: str = "") -> str:
    """schemas_dir() / name as a string, remembered per OEP_SCHEMAS_DIR value: hot paths call
    this once per article, and building Paths there costs more than the lookup."""
    key = (os.environ.get("OEP_SCHEMAS_DIR"), name)
    directory = _SCHEMAS_DIR_BY_ENV.get(key)
    if directory is None:
        directory = _SCHEMAS_DIR_BY_ENV[key] = str(schemas_dir() / name) if name else str(schemas_dir())
    return directory


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

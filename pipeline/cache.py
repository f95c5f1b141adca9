"""On-disk cache of compiled data (dictionaries, gazetteer index), keyed by a digest of its inputs.

One pickle per digest under pipeline.paths.cache_dir(); written to a temporary file and renamed,
so a crash never leaves half a file; files built from older inputs are removed when a new one is
written. A cache dir that cannot be written only costs the build time.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def load_or_build(path: Path, build: Callable[[], T], *, valid: Callable[[object], bool] = lambda obj: True,
                  read: bool = True) -> T:
    """The object pickled at `path` (when `read` and `valid(obj)`), else `build()`, then cached.
    `path` is named '<prefix>-<digest>.pickle'; other '<prefix>-*.pickle' files are stale."""
    if read:
        try:
            with open(path, "rb") as fh:
                cached = pickle.load(fh)
            if valid(cached):
                return cached
        except Exception:  # noqa: BLE001 - missing, corrupt or foreign cache file: rebuild it
            pass
    obj = build()
    _store(path, obj)
    return obj


def _store(path: Path, obj) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        prefix = path.name.rsplit("-", 1)[0]
        for stale in path.parent.glob(f"{prefix}-*.pickle"):
            if stale != path:  # built from older inputs: never read again
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache dir only costs the build time
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)

"""Resources: where raw articles are read and where the warehouse is written."""

from pathlib import Path

import dagster as dg

from pipeline.ingest import IngestResult, scan_raw
from pipeline.paths import default_raw_dir, default_warehouse_dir


class WarehousePaths(dg.ConfigurableResource):
    """Raw folder and warehouse folder. Empty strings mean the defaults (data/raw, data/warehouse,
    or OEP_RAW_DIR / OEP_WAREHOUSE_DIR), resolved at run time, never at import time."""

    raw_dir: str = ""
    warehouse_dir: str = ""

    def raw_path(self) -> Path:
        return Path(self.raw_dir).resolve() if self.raw_dir else default_raw_dir().resolve()

    def warehouse_path(self) -> Path:
        return Path(self.warehouse_dir).resolve() if self.warehouse_dir else default_warehouse_dir().resolve()


# One scan of the raw folder per run: the articles and quarantine assets run in the same process
# with the in-process executor and share it. (With the multiprocess executor each step scans.)
_SCAN_CACHE: dict[tuple[str, str], IngestResult] = {}


def scan_for_run(run_id: str, raw_dir: Path) -> IngestResult:
    key = (run_id, str(raw_dir))
    if key not in _SCAN_CACHE:
        _SCAN_CACHE.clear()  # keep only the current run's scan in memory
        _SCAN_CACHE[key] = scan_raw(raw_dir)
    return _SCAN_CACHE[key]


def prime_scan(run_id: str, raw_dir: Path, result: IngestResult) -> None:
    """The runner scans once to find the months, then hands that scan to the run."""
    _SCAN_CACHE.clear()
    _SCAN_CACHE[(run_id, str(raw_dir))] = result

"""What changed in the raw folder since the sensor's last look (pure: no Dagster import).

A snapshot is {relative path: [mtime_ns, size]}; the sensor's cursor keeps, per file, also the
publication months it held, so a changed or deleted file refreshes its old months too.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pipeline.ingest import parse_file
from pipeline.ingest.scan import is_documentation as _is_documentation_name
from pipeline.warehouse.parquet import month_key


def is_documentation(rel_path: str) -> bool:
    """Same rule as ingest ('.*', 'README*' in any case), applied to every part of the path."""
    return any(_is_documentation_name(part) for part in rel_path.split("/"))


def snapshot(raw_dir) -> dict[str, list[int]]:
    raw_dir = Path(raw_dir)
    snap: dict[str, list[int]] = {}
    if not raw_dir.is_dir():
        return snap
    for dirpath, dirnames, filenames in os.walk(raw_dir):  # os.walk does not follow symlinked dirs
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.is_symlink():
                continue  # never followed: it may lead outside the raw folder
            rel = path.relative_to(raw_dir).as_posix()
            if is_documentation(rel):
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            snap[rel] = [st.st_mtime_ns, st.st_size]
    return snap


def diff_snapshots(previous: dict, current: dict) -> dict[str, str]:
    """{rel path: 'new' | 'changed' | 'deleted'}."""
    changes = {}
    for rel, sig in current.items():
        old = previous.get(rel)
        if old is None:
            changes[rel] = "new"
        elif list(old[:2]) != list(sig[:2]):
            changes[rel] = "changed"
    for rel in previous:
        if rel not in current:
            changes[rel] = "deleted"
    return dict(sorted(changes.items()))


def file_months(raw_dir, rel: str) -> list[str]:
    """Publication months of the articles in one file ([] when none can be determined)."""
    # parse_file never raises and never blocks (FIFOs, symlinks, huge files are quarantined).
    articles, _quarantine = parse_file(raw_dir, rel)
    months = set()
    for a in articles:
        try:
            months.add(month_key(a["published"]))
        except (KeyError, TypeError, ValueError):
            pass
    return sorted(months)


def affected_months(raw_dir, changes: dict, previous: dict, current: dict, *, today: dt.date,
                    first: str, last: str) -> tuple[list[str], dict]:
    """(months to refresh, new cursor). Files whose months cannot be determined request the
    current month, so the run happens and quarantine records why."""
    cursor = {rel: list(sig[:2]) + [list(previous[rel][2]) if len(previous.get(rel, [])) > 2 else []]
              for rel, sig in current.items()}
    months: set[str] = set()
    this_month = month_key(today)
    for rel, kind in changes.items():
        old = previous.get(rel) or []
        if len(old) > 2:
            months.update(old[2])
        if kind == "deleted":
            continue
        found = file_months(raw_dir, rel)
        cursor[rel][2] = found
        months.update(found if found else [this_month])
    in_range = sorted(m for m in months if first <= m <= last)
    if months and not in_range:
        in_range = [this_month]
    return in_range, cursor


def contiguous_ranges(months: list[str]) -> list[tuple[str, str]]:
    """['2023-01','2023-02','2023-05'] -> [('2023-01','2023-02'), ('2023-05','2023-05')]."""
    def index(m: str) -> int:
        return int(m[:4]) * 12 + int(m[5:7]) - 1

    ranges: list[tuple[str, str]] = []
    for m in sorted(set(months)):
        if ranges and index(m) == index(ranges[-1][1]) + 1:
            ranges[-1] = (ranges[-1][0], m)
        else:
            ranges.append((m, m))
    return ranges

"""Validation of the events table on disk (pure: no Dagster import; the asset checks call it)."""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.warehouse.parquet import partition_files
from pipeline.warehouse.reference import ADMIN1_CODE_FORMAT, known_admin1
from pipeline.warehouse.tables import arrow_schema, required_columns


@dataclass
class Outcome:
    passed: bool
    problems: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)


def _files(warehouse_dir):
    return partition_files(warehouse_dir, "events")


def check_events_schema(warehouse_dir) -> Outcome:
    expected = arrow_schema("events")
    problems = []
    files = _files(warehouse_dir)
    for f in files:
        actual = pq.read_schema(f)
        actual = actual.remove_metadata()
        if not actual.equals(expected.remove_metadata(), check_metadata=False):
            exp = {x.name: str(x.type) for x in expected}
            act = {x.name: str(x.type) for x in actual}
            diff = sorted(set(exp.items()) ^ set(act.items()))
            order = "" if diff else " (column order or nullability differs)"
            problems.append(f"{f.parent.name}: {diff[:6]}{order}")
    return Outcome(not problems, problems, {"files": len(files)})


def check_events_required(warehouse_dir) -> Outcome:
    cols = required_columns("events")
    nulls: dict[str, int] = {}
    rows = 0
    for f in _files(warehouse_dir):
        t = pq.read_table(f, columns=cols)
        rows += t.num_rows
        for c in cols:
            n = t.column(c).null_count
            if n:
                nulls[c] = nulls.get(c, 0) + n
    problems = [f"{c}: {n} null value(s)" for c, n in sorted(nulls.items())]
    return Outcome(not problems, problems, {"rows": rows, "required_columns": len(cols)})


def check_events_coordinates(warehouse_dir) -> Outcome:
    bad_lat = bad_lon = half = rows = 0
    for f in _files(warehouse_dir):
        t = pq.read_table(f, columns=["latitude", "longitude"])
        rows += t.num_rows
        lat, lon = t.column("latitude"), t.column("longitude")
        bad_lat += pc.sum(pc.or_(pc.less(lat, -90.0), pc.greater(lat, 90.0))).as_py() or 0
        bad_lon += pc.sum(pc.or_(pc.less(lon, -180.0), pc.greater(lon, 180.0))).as_py() or 0
        half += pc.sum(pc.xor(pc.is_null(lat), pc.is_null(lon))).as_py() or 0
        bad_lat += pc.sum(pc.is_nan(pc.fill_null(lat, 0.0))).as_py() or 0
        bad_lon += pc.sum(pc.is_nan(pc.fill_null(lon, 0.0))).as_py() or 0
    problems = []
    if bad_lat:
        problems.append(f"{bad_lat} latitude(s) outside [-90, 90]")
    if bad_lon:
        problems.append(f"{bad_lon} longitude(s) outside [-180, 180]")
    if half:
        problems.append(f"{half} row(s) with only one of latitude/longitude")
    return Outcome(not problems, problems, {"rows": rows})


def check_events_regions(warehouse_dir) -> Outcome:
    table = known_admin1()
    codes: dict[str, int] = {}
    for f in _files(warehouse_dir):
        col = pq.read_table(f, columns=["admin1_code"]).column("admin1_code")
        for code in col.to_pylist():
            if code is not None:
                codes[code] = codes.get(code, 0) + 1
    if table is not None:
        unknown = {c: n for c, n in codes.items() if c not in table}
        source = "schemas/geo admin1 table"
    else:
        unknown = {c: n for c, n in codes.items() if not ADMIN1_CODE_FORMAT.match(c)}
        source = "ISO 3166-2 format only (no admin1 table in schemas/geo yet)"
    problems = [f"{c}: {n} event(s)" for c, n in sorted(unknown.items())]
    return Outcome(not problems, problems,
                   {"distinct_codes": len(codes), "checked_against": source})

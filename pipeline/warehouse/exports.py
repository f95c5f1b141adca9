"""GDELT-2.0-layout and ACLED-layout exports (pure: no Dagster import).

The mart tables marts.gdelt_events and marts.acled_events are built by sql/70_*.sql and
sql/80_*.sql; this module checks their columns against the layouts in schemas/exports/ and writes
them under <warehouse>/exports/ as Parquet and CSV, each file atomically (temp name + os.replace).

- gdelt_events.csv: tab-separated, no header, like GDELT's *.export.CSV files.
- acled_events.csv: comma-separated with a header, like ACLED's downloads.
"""
from __future__ import annotations

import os
from pathlib import Path

from pipeline.warehouse.parquet import temp_name
from pipeline.warehouse.reference import column_list

EXPORTS = {
    # mart table -> (layout file stem, csv delimiter, csv header)
    "gdelt_events": ("gdelt2_event", "\t", False),
    "acled_events": ("acled_event", ",", True),
}


class LayoutMismatch(RuntimeError):
    pass


def check_layout(con, table: str) -> list[str]:
    layout, _, _ = EXPORTS[table]
    expected = column_list(layout)
    actual = [r[0] for r in con.execute(f"DESCRIBE marts.{table}").fetchall()]
    if actual != expected:
        missing = [c for c in expected if c not in actual]
        extra = [c for c in actual if c not in expected]
        raise LayoutMismatch(f"marts.{table} does not match schemas/exports/{layout}_columns.csv: "
                             f"missing {missing}, extra {extra}, or order differs")
    return actual


def _copy_atomic(con, query: str, final: Path, options: str) -> Path:
    tmp = temp_name(final)
    try:
        con.execute(f"COPY ({query}) TO '{tmp.as_posix()}' ({options})")
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return final


def write_exports(con, warehouse_dir) -> dict[str, dict]:
    """Write every export table to <warehouse>/exports/; returns table -> {rows, files}."""
    out_dir = Path(warehouse_dir) / "exports"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for table, (_layout, delim, header) in EXPORTS.items():
        check_layout(con, table)
        query = f"SELECT * FROM marts.{table}"
        pq_path = _copy_atomic(con, query, out_dir / f"{table}.parquet",
                               "FORMAT parquet, COMPRESSION zstd")
        csv_opts = f"FORMAT csv, DELIMITER '{delim}', HEADER {'true' if header else 'false'}"
        csv_path = _copy_atomic(con, query, out_dir / f"{table}.csv", csv_opts)
        rows = con.execute(f"SELECT count(*) FROM marts.{table}").fetchone()[0]
        written[table] = {"rows": rows, "files": [str(pq_path), str(csv_path)]}
    return written

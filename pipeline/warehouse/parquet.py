"""Parquet tables written atomically and idempotently (pure: no Dagster import).

Layout: <warehouse>/<table>/pub_month=YYYY-MM/part-0.parquet for partitioned tables (hive style),
<warehouse>/<table>/part-0.parquet for whole tables (quarantine).

- Every file is written to a hidden temporary name in its final directory, fsynced, then
  os.replace'd over the live name: a reader sees the old file or the new one, never half of one.
  Hidden names (leading '.') are skipped by pyarrow datasets and by DuckDB globs on '*.parquet'.
- A partition rewrite touches only that partition's directory. An empty partition removes the
  directory, so no stale rows survive a month that lost its articles.
- Rows are sorted on a total key and the writer options are pinned, so unchanged input gives
  byte-identical files (no wall-clock values ever go into rows).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.warehouse.tables import arrow_schema, required_columns

PARTITION_COLUMN = "pub_month"
PART_FILE = "part-0.parquet"

# Pinned so reruns are byte-identical within one pyarrow version (its version string is in the
# file footer, so a pyarrow upgrade changes the bytes once, not the data).
PARQUET_WRITE_OPTIONS = dict(
    compression="zstd",
    compression_level=3,
    use_dictionary=True,
    write_statistics=True,
    version="2.6",
    data_page_version="1.0",
    row_group_size=128 * 1024,
)

_TMP_RE = re.compile(r"^\..*\.tmp-(\d+)-[0-9a-f]+$")
_MONTH_RE = re.compile(r"^\d{4}-\d{2}$")


def _natural(value) -> tuple:
    """Sort key that orders 'line 9' before 'line 10'."""
    s = "" if value is None else str(value)
    return tuple((0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.findall(r"\d+|\D+", s))


def _event_key(r: Mapping) -> tuple:
    return (r.get("article_id") or "", r.get("sentence_index") or 0, r.get("char_start") or 0,
            r.get("char_end") or 0, r.get("event_id") or "")


def _article_key(r: Mapping) -> tuple:
    return (str(r.get("published") or ""), r.get("article_id") or "", _natural(r.get("raw_path")),
            _natural(r.get("raw_position")))


def _quarantine_key(r: Mapping) -> tuple:
    return (_natural(r.get("raw_path")), _natural(r.get("position")), r.get("reason") or "",
            r.get("message") or "", r.get("excerpt") or "")


SORT_KEYS = {"events": _event_key, "articles": _article_key, "quarantine": _quarantine_key}


@dataclass(frozen=True)
class WriteResult:
    table: str
    partition: str | None
    path: Path
    rows: int
    removed: bool = False  # True when an empty partition removed its directory


def month_key(value) -> str:
    """'YYYY-MM' of a date, datetime or ISO string."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value.year:04d}-{value.month:02d}"


def table_dir(warehouse_dir, table: str) -> Path:
    return Path(warehouse_dir) / table


def partition_dir(warehouse_dir, table: str, month: str) -> Path:
    if not _MONTH_RE.match(month):
        raise ValueError(f"partition key must be YYYY-MM, got {month!r}")
    return table_dir(warehouse_dir, table) / f"{PARTITION_COLUMN}={month}"


def _coerce(value, type_: pa.DataType):
    if value is None:
        return None
    if pa.types.is_date32(type_) and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    if pa.types.is_date32(type_) and isinstance(value, dt.datetime):
        return value.date()
    if pa.types.is_list(type_) and isinstance(value, tuple):
        return list(value)
    return value


def to_arrow(table: str, rows: Sequence[Mapping]) -> pa.Table:
    """Rows (dicts) -> an Arrow table with the contract schema, sorted on the table's total key.

    Keys outside the contract are ignored; missing keys are null. A null in a required column
    raises ValueError naming the column and a row, so a broken producer fails loudly.
    """
    schema = arrow_schema(table)
    key = SORT_KEYS.get(table)
    rows = sorted(rows, key=key) if key else list(rows)
    columns = {}
    for field in schema:
        values = [_coerce(r.get(field.name), field.type) for r in rows]
        if not field.nullable:
            bad = next((i for i, v in enumerate(values) if v is None), None)
            if bad is not None:
                ident = rows[bad].get("event_id") or rows[bad].get("article_id") or rows[bad].get("raw_path")
                raise ValueError(f"{table}.{field.name} is required but null (row {ident!r})")
        columns[field.name] = pa.array(values, type=field.type)
    return pa.Table.from_pydict(columns, schema=schema)


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this host (used to spot dead writers)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def temp_name(final: Path) -> Path:
    """Hidden temporary sibling of `final`, tagged with our pid so others can tell it is stale."""
    return final.with_name(f".{final.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")


def is_stale_temp(path: Path) -> bool:
    m = _TMP_RE.match(path.name)
    return bool(m) and not pid_alive(int(m.group(1)))


def remove_stale_temps(root) -> list[Path]:
    """Delete temporary files left by killed writers (their pid is gone). Live writers' files stay."""
    removed = []
    root = Path(root)
    if not root.exists():
        return removed
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            if is_stale_temp(p):
                try:
                    p.unlink()
                    removed.append(p)
                except FileNotFoundError:
                    pass
    return removed


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_parquet(table: pa.Table, final: Path) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(final)
    try:
        pq.write_table(table, tmp, **PARQUET_WRITE_OPTIONS)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(final.parent)
    return final


def write_partition(warehouse_dir, table: str, month: str, rows: Sequence[Mapping] | pa.Table) -> WriteResult:
    """Replace exactly one month partition of `table` with `rows` (atomic, idempotent)."""
    data = rows if isinstance(rows, pa.Table) else to_arrow(table, rows)
    pdir = partition_dir(warehouse_dir, table, month)
    final = pdir / PART_FILE
    if data.num_rows == 0:
        if pdir.exists():
            final.unlink(missing_ok=True)
            _remove_other_files(pdir, keep=None)
            try:
                pdir.rmdir()
            except OSError:
                pass  # a live writer's temp file is still there; it will clean up after itself
        return WriteResult(table, month, final, 0, removed=True)
    atomic_write_parquet(data, final)
    _remove_other_files(pdir, keep=final)
    return WriteResult(table, month, final, data.num_rows)


def _remove_other_files(pdir: Path, keep: Path | None) -> None:
    """Stale part files from older layouts and temp files of dead writers; never a live temp."""
    for p in pdir.iterdir():
        if p == keep or p.is_dir():
            continue
        if p.name.endswith(".parquet") or is_stale_temp(p):
            p.unlink(missing_ok=True)


def write_whole_table(warehouse_dir, table: str, rows: Sequence[Mapping] | pa.Table) -> WriteResult:
    """Replace an unpartitioned table (always leaves a file, possibly with zero rows)."""
    data = rows if isinstance(rows, pa.Table) else to_arrow(table, rows)
    tdir = table_dir(warehouse_dir, table)
    final = tdir / PART_FILE
    atomic_write_parquet(data, final)
    _remove_other_files(tdir, keep=final)
    return WriteResult(table, None, final, data.num_rows)


def list_partitions(warehouse_dir, table: str) -> list[str]:
    """Months that have a live part file, sorted."""
    tdir = table_dir(warehouse_dir, table)
    if not tdir.exists():
        return []
    prefix = f"{PARTITION_COLUMN}="
    return sorted(
        d.name[len(prefix):] for d in tdir.iterdir()
        if d.is_dir() and d.name.startswith(prefix) and (d / PART_FILE).exists()
    )


def partition_files(warehouse_dir, table: str, months: Iterable[str] | None = None) -> list[Path]:
    keys = list_partitions(warehouse_dir, table) if months is None else sorted(set(months))
    files = [partition_dir(warehouse_dir, table, m) / PART_FILE for m in keys]
    return [f for f in files if f.exists()]


def read_partition(warehouse_dir, table: str, month: str, columns: list[str] | None = None) -> pa.Table:
    """One month of a partitioned table (empty table with the contract schema if absent)."""
    f = partition_dir(warehouse_dir, table, month) / PART_FILE
    if not f.exists():
        schema = arrow_schema(table)
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        return schema.empty_table()
    return pq.read_table(f, columns=columns)


def read_whole_table(warehouse_dir, table: str) -> pa.Table:
    f = table_dir(warehouse_dir, table) / PART_FILE
    return pq.read_table(f) if f.exists() else arrow_schema(table).empty_table()


def partition_row_counts(warehouse_dir, table: str) -> dict[str, int]:
    """Month -> row count, from the Parquet footers only (cheap)."""
    return {m: pq.ParquetFile(partition_dir(warehouse_dir, table, m) / PART_FILE).metadata.num_rows
            for m in list_partitions(warehouse_dir, table)}


def drop_table(warehouse_dir, table: str) -> None:
    shutil.rmtree(table_dir(warehouse_dir, table), ignore_errors=True)


def check_required(table: str, data: pa.Table) -> dict[str, int]:
    """Required column -> number of nulls (only columns with nulls)."""
    return {c: data.column(c).null_count for c in required_columns(table)
            if c in data.column_names and data.column(c).null_count}

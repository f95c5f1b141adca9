"""DuckDB marts built from the Parquet tables (pure: no Dagster import).

build_marts(warehouse_dir):
  1. takes an exclusive file lock (<warehouse>/.marts.lock) so two builders never overlap,
  2. builds everything into a hidden temporary DuckDB file in the warehouse directory:
     schema `base` (the Parquet tables loaded as tables, plus reference data) and schema `marts`
     (sql/*.sql, run in file-name order), then the GDELT/ACLED export files,
  3. checkpoints, closes and os.replace's the temporary file over <warehouse>/events.duckdb.
A reader holding a read-only connection on the old file keeps reading the old inode; new
connections see the complete new build. Nothing half built is ever at the live path.

run_sql(query, warehouse_dir) -> exit code: the `oep sql` command (read-only connection).
"""
from __future__ import annotations

import fcntl
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.warehouse import hooks
from pipeline.warehouse.exports import write_exports
from pipeline.warehouse.parquet import (
    PARTITION_COLUMN, is_stale_temp, partition_files, table_dir, temp_name,
)
from pipeline.warehouse.reference import countries, known_admin1
from pipeline.warehouse.tables import arrow_schema

MARTS_FILE = "events.duckdb"
LOCK_FILE = ".marts.lock"
PARTITIONED_TABLES = ("articles", "events")
WHOLE_TABLES = ("quarantine",)


@dataclass
class MartsResult:
    path: Path
    tables: dict[str, int] = field(default_factory=dict)  # marts table -> rows
    exports: dict[str, dict] = field(default_factory=dict)


def marts_path(warehouse_dir) -> Path:
    return Path(warehouse_dir) / MARTS_FILE


def sql_files() -> list[tuple[str, str]]:
    """(name, text) of the mart definitions, in file-name order."""
    pkg = resources.files("pipeline.warehouse") / "sql"
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in pkg.iterdir() if p.name.endswith(".sql"))


@contextmanager
def marts_lock(warehouse_dir):
    """Exclusive lock for mart builders (belt and braces beside the Dagster pool)."""
    path = Path(warehouse_dir) / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _sql_str(path: Path) -> str:
    return "'" + path.as_posix().replace("'", "''") + "'"


def _load_base(con, warehouse_dir: Path) -> None:
    con.execute("CREATE SCHEMA base")
    for table in PARTITIONED_TABLES:
        files = partition_files(warehouse_dir, table)
        if files:
            file_list = "[" + ", ".join(_sql_str(f.resolve()) for f in files) + "]"
            con.execute(
                f"CREATE TABLE base.{table} AS SELECT * FROM read_parquet({file_list}, "
                f"hive_partitioning = true, hive_types = {{'{PARTITION_COLUMN}': VARCHAR}})"
            )
        else:
            empty = arrow_schema(table).append(pa.field(PARTITION_COLUMN, pa.string())).empty_table()
            con.register("empty_tmp", empty)
            con.execute(f"CREATE TABLE base.{table} AS SELECT * FROM empty_tmp")
            con.unregister("empty_tmp")
    for table in WHOLE_TABLES:
        f = table_dir(warehouse_dir, table) / "part-0.parquet"
        if f.exists():
            con.execute(f"CREATE TABLE base.{table} AS SELECT * FROM read_parquet({_sql_str(f.resolve())})")
        else:
            con.register("empty_tmp", arrow_schema(table).empty_table())
            con.execute(f"CREATE TABLE base.{table} AS SELECT * FROM empty_tmp")
            con.unregister("empty_tmp")
    con.register("countries_tmp", pa.Table.from_pylist(countries()))
    con.execute("CREATE TABLE base.countries AS SELECT iso2, iso3, CAST(iso_numeric AS INTEGER) AS iso_numeric, "
                "fips, name, acled_region FROM countries_tmp")
    con.unregister("countries_tmp")
    admin1 = known_admin1() or {}
    rows = [{"iso_code": k, "name": v.get("name"), "geonames_code": v.get("geonames_code")}
            for k, v in sorted(admin1.items())]
    schema = pa.schema([("iso_code", pa.string()), ("name", pa.string()), ("geonames_code", pa.string())])
    con.register("admin1_tmp", pa.Table.from_pylist(rows, schema=schema))
    con.execute("CREATE TABLE base.admin1 AS SELECT * FROM admin1_tmp")
    con.unregister("admin1_tmp")


def _remove_stale_builds(warehouse_dir: Path) -> None:
    """Called under the lock: any temporary marts file (and its .wal) is a killed build's."""
    for p in warehouse_dir.iterdir():
        if p.name.startswith(f".{MARTS_FILE}.tmp-"):
            p.unlink(missing_ok=True)
    exports = warehouse_dir / "exports"
    if exports.is_dir():
        for p in exports.iterdir():
            if is_stale_temp(p):
                p.unlink(missing_ok=True)


def build_marts(warehouse_dir) -> MartsResult:
    """Build all marts into a temporary DuckDB file and swap it in atomically."""
    warehouse_dir = Path(warehouse_dir)
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    final = marts_path(warehouse_dir)
    with marts_lock(warehouse_dir):
        _remove_stale_builds(warehouse_dir)
        tmp = temp_name(final)
        result = MartsResult(path=final)
        try:
            con = duckdb.connect(str(tmp))
            try:
                con.execute("SET threads TO 2")
                _load_base(con, warehouse_dir)
                con.execute("CREATE SCHEMA marts")
                for name, sql in sql_files():
                    try:
                        con.execute(sql)
                    except duckdb.Error as exc:
                        raise RuntimeError(f"mart definition {name} failed: {exc}") from exc
                result.exports = write_exports(con, warehouse_dir)
                for (table,) in con.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'marts' AND table_type = 'BASE TABLE' ORDER BY table_name"
                ).fetchall():
                    result.tables[table] = con.execute(f"SELECT count(*) FROM marts.{table}").fetchone()[0]
                con.execute("CHECKPOINT")
            finally:
                con.close()
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            hooks.pause("marts")
            os.replace(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            Path(str(tmp) + ".wal").unlink(missing_ok=True)
            raise
    return result


def connect_read_only(warehouse_dir):
    path = marts_path(warehouse_dir)
    if not path.exists():
        raise FileNotFoundError(f"no marts at {path}: run `oep run` first")
    return duckdb.connect(str(path), read_only=True)


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    def cell(v) -> str:
        s = "NULL" if v is None else str(v)
        s = s.replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [" | ".join(c.ljust(w) for c, w in zip(columns, widths)), line]
    out += [" | ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    return "\n".join(out)


def run_sql(query: str, warehouse_dir, out=None, max_rows: int = 1000) -> int:
    """Run one query read-only against the marts and print a table; returns an exit code."""
    out = out or sys.stdout
    try:
        con = connect_read_only(warehouse_dir)
    except FileNotFoundError as exc:
        print(f"oep sql: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        print(f"oep sql: cannot open the marts: {exc}", file=sys.stderr)
        return 2
    try:
        con.execute("USE marts")
        cur = con.execute(query)
        if cur.description is None:
            return 0
        columns = [d[0] for d in cur.description]
        rows = cur.fetchmany(max_rows + 1)
    except duckdb.Error as exc:
        print(f"oep sql: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    more = len(rows) > max_rows
    rows = rows[:max_rows]
    try:
        print(format_table(columns, rows), file=out)
        print(f"({len(rows)}{'+' if more else ''} row{'s' if len(rows) != 1 else ''})", file=out)
        out.flush()
    except BrokenPipeError:  # `oep sql ... | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0

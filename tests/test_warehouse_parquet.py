"""Parquet tables: atomic, idempotent per partition, byte-identical on rerun (pure, fast)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from pipeline.warehouse.parquet import (
    PARTITION_COLUMN, list_partitions, partition_dir, read_partition, remove_stale_temps,
    to_arrow, write_partition, write_whole_table,
)
from test_warehouse_helpers import fake_code_article


def _events(article_id: str, published: dt.date, text: str) -> list[dict]:
    art = {"article_id": article_id, "published": published, "text": text}
    return [{**e, "published": published} for e in fake_code_article(art)]


SEPT = _events("a1", dt.date(2023, 9, 17), "An office opened in Donetsk. Workers came to Luhansk. Rain.")
JULY = _events("a2", dt.date(2023, 7, 2), "Workers arrived. A second office.")


def test_layout_is_hive_partitioned(tmp_path):
    res = write_partition(tmp_path, "events", "2023-09", SEPT)
    assert res.path == tmp_path / "events" / f"{PARTITION_COLUMN}=2023-09" / "part-0.parquet"
    assert res.rows == len(SEPT) == 2
    assert list_partitions(tmp_path, "events") == ["2023-09"]


def test_rerun_is_byte_identical_whatever_the_input_order(tmp_path):
    write_partition(tmp_path, "events", "2023-09", SEPT)
    first = (partition_dir(tmp_path, "events", "2023-09") / "part-0.parquet").read_bytes()
    write_partition(tmp_path, "events", "2023-09", list(reversed(SEPT)))
    second = (partition_dir(tmp_path, "events", "2023-09") / "part-0.parquet").read_bytes()
    assert first == second


def test_partition_rewrite_touches_only_that_partition(tmp_path):
    write_partition(tmp_path, "events", "2023-07", JULY)
    write_partition(tmp_path, "events", "2023-09", SEPT)
    july = partition_dir(tmp_path, "events", "2023-07") / "part-0.parquet"
    before = (july.read_bytes(), july.stat().st_mtime_ns)
    write_partition(tmp_path, "events", "2023-09", SEPT[:1])
    assert (july.read_bytes(), july.stat().st_mtime_ns) == before
    assert read_partition(tmp_path, "events", "2023-09").num_rows == 1


def test_empty_partition_leaves_no_stale_rows(tmp_path):
    write_partition(tmp_path, "events", "2023-09", SEPT)
    res = write_partition(tmp_path, "events", "2023-09", [])
    assert res.removed and res.rows == 0
    assert not partition_dir(tmp_path, "events", "2023-09").exists()
    assert read_partition(tmp_path, "events", "2023-09").num_rows == 0


def test_stale_part_files_in_a_partition_are_removed(tmp_path):
    pdir = partition_dir(tmp_path, "events", "2023-09")
    write_partition(tmp_path, "events", "2023-09", SEPT)
    (pdir / "part-1.parquet").write_bytes((pdir / "part-0.parquet").read_bytes())  # an older layout
    write_partition(tmp_path, "events", "2023-09", SEPT[:1])
    assert sorted(p.name for p in pdir.iterdir()) == ["part-0.parquet"]
    assert pq.ParquetDataset(tmp_path / "events").read().num_rows == 1


def test_temp_files_of_dead_writers_are_removed_live_ones_kept(tmp_path):
    pdir = partition_dir(tmp_path, "events", "2023-09")
    pdir.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = pdir / f".part-0.parquet.tmp-{dead}-deadbeef"
    live = pdir / f".part-0.parquet.tmp-{os.getpid()}-cafebabe"
    stale.write_bytes(b"half a file")
    live.write_bytes(b"being written")
    removed = remove_stale_temps(tmp_path)
    assert removed == [stale] and live.exists() and not stale.exists()


def test_hidden_temp_files_are_invisible_to_readers(tmp_path):
    write_partition(tmp_path, "events", "2023-09", SEPT)
    pdir = partition_dir(tmp_path, "events", "2023-09")
    (pdir / f".part-0.parquet.tmp-{os.getpid()}-00000000").write_bytes(b"garbage, not parquet")
    assert pq.ParquetDataset(tmp_path / "events").read().num_rows == 2


def test_required_null_is_refused_with_the_column_name():
    bad = [dict(SEPT[0], cameo_code=None)]
    with pytest.raises(ValueError, match="cameo_code"):
        to_arrow("events", bad)


def test_iso_date_strings_are_accepted_and_unknown_keys_ignored():
    row = dict(SEPT[0], event_date="2023-09-01", published="2023-09-17", not_in_contract=1)
    t = to_arrow("events", [row])
    assert t.column("event_date").to_pylist() == [dt.date(2023, 9, 1)]
    assert "not_in_contract" not in t.column_names


def test_quarantine_sorted_naturally_and_written_even_when_empty(tmp_path):
    rows = [{"raw_path": "a.jsonl", "position": f"line {n}", "reason": "invalid_json",
             "message": "m", "excerpt": "x"} for n in (10, 9, 100)]
    write_whole_table(tmp_path, "quarantine", rows)
    got = pq.read_table(tmp_path / "quarantine" / "part-0.parquet").column("position").to_pylist()
    assert got == ["line 9", "line 10", "line 100"]
    res = write_whole_table(tmp_path, "quarantine", [])
    assert res.rows == 0 and pq.read_table(res.path).num_rows == 0


@pytest.mark.parametrize("bad_key", ["2023-9", "2023-09-01", "../x", ""])
def test_partition_keys_are_validated(tmp_path, bad_key):
    with pytest.raises(ValueError):
        write_partition(tmp_path, "events", bad_key, SEPT)

"""Tier 3: the Definitions load, and the job, schedule, sensor and checks exist and behave."""
from __future__ import annotations

import datetime as dt
import json
import os
import time
import warnings
from pathlib import Path

import dagster as dg
import pytest

warnings.filterwarnings("ignore", category=dg.BetaWarning)

from pipeline.definitions import defs  # noqa: E402
from pipeline.defs.automation import JOB_NAME, daily_current_month, raw_files_sensor  # noqa: E402
from pipeline.defs.partitions import RANGE_END_TAG, RANGE_START_TAG, monthly_partitions  # noqa: E402
from pipeline.defs.raw_changes import contiguous_ranges, diff_snapshots, is_documentation  # noqa: E402
from pipeline.defs.resources import WarehousePaths  # noqa: E402
from test_warehouse_helpers import ARTICLES, write_raw  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def test_definitions_load_with_job_schedule_sensor_and_checks():
    job = defs.resolve_job_def(JOB_NAME)
    assert job.partitions_def == monthly_partitions
    assert defs.resolve_schedule_def("daily_current_month").job_name == JOB_NAME
    assert defs.resolve_sensor_def("raw_files_sensor").job_name == JOB_NAME
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert keys == {"articles", "events", "quarantine", "marts"}
    assert {d.to_user_string() for d in graph.get(dg.AssetKey("events")).parent_keys} == {"articles"}
    assert {d.to_user_string() for d in graph.get(dg.AssetKey("marts")).parent_keys} >= {"events", "quarantine"}
    checks = {k.name for k in graph.asset_check_keys}
    assert checks == {"events_schema_matches_contract", "events_required_fields_present",
                      "events_coordinates_in_range", "events_region_codes_known",
                      "ingest_accounting_balances"}
    assert graph.get(dg.AssetKey("marts")).pools == {"duckdb_writer"}


def test_monthly_partitions_cover_the_sample_years_and_the_current_month():
    keys = monthly_partitions.get_partition_keys()
    assert keys[0] == "2000-01" and "2014-03" in keys
    now = dt.datetime.now(dt.timezone.utc)
    assert keys[-1] == f"{now.year:04d}-{now.month:02d}"


def test_committed_instance_config_has_the_writer_pool_limit(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "dagster_home" / "dagster.yaml").read_text())
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        pools = instance.get_concurrency_config().pool_config
        assert pools.default_pool_limit == 1
        assert ROOT.joinpath("workspace.yaml").read_text().count("pipeline.definitions") == 1


def test_schedule_requests_the_current_month():
    when = dt.datetime(2024, 2, 29, 6, 0, tzinfo=dt.timezone.utc)
    ctx = dg.build_schedule_context(scheduled_execution_time=when)
    req = daily_current_month(ctx)
    assert req.partition_key == "2024-02"
    assert req.run_key == "daily-2024-02-29"


def _sensor(raw: Path, cursor: str | None):
    ctx = dg.build_sensor_context(cursor=cursor, resources={"paths": WarehousePaths(raw_dir=str(raw))})
    return raw_files_sensor(ctx), ctx


def _months_of(result) -> list[tuple[str, str]]:
    out = []
    for r in result.run_requests:
        if r.partition_key:
            out.append((r.partition_key, r.partition_key))
        else:
            out.append((r.tags[RANGE_START_TAG], r.tags[RANGE_END_TAG]))
    return out


def test_sensor_requests_new_and_changed_months_only(tmp_path):
    raw = write_raw(tmp_path / "raw")
    first, _ = _sensor(raw, None)
    assert _months_of(first) == [("2014-05", "2014-05"), ("2023-07", "2023-07"), ("2023-09", "2023-09")]
    keys = [r.run_key for r in first.run_requests]
    # same state again: nothing to do
    again, _ = _sensor(raw, first.cursor)
    assert isinstance(again, dg.SkipReason)
    # the same changes evaluated twice give the same run keys (idempotent)
    replay, _ = _sensor(raw, None)
    assert [r.run_key for r in replay.run_requests] == keys
    # a new file with articles in 2019-06 and 2019-07: one run over the contiguous range
    (raw / "new.jsonl").write_text(json.dumps({"id": "n", "published": "2019-06-01", "text": "x y z"}) + "\n"
                                   + json.dumps({"id": "m", "published": "2019-07-01", "text": "u v w"}) + "\n")
    new, _ = _sensor(raw, first.cursor)
    assert _months_of(new) == [("2019-06", "2019-07")]
    # the file's articles move to 2020-01: old and new months refresh
    time.sleep(0.01)
    (raw / "new.jsonl").write_text(json.dumps({"id": "n", "published": "2020-01-05", "text": "x y z"}) + "\n")
    os.utime(raw / "new.jsonl", ns=(time.time_ns(), time.time_ns() + 10**9))
    moved, _ = _sensor(raw, new.cursor)
    assert _months_of(moved) == [("2019-06", "2019-07"), ("2020-01", "2020-01")]
    # deleted: its old month refreshes
    (raw / "new.jsonl").unlink()
    deleted, _ = _sensor(raw, moved.cursor)
    assert _months_of(deleted) == [("2020-01", "2020-01")]


def test_sensor_requests_the_current_month_for_undatable_files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "broken.jsonl").write_text("not json at all\n")
    result, _ = _sensor(raw, None)
    now = dt.datetime.now(dt.timezone.utc)
    assert _months_of(result) == [(f"{now:%Y-%m}", f"{now:%Y-%m}")]


def test_raw_change_helpers():
    assert contiguous_ranges(["2023-12", "2024-01", "2024-03", "2023-11"]) == [
        ("2023-11", "2024-01"), ("2024-03", "2024-03")]
    assert diff_snapshots({"a": [1, 2, []], "b": [1, 1]}, {"a": [1, 3], "c": [5, 5]}) == {
        "a": "changed", "b": "deleted", "c": "new"}
    assert is_documentation("README.md") and is_documentation("sub/.hidden") and not is_documentation("x.txt")

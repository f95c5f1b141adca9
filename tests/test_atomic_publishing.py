"""Crash safety and concurrency: SIGKILL half way, readers during a swap, concurrent builders."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.warehouse.marts import build_marts, marts_path
from pipeline.warehouse.parquet import write_partition
from test_warehouse_helpers import ARTICLES, fake_code_article, write_raw

# 2023-07..2023-09 only: three partitions keep each child run short
RECENT = ARTICLES[1:]

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

# A child process running the whole pipeline with the fake coder; OEP_TEST_PAUSE makes it
# sleep at a chosen point so the test can SIGKILL it there.
CHILD = """
import sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, {tests!r})
import pipeline.coding
from test_warehouse_helpers import fake_code_article
pipeline.coding.code_article = fake_code_article
from pipeline.runner import run_pipeline
print(run_pipeline({raw!r}, {wh!r}), flush=True)
"""


def _run_child(raw: Path, wh: Path, pause: str | None = None, home: Path | None = None):
    env = {k: v for k, v in os.environ.items() if k not in ("OEP_TEST_PAUSE", "DAGSTER_HOME")}
    if pause:
        env["OEP_TEST_PAUSE"] = pause
    if home:
        env["DAGSTER_HOME"] = str(home)
    code = CHILD.format(tests=str(ROOT / "tests"), raw=str(raw), wh=str(wh))
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_pause(proc, point: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    for line in proc.stderr:
        if f"OEP_TEST_PAUSE reached {point}" in line:
            return
        if time.time() > deadline:
            break
    proc.kill()
    raise AssertionError(f"child never reached {point}: rc={proc.wait()}")


def _snapshot(wh: Path) -> dict:
    con = duckdb.connect(str(marts_path(wh)), read_only=True)
    try:
        events = con.execute("SELECT count(*) FROM marts.events").fetchone()[0]
        mart = con.execute("SELECT sum(events) FROM marts.events_by_region_month").fetchone()[0]
    finally:
        con.close()
    parquet = {p.relative_to(wh).as_posix(): pq.read_table(p).num_rows
               for p in sorted(wh.rglob("*.parquet")) if not p.name.startswith(".")}
    return {"events": events, "mart": mart, "parquet": parquet}


def _temps(wh: Path) -> list[str]:
    return sorted(p.name for p in wh.rglob(".*.tmp-*"))


def _claimed_writer_slots(home: Path) -> int:
    import dagster as dg

    with dg.DagsterInstance.from_config(str(home)) as instance:
        return len(instance.event_log_storage.get_concurrency_info("duckdb_writer").claimed_slots)


def test_sigkill_half_way_keeps_previous_outputs_and_next_run_recovers(tmp_path):
    """One completed run, then two runs SIGKILLed (inside the events step, then inside the marts
    step after the temporary DuckDB file is built), then a run that must recover on its own,
    all recorded in a DAGSTER_HOME instance with the committed pool config."""
    raw, wh = write_raw(tmp_path / "raw", RECENT), tmp_path / "wh"
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "dagster_home" / "dagster.yaml").read_text())
    proc = _run_child(raw, wh, home=home)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    before = _snapshot(wh)
    # change the input so a finished rerun would change the outputs
    (raw / "more.jsonl").write_text('{"id": "m1", "published": "2023-09-30", "text": "An office for workers opened."}\n')

    for point in ("events", "marts"):
        proc = _run_child(raw, wh, pause=f"{point}:120", home=home)
        _wait_for_pause(proc, point)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        if point == "marts":
            assert _temps(wh), "the kill should leave a half-built temporary marts file behind"
            assert _claimed_writer_slots(home) == 1, "the killed run should still hold the pool slot"
        after_kill = _snapshot(wh)
        # the live marts are exactly the previous build; every Parquet file still reads
        assert after_kill["events"] == before["events"] and after_kill["mart"] == before["mart"], point
        assert set(before["parquet"]) <= set(after_kill["parquet"]), point

    # the next run recovers without manual cleanup: frees the dead run's pool slot (else it would
    # wait forever), removes its temp files, and publishes the new input
    proc = _run_child(raw, wh, home=home)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    recovered = _snapshot(wh)
    assert recovered["events"] == before["events"] + 1
    assert _temps(wh) == []
    assert _claimed_writer_slots(home) == 0


def test_reader_with_open_connection_never_sees_a_half_build(tmp_path):
    wh = tmp_path
    rows = []
    for i in range(3):
        art = {"article_id": f"a{i}", "published": "2023-09-0" + str(i + 1), "text": "An office opened. Workers came."}
        rows += [{**e, "published": art["published"]} for e in fake_code_article(art)]
    write_partition(wh, "events", "2023-09", rows)
    build_marts(wh)
    reader = duckdb.connect(str(marts_path(wh)), read_only=True)
    old = reader.execute("SELECT count(*) FROM marts.events").fetchone()[0]
    assert old == 6

    stop = threading.Event()
    seen: list[int] = []
    errors: list[Exception] = []

    def keep_reading():
        while not stop.is_set():
            try:
                seen.append(reader.execute("SELECT count(*) FROM marts.events").fetchone()[0])
                reader.execute("SELECT sum(events) FROM marts.events_by_region_month").fetchone()
            except Exception as exc:  # noqa: BLE001
                errors.append(exc)
                return

    t = threading.Thread(target=keep_reading)
    t.start()
    try:
        for n in range(1, 4):  # rebuild several times with more rows while the reader reads
            more = {"article_id": f"b{n}", "published": "2023-09-20", "text": "An office opened."}
            rows += [{**e, "published": more["published"]} for e in fake_code_article(more)]
            write_partition(wh, "events", "2023-09", rows)
            build_marts(wh)
    finally:
        stop.set()
        t.join()
    assert not errors, errors
    assert seen and set(seen) == {6}  # the open connection keeps its snapshot of the old file
    reader.close()
    fresh = duckdb.connect(str(marts_path(wh)), read_only=True)
    assert fresh.execute("SELECT count(*) FROM marts.events").fetchone()[0] == 9
    fresh.close()


def test_concurrent_builders_are_serialized_by_the_lock(tmp_path):
    art = {"article_id": "a", "published": "2023-09-01", "text": "An office opened. Workers came."}
    write_partition(tmp_path, "events", "2023-09", [{**e, "published": art["published"]} for e in fake_code_article(art)])
    code = ("import sys; from pipeline.warehouse.marts import build_marts; "
            f"r = build_marts({str(tmp_path)!r}); print(r.tables['events'])")
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [o[1] for o in outs]
    assert [o[0].strip() for o in outs] == ["2", "2", "2"]
    con = duckdb.connect(str(marts_path(tmp_path)), read_only=True)
    assert con.execute("SELECT count(*) FROM marts.events").fetchone() == (2,)
    con.close()
    assert _temps(tmp_path) == []

"""Tier 2: the assets materialized with dagster.materialize into tmp_path (coder replaced by a
fake so the warehouse logic is tested independently of coder quality), plus `oep run` end to end."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import dagster as dg
import duckdb
import pytest

warnings.filterwarnings("ignore", category=dg.BetaWarning)

import pipeline.coding  # noqa: E402
from pipeline.defs.assets import ASSETS  # noqa: E402
from pipeline.defs.checks import CHECKS  # noqa: E402
from pipeline.defs.partitions import range_tags  # noqa: E402
from pipeline.defs.resources import WarehousePaths  # noqa: E402
from pipeline.warehouse.parquet import list_partitions, read_whole_table  # noqa: E402
from test_warehouse_helpers import fake_code_article, write_raw  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _materialize(raw: Path, wh: Path, first: str, last: str, selection=None):
    return dg.materialize(
        [*ASSETS, *CHECKS],
        selection=selection,
        resources={"paths": WarehousePaths(raw_dir=str(raw), warehouse_dir=str(wh))},
        tags=range_tags(first, last),
        instance=dg.DagsterInstance.ephemeral(),
    )


def _files(wh: Path) -> dict[str, bytes]:
    return {p.relative_to(wh).as_posix(): p.read_bytes()
            for p in sorted(wh.rglob("*.parquet")) if "exports" not in p.parts}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("assets")
    raw, wh = write_raw(base / "raw"), base / "wh"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline.coding, "code_article", fake_code_article)
        result = _materialize(raw, wh, "2014-05", "2023-09")
        first_bytes = _files(wh)
        rerun = _materialize(raw, wh, "2014-05", "2023-09")
        yield raw, wh, result, first_bytes, rerun, mp


def _meta(result, key: str) -> dict:
    mats = [e.materialization for e in result.get_asset_materialization_events()
            if e.materialization.asset_key.to_user_string() == key]
    return {k: v.value for k, v in mats[0].metadata.items()}


def test_run_writes_partitions_and_accounting_metadata(built):
    _raw, wh, result, *_ = built
    assert result.success
    assert list_partitions(wh, "articles") == ["2014-05", "2023-07", "2023-09"]
    assert list_partitions(wh, "events") == ["2014-05", "2023-07", "2023-09"]
    meta = _meta(result, "articles")
    assert (meta["seen"], meta["kept"], meta["quarantined"], meta["duplicates"]) == (4, 3, 1, 0)
    assert _meta(result, "events")["rows_in_range"] == 4
    assert read_whole_table(wh, "quarantine").column("reason").to_pylist() == ["invalid_json"]
    assert (wh / "events.duckdb").exists()


def test_all_checks_pass(built):
    result = built[2]
    evals = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert len(evals) == 5 and all(evals.values()), evals


def test_rerun_over_unchanged_input_is_byte_identical(built):
    _raw, wh, _result, first_bytes, rerun, _mp = built
    assert rerun.success
    assert first_bytes and _files(wh) == first_bytes


def test_fixing_a_file_makes_its_quarantine_row_go_away_and_refreshes_only_its_month(built, tmp_path):
    import shutil
    raw_src, wh_src, *_rest, mp = built
    raw, wh = tmp_path / "raw", tmp_path / "wh"
    shutil.copytree(raw_src, raw)
    shutil.copytree(wh_src, wh)
    untouched = (wh / "events" / "pub_month=2014-05" / "part-0.parquet").stat().st_mtime_ns
    lines = (raw / "sample.jsonl").read_text().splitlines()
    fixed = json.dumps({"id": "fixed", "title": "Fixed", "published": "2023-09-20",
                        "text": "Another office opened in Luhansk."})
    (raw / "sample.jsonl").write_text("\n".join(lines[:-1] + [fixed]) + "\n")
    result = _materialize(raw, wh, "2023-09", "2023-09")
    assert result.success
    assert read_whole_table(wh, "quarantine").num_rows == 0
    assert (wh / "events" / "pub_month=2014-05" / "part-0.parquet").stat().st_mtime_ns == untouched
    con = duckdb.connect(str(wh / "events.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM marts.events WHERE article_id = 'fixed'").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM marts.quarantine_summary").fetchone() == (0,)
    con.close()


def test_accounting_check_fails_when_a_partition_is_missing(built, tmp_path):
    import shutil
    raw_src, wh_src, *_ = built
    wh = tmp_path / "wh"
    shutil.copytree(wh_src, wh)
    # only 2023-09 is rewritten; 2014-05 was lost behind the pipeline's back
    shutil.rmtree(wh / "articles" / "pub_month=2014-05")
    result = _materialize(raw_src, wh, "2023-09", "2023-09")
    evals = {e.check_name: e for e in result.get_asset_check_evaluations()}
    acc = evals["ingest_accounting_balances"]
    assert not acc.passed
    assert "2014-05" in acc.metadata["problems"].value


def test_oep_run_end_to_end_on_a_tmp_folder(tmp_path, monkeypatch):
    from pipeline.cli import main

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setattr(pipeline.coding, "code_article", fake_code_article)
    raw = write_raw(tmp_path / "raw")
    assert main(["run", "--raw", str(raw), "--warehouse", str(tmp_path / "wh")]) == 0
    assert main(["sql", "SELECT sum(events) FROM events_by_region_month WHERE theme IS NOT NULL",
                 "--warehouse", str(tmp_path / "wh")]) == 0


def test_oep_run_fails_clearly(tmp_path, monkeypatch, capsys):
    from pipeline.cli import main

    monkeypatch.delenv("DAGSTER_HOME", raising=False)

    def broken(article):
        raise ValueError("coder exploded")

    monkeypatch.setattr(pipeline.coding, "code_article", broken)
    raw = write_raw(tmp_path / "raw")
    assert main(["run", "--raw", str(raw), "--warehouse", str(tmp_path / "wh")]) == 1
    err = capsys.readouterr().err
    assert "step events" in err and "coder exploded" in err and "a-2014-1" in err
    assert main(["run", "--raw", str(tmp_path / "missing"), "--warehouse", str(tmp_path / "wh")]) == 1


def test_oep_run_records_the_run_in_dagster_home(tmp_path, monkeypatch):
    from pipeline.runner import run_pipeline

    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text((ROOT / "dagster_home" / "dagster.yaml").read_text())
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setattr(pipeline.coding, "code_article", fake_code_article)
    summary = run_pipeline(write_raw(tmp_path / "raw"), tmp_path / "wh")
    assert summary.events == 4 and summary.instance.startswith("DAGSTER_HOME")
    with dg.DagsterInstance.get() as instance:
        runs = instance.get_runs()
        assert [r.run_id for r in runs] == [summary.run_id]
        assert runs[0].is_success
        info = instance.event_log_storage.get_concurrency_info("duckdb_writer")
        assert info.slot_count == 1 and not info.claimed_slots


@pytest.mark.skipif(not (ROOT / "data" / "raw").is_dir(), reason="sample corpus not present")
def test_sample_corpus_end_to_end_with_the_real_coder(tmp_path, monkeypatch):
    from pipeline.runner import run_pipeline

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    summary = run_pipeline(ROOT / "data" / "raw", tmp_path / "wh")
    assert summary.seen == summary.articles + summary.quarantined + summary.duplicates
    assert summary.articles > 0
    assert all(summary.checks.values()), summary.checks
    con = duckdb.connect(str(summary.marts_path), read_only=True)
    assert con.execute("SELECT count(*) FROM marts.events").fetchone()[0] == summary.events
    assert con.execute("SELECT count(*) FROM marts.articles").fetchone()[0] == summary.articles
    con.close()

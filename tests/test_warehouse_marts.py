"""DuckDB marts, exports, accounting and validation, on injected rows (no Dagster, no coder)."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import duckdb
import pytest

from pipeline.warehouse import validation
from pipeline.warehouse.accounting import ingest_accounting, verify_accounting, write_manifest
from pipeline.warehouse.marts import build_marts, marts_path, run_sql
from pipeline.warehouse.parquet import month_key, write_partition, write_whole_table
from pipeline.warehouse.reference import column_list
from test_warehouse_helpers import ARTICLES, fake_code_article

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"


def _article_row(a: dict) -> dict:
    return {"article_id": a["id"], "url": f"https://example.org/{a['id']}", "title": a["title"],
            "source": "Sample Wire", "published": dt.date.fromisoformat(a["published"]),
            "published_source": "metadata", "text": a["text"], "text_truncated": False,
            "content_hash": a["id"], "raw_path": "sample.jsonl", "raw_position": f"line {ARTICLES.index(a) + 1}"}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    wh = tmp_path_factory.mktemp("wh")
    by_month: dict[str, list] = {}
    for a in ARTICLES:
        by_month.setdefault(month_key(a["published"]), []).append(_article_row(a))
    for month, arts in by_month.items():
        write_partition(wh, "articles", month, arts)
        events = [{**e, "published": art["published"]} for art in arts for e in fake_code_article(art)]
        write_partition(wh, "events", month, events)
    write_whole_table(wh, "quarantine", [
        {"raw_path": "sample.jsonl", "position": "line 4", "reason": "invalid_json", "message": "bad", "excerpt": "x"},
        {"raw_path": "b.bin", "position": "", "reason": "binary", "message": "binary", "excerpt": ""},
        {"raw_path": "sample.jsonl", "position": "line 7", "reason": "invalid_json", "message": "bad", "excerpt": "y"},
    ])
    result = build_marts(wh)
    return wh, result


def _query(wh, sql):
    con = duckdb.connect(str(marts_path(wh)), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_events_by_region_month_contract_columns_and_counts(warehouse):
    wh, _ = warehouse
    cols = [r[0] for r in _query(wh, "DESCRIBE marts.events_by_region_month")]
    assert cols[:7] == ["region_code", "region_name", "occupied", "month", "theme", "events", "articles"]
    types = dict((r[0], r[1]) for r in _query(wh, "DESCRIBE marts.events_by_region_month"))
    assert types["month"] == "DATE"
    rows = _query(wh, "SELECT region_code, month, theme, events, articles FROM marts.events_by_region_month "
                      "ORDER BY month, region_code, theme")
    # 2023-07 article: sentence 0 (workers, Luhansk) -> labor; sentence 1 (office + workers) -> both themes
    assert ("UA-09", dt.date(2023, 7, 1), "labor_migration", 1, 1) in rows
    assert ("UA-14", dt.date(2023, 7, 1), "labor_migration", 1, 1) in rows
    assert ("UA-14", dt.date(2023, 7, 1), "diplomatic_recognition", 1, 1) in rows
    assert ("UA-14", dt.date(2014, 5, 1), "diplomatic_recognition", 1, 1) in rows
    # one row per combination
    dup = _query(wh, "SELECT count(*) FROM (SELECT region_code, region_name, occupied, month, theme, count(*) n "
                     "FROM marts.events_by_region_month GROUP BY ALL HAVING n > 1)")
    assert dup == [(0,)]


def test_unnested_theme_totals_match_the_flat_table(warehouse):
    wh, _ = warehouse
    flat = _query(wh, "SELECT sum(len(themes)) FROM marts.events")[0][0]
    mart = _query(wh, "SELECT sum(events) FROM marts.events_by_region_month WHERE theme IS NOT NULL")[0][0]
    assert flat == mart == 5


def test_planned_events_are_counted_separately(warehouse):
    wh, _ = warehouse
    assert _query(wh, "SELECT sum(planned_events) FROM marts.events_by_region_month "
                      "WHERE month = DATE '2023-09-01'") == [(1,)]


def test_evidence_is_one_join_away(warehouse):
    wh, _ = warehouse
    rows = _query(wh, "SELECT any_value(m.events), count(ev.event_id) FROM marts.events_by_region_month m "
                      "JOIN marts.evidence ev USING (region_code, occupied, month, theme) "
                      "GROUP BY region_code, occupied, month, theme")
    assert rows and all(n == m for m, n in rows)
    sentence = _query(wh, "SELECT evidence FROM marts.events_by_region_month_evidence "
                          "WHERE month = DATE '2014-05-01'")
    assert sentence == [("The DPR opened a representative office in Donetsk.",)]


def test_other_marts(warehouse):
    wh, result = warehouse
    assert {"events", "events_by_region_month", "actor_dyads", "recognition_by_stance_quarter",
            "evidence", "quarantine_summary", "gdelt_events", "acled_events"} <= set(result.tables)
    assert _query(wh, "SELECT reason, files, records FROM marts.quarantine_summary") == [
        ("invalid_json", 1, 2), ("binary", 1, 1)]
    dyad = _query(wh, "SELECT events FROM marts.actor_dyads WHERE theme = 'diplomatic_recognition' "
                      "AND actor1_code = 'PRKGOV' AND actor2_code = 'DPRGOV'")
    assert dyad == [(3,)]
    q = _query(wh, "SELECT quarter, stance, events FROM marts.recognition_by_stance_quarter ORDER BY quarter")
    assert q[0] == (dt.date(2014, 4, 1), "grant", 1)


def test_gdelt_export_has_the_61_columns_in_order_and_fips_codes(warehouse):
    wh, result = warehouse
    names = column_list("gdelt2_event")
    assert len(names) == 61
    cols = [r[0] for r in _query(wh, "DESCRIBE marts.gdelt_events")]
    assert cols == names
    row = _query(wh, "SELECT ActionGeo_CountryCode, SQLDATE, DATEADDED, EventRootCode, Actor1Type1Code "
                     "FROM marts.gdelt_events ORDER BY SQLDATE LIMIT 1")[0]
    assert row == ("UP", 20140511, 20140511000000, "05", "GOV")
    tsv = Path(result.exports["gdelt_events"]["files"][1])
    first = tsv.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert len(first) == 61 and first[1] == "20140511"


@pytest.mark.skipif(not (REFERENCE / "gdelt2_events_columns.csv").exists(), reason="reference tables absent")
def test_gdelt_column_list_matches_the_reference():
    with open(REFERENCE / "gdelt2_events_columns.csv", encoding="utf-8", newline="") as fh:
        ref = [r["tableId"] for r in csv.DictReader(fh)]
    assert column_list("gdelt2_event") == ref


def test_acled_export(warehouse):
    wh, result = warehouse
    cols = [r[0] for r in _query(wh, "DESCRIBE marts.acled_events")]
    assert cols == column_list("acled_event")
    row = _query(wh, "SELECT event_id_cnty, iso, country, region, interaction, timestamp, fatalities "
                     "FROM marts.acled_events ORDER BY event_date LIMIT 1")[0]
    assert row[0].startswith("UKR") and row[1:5] == (804, "Ukraine", "Europe", 28)
    assert row[5] == int(dt.datetime(2014, 5, 11, tzinfo=dt.timezone.utc).timestamp()) and row[6] == 0
    header = Path(result.exports["acled_events"]["files"][1]).read_text().splitlines()[0]
    assert header.split(",")[:3] == ["event_id_cnty", "event_date", "year"]


def test_oep_sql_prints_a_table_read_only(warehouse, capsys):
    wh, _ = warehouse
    assert run_sql("SELECT theme, sum(events) AS n FROM events_by_region_month GROUP BY theme ORDER BY theme", wh) == 0
    out = capsys.readouterr().out
    assert "diplomatic_recognition" in out and "(2 rows)" in out
    assert run_sql("CREATE TABLE marts.x AS SELECT 1", wh) == 1  # read-only
    assert "read-only" in capsys.readouterr().err.lower()
    assert run_sql("SELECT 1", wh / "nowhere") == 2


def test_marts_build_with_an_empty_warehouse(tmp_path):
    result = build_marts(tmp_path)
    assert result.tables["events_by_region_month"] == 0 and result.tables["gdelt_events"] == 0


def test_accounting_balances_and_catches_a_lost_partition(warehouse, tmp_path):
    from pipeline.ingest import IngestResult

    wh, _ = warehouse
    arts = [{"article_id": a["id"], "published": dt.date.fromisoformat(a["published"])} for a in ARTICLES]
    ingest = IngestResult(articles=arts, quarantine=[{"reason": "invalid_json"}] * 3,
                          duplicates=[{"duplicate_of": "a-2023-1"}], seen=7)
    acc = ingest_accounting(ingest)
    assert acc["per_month"]["2023-07"] == {"seen": 2, "kept": 1, "duplicates": 1, "quarantined": 0}
    ok, problems, numbers = verify_accounting(wh, acc)
    assert ok, problems
    assert numbers["seen"] == 7
    # a record nobody accounted for
    ok, problems, _ = verify_accounting(wh, {**acc, "seen": 8})
    assert not ok and "overall" in problems[0]
    # a partition missing on disk
    import shutil
    copy = tmp_path / "wh"
    shutil.copytree(wh, copy)
    shutil.rmtree(copy / "articles" / "pub_month=2014-05")
    write_manifest(copy, acc)
    ok, problems, _ = verify_accounting(copy)
    assert not ok and any("2014-05" in p for p in problems)


def test_validation_checks_pass_on_good_data_and_fail_on_bad(warehouse, tmp_path):
    wh, _ = warehouse
    for check in (validation.check_events_schema, validation.check_events_required,
                  validation.check_events_coordinates, validation.check_events_regions):
        assert check(wh).passed, check.__name__
    art = {"article_id": "x", "published": dt.date(2023, 9, 1), "text": "An office opened."}
    bad = [{**e, "published": art["published"], "latitude": 123.0, "admin1_code": "Donetsk"}
           for e in fake_code_article(art)]
    write_partition(tmp_path, "events", "2023-09", bad)
    assert not validation.check_events_coordinates(tmp_path).passed
    regions = validation.check_events_regions(tmp_path)
    assert not regions.passed and "Donetsk" in regions.problems[0]
    import pyarrow as pa
    import pyarrow.parquet as pq
    f = tmp_path / "events" / "pub_month=2023-09" / "part-0.parquet"
    pq.write_table(pq.read_table(f).drop_columns(["rule"]).append_column("extra", pa.array([1])), f)
    assert not validation.check_events_schema(tmp_path).passed

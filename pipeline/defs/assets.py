"""Assets: articles -> events (+ quarantine) -> marts. Thin wiring over pipeline.ingest,
pipeline.coding and pipeline.warehouse; run facts (counts, paths) go into Dagster metadata,
never into the rows."""

from collections import defaultdict

import dagster as dg
from pydantic import Field

from pipeline import coding
from pipeline.coding.parallel import ArticleCoder, CodingError
from pipeline.defs.partitions import monthly_partitions
from pipeline.defs.resources import WarehousePaths, scan_for_run
from pipeline.geo.geocoders import get_geocoder
from pipeline.geo.refine import refine_coordinates
from pipeline.warehouse import hooks
from pipeline.warehouse.accounting import ingest_accounting, write_manifest
from pipeline.warehouse.marts import build_marts
from pipeline.warehouse.parquet import (
    month_key, read_partition, remove_stale_temps, table_dir, write_partition, write_whole_table,
)

GROUP = "occupation_events"
MARTS_POOL = "duckdb_writer"


def _month_table(per_month: dict, months: list[str]) -> str:
    lines = ["| month | seen | kept | duplicates | quarantined |", "|---|---|---|---|---|"]
    for m in months:
        c = per_month.get(m)
        if c:
            lines.append(f"| {m} | {c['seen']} | {c['kept']} | {c['duplicates']} | {c['quarantined']} |")
    return "\n".join(lines)


@dg.asset(
    partitions_def=monthly_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    group_name=GROUP,
    kinds={"parquet"},
)
def articles(context: dg.AssetExecutionContext, paths: WarehousePaths) -> dg.MaterializeResult:
    """Unique articles from the raw folder, one Parquet partition per publication month.

    Scans the raw folder once, writes every month in the run's range (a month with no articles
    loses its partition), and records seen = kept + quarantined + duplicates for the accounting
    check.
    """
    warehouse = paths.warehouse_path()
    remove_stale_temps(table_dir(warehouse, "articles"))
    ingest = scan_for_run(context.run.run_id, paths.raw_path())
    by_month: dict[str, list[dict]] = defaultdict(list)
    for art in ingest.articles:
        by_month[month_key(art["published"])].append(art)
    months = list(context.partition_keys)
    written = [write_partition(warehouse, "articles", m, by_month.get(m, [])) for m in months]
    accounting = ingest_accounting(ingest)
    write_manifest(warehouse, accounting)
    outside = sorted(set(by_month) - set(months))
    context.log.info(
        f"seen {accounting['seen']}: kept {accounting['kept']}, quarantined {accounting['quarantined']}, "
        f"duplicates {accounting['duplicates']}; wrote {len(months)} partition(s)"
    )
    return dg.MaterializeResult(metadata={
        "seen": accounting["seen"],
        "kept": accounting["kept"],
        "quarantined": accounting["quarantined"],
        "duplicates": accounting["duplicates"],
        "rows_in_range": sum(w.rows for w in written),
        "partitions_written": len([w for w in written if w.rows]),
        "months_outside_range": ", ".join(outside) or "none",
        "per_month": dg.MetadataValue.md(_month_table(accounting["per_month"], months)),
        "path": dg.MetadataValue.path(str(table_dir(warehouse, "articles"))),
    })


@dg.asset(group_name=GROUP, kinds={"parquet"})
def quarantine(context: dg.AssetExecutionContext, paths: WarehousePaths) -> dg.MaterializeResult:
    """Every raw record that could not be used, with the reason and where it is in its file.

    Rewritten whole on each run from the same scan as the articles: fix a file, rerun, and its
    row goes away.
    """
    warehouse = paths.warehouse_path()
    ingest = scan_for_run(context.run.run_id, paths.raw_path())
    result = write_whole_table(warehouse, "quarantine", ingest.quarantine)
    reasons: dict[str, int] = defaultdict(int)
    for q in ingest.quarantine:
        reasons[q["reason"]] += 1
    return dg.MaterializeResult(metadata={
        "rows": result.rows,
        "by_reason": dg.MetadataValue.json(dict(sorted(reasons.items()))),
        "path": dg.MetadataValue.path(str(result.path)),
    })


class CoderConfig(dg.Config):
    """Run config of the events asset (launchpad: ops/events/config)."""

    coder_workers: int = Field(
        default=1, ge=0,
        description="processes coding articles in parallel (1: in the run's own process; 0: one per "
                    "available core; more processes than cores only add overhead). Output is the same whatever "
                    "the number.")


@dg.asset(
    partitions_def=monthly_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    deps=[articles],
    group_name=GROUP,
    kinds={"parquet"},
)
def events(context: dg.AssetExecutionContext, config: CoderConfig, paths: WarehousePaths) -> dg.MaterializeResult:
    """Coded events (one row per event, with its evidence sentence), partitioned like articles.

    Reads each article partition in the range, runs the coder, and rewrites the month's events
    partition; rows are sorted on a total key so reruns are byte-identical.
    """
    warehouse = paths.warehouse_path()
    remove_stale_temps(table_dir(warehouse, "events"))
    total, partitions, articles_read = 0, 0, 0
    geocoder = get_geocoder()  # embedded gazetteer by default; OEP_GEOCODER=nominatim refines coordinates
    geocoded = defaultdict(int)
    with ArticleCoder(config.coder_workers) as coder:
        for i, month in enumerate(context.partition_keys):
            rows: list[dict] = []
            try:
                for article, coded in coder.code(read_partition(warehouse, "articles", month).to_pylist()):
                    articles_read += 1
                    for event in coded:
                        event = dict(event)
                        event.setdefault("article_id", article["article_id"])
                        event["published"] = article["published"]
                        rows.append(event)
            except CodingError as exc:
                article = exc.article
                raise RuntimeError(f"coder failed on article {article['article_id']} "
                                   f"({article['raw_path']} {article['raw_position']}): {exc}") from exc
            for key, n in refine_coordinates(rows, geocoder).items():
                geocoded[key] += n
            result = write_partition(warehouse, "events", month, rows)
            total += result.rows
            partitions += bool(result.rows)
            if i == 0:
                hooks.pause("events")
    return dg.MaterializeResult(metadata={
        "rows_in_range": total,
        "articles_coded": articles_read,
        "partitions_written": partitions,
        "coder_version": coding.CODER_VERSION,
        "geocoder": type(geocoder).__name__,
        "places_refined_by_geocoder": geocoded["refined"],
        "path": dg.MetadataValue.path(str(table_dir(warehouse, "events"))),
    })


@dg.asset(
    deps=[events, quarantine, articles],
    group_name=GROUP,
    kinds={"duckdb"},
    pool=MARTS_POOL,
)
def marts(context: dg.AssetExecutionContext, paths: WarehousePaths) -> dg.MaterializeResult:
    """DuckDB marts (events_by_region_month, actor_dyads, evidence, ...) and the GDELT/ACLED
    exports, built into a temporary file and swapped in over <warehouse>/events.duckdb.

    Runs in the duckdb_writer pool (limit 1 in dagster_home/dagster.yaml) and under a file lock,
    so two runs never write the marts at once.
    """
    result = build_marts(paths.warehouse_path())
    metadata = {f"rows.{t}": n for t, n in sorted(result.tables.items())}
    metadata["path"] = dg.MetadataValue.path(str(result.path))
    metadata["exports"] = dg.MetadataValue.json({t: e["files"] for t, e in result.exports.items()})
    return dg.MaterializeResult(metadata=metadata)


ASSETS = [articles, quarantine, events, marts]

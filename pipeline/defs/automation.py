"""The named job, its daily schedule and the raw-folder sensor."""

import datetime as dt
import hashlib
import json

import dagster as dg

from pipeline.defs.assets import ASSETS
from pipeline.defs.partitions import monthly_partitions, range_tags
from pipeline.defs.raw_changes import affected_months, contiguous_ranges, diff_snapshots, snapshot
from pipeline.defs.resources import WarehousePaths

JOB_NAME = "occupation_events_job"

# In-process by default: the default multiprocess executor spends ~4 s starting a process per
# step, more than our steps take on small runs. For big backfills, launch with
#   execution: {config: {multiprocess: {max_concurrent: 2}}}
IN_PROCESS_CONFIG = {"execution": {"config": {"in_process": {}}}}

occupation_events_job = dg.define_asset_job(
    name=JOB_NAME,
    selection=dg.AssetSelection.assets(*ASSETS),
    description="The whole pipeline: raw articles -> articles, quarantine -> events -> DuckDB marts and exports.",
    executor_def=dg.multi_or_in_process_executor,
    config=IN_PROCESS_CONFIG,
)


@dg.schedule(
    cron_schedule="0 6 * * *",
    job=occupation_events_job,
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)
def daily_current_month(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    """Every day at 06:00 UTC, refresh the current month's partition (articles keep arriving
    all month; earlier months are refreshed by the sensor when their files change)."""
    when = context.scheduled_execution_time or dt.datetime.now(dt.timezone.utc)
    month = f"{when.year:04d}-{when.month:02d}"
    return dg.RunRequest(run_key=f"daily-{when:%Y-%m-%d}", partition_key=month)


@dg.sensor(
    job=occupation_events_job,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
)
def raw_files_sensor(context: dg.SensorEvaluationContext, paths: WarehousePaths):
    """Starts runs for new, changed or deleted files in the raw folder.

    Cursor: JSON {relative path: [mtime_ns, size, [months]]}. Only the changed files are parsed
    to find their publication months (plus the months they held before), and one run is
    requested per contiguous range of months. run_key = hash of the range and the changed files'
    signatures, so a repeated evaluation never starts the same run twice.
    """
    raw = paths.raw_path()
    previous = json.loads(context.cursor) if context.cursor else {}
    current = snapshot(raw)
    changes = diff_snapshots(previous, current)
    if not changes:
        return dg.SkipReason(f"no new or changed files in {raw}")
    today = dt.datetime.now(dt.timezone.utc).date()
    last_key = monthly_partitions.get_last_partition_key()
    months, new_cursor = affected_months(raw, changes, previous, current, today=today,
                                         first=monthly_partitions.get_first_partition_key(), last=last_key)
    signature = hashlib.sha1(json.dumps(sorted(changes.items())).encode()).hexdigest()[:12]
    requests = []
    for first, last in contiguous_ranges(months):
        key = f"raw-{first}-{last}-{signature}"
        if first == last:
            requests.append(dg.RunRequest(run_key=key, partition_key=first))
        else:
            requests.append(dg.RunRequest(run_key=key, tags=range_tags(first, last)))
    context.log.info(f"{len(changes)} changed file(s) -> months {months}")
    return dg.SensorResult(run_requests=requests, cursor=json.dumps(new_cursor, sort_keys=True))

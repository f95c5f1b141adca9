"""`oep run`: the whole Dagster job, in-process, over every month found in the raw folder.

run_pipeline(raw_dir, warehouse_dir) scans the raw folder once (to find the months; the run
reuses that scan), executes occupation_events_job over the contiguous partition range from the
first to the last month, records the run in the Dagster instance of DAGSTER_HOME when it is set
(else an ephemeral one), and returns a printable RunSummary. Raises PipelineError with the
failing step and message when the run fails.
"""
from __future__ import annotations

import os
import socket
import time
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path

PID_TAG = "oep/pid"
HOST_TAG = "oep/host"


class PipelineError(RuntimeError):
    pass


@dataclass
class RunSummary:
    run_id: str
    raw_dir: Path
    warehouse_dir: Path
    first_month: str
    last_month: str
    seen: int
    articles: int
    duplicates: int
    quarantined: int
    events: int
    partitions_with_events: int
    marts_path: Path
    elapsed_seconds: float
    checks: dict[str, bool] = field(default_factory=dict)
    instance: str = "ephemeral"

    def __str__(self) -> str:
        failed = [k for k, ok in self.checks.items() if not ok]
        lines = [
            f"run {self.run_id} ({self.instance} instance) finished in {self.elapsed_seconds:.1f} s",
            f"raw folder:   {self.raw_dir}",
            f"partitions:   {self.first_month} .. {self.last_month}",
            f"records seen: {self.seen} = {self.articles} articles + {self.quarantined} quarantined "
            f"+ {self.duplicates} duplicates",
            f"events:       {self.events} (in {self.partitions_with_events} month partition(s))",
            f"warehouse:    {self.warehouse_dir}",
            f"marts:        {self.marts_path}",
            f"checks:       {sum(self.checks.values())}/{len(self.checks)} passed"
            + (f"; FAILED: {', '.join(failed)}" if failed else ""),
        ]
        return "\n".join(lines)


def release_orphaned_pool_slots(instance) -> list[str]:
    """Free pool slots (and fail the run) of `oep run` processes on this host that died.

    A SIGKILLed in-process run never frees its duckdb_writer slot; without this the next run
    would wait for it forever.
    """
    from dagster import DagsterRunStatus

    from pipeline.warehouse.parquet import pid_alive

    storage = instance.event_log_storage
    if not storage.supports_global_concurrency_limits:
        return []
    released = []
    for run_id in storage.get_concurrency_run_ids():
        run = instance.get_run_by_id(run_id)
        dead = run is None or run.is_finished
        if run is not None and not dead and run.tags.get(HOST_TAG) == socket.gethostname():
            pid = int(run.tags.get(PID_TAG, "0") or 0)
            dead = pid > 0 and not pid_alive(pid)
            if dead and run.status in (DagsterRunStatus.STARTED, DagsterRunStatus.STARTING,
                                       DagsterRunStatus.NOT_STARTED):
                instance.report_run_failed(run, "the oep run process died (SIGKILL or crash); slots released")
        if dead:
            storage.free_concurrency_slots_for_run(run_id)
            released.append(run_id)
    return released


def _months(ingest) -> list[str]:
    from pipeline.warehouse.parquet import month_key

    return sorted({month_key(a["published"]) for a in ingest.articles})


def _failure_message(result) -> str:
    for event in result.all_events:
        if event.is_step_failure or event.event_type_value == "RUN_FAILURE":
            data = event.event_specific_data
            err = getattr(data, "error", None)
            if err is not None:
                cause = err
                while cause.cause is not None:
                    cause = cause.cause
                step = f"step {event.step_key}: " if event.step_key else ""
                return f"{step}{cause.message.strip()}"
            return event.message or "run failed"
    return "run failed"


def run_pipeline(raw_dir, warehouse_dir, *, instance=None, coder_workers: int = 1) -> RunSummary:
    started = time.perf_counter()
    raw_dir = Path(raw_dir).resolve()
    warehouse_dir = Path(warehouse_dir).resolve()
    if not raw_dir.is_dir():
        raise PipelineError(f"raw folder {raw_dir} does not exist")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Dagster beta/preview notices are noise for `oep run`
        import dagster as dg

        from pipeline.definitions import defs
        from pipeline.defs.automation import IN_PROCESS_CONFIG, JOB_NAME
        from pipeline.defs.partitions import monthly_partitions, range_tags
        from pipeline.defs.resources import prime_scan
        from pipeline.ingest import scan_raw

        ingest = scan_raw(raw_dir)
        found = _months(ingest)
        first_key = monthly_partitions.get_first_partition_key()
        last_key = monthly_partitions.get_last_partition_key()
        outside = [m for m in found if not first_key <= m <= last_key]
        if outside:
            raise PipelineError(
                f"articles published outside the partition range {first_key}..{last_key}: months {outside}; "
                "fix their dates (or extend MONTHLY_START in pipeline/defs/partitions.py)")
        if found:
            first, last = found[0], found[-1]
        else:  # nothing usable: still rewrite quarantine and marts, on the current month
            first = last = last_key

        if instance is None:
            instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
        kind = "ephemeral" if instance.is_ephemeral else f"DAGSTER_HOME={os.environ.get('DAGSTER_HOME')}"
        release_orphaned_pool_slots(instance)

        run_id = str(uuid.uuid4())  # Dagster run ids are UUID4 strings
        prime_scan(run_id, raw_dir, ingest)
        tags = {**range_tags(first, last), PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}
        run_config = {
            **IN_PROCESS_CONFIG,
            # every event is still recorded in the instance; only the console stays quiet
            "loggers": {"console": {"config": {"log_level": os.environ.get("OEP_LOG_LEVEL", "WARNING")}}},
            "resources": {"paths": {"config": {"raw_dir": str(raw_dir), "warehouse_dir": str(warehouse_dir)}}},
            "ops": {"events": {"config": {"coder_workers": coder_workers}}},
        }
        job = defs.resolve_job_def(JOB_NAME)
        result = job.execute_in_process(run_config=run_config, instance=instance, tags=tags,
                                        run_id=run_id, raise_on_error=False)
    if not result.success:
        raise PipelineError(f"run {run_id} failed: {_failure_message(result)}")

    meta = {}
    for mat in result.get_asset_materialization_events():
        m = mat.materialization
        meta.setdefault(m.asset_key.to_user_string(), {k: v.value for k, v in m.metadata.items()})
    checks = {}
    for ev in result.get_asset_check_evaluations():
        checks[ev.check_name] = ev.passed
    art, evs = meta.get("articles", {}), meta.get("events", {})
    from pipeline.warehouse.marts import marts_path

    return RunSummary(
        run_id=run_id, raw_dir=raw_dir, warehouse_dir=warehouse_dir, first_month=first, last_month=last,
        seen=int(art.get("seen", 0)), articles=int(art.get("kept", 0)), duplicates=int(art.get("duplicates", 0)),
        quarantined=int(art.get("quarantined", 0)), events=int(evs.get("rows_in_range", 0)),
        partitions_with_events=int(evs.get("partitions_written", 0)), marts_path=marts_path(warehouse_dir),
        elapsed_seconds=time.perf_counter() - started, checks=checks, instance=kind,
    )


"""The Dagster code location (workspace.yaml loads this module). No I/O at import time."""

import dagster as dg

from pipeline.defs.assets import ASSETS
from pipeline.defs.automation import daily_current_month, occupation_events_job, raw_files_sensor
from pipeline.defs.checks import CHECKS
from pipeline.defs.resources import WarehousePaths

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=CHECKS,
    jobs=[occupation_events_job],
    schedules=[daily_current_month],
    sensors=[raw_files_sensor],
    resources={"paths": WarehousePaths()},
)

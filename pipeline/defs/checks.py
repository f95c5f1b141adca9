"""Asset checks guarding the events table and the ingest accounting.

The checks read what is on disk (all partitions), so a rerun over part of the range still
verifies the whole table. The logic lives in pipeline.warehouse.validation (pure, testable).
"""

import dagster as dg

from pipeline.defs.assets import articles, events, quarantine
from pipeline.defs.resources import WarehousePaths
from pipeline.warehouse import validation
from pipeline.warehouse.accounting import verify_accounting


def _result(outcome: validation.Outcome) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=outcome.passed,
        metadata={**outcome.metadata, "problems": dg.MetadataValue.md(
            "\n".join(f"- {p}" for p in outcome.problems[:50]) or "none")},
    )


@dg.asset_check(asset=events, description="Every events file has exactly the contract schema (schemas/tables/events.json).")
def events_schema_matches_contract(paths: WarehousePaths) -> dg.AssetCheckResult:
    return _result(validation.check_events_schema(paths.warehouse_path()))


@dg.asset_check(asset=events, description="Required event fields (non-nullable in the contract) are never null.")
def events_required_fields_present(paths: WarehousePaths) -> dg.AssetCheckResult:
    return _result(validation.check_events_required(paths.warehouse_path()))


@dg.asset_check(asset=events, description="Latitude in [-90, 90], longitude in [-180, 180], both or neither present.")
def events_coordinates_in_range(paths: WarehousePaths) -> dg.AssetCheckResult:
    return _result(validation.check_events_coordinates(paths.warehouse_path()))


@dg.asset_check(asset=events, description="admin1 region codes are known ISO 3166-2 codes (the geo admin1 table; format check until it exists).")
def events_region_codes_known(paths: WarehousePaths) -> dg.AssetCheckResult:
    return _result(validation.check_events_regions(paths.warehouse_path()))


@dg.asset_check(
    asset=articles,
    additional_deps=[quarantine],
    description="Records seen = kept + quarantined + duplicates, overall and per month, and the "
                "Parquet tables on disk hold exactly those numbers.",
)
def ingest_accounting_balances(paths: WarehousePaths) -> dg.AssetCheckResult:
    ok, problems, numbers = verify_accounting(paths.warehouse_path())
    return _result(validation.Outcome(ok, problems, dict(numbers)))


CHECKS = [
    events_schema_matches_contract,
    events_required_fields_present,
    events_coordinates_in_range,
    events_region_codes_known,
    ingest_accounting_balances,
]

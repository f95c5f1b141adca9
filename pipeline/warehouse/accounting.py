"""Accounting: every raw record ends in exactly one place (pure: no Dagster import).

records seen = kept (articles) + quarantined + duplicates, overall and per publication month.
Quarantined records usually have no usable date, so they sit in an 'unassigned' bucket; per
month the identity is seen_m = kept_m + duplicates_m (+ any quarantined record that carried a
date in that month).

The articles asset writes the ingest's numbers to <warehouse>/_meta/ingest_accounting.json;
verify_accounting() compares them with what is actually on disk (Parquet footers), so a lost
or doubled partition shows up even when the ingest itself balanced.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from pipeline.warehouse.parquet import (
    month_key, partition_row_counts, read_whole_table, temp_name,
)

MANIFEST = Path("_meta") / "ingest_accounting.json"
UNASSIGNED = "unassigned"


def _month_of(record: dict) -> str | None:
    value = record.get("published")
    if value:
        try:
            return month_key(value)
        except (ValueError, TypeError):
            return None
    return None


def ingest_accounting(ingest) -> dict:
    """Per-month and total counts of one scan_raw() result."""
    kept = Counter(month_key(a["published"]) for a in ingest.articles)
    article_month = {a["article_id"]: month_key(a["published"]) for a in ingest.articles}
    dups = Counter(_month_of(d) or article_month.get(d.get("duplicate_of"), UNASSIGNED)
                   for d in ingest.duplicates)
    quar = Counter(_month_of(q) or UNASSIGNED for q in ingest.quarantine)
    months = sorted(set(kept) | set(dups) | set(quar), key=lambda m: (m == UNASSIGNED, m))
    per_month = {
        m: {"seen": kept[m] + dups[m] + quar[m], "kept": kept[m], "duplicates": dups[m], "quarantined": quar[m]}
        for m in months
    }
    return {
        "seen": int(ingest.seen),
        "kept": len(ingest.articles),
        "quarantined": len(ingest.quarantine),
        "duplicates": len(ingest.duplicates),
        "per_month": per_month,
    }


def manifest_path(warehouse_dir) -> Path:
    return Path(warehouse_dir) / MANIFEST


def write_manifest(warehouse_dir, accounting: dict) -> Path:
    final = manifest_path(warehouse_dir)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(final)
    tmp.write_text(json.dumps(accounting, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, final)
    return final


def read_manifest(warehouse_dir) -> dict | None:
    p = manifest_path(warehouse_dir)
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None


def verify_accounting(warehouse_dir, accounting: dict | None = None) -> tuple[bool, list[str], dict]:
    """(ok, problems, numbers). Checks the identity overall and per month, and that the Parquet
    tables on disk hold exactly the kept and quarantined counts."""
    accounting = accounting or read_manifest(warehouse_dir)
    if accounting is None:
        return False, ["no ingest accounting manifest: the articles asset has not run"], {}
    problems = []
    seen, kept, quar, dups = (accounting[k] for k in ("seen", "kept", "quarantined", "duplicates"))
    if seen != kept + quar + dups:
        problems.append(f"overall: seen {seen} != kept {kept} + quarantined {quar} + duplicates {dups}")
    on_disk = partition_row_counts(warehouse_dir, "articles")
    per_month = accounting["per_month"]
    for month in sorted(set(per_month) | set(on_disk)):
        if month == UNASSIGNED:
            continue
        m = per_month.get(month, {"seen": 0, "kept": 0, "duplicates": 0, "quarantined": 0})
        if m["seen"] != m["kept"] + m["duplicates"] + m["quarantined"]:
            problems.append(f"{month}: seen {m['seen']} != kept + duplicates + quarantined")
        if on_disk.get(month, 0) != m["kept"]:
            problems.append(f"{month}: articles partition holds {on_disk.get(month, 0)} rows, ingest kept {m['kept']}")
    quarantine_rows = read_whole_table(warehouse_dir, "quarantine").num_rows
    if quarantine_rows != quar:
        problems.append(f"quarantine table holds {quarantine_rows} rows, ingest quarantined {quar}")
    numbers = {"seen": seen, "kept": kept, "quarantined": quar, "duplicates": dups,
               "articles_on_disk": sum(on_disk.values()), "quarantine_on_disk": quarantine_rows}
    return not problems, problems, numbers

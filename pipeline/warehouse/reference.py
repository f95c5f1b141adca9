"""Reference tables the warehouse joins to: countries (ISO -> FIPS, ACLED region) and admin1 regions.

Pure, cached, read once per process. The admin1 table belongs to the geo module (schemas/geo/);
until it exists, known_admin1() returns None and callers fall back to a format check.
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

from pipeline.paths import schemas_dir

ADMIN1_CODE_FORMAT = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


@lru_cache(maxsize=1)
def countries() -> list[dict]:
    with open(schemas_dir() / "exports" / "countries.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def column_list(layout: str) -> list[str]:
    """Column names of an export layout ('gdelt2_event' or 'acled_event'), in order."""
    with open(schemas_dir() / "exports" / f"{layout}_columns.csv", encoding="utf-8", newline="") as fh:
        return [row["name"] for row in csv.DictReader(fh)]


def _admin1_files() -> list[Path]:
    geo = schemas_dir() / "geo"
    if not geo.is_dir():
        return []
    return sorted(p for p in geo.iterdir() if "admin1" in p.name.lower() and p.suffix in {".csv", ".tsv", ".json"})


def _pick(fields: list[str], *needles: str, avoid: tuple[str, ...] = ()) -> str | None:
    for needle in needles:
        for f in fields:
            low = f.lower()
            if needle in low and not any(a in low for a in avoid):
                return f
    return None


def _read_rows(path: Path) -> list[dict]:
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data = data.get("regions") or data.get("admin1") or list(data.values())
        return [r for r in data if isinstance(r, dict)]
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t" if path.suffix == ".tsv" else ","))


@lru_cache(maxsize=1)
def known_admin1() -> dict[str, dict] | None:
    """ISO 3166-2 code -> {'name', 'geonames_code'} from the geo module's admin1 table, or None.

    Column names are matched loosely (iso*/code, geonames*, name) so the geo table's exact
    header does not have to be agreed in advance.
    """
    table: dict[str, dict] = {}
    for path in _admin1_files():
        try:
            rows = _read_rows(path)
        except (OSError, ValueError, csv.Error):
            continue
        if not rows:
            continue
        fields = list(rows[0].keys())
        iso = _pick(fields, "iso", "code", avoid=("geonames", "country"))
        geon = _pick(fields, "geonames")
        name = _pick(fields, "name_en", "english", "name", avoid=("geonames",))
        if iso is None:
            continue
        for r in rows:
            code = str(r.get(iso) or "").strip()
            if ADMIN1_CODE_FORMAT.match(code):
                table[code] = {"name": (r.get(name) if name else None),
                               "geonames_code": (str(r.get(geon)) if geon and r.get(geon) else None)}
    return table or None

"""Build (or rebuild) the gazetteer index cache, and maintain schemas/geo/admin1.csv.

    python scripts/build_gazetteer.py              # build the cache if missing, print stats
    python scripts/build_gazetteer.py --rebuild    # force a rebuild
    python scripts/build_gazetteer.py --fill-admin1  # (re)derive geonames_code, latitude,
        longitude in schemas/geo/admin1.csv from each row's `center` (the admin centre's
        GeoNames record gives the GeoNames admin1 code, e.g. Kramatorsk -> UA.05 = UA-14)

The index itself is derived data: it lives in the cache directory (pipeline.paths.cache_dir()),
keyed by a hash of its inputs, and is never committed.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.geo import index as gindex  # noqa: E402

# Rows whose GeoNames code cannot be derived: South Ossetia has no GeoNames/ISO admin1.
NO_GEONAMES_CODE = {"GE-SO"}


def fill_admin1() -> int:
    path = gindex.geo_dir() / "admin1.csv"
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        rows = list(reader)
    cities = gindex.load_geonames_cities().values()
    by_name: dict[tuple[str, str], list[dict]] = {}
    for c in cities:
        for n in {c["name"], *c.get("alternatenames", ())}:
            by_name.setdefault((c["countrycode"], n), []).append(c)
    problems = 0
    for r in rows:
        found = by_name.get((r["country_code"], r["center"]))
        if not found:
            if r["iso_code"] not in NO_GEONAMES_CODE or not r["latitude"]:
                print(f"!! {r['iso_code']}: centre {r['center']!r} not found", file=sys.stderr)
                problems += r["iso_code"] not in NO_GEONAMES_CODE
            continue
        # a code already set that one of the centre's records has is kept (two "Briceni" records: the district
        # centre is MD.63, the larger record MD.70); else the largest record's
        kept = [c for c in found if f"{r['country_code']}.{c['admin1code']}" == r["geonames_code"]]
        best = max(kept or found, key=lambda c: c["population"])
        if r["iso_code"] not in NO_GEONAMES_CODE:
            r["geonames_code"] = f"{r['country_code']}.{best['admin1code']}"
        r["latitude"] = f"{best['latitude']:.4f}"
        r["longitude"] = f"{best['longitude']:.4f}"
    seen: dict[str, str] = {}
    for r in rows:
        code = r["geonames_code"]
        if code and code in seen:
            print(f"!! {code} shared by {seen[code]} and {r['iso_code']}", file=sys.stderr)
            problems += 1
        seen[code] = r["iso_code"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}; {problems} problems")
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--fill-admin1", action="store_true")
    args = ap.parse_args()
    if args.fill_admin1:
        return fill_admin1()
    t = time.perf_counter()
    idx = gindex.load_index(rebuild=args.rebuild)
    dt = time.perf_counter() - t
    kinds: dict[str, int] = {}
    for e in idx["entries"]:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    path = gindex.cache_path()
    print(f"index {path} ({path.stat().st_size / 1e6:.1f} MB) ready in {dt:.2f} s: "
          f"{len(idx['key_list'])} names, entries {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

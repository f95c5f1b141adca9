"""Score the coder on the sample corpus against tests/gold/sample_expectations.jsonl.

For each expected fact (theme, region, month, stance) it looks for a coded event of the article
with that theme, admin1 region (or an accepted alternative), event month and stance; for negative
articles it counts themed events (false alarms). Prints recall per theme and overall.

    .venv/bin/python scripts/score_sample_corpus.py [--raw data/raw] [--show-misses]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from pipeline.coding import code_article
from pipeline.ingest import scan_raw

ROOT = Path(__file__).resolve().parents[1]


def article_key(article: dict) -> set[str]:
    # JSONL samples are keyed by their id; raw .txt/.html samples by their path in data/raw.
    return {article["article_id"], article["raw_path"]}


def fact_found(fact: dict, events: list[dict]) -> bool:
    regions = {fact.get("region_code"), *fact.get("alt_region_codes", [])} - {None}
    for e in events:
        if fact["theme"] not in e["themes"]:
            continue
        if regions and e["admin1_code"] not in regions:
            continue
        if fact.get("month") and str(e["event_date"])[:7] != fact["month"]:
            continue
        if fact.get("stance") and e["recognition_stance"] != fact["stance"]:
            continue
        return True
    return False


def score(raw_dir: Path, expectations_path: Path) -> dict:
    expectations = [json.loads(line) for line in expectations_path.read_text().splitlines() if line.strip()]
    coded: dict[str, list[dict]] = {}
    for article in scan_raw(raw_dir).articles:
        events = code_article(article)
        for key in article_key(article):
            coded[key] = events
    hits, totals, misses, false_alarms = Counter(), Counter(), [], []
    for exp in expectations:
        events = coded.get(exp["article_id"], [])
        if exp.get("negative"):
            false_alarms += [(exp["article_id"], e["evidence"]) for e in events if e["themes"]]
        for fact in exp.get("expect", []):
            totals[fact["theme"]] += 1
            if fact_found(fact, events):
                hits[fact["theme"]] += 1
            else:
                misses.append((exp["article_id"], fact))
    return {"hits": hits, "totals": totals, "misses": misses, "false_alarms": false_alarms,
            "negatives": sum(1 for e in expectations if e.get("negative"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    parser.add_argument("--expectations", default=str(ROOT / "tests" / "gold" / "sample_expectations.jsonl"))
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    result = score(Path(args.raw), Path(args.expectations))
    for theme in sorted(result["totals"]):
        print(f"{theme:24s} recall {result['hits'][theme]}/{result['totals'][theme]}"
              f" = {result['hits'][theme] / result['totals'][theme]:.2f}")
    total_hits, total = sum(result["hits"].values()), sum(result["totals"].values())
    print(f"{'all expected facts':24s} recall {total_hits}/{total} = {total_hits / max(total, 1):.2f}")
    print(f"negative articles: {result['negatives']}, themed events coded on them: {len(result['false_alarms'])}")
    if args.show_misses:
        for article_id, fact in result["misses"]:
            print("MISS", article_id, fact)
        for article_id, evidence in result["false_alarms"]:
            print("FALSE", article_id, evidence[:120])


if __name__ == "__main__":
    main()

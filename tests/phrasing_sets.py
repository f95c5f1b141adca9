"""Shared machinery of the phrasing sets in tests/data/*.jsonl: one row per sentence, a `split` saying
when it was written (dev: before the fixes; fresh: after them, before the coder was run on it), and a
dict of known-wrong rows that become strict xfails with their reason (a fix then shows as an XPASS)."""
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def load_rows(name: str) -> list[dict]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def row_params(rows: list[dict], known_wrong: dict[str, str], splits=None) -> list:
    """One pytest param per row (of the given splits), id "split:text", known-wrong ones as strict xfails."""
    return [pytest.param(r, id=f"{r['split']}:{r['text'][:60]}",
                         marks=[pytest.mark.xfail(strict=True, reason=known_wrong[r["text"]])]
                         if r["text"] in known_wrong else [])
            for r in rows if splits is None or r["split"] in splits]


def unknown_known_wrong(rows: list[dict], known_wrong: dict[str, str]) -> set[str]:
    """Known-wrong texts that are no row of the set (a typo would silently drop the xfail)."""
    return set(known_wrong) - {r["text"] for r in rows}

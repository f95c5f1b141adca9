"""Shared fixtures for the warehouse / Dagster / atomicity tests (no tests here).

fake_code_article stands in for the coder so warehouse tests do not depend on coder quality:
one event per sentence that mentions 'office' (recognition) or 'worker' (labor migration),
placed in Donetsk (UA-14) or Luhansk (UA-09).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

ARTICLES = [
    {"id": "a-2014-1", "title": "Office", "published": "2014-05-11",
     "text": "The DPR opened a representative office in Donetsk. Nothing else happened."},
    {"id": "a-2023-1", "title": "Workers", "published": "2023-07-02",
     "text": "Workers from North Korea arrived in Luhansk. A new office for workers opened."},
    {"id": "a-2023-2", "title": "Visit", "published": "2023-09-17",
     "text": "Officials said an office would open in Donetsk."},
]


def write_raw(raw: Path, articles=ARTICLES, extra_lines=("this line is not json",)) -> Path:
    raw.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(a) for a in articles] + list(extra_lines)
    (raw / "sample.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (raw / "README.md").write_text("documentation, not an article\n", encoding="utf-8")
    return raw


def fake_code_article(article) -> list[dict]:
    text = article["text"]
    published = article["published"]
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    events = []
    for i, m in enumerate(re.finditer(r"[^.]+\.", text)):
        sentence = m.group(0).strip()
        low = sentence.lower()
        themes = []
        if "office" in low:
            themes.append("diplomatic_recognition")
        if "worker" in low:
            themes.append("labor_migration")
        if not themes:
            continue
        luhansk = "luhansk" in low
        events.append({
            "event_id": hashlib.sha1(f"{article['article_id']}:{i}".encode()).hexdigest()[:16],
            "article_id": article["article_id"], "sentence_index": i,
            "char_start": m.start(), "char_end": m.end(), "evidence": sentence, "trigger_text": "office",
            "event_date": published, "date_precision": "day", "date_source": "publication",
            "time_precision": 1, "planned": "would" in low, "negated": False,
            "cameo_code": "054", "cameo_root": "05", "quad_class": 1, "goldstein": 3.4,
            "plover_type": "SUPPORT", "acled_event_type": "Strategic developments",
            "acled_sub_event_type": "Agreement", "themes": themes,
            "recognition_stance": "grant" if "diplomatic_recognition" in themes else None,
            "actor1_name": "North Korea", "actor1_code": "PRKGOV", "actor1_country": "PRK", "actor1_inter": 8,
            "actor2_name": "DPR", "actor2_code": "DPRGOV", "actor2_country": "DPR", "actor2_inter": 2,
            "location_name": "Luhansk" if luhansk else "Donetsk", "country_code": "UA",
            "admin1_code": "UA-09" if luhansk else "UA-14",
            "region_name": "Luhansk" if luhansk else "Donetsk",
            "latitude": 48.57 if luhansk else 48.0, "longitude": 39.31 if luhansk else 37.8,
            "geo_precision": 1, "occupied": True, "occupier": "RUS", "rule": "fake.office",
            "dictionary_entries": ["fake"], "coder_version": "fake-1",
        })
    return events

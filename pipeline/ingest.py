"""Raw files -> article records + quarantine records (pure; minimal version, hardened later).

- scan_raw(raw_dir) -> IngestResult: every record seen ends up in exactly one of
  articles, quarantine or duplicates.
- parse_bytes(data, rel_path) -> (articles, quarantine): one file's content (used by `oep code`).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.coding.dates import find_publication_date, parse_published_field


@dataclass
class IngestResult:
    articles: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    seen: int = 0


def _sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _quarantine(rel_path, position, reason, message, excerpt=""):
    return {"raw_path": rel_path, "position": position, "reason": reason, "message": message,
            "excerpt": excerpt[:300]}


def _article(rec: dict, rel_path: str, position: str):
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return None, _quarantine(rel_path, position, "empty_text", "record has no text", json.dumps(rec)[:300])
    title = rec.get("title") or ""
    published_source = "metadata"
    try:
        published = parse_published_field(rec["published"]) if rec.get("published") else None
    except ValueError as exc:
        return None, _quarantine(rel_path, position, "bad_date", str(exc), json.dumps(rec)[:300])
    if published is None:
        found = find_publication_date(text, title)
        if found is None:
            return None, _quarantine(rel_path, position, "no_publication_date",
                                     "no 'published' field and no date line found in the text", text[:300])
        published, published_source = found.date, f"text:line {found.line}"
    content_hash = _sha1(" ".join(text.split()))
    article_id = str(rec.get("id") or _sha1(rec.get("url") or content_hash)[:16])
    return {
        "article_id": article_id, "url": rec.get("url"), "title": title, "source": rec.get("source"),
        "published": published, "published_source": published_source, "text": text,
        "text_truncated": False, "content_hash": content_hash, "raw_path": rel_path,
        "raw_position": position,
    }, None


def parse_bytes(data: bytes, rel_path: str) -> tuple[list[dict], list[dict]]:
    text = data.decode("utf-8", errors="replace")
    articles, quarantine = [], []
    if rel_path.endswith(".jsonl"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                quarantine.append(_quarantine(rel_path, f"line {n}", "invalid_json", str(exc), line))
                continue
            art, q = _article(rec, rel_path, f"line {n}")
            (articles.append(art) if art else quarantine.append(q))
        return articles, quarantine
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = next((ln for ln in lines if len(ln.split()) > 3), "")
    art, q = _article({"title": title, "text": text}, rel_path, "")
    return ([art], []) if art else ([], [q])


def scan_raw(raw_dir) -> IngestResult:
    raw_dir = Path(raw_dir)
    result = IngestResult()
    seen_hashes: dict[str, str] = {}
    for path in sorted(p for p in raw_dir.rglob("*") if p.is_file()):
        rel = path.relative_to(raw_dir).as_posix()
        if rel.startswith(".") or path.name == "README.md":
            continue
        arts, quar = parse_bytes(path.read_bytes(), rel)
        result.seen += len(arts) + len(quar)
        result.quarantine.extend(quar)
        for art in arts:
            if art["content_hash"] in seen_hashes:
                result.duplicates.append({"raw_path": rel, "raw_position": art["raw_position"],
                                          "duplicate_of": seen_hashes[art["content_hash"]]})
                continue
            seen_hashes[art["content_hash"]] = art["article_id"]
            result.articles.append(art)
    return result

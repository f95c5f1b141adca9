"""Raw files -> article records + quarantine records (pure: no Dagster).

- scan_raw(raw_dir) -> IngestResult: every record seen ends up in exactly one of articles,
  quarantine or duplicates (seen == len(articles) + len(quarantine) + len(duplicates)).
- parse_bytes(data, rel_path) -> (articles, quarantine): one file's content (used by `oep code`);
  it never raises and does not look for duplicates.
- parse_file(raw_dir, rel_path): one file of the raw folder read safely (no symlink following,
  no blocking on FIFOs); for sensors.
- is_documentation(name): README* / dot names, skipped and not counted.

Rules (limits, file types, encodings, reason codes) are data in schemas/ingest.yaml; the
bad-input table is in docs/ingest.md.
"""
from pipeline.ingest.parse import parse_bytes
from pipeline.ingest.records import ARTICLE_COLUMNS, url_key
from pipeline.ingest.scan import IngestResult, is_documentation, parse_file, scan_raw

__all__ = ["ARTICLE_COLUMNS", "IngestResult", "is_documentation", "parse_bytes", "parse_file",
           "scan_raw", "url_key"]

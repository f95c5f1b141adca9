"""Ingest settings from schemas/ingest.yaml, loaded once per process."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from pipeline.paths import schemas_dir


@dataclass(frozen=True)
class IngestConfig:
    limits: dict
    reader_by_extension: dict  # ".jsonl" -> "jsonl"
    documentation_prefixes: tuple
    legacy_encodings: tuple
    max_mess_ratio: float
    max_suspicious_word_ratio: float
    binary_magic: tuple  # ((prefix bytes, name), ...)
    navigation_lines: frozenset
    navigation_prefixes: tuple
    breadcrumb_separators: str
    breadcrumb_max_segment_words: int
    reasons: dict  # reason code -> how to fix


@lru_cache(maxsize=1)
def config() -> IngestConfig:
    with open(schemas_dir() / "ingest.yaml", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    reader_by_extension = {
        ext.lower(): reader for reader, exts in raw["extensions"].items() for ext in exts
    }
    magic = tuple(sorted(((bytes.fromhex(h), name) for h, name in raw["binary_magic"].items()),
                         key=lambda item: -len(item[0])))
    return IngestConfig(
        limits=dict(raw["limits"]),
        reader_by_extension=reader_by_extension,
        documentation_prefixes=tuple(p.lower() for p in raw["documentation_prefixes"]),
        legacy_encodings=tuple(raw["legacy_encodings"]),
        max_mess_ratio=float(raw["max_mess_ratio"]),
        max_suspicious_word_ratio=float(raw["max_suspicious_word_ratio"]),
        binary_magic=magic,
        navigation_lines=frozenset(s.lower() for s in raw["navigation_lines"]),
        navigation_prefixes=tuple(s.lower() for s in raw["navigation_prefixes"]),
        breadcrumb_separators=raw["breadcrumb_separators"],
        breadcrumb_max_segment_words=int(raw["breadcrumb_max_segment_words"]),
        reasons=dict(raw["reasons"]),
    )


def limit(name: str) -> int:
    return config().limits[name]

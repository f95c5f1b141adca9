"""Temporal expressions with a precision, and publication dates found in scraped text.

Interface (the implementation fills it in; keep the names and fields):

- find_temporal_expressions(text, published) -> list[TemporalExpression], spans relative to text
- choose_expression(expressions, trigger_start, trigger_end, text) -> TemporalExpression | None
- find_publication_date(text, title=None) -> PublicationDate | None
- parse_published_field(value) -> datetime.date   (raises ValueError with a clear message)
- ACLED_TIME_PRECISION: precision -> ACLED time_precision (1 day, 2 week, 3 month or coarser)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PRECISIONS = ("day", "week", "month", "season", "year")
ACLED_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}


@dataclass(frozen=True)
class TemporalExpression:
    start: int
    end: int
    text: str
    date: dt.date  # first day of the period (the day itself for day precision)
    end_date: dt.date  # last day of the period
    precision: str  # one of PRECISIONS
    planned: bool  # refers to the future relative to the publication date
    rule: str  # id of the grammar rule that matched


@dataclass(frozen=True)
class PublicationDate:
    date: dt.date
    start: int
    end: int
    line: int  # 1-based line number in the text
    text: str
    rule: str


def parse_published_field(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"published must be a YYYY-MM-DD date or ISO datetime, got {value!r}")
    s = value.strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"published {value!r} is not a YYYY-MM-DD date or ISO datetime") from None


def find_temporal_expressions(text: str, published: dt.date) -> list[TemporalExpression]:
    return []


def choose_expression(expressions, trigger_start: int, trigger_end: int, text: str = ""):
    return None


def find_publication_date(text: str, title: str | None = None) -> PublicationDate | None:
    return None

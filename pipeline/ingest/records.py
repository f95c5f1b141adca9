"""One record (a dict from JSON, or a whole text/HTML file) -> an article row or a quarantine row."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from pipeline.ingest.config import config, limit
from pipeline.ingest.text import bound_text, clean_line, clean_text, excerpt, normalized_for_hash

ARTICLE_COLUMNS = (
    "article_id", "url", "title", "source", "published", "published_source", "text",
    "text_truncated", "content_hash", "raw_path", "raw_position",
)
_TRACKING_PARAMS = {"fbclid", "gclid", "yclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ]\d{2}(:\d{2}(:\d{2}([.,]\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?\Z")
_DEFAULT_PORTS = {"http": "80", "https": "443"}


class Rejected(Exception):
    """A record that goes to quarantine: reason code + specific message."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


def quarantine_row(raw_path: str, position: str, reason: str, message: str, bad) -> dict:
    fix = config().reasons.get(reason, "")
    message = message.rstrip(".")
    return {
        "raw_path": raw_path,
        "position": position,
        "reason": reason,
        "message": f"{message}. {fix}".strip(),
        "excerpt": excerpt(bad),
    }


def sha1(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()


def url_key(url: str) -> str:
    """Identity of a URL for duplicate detection: scheme, 'www.', default port, fragment, trailing
    slash and tracking parameters (utm_*, fbclid, ...) do not matter; host case does not either."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.lower()
    if not host:
        return url.rstrip("/")
    if host.startswith("www."):
        host = host[4:]
    scheme = parts.scheme.lower()
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS)
    return host + path + ("?" + urlencode(query) if query else "")


def _optional_string(rec: dict, key: str, max_chars: int) -> str | None:
    value = rec.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Rejected("bad_field", f"\"{key}\" must be a string, got {type(value).__name__}")
    value = clean_line(str(value), 10**9)
    if len(value) > max_chars:
        if key in ("title",):
            return clean_line(value, max_chars)
        raise Rejected("bad_field", f"\"{key}\" is {len(value)} characters long (limit {max_chars})")
    return value or None


def _record_id(rec: dict) -> str | None:
    value = rec.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise Rejected("bad_field", f"\"id\" must be a string or an integer, got {type(value).__name__}")
    value = clean_line(str(value), 10**9)
    if len(value) > limit("max_id_chars"):
        raise Rejected("bad_field", f"\"id\" is {len(value)} characters long (limit {limit('max_id_chars')})")
    return value or None


def parse_published(value) -> dt.date:
    """'published' as given in metadata: YYYY-MM-DD or an ISO datetime (its own calendar date).
    Other strings go to the date module's parse_published_field (which may accept more forms)."""
    from pipeline.coding.dates import parse_published_field

    if isinstance(value, str):
        s = value.strip()
        if _ISO_DATE.match(s):  # strict: fromisoformat alone also reads '28031201-01-01' as a date
            try:
                return dt.datetime.fromisoformat(s[:-1] + "+00:00" if s.endswith("Z") else s).date()
            except ValueError:
                pass
    elif isinstance(value, bool) or not isinstance(value, (dt.date, dt.datetime)):
        raise ValueError(f"\"published\" must be a date string, got {type(value).__name__} {str(value)[:40]}")
    try:
        return parse_published_field(value)
    except (ValueError, OverflowError, TypeError) as exc:
        raise ValueError(str(exc)[:200] or f"\"published\" {str(value)[:40]!r} is not a date") from None


def check_date_range(published: dt.date, today: dt.date, where: str) -> None:
    latest = today + dt.timedelta(days=limit("future_days"))
    if published > latest:
        raise Rejected("future_date", f"{where} {published.isoformat()} is after {latest.isoformat()}")
    if published.year < limit("min_year"):
        raise Rejected("date_too_old", f"{where} {published.isoformat()} is before {limit('min_year')}")


def build_article(rec, raw_path: str, position: str, today: dt.date, *,
                  published_source: str = "metadata", date_search_text: str | None = None,
                  date_line_offset: int = 0) -> dict:
    """Validate and normalize one record into an article row (columns of articles.json).

    Raises Rejected for anything that belongs in quarantine. `date_search_text` is the text in
    which a missing publication date is looked for (default: the article text); its line numbers,
    shifted by `date_line_offset`, go to published_source.
    """
    if not isinstance(rec, dict):
        raise Rejected("not_an_object", f"expected a JSON object, got {_json_type(rec)}")
    raw_text = rec.get("text")
    if raw_text is None:
        raise Rejected("empty_text", "the record has no \"text\"")
    if not isinstance(raw_text, str):
        raise Rejected("empty_text", f"\"text\" must be a string, got {_json_type(raw_text)}")
    text = clean_text(raw_text)
    if not text:
        raise Rejected("empty_text", "\"text\" is empty (or only whitespace/control characters)")
    text, truncated = bound_text(text)
    title = _optional_string(rec, "title", limit("max_title_chars"))
    url = _optional_string(rec, "url", limit("max_field_chars"))
    source = _optional_string(rec, "source", limit("max_field_chars"))
    record_id = _record_id(rec)

    published_value = rec.get("published")
    if published_value is None or (isinstance(published_value, str) and not published_value.strip()):
        published, published_source = _date_from_text(date_search_text or text, title, date_line_offset)
        check_date_range(published, today, f"the date found in the text ({published_source})")
    else:
        try:
            published = parse_published(published_value)
        except ValueError as exc:
            raise Rejected("bad_date", str(exc)) from None
        check_date_range(published, today, "\"published\"")

    content_hash = sha1(normalized_for_hash(text))
    if record_id is None:
        record_id = sha1("url:" + url_key(url))[:16] if url else content_hash[:16]
    row = {
        "article_id": record_id, "url": url, "title": title, "source": source,
        "published": published, "published_source": published_source, "text": text,
        "text_truncated": truncated, "content_hash": content_hash, "raw_path": raw_path,
        "raw_position": position,
    }
    return row


def _date_from_text(text: str, title: str | None, line_offset: int) -> tuple[dt.date, str]:
    from pipeline.coding.dates import find_publication_date

    found = find_publication_date(text, title)
    if found is None:
        raise Rejected("no_publication_date",
                       "no \"published\" value and no publication date line found in the text")
    return found.date, f"text:line {found.line + line_offset}"


def _json_type(value) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            type(None): "null", int: "a number", float: "a number"}.get(type(value), type(value).__name__)

"""One file's bytes -> (articles, quarantine). Every record in the file lands in exactly one list."""
from __future__ import annotations

import datetime as dt
import json
import re
import string
from functools import lru_cache
from pathlib import PurePosixPath

from pipeline.ingest.config import config, limit
from pipeline.ingest.html import declared_charset, extract_html
from pipeline.ingest.records import Rejected, build_article, quarantine_row
from pipeline.ingest.text import (Undecodable, binary_kind, clean_line, clean_text, decode,
                                  leading_newlines)

_MD_LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")  # bounded: no quadratic scans
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
# Punctuation, arrows and bullets around a navigation word ("< Back", "» Home |"); str.strip is
# linear where a regex anchored at the end would be quadratic on long runs of symbols.
_NAV_EDGE = string.punctuation + string.whitespace + "\u00ab\u00bb\u2039\u203a\u2190\u2191\u2192\u2193\u2022\u00b7\u2013\u2014\u2026\u25b6\u25c0"
_HAS_WORDS = re.compile(r"[^\W\d_]{2,}")


def reader_for(rel_path: str) -> str | None:
    """'jsonl', 'json', 'text', 'markdown', 'html', 'sniff' (no extension) or None (unknown)."""
    suffix = PurePosixPath(rel_path).suffix.lower()
    if not suffix:
        return "sniff"
    return config().reader_by_extension.get(suffix)


def parse_bytes(data: bytes, rel_path: str, *, today: dt.date | None = None) -> tuple[list[dict], list[dict]]:
    """Parse one raw file. Never raises: unexpected failures become an 'internal_error' row."""
    today = today or dt.date.today()
    try:
        if isinstance(data, str):
            data = data.encode("utf-8", "replace")
        return _parse(bytes(data), rel_path, today)
    except Exception as exc:  # noqa: BLE001 - last resort, so one bad file never stops a run
        return [], [quarantine_row(rel_path, "", "internal_error",
                                   f"unexpected {type(exc).__name__} while reading the file", data[:300])]


def _parse(data: bytes, rel_path: str, today: dt.date):
    reader = reader_for(rel_path)
    if reader is None:
        kind = binary_kind(data)
        what = f"binary content ({kind})" if kind else "text content"
        suffix = PurePosixPath(rel_path).suffix
        return [], [quarantine_row(rel_path, "", "unknown_file_type",
                                   f"file type {suffix!r} is not an article format ({what})", data)]
    if not data.strip():
        return [], [quarantine_row(rel_path, "", "empty_file", "the file is empty or only whitespace", data)]
    kind = binary_kind(data)
    if kind:
        reason = "unknown_file_type" if reader == "sniff" else "binary"
        return [], [quarantine_row(rel_path, "", reason, f"binary content ({kind})", data)]
    if reader == "jsonl":
        return _parse_jsonl(data, rel_path, today)
    preferred = declared_charset(data) if reader == "html" else None
    try:
        text, _encoding = decode(data, preferred=preferred)
    except Undecodable as exc:
        position = f"byte {exc.byte_offset}" if exc.byte_offset is not None else ""
        return [], [quarantine_row(rel_path, position, "undecodable", str(exc), data)]
    if not text.strip("\ufeff \t\r\n\x00"):
        return [], [quarantine_row(rel_path, "", "empty_file", "the file is empty or only whitespace", data)]
    if reader == "json":
        return _parse_json(text, rel_path, today)
    if reader == "html":
        return _one(lambda: _html_record(text, rel_path, today), rel_path, "", text)
    return _one(lambda: _text_record(text, rel_path, today, markdown=reader == "markdown"),
                rel_path, "", text)


def _one(build, rel_path, position, bad):
    try:
        return [build()], []
    except Rejected as exc:
        return [], [quarantine_row(rel_path, position, exc.reason, exc.message, bad)]
    except Exception as exc:  # noqa: BLE001
        return [], [quarantine_row(rel_path, position, "internal_error",
                                   f"unexpected {type(exc).__name__} while building the article", bad)]


# --- JSON Lines and JSON -------------------------------------------------------------------

def _decode_lines(data: bytes):
    """Yield (line_number, text or Undecodable). Whole file as UTF-8 when possible; else line by
    line, so one badly encoded line does not garble the UTF-8 lines around it."""
    try:
        text, _ = decode(data)
        for n, line in enumerate(text.split("\n"), 1):
            yield n, line
        return
    except Undecodable:
        pass
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            yield n, ""
            continue
        try:
            yield n, decode(raw)[0]
        except Undecodable as exc:
            yield n, exc


def _parse_jsonl(data: bytes, rel_path: str, today: dt.date, line_offset: int = 0):
    articles, quarantine = [], []
    max_line = limit("max_line_chars")
    for n, line in _decode_lines(data):
        position = f"line {n + line_offset}"
        if isinstance(line, Undecodable):
            quarantine.append(quarantine_row(rel_path, position, "undecodable", str(line), b""))
            continue
        stripped = line.strip().lstrip("\ufeff").strip()
        if not stripped:
            continue  # blank lines are not records
        if len(stripped) > max_line:
            quarantine.append(quarantine_row(rel_path, position, "record_too_large",
                                             f"the line is {len(stripped)} characters long (limit {max_line})",
                                             stripped[:300]))
            continue
        try:
            rec = json.loads(stripped)
        except RecursionError:
            quarantine.append(quarantine_row(rel_path, position, "invalid_json",
                                             "the JSON is nested too deeply", stripped[:300]))
            continue
        except ValueError as exc:  # JSONDecodeError, and ints longer than Python allows
            quarantine.append(quarantine_row(rel_path, position, "invalid_json",
                                             f"invalid JSON: {str(exc)[:200]}", stripped[:300]))
            continue
        art, q = _record(rec, rel_path, position, today, stripped)
        (articles.append(art) if art else quarantine.append(q))
    if not articles and not quarantine:
        quarantine.append(quarantine_row(rel_path, "", "empty_file", "the file holds only blank lines", data))
    return articles, quarantine


def _record(rec, rel_path, position, today, bad):
    try:
        return build_article(rec, rel_path, position, today), None
    except Rejected as exc:
        return None, quarantine_row(rel_path, position, exc.reason, exc.message, bad)
    except Exception as exc:  # noqa: BLE001
        return None, quarantine_row(rel_path, position, "internal_error",
                                    f"unexpected {type(exc).__name__} while building the article", bad)


def _parse_json(text: str, rel_path: str, today: dt.date):
    body = text.lstrip("\ufeff")
    try:
        doc = json.loads(body)
    except RecursionError:
        return [], [quarantine_row(rel_path, "", "invalid_json", "the JSON is nested too deeply", body)]
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # several objects, one per line: it is JSON Lines
            return _parse_jsonl(body.encode("utf-8", "surrogatepass"), rel_path, today)
        return [], [quarantine_row(rel_path, f"line {exc.lineno}", "invalid_json",
                                   f"invalid JSON: {exc.msg} (line {exc.lineno} column {exc.colno})",
                                   body[max(0, exc.pos - 100): exc.pos + 100])]
    except ValueError as exc:
        return [], [quarantine_row(rel_path, "", "invalid_json", f"invalid JSON: {str(exc)[:200]}", body)]
    if isinstance(doc, dict):
        art, q = _record(doc, rel_path, "", today, body)
        return ([art], []) if art else ([], [q])
    if not isinstance(doc, list):
        return [], [quarantine_row(rel_path, "", "not_an_object",
                                   f"the file holds a JSON {type(doc).__name__}, not an object or a list of objects",
                                   body)]
    if not doc:
        return [], [quarantine_row(rel_path, "", "empty_file", "the JSON list is empty", body)]
    articles, quarantine = [], []
    for i, rec in enumerate(doc, 1):
        try:
            bad = json.dumps(rec, ensure_ascii=False)[:300]
        except (TypeError, ValueError, RecursionError):
            bad = repr(rec)[:300]
        art, q = _record(rec, rel_path, f"item {i}", today, bad)
        (articles.append(art) if art else quarantine.append(q))
    return articles, quarantine


# --- raw text, Markdown, HTML --------------------------------------------------------------

@lru_cache(maxsize=1)
def _breadcrumb_splitter():
    seps = config().breadcrumb_separators
    return re.compile("[" + re.escape(seps) + "]|\\s{2,}")


def is_navigation(line: str) -> bool:
    """Site furniture rather than article text: menu words, 'Back to news', breadcrumbs."""
    if not _HAS_WORDS.search(line):
        return True
    core = line.strip(_NAV_EDGE)
    if len(core) > 60:
        return False
    lowered = core.lower()
    cfg = config()
    if lowered in cfg.navigation_lines:
        return True
    if any(lowered == p or lowered.startswith(p + " ") or lowered.startswith(p + ":")
           for p in cfg.navigation_prefixes):
        return True
    segments = [seg.strip(_NAV_EDGE) for seg in _breadcrumb_splitter().split(core)]
    segments = [seg for seg in segments if seg]
    return len(segments) >= 2 and all(
        len(seg.split()) <= cfg.breadcrumb_max_segment_words for seg in segments)


def _title_from_lines(lines: list[str]) -> str | None:
    """First substantial line that is not navigation: >= 3 words, mostly letters, <= 300 chars."""
    for line in lines[: limit("title_search_lines")]:
        line = line.strip()
        words = _HAS_WORDS.findall(line)
        if len(words) >= 3 and not is_navigation(line) and len(line) <= 300:
            return line
    return None


def _strip_navigation_edges(text: str) -> str:
    lines = text.split("\n")
    start, end = 0, len(lines)
    while start < end and (not lines[start].strip() or is_navigation(lines[start])):
        start += 1
    while end > start and (not lines[end - 1].strip() or is_navigation(lines[end - 1])):
        end -= 1
    return "\n".join(lines[start:end])


def _text_record(text: str, rel_path: str, today: dt.date, *, markdown: bool) -> dict:
    cleaned = clean_text(text)
    if markdown:
        cleaned = _MD_HEADING.sub("", _MD_LINK.sub(r"\1", cleaned))
    lines = [ln for ln in cleaned.split("\n") if ln.strip()]
    title = _title_from_lines(lines)
    body = _strip_navigation_edges(cleaned)
    if not body.strip():
        raise Rejected("empty_text", "the file holds only navigation lines, no article text")
    # The date is looked for in the cleaned file (lines as in the file), the title near it.
    return build_article({"text": body, "title": title}, rel_path, "", today,
                         published_source="text", date_search_text=cleaned,
                         date_line_offset=leading_newlines(text))


def _html_record(html: str, rel_path: str, today: dt.date) -> dict:
    page = extract_html(html, today)
    body = clean_text(page.text)
    if not body:
        raise Rejected("empty_text", "no main text found in the HTML page")
    title = clean_line(page.title, 10**6) if page.title else None
    if not title:
        title = _title_from_lines([ln for ln in body.split("\n") if ln.strip()])
    rec = {"text": body, "title": title, "url": page.url, "published": page.date}
    return build_article(rec, rel_path, "", today, published_source="html:meta")

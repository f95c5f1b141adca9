"""One act, one event, across patterns (triggers.find_matches): a head inside the phrase of another match of the same
theme and CAMEO root tells that act again ("an employment centre that recruits builders ... to repair": the centre's
recruiting, not a second hire). Acts side by side, or of another theme or root, stay separate events."""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 16)


def _events(text):
    return code_article({"article_id": "t", "text": text, "published": PUB})


@pytest.mark.parametrize("text", [
    "The Russia-installed administration in occupied Melitopol has opened an employment centre that recruits "
    "builders and electricians from Russian regions to repair damaged housing.",
    "The occupation authorities in Mariupol opened a recruitment office that hires welders from Central Asia to "
    "rebuild the port.",
])
def test_a_nested_restatement_is_one_labour_event(text):
    labour = [e for e in _events(text) if "labor_migration" in e["themes"]]
    assert len(labour) == 1, [(e["rule"], e["trigger_text"]) for e in labour]


@pytest.mark.parametrize("text,n", [
    # two acts side by side stay two
    ("Russia recruited builders from Uzbekistan for occupied Mariupol and sent teachers to work in occupied "
     "Melitopol.", 2),
])
def test_acts_side_by_side_stay_separate(text, n):
    labour = [e for e in _events(text) if "labor_migration" in e["themes"]]
    assert len(labour) == n, [(e["rule"], e["trigger_text"]) for e in labour]

"""One act, one event, across patterns (triggers.find_matches, _restated): when the phrase of one match runs across
the head of another match of the same theme and CAMEO root, and that one runs on after it, the two tell one act, and
the later head's match is kept ("an employment centre that recruits builders ... to repair"; "a recruiting firm has
hired dozens of migrants ... to build": "hired", whose subject is the firm). Acts side by side stay separate."""
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


def test_the_later_head_keeps_its_subject():
    text = "A Russian recruiting firm has hired dozens of labour migrants from Uzbekistan to build roads in occupied " \
           "Zaporizhzhia region."
    labour = [e for e in _events(text) if "labor_migration" in e["themes"]]
    assert [(e["actor1_code"], e["actor2_code"]) for e in labour] == [("RUSBUS", "UZBLAB")]


@pytest.mark.parametrize("text,n", [
    # two acts side by side stay two
    ("Russia recruited builders from Uzbekistan for occupied Mariupol and sent teachers to work in occupied "
     "Melitopol.", 2),
])
def test_acts_side_by_side_stay_separate(text, n):
    labour = [e for e in _events(text) if "labor_migration" in e["themes"]]
    assert len(labour) == n, [(e["rule"], e["trigger_text"]) for e in labour]


def test_two_patterns_of_one_theme_on_one_object_are_one_act():
    # "taken from Kherson and sent to work at": both heads reach "to work at"; the nearer head codes the act
    text = "Ukrainian teenagers were taken from occupied Kherson and sent to work at plants in Tatarstan."
    labour = [e for e in _events(text) if "labor_migration" in e["themes"]]
    assert len(labour) == 1, [(e["rule"], e["trigger_text"]) for e in labour]
    assert labour[0]["actor2_code"] == "UKR"


@pytest.mark.parametrize("text", [
    # two verbs joined by a bare coordinator share the object: two acts (triggers._shared_object)
    "Russia condemned and rejected the referendum in Georgia.",
    "Georgia rejected and condemned the so-called elections in Abkhazia.",
])
def test_verbs_side_by_side_on_one_object_are_two_acts(text):
    roots = sorted(e["cameo_code"][:2] for e in _events(text))
    assert roots == ["11", "12"], roots

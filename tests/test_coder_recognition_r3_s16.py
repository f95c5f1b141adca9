"""Session 16, third dev round (recognition helper): a mission judged "of no legal significance", narrative dates after
a "since" clause. New sentences written for the rules, with near-misses that must not change."""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2025, 2, 14)


def _code(text, pub=PUB):
    return code_article({"article_id": "t", "text": text, "published": pub})


# ------------------------------------------------ a mission or accord judged "of no legal significance"
@pytest.mark.parametrize("text", [
    "Moldova's foreign ministry said the opening in Moscow of a 'representative office' of Transnistria had no "
    "legal significance.",
    "Georgia said the opening of a so-called embassy of Abkhazia in Caracas has no legal significance whatsoever.",
    "Kyiv said the consulate Pyongyang opened in occupied Donetsk was legally insignificant.",
])
def test_mission_judged_of_no_legal_significance_is_denial(text):
    got = [e for e in _code(text) if e["recognition_stance"] == "deny"]
    assert got and all("diplomatic_recognition" in e["themes"] for e in got)
    assert not [e for e in _code(text) if e["recognition_stance"] == "grant"]


@pytest.mark.parametrize("text", [
    "The court said the agreement between the two companies had no legal significance.",
    "Officials said the new consulate in Lyon had no legal significance for visa holders.",
])
def test_no_legal_significance_without_occupation_context_is_nothing(text):
    assert not [e for e in _code(text) if e["recognition_stance"]]


# ------------------------------------------------ "the same day" after a sentence with a "since" clause
def _dates(text, pub=PUB):
    return {e["trigger_text"].split()[0]: str(e["event_date"]) for e in _code(text, pub)}


@pytest.mark.parametrize("text,trig,want", [
    ("A delegation of Abkhazia's parliament arrived in Tiraspol on February 10, the first foreign guests since gas "
     "supplies were cut off on January 1. The same day, Vadim Krasnoselsky received the Abkhaz deputies.",
     "received", "2025-02-10"),
    ("Syrian officials arrived in Luhansk on February 3, their first trip since the republic was recognised on "
     "January 20. A day later, Leonid Pasechnik received the Syrian guests.", "received", "2025-02-04"),
])
def test_narrative_date_skips_a_since_clause_reference_point(text, trig, want):
    assert _dates(text)[trig] == want


@pytest.mark.parametrize("text,trig,want", [
    # near-misses: no "since" clause, or the "since" date after a comma (its own clause): the last date counts
    ("The delegation arrived in Sukhumi on February 3 and met the foreign minister on February 5. The same day, "
     "Aslan Bzhania received the guests.", "received", "2025-02-05"),
    ("The delegation arrived in Sukhumi on February 3 and, since the road was open, drove to Gagra on February 5. "
     "The same day, Aslan Bzhania received the guests.", "received", "2025-02-05"),
])
def test_narrative_date_keeps_the_last_date_otherwise(text, trig, want):
    assert _dates(text)[trig] == want


# ------------------------------------------------ a Title Case headline's relative pronoun ends the actor's name
@pytest.mark.parametrize("text,sanctioned,visitor", [
    ("Kyiv Slaps Sanctions On Nicaraguan Lawmakers Who Toured Occupied Mariupol", "NICLEG", "NICLEG"),
    ("Ukraine Sanctions Serbian Deputies Who Visited Occupied Donetsk", "SRBLEG", "SRBLEG"),
    ("Kyiv Sanctions Venezuelan Lawmakers Who Visited Occupied Crimea", "VENLEG", "VENLEG"),
])
def test_headline_who_clause_visitor_is_its_antecedent(text, sanctioned, visitor):
    got = _code(text)
    sanction = [e for e in got if e["cameo_code"].startswith("16")]
    visit = [e for e in got if e["cameo_code"] == "042"]
    assert sanction and sanction[0]["actor2_code"] == sanctioned and sanction[0]["recognition_stance"] == "deny"
    assert visit and visit[0]["actor1_code"] == visitor
    assert not any(e["actor1_code"].startswith("UKR") for e in visit)


@pytest.mark.parametrize("text,want", [
    # near-miss: a sentence-case clause keeps its antecedent as before
    ("Kyiv slapped sanctions on Nicaraguan lawmakers who toured occupied Mariupol.", "NICLEG"),
])
def test_sentence_case_who_clause_unchanged(text, want):
    visit = [e for e in _code(text) if e["cameo_code"] == "042"]
    assert visit and visit[0]["actor1_code"] == want


def test_actor_name_stops_at_who():
    from pipeline.coding.actors import find_actors
    texts = [a.text for a in find_actors("Kyiv Bans Nicaraguan Lawmakers Who Toured Mariupol")]
    assert "Nicaraguan Lawmakers" in texts and not any("Who" in t for t in texts)
    # a name after a title still extends ("President Francois Mitterrand")
    assert any(a.text == "President Daniel Ortega" or "Ortega" in a.text
               for a in find_actors("President Daniel Ortega Visits Sukhumi"))

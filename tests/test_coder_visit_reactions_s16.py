"""Session 16, reactions to visits (branch s16m3): a reaction whose cause is the target's own trip named by a
possessive pronoun ("over his trip to occupied Mariupol": coder._possessed_cause_visitors), the visitors of a
relative clause after a nationality and two nouns ("four Brazilian municipal councillors who had visited":
coder._person_noun_gap), an event attended in a relative clause ("deputies who took part in a forum in occupied
Yalta": triggers._clause_has_terms), and the occupier's own officials' visit judged as a violation (no
recognition). Sentences written for this file; near-misses must not change."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-05-01", "text": text})


def _denials(text):
    return [e for e in _code(text) if "diplomatic_recognition" in e["themes"] and e["recognition_stance"] == "deny"]


@pytest.mark.parametrize("text,root,target", [
    ("Riga slapped a lifetime entry ban on an Italian MEP over his trip to occupied Mariupol, the interior "
     "ministry said.", "16", "ITA"),
    ("Latvia imposed an entry ban on an Italian lawmaker over his visit to occupied Mariupol.", "16", "ITA"),
    ("Kyiv imposed sanctions on two Serbian deputies over their visit to occupied Donetsk last month.", "16", "SRB"),
    ("Ukraine banned a French senator from entering the country over her trip to occupied Crimea.", "16", "FRA"),
])
def test_reaction_over_the_targets_own_trip_is_a_denial(text, root, target):
    evs = [e for e in _denials(text) if e["cameo_root"] == root]
    assert evs and evs[0]["actor2_country"] == target, [(e["rule"], e["themes"]) for e in _code(text)]
    visit = [e for e in _code(text) if e["cameo_code"] == "042"]
    assert visit and visit[0]["actor1_country"] == target
    # the reacting state before the cause noun is no host of the visit
    assert visit[0]["actor2_country"] != evs[0]["actor1_country"]


def test_reacting_state_is_no_host_of_a_named_cause_visit():
    evs = _code("Ukraine summoned the Serbian ambassador over a visit by Serbian lawmakers to occupied Donetsk.")
    visit = [e for e in evs if e["cameo_code"] == "042"]
    assert visit and visit[0]["actor1_country"] == "SRB" and visit[0]["actor2_country"] != "UKR"


@pytest.mark.parametrize("text", [
    # the occupier's own deputies: no recognition, and the visit noun stays background
    "Ukraine imposed sanctions on two Russian deputies over their visit to occupied Donetsk.",
    # a trip to a place no one occupies
    "Poland criticised a German lawmaker over his trip to Kyiv.",
    # no visit noun after the possessive
    "Ukraine imposed sanctions on two Serbian deputies over their support for the annexation.",
    # the visit noun is another noun's complement (a preposition between)
    "Ukraine criticised the Serbian minister over his remarks on the trip to occupied Donetsk.",
])
def test_possessed_trip_near_misses(text):
    assert not _denials(text), [(e["rule"], e["themes"]) for e in _code(text)]
    assert not any(e["cameo_code"] == "042" and e["themes"] for e in _code(text))


@pytest.mark.parametrize("text,target", [
    ("Ukraine has declared persona non grata four Brazilian municipal councillors who had visited occupied "
     "Sevastopol.", "BRA"),
    ("Kyiv has imposed sanctions on four Serbian nationalist politicians who travelled to occupied Melitopol last "
     "week.", "SRB"),
    ("Ukraine imposed an entry ban on two Italian regional councillors who had toured occupied Mariupol.", "ITA"),
])
def test_visitors_named_by_nationality_and_two_nouns_before_who(text, target):
    visit = [e for e in _code(text) if e["cameo_code"] == "042"]
    assert visit and visit[0]["actor1_country"] == target and visit[0]["themes"], visit
    assert _denials(text)


@pytest.mark.parametrize("text", [
    # a preposition between the actor and the noun: the noun is not the actor's
    "Thanks went to Poland for volunteers who travelled to occupied Donetsk.",
    # a verb between: the actor is the main clause's subject, no nationality of the noun
    "Poland banned politicians who travelled to occupied Donetsk.",
    "Poland fined travellers who visited occupied Crimea.",
    "Poland warns politicians who visited occupied Donetsk.",
])
def test_person_noun_gap_near_misses(text):
    assert not any(e["cameo_code"] == "042" and e["actor1_country"] == "POL" for e in _code(text))


@pytest.mark.parametrize("text", [
    "Kyiv imposed sanctions on two Serbian deputies who took part in a forum in occupied Yalta.",
    "Ukraine has declared persona non grata four Brazilian lawmakers who had attended a 'Victory Day' parade in "
    "occupied Sevastopol.",
    "Lithuania imposed sanctions on three Venezuelan politicians who attended the inauguration ceremony in occupied Sukhumi.",
])
def test_event_attended_in_a_relative_clause_is_the_sanctions_cause(text):
    assert any(e["cameo_root"] in ("16", "17") or e["cameo_code"].startswith("16") for e in _denials(text)), \
        [(e["rule"], e["themes"]) for e in _code(text)]
    assert any(e["rule"] == "consult.attend_event" and e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    "Two Italian senators joined the 'Victory Day' celebrations in occupied Sevastopol.",
    "Four Brazilian councillors attended a parade in occupied Sevastopol on Thursday.",
])
def test_joined_celebrations_and_councillors_attending(text):
    assert any(e["rule"] == "consult.attend_event" and e["themes"] for e in _code(text))


@pytest.mark.parametrize("text", [
    # residents are no official party; a march joined stays a demonstration
    "Residents who attended a concert in occupied Donetsk said it was crowded.",
    "Serbian lawmakers joined a march in Belgrade.",
    "Two Italian senators joined the talks in occupied Donetsk.",
    "Brazilian councillors attended a conference in Kyiv on occupied Crimea.",
])
def test_attended_event_near_misses(text):
    assert not any(e["rule"] == "consult.attend_event" and e["themes"] for e in _code(text))


def test_a_joined_march_stays_a_demonstration():
    assert any(e["cameo_root"] == "14" for e in _code("Serbian lawmakers joined a march in Belgrade."))


@pytest.mark.parametrize("text", [
    "Ukraine called the visit of Russian officials to occupied Donetsk a violation.",
    "Moldova described the trip of Russian deputies to Tiraspol as a provocation.",
    "Kyiv considers the visit of Russian senators to occupied Melitopol a gross violation of its sovereignty.",
    "Moldova termed the Russian deputies' visit to Tiraspol an insult.",
])
def test_the_occupiers_own_visit_judged_is_no_recognition(text):
    evs = _code(text)
    assert any(e["cameo_code"] == "111" for e in evs)
    assert not _denials(text), [(e["rule"], e["themes"]) for e in evs]


@pytest.mark.parametrize("text", [
    "Ukraine called the visit of Syrian officials to occupied Donetsk a violation.",
    "Georgia considers the visit of the Nicaraguan delegation to Sukhumi a gross violation of its sovereignty.",
    # Russia recognises Abkhazia: its officials there are a state's visit to another
    "Georgia considers the visit of Russian officials to Sukhumi a gross violation of its sovereignty.",
    # not a visit: a mission opened stays judged as recognition
    "Ukraine described the opening of a Russian consulate in occupied Donetsk as a provocation.",
])
def test_judged_foreign_visits_stay_denials(text):
    assert _denials(text)

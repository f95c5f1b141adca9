"""Visits told by presence and grant acts in the perfect passive (session 17, branch s17v): a stay told by the day it
took ("spent Tuesday in occupied Luhansk": consult.stay_day), an envoy's host phrase before a perfect passive ("envoy
| to the Syrian Arab Republic has been | appointed": triggers._host_gap) and "relations ... have been established"
(the idiom list of cues.yaml keeps only the finding sense, "it has been established that"). Sentences written for
these rules, with near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2024-05-17"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _themed(evs, rule=None):
    return [e for e in evs if "diplomatic_recognition" in e["themes"] and (rule is None or e["rule"] == rule)]


# ------------------------------------------------------------------ a stay told by its day
@pytest.mark.parametrize("text,source,place", [
    ("Mali's deputy foreign minister spent Wednesday in occupied Donetsk, the DPR foreign ministry said.", "MLIGOV",
     "Donetsk"),
    ("A delegation of lawmakers from Togo spent Monday and Tuesday in occupied Mariupol.", "TGOLEG", "Mariupol"),
    ("Nicaragua's ambassador spent Friday in Sukhumi, where he laid flowers at a war memorial.", "NICGOV",
     "Sukhumi"),
])
def test_stay_told_by_its_day_is_a_visit(text, source, place):
    evs = _themed(_code(text), "consult.stay_day")
    assert evs and all(e["cameo_code"] == "042" and e["recognition_stance"] == "grant" for e in evs)
    assert any(e["actor1_code"] == source and e["location_name"] == place for e in evs)


@pytest.mark.parametrize("text", [
    # an institution, a routine or a meeting, not a trip
    "The former minister spent Tuesday in hospital in occupied Donetsk.",
    "The president spent Sunday in church in occupied Donetsk.",
    "The deputies spent Thursday in session in occupied Melitopol.",
    "Officials say the children spent Tuesday in a basement in occupied Kherson.",
    # no official party as the subject
    "Residents of occupied Luhansk spent Tuesday in shelters.",
    "Pensioners spent Monday in occupied Donetsk queuing for water.",
    # no occupation context in the clause: no themed visit
    "Lavrov spent Tuesday in Minsk.",
    "The minister spent Tuesday in Kyiv, while Russian troops shelled occupied Kherson.",
    # a private stay
    "The ambassador spent Sunday in Sukhumi with his family.",
])
def test_stay_day_near_misses_code_no_visit(text):
    assert not [e for e in _code(text) if e["rule"] == "consult.stay_day"]
    assert not [e for e in _themed(_code(text)) if e["cameo_code"] == "042"]


# ------------------------------------------------------------------ an envoy appointed in the perfect passive
@pytest.mark.parametrize("text", [
    "Abkhazia's first ambassador to the Republic of Nicaragua has been appointed, the Abkhaz foreign ministry said.",
    "South Ossetia's envoy to the Syrian Arab Republic has now been formally appointed.",
    "By decree of the head of the DPR, a plenipotentiary representative to the Republic of Abkhazia has been "
    "appointed.",
])
def test_perfect_passive_envoy_with_host_phrase_is_grant(text):
    evs = _themed(_code(text), "recognition.diplomat_accredited")
    assert evs and all(e["cameo_code"] == "054" and e["recognition_stance"] == "grant" for e in evs)


@pytest.mark.parametrize("text", [
    # a host phrase of another noun, or no appointment
    "A new coach of the national team of the Republic of Abkhazia has been appointed.",
    "Nicaragua's ambassador to the Russian Federation has been summoned to explain the remarks.",
    "The envoy to the talks in Geneva on the South Caucasus has been appointed.",
])
def test_perfect_passive_host_near_misses(text):
    assert not _themed(_code(text), "recognition.diplomat_accredited")


# ------------------------------------------------------------------ relations established in the perfect passive
@pytest.mark.parametrize("text,party", [
    ("Diplomatic relations between the Republic of Abkhazia and the Republic of Nauru have been established, "
     "the Abkhaz foreign ministry said.", "ABK"),
    ("Diplomatic relations between South Ossetia and Nicaragua have been established by an exchange of notes.",
     "SOS"),
    ("Consular relations have been established between the Luhansk People's Republic and Syria.", "LPR"),
])
def test_relations_established_in_perfect_passive_is_grant(text, party):
    evs = _themed(_code(text), "recognition.establish_relations")
    assert evs and all(e["cameo_code"] == "054" and e["recognition_stance"] == "grant" for e in evs)
    assert any(party in (e["actor1_code"] or "", e["actor2_code"] or "") for e in evs)


@pytest.mark.parametrize("text", [
    # the finding sense of "established": no founding
    "It has been established that the relations between Sukhumi and Damascus were never formalised.",
    "It has not been established whether the consulate in Donetsk ever opened.",
    "As has been established by investigators, the relations between the two firms were opened to scrutiny.",
    # a standing state, not an act
    "Relations between Abkhazia and Nicaragua have long been established.",
])
def test_finding_sense_codes_no_relations(text):
    assert not _themed(_code(text), "recognition.establish_relations")


def test_relations_not_established_is_negated():
    evs = _themed(_code("Diplomatic relations between Abkhazia and Nauru have not been established."),
                  "recognition.establish_relations")
    assert evs and all(e["negated"] for e in evs)


# ------------------------------------------------------------------ a period noun's "of" phrase before its period
def _dates(text, published="2024-03-01"):
    return {str(e["event_date"]) for e in _code(text, published) if e["rule"].startswith("support.sign")}


@pytest.mark.parametrize("text", [
    "On Tuesday, Syria and the DPR signed a programme of cooperation in culture for 2024-2026.",
    "The two foreign ministers signed a plan of consultations between their ministries for 2024-2025 on Tuesday.",
    "On Tuesday Abkhazia and Nicaragua signed a roadmap of joint events until 2027.",
])
def test_period_of_a_noun_with_its_of_phrase_is_no_act_date(text):
    assert _dates(text) == {"2024-02-27"}


@pytest.mark.parametrize("text,date", [
    # a year that dates the signing itself, no period noun before it
    ("Syria and the DPR signed a programme of cooperation in 2023.", "2023-01-01"),
    # the act's own object is no period noun: the lead names the act's time
    ("On Tuesday, Syria and the DPR signed an agreement on cooperation in culture.", "2024-02-27"),
])
def test_period_noun_near_misses_keep_their_date(text, date):
    assert _dates(text) == {date}

"""Who did it to whom, clause structure (coder._roles_pair and helpers; grammar.yaml list_*_links,
relative_pronouns, copulas, clause_openers, object_agent_*; cues.yaml agent_between; triggers passive
with an object). Realistic variants per rule and near-misses that must not change."""
import pytest

from pipeline.coding import code_article


def _dyads(text, prefix="", published="2023-10-05"):
    return {(e["actor1_country"] or None, e["actor2_country"] or None)
            for e in code_article({"article_id": "t", "published": published, "text": text})
            if (e["cameo_code"] or "").startswith(prefix)}


def _doers(text, prefix=""):
    return {a for a, _b in _dyads(text, prefix)}


# ---- 1. a fronted prepositional phrase and its comma is no list with the subject
@pytest.mark.parametrize("text, doer, not_doer", [
    ("After talks with Georgia, Vanuatu withdrew its recognition of Abkhazia.", "VUT", "GEO"),
    ("Following a meeting with Russia, Nicaragua recognized Abkhazia and South Ossetia.", "NIC", "RUS"),
    ("Under pressure from Moscow, Syria recognized the two breakaway republics.", "SYR", "RUS"),
])
def test_fronted_phrase_is_not_a_list(text, doer, not_doer):
    doers = _doers(text)
    assert doer in doers and not_doer not in doers


@pytest.mark.parametrize("text, doers", [
    ("Britain, France, and Germany condemned the referendum.", {"GBR", "FRA", "DEU"}),
    ("Britain, France and Germany said they would not recognize the vote.", {"GBR", "FRA", "DEU"}),
    ("Japan, Australia, Canada condemned the referendum.", {"JPN", "AUS", "CAN"}),
])
def test_real_lists_still_join(text, doers):
    assert _doers(text) == doers


# ---- 2. "persuaded X to V": X acts; an unknown X is no licence to make the persuader the doer
def test_persuaded_unknown_party_leaves_doer_empty():
    assert "RUS" not in _doers("Putin persuaded Kim to open a consulate in Donetsk.")


def test_persuaded_named_party_acts_on_its_own_object():
    assert ("NIC", "ABK") in _dyads("Moscow convinced Nicaragua to recognize Abkhazia.")


def test_passive_persuade_keeps_the_subject_and_no_persuader_target():
    d = _dyads("Armenia was persuaded by Moscow to recognize the referendum.", "05")
    assert d and all(a == "ARM" and b != "RUS" for a, b in d)


# ---- 3. the agent of the object's event noun is the target
@pytest.mark.parametrize("text, dyad", [
    ("Nicaragua became the latest country to recognize the annexation of Ukraine's four regions by Russia.",
     ("NIC", "RUS")),
    ("Georgia condemned the recognition of Abkhazia by Nicaragua.", ("GEO", "NIC")),
    ("North Korea recognized the annexation of Crimea by Russia.", ("PRK", "RUS")),
])
def test_object_agent_is_target(text, dyad):
    assert dyad in _dyads(text)


def test_by_phrase_outside_the_object_is_no_owner():
    # "on the eve of a visit here by the PLO": not the object's agent
    d = _dyads("Pakistan threatened to break off diplomatic relations with Congo and Costa Rica over their "
               "ties with Israel on the eve of a visit here by Palestine Liberation Organization (PLO) "
               "Chairman Yasser Arafat.")
    assert ("PAK", "CRI") in d and ("PAK", "PSE") not in d


# ---- 4. a coordinated verb with no subject and no earlier event: the clause's subject
@pytest.mark.parametrize("text, doer, not_doer", [
    ('The Kremlin said it respected the "expression of will" of the population but stopped short of '
     'recognizing the result.', "RUS", None),
    ("Belarus said it valued the choice of the residents of Donbas but declined to recognize the republics.",
     "BLR", "UKR"),
    ("Serbia said it understood the concerns of Russia but refused to recognize the annexation.", "SRB", "RUS"),
])
def test_coordinated_verb_takes_clause_subject(text, doer, not_doer):
    doers = _doers(text)
    assert doer in doers and not_doer not in doers


def test_coordinated_verb_after_said_takes_reported_subject():
    d = _dyads("The ministry said Syria would follow the example of Russia and recognize the republics.", "05")
    assert d == {("SYR", None)}


# ---- 5. relative clauses: the antecedent or nobody, never an earlier actor
def test_relative_clause_without_actor_antecedent_has_no_doer():
    d = _dyads("Workers from North Korea will rebuild Mariupol, which was largely destroyed during a "
               "three-month siege in 2022.", "17")
    assert d and all(a is None for a, _b in d)


def test_relative_clause_agent_phrase_with_article():
    d = _dyads("Builders from Uzbekistan are restoring the theatre, which was destroyed by a Russian "
               "airstrike in March 2022.", "17")
    assert d and all(a == "RUS" for a, _b in d)


@pytest.mark.parametrize("text, dyad", [
    ("The Syrian delegation met the Abkhaz leader, who thanked Damascus for its recognition.", ("ABK", "SYR")),
    ("Nauru became the fourth country that recognized Abkhazia.", ("NRU", "ABK")),
    ("Syria is one of the few states which have recognized the republics.", ("SYR", None)),
    ("Syria is one of the few countries in the Middle East that have recognized the republics.", ("SYR", None)),
    # an actor in the antecedent's "of" phrase is not the antecedent: the copula's subject is
    ("Belarus remains the only neighbour of Ukraine that has recognized the republics.", ("BLR", None)),
])
def test_relative_clause_antecedent(text, dyad):
    assert dyad in _dyads(text)


def test_relative_clause_participants_end_with_the_clause():
    d = _dyads("Venezuela, which recognized the republics, was followed by Syria.", "05")
    assert ("VEN", "SYR") not in d and "VEN" in {a for a, _b in d}


# ---- 6. a passive verb with its object after it ("were forced to work")
@pytest.mark.parametrize("text, dyad", [
    ("Detained Ukrainian civilians were forced to work at a quarry near Donetsk, former prisoners said.",
     (None, "UKR")),
    ("Ukrainian prisoners of war were forced to dig trenches near Bakhmut.", (None, "UKR")),
])
def test_passive_with_object(text, dyad):
    assert _dyads(text, "17") == {dyad}


def test_active_with_object_unchanged():
    # no be-form before the verb: the subject is still the doer
    assert {a for a, _b in _dyads("Russian commanders forced Ukrainian prisoners of war to dig trenches.", "17")} \
        == {"RUS"}


@pytest.mark.parametrize("text, dyad", [
    # a fronted prepositional phrase ends at its comma: its actors are neither the main clause's subject nor
    # part of a list with it (grammar.yaml fronted_subordinators)
    ("Following North Korea's recognition of the DPR and LPR, Kyiv cut all ties with Pyongyang.", ("UKR", "PRK")),
    ("Despite objections from Georgia, Nicaragua opened an embassy in Sukhumi.", ("NIC", "ABK")),
    # "to" after these nouns is a preposition, so no reduced relative ("to Syria ... severed" is no infinitive)
    ("In response to Syria's decision, Ukraine severed diplomatic relations with Damascus.", ("UKR", "SYR")),
    ("In reply to Syria, Ukraine severed ties.", ("UKR", None)),
])
def test_fronted_phrases_keep_the_main_clause_subject(text, dyad):
    evs = code_article({"article_id": "t", "published": "2023-06-14", "text": text})
    main = [e for e in evs if e["cameo_root"] in ("05", "16") and e["actor1_country"] == dyad[0]]
    assert main and all(e["actor2_country"] == dyad[1] for e in main), \
        [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs]
    assert not any(e["actor1_country"] in ("DPR", "LPR", "GEO") and e["cameo_root"] == "16" for e in evs)


@pytest.mark.parametrize("text, targets", [
    # an event noun's "of" complement inside the trigger names its patients, the whole list
    ("North Korea's recognition of the DPR and LPR angered Kyiv.", {"DPR", "LPR"}),
    ("The recognition of the DPR by North Korea angered Kyiv.", {"DPR"}),
    ("Nauru's recognition of Abkhazia was short-lived.", {"ABK"}),
])
def test_an_event_nouns_of_complement_is_its_patient(text, targets):
    evs = [e for e in code_article({"article_id": "t", "published": "2023-06-14", "text": text})
           if e["cameo_root"] == "05"]
    assert {e["actor2_country"] for e in evs} == targets, [(e["actor1_code"], e["actor2_code"]) for e in evs]


def test_a_coordinated_clause_inside_the_trigger_is_no_complement():
    # "did not have Washington's recognition and violated Georgia's sovereignty": Georgia is not denied
    evs = code_article({"article_id": "t", "published": "2015-03-18", "text":
                        "The US State Department said the treaty did not have Washington's recognition and "
                        "violated Georgia's sovereignty."})
    assert not any(e["actor2_country"] == "GEO" and e["cameo_root"] == "12" for e in evs), \
        [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs]


@pytest.mark.parametrize("text, doer", [
    # a predicate denial is the act of the reporter nearest before it, else of the first after it
    ("Officials in Kyiv said such a step would violate the constitution, and the foreign ministry recalled that "
     "the UN General Assembly had declared the 2014 referendum invalid.", "IGOUNO"),
    ("The referendum was a sham staged at gunpoint, the UN secretary general said.", "IGOUNO"),
    ("The EU said the so-called referendums were null and void.", "IGOEEC"),
])
def test_a_predicate_denial_belongs_to_its_nearest_reporter(text, doer):
    evs = [e for e in code_article({"article_id": "t", "published": "2025-03-01", "text": text})
           if e["cameo_root"] in ("11", "12")]
    assert evs and all(e["actor1_code"] == doer for e in evs), [(e["cameo_code"], e["actor1_code"]) for e in evs]

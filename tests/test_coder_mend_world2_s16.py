"""Mends of review w2 (session 16, world rules of test_coder_actors_s16 / test_coder_headlines_s16): blame screened on
the blamed thing only, vetoes of "adoption/approval/passage of" a joint decision only, troops moved to a border only
when the border is the "to" phrase's own place, legitimate-target threats aimed at the subject of their "will be".
Reviewer sentences and new variants; each row lists the events (code, actor1, actor2) it must produce for the rule's
code, exactly ([] for none)."""
import pytest

from pipeline.coding import code_article


def _events(text, code=None):
    evs = code_article({"article_id": "t", "published": "2025-06-20", "text": text})
    return sorted((e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs
                  if code is None or e["cameo_code"] == code)


# Finding 1 (HIGH): disapprove.blame dropped real accusations whenever an excluded word stood anywhere in the
# sentence; now only the blamed thing itself (the first object, or the phrase after "on") is screened.
BLAME = [
    # regressions of the review: the word belongs to the crime or to another clause
    ("Washington blamed Beijing for the leak of classified documents.", [("112", "USAGOV", "CHNGOV")]),
    ("Moscow blamed Kyiv for the ammonia pipeline leak near Togliatti.", [("112", "RUSGOV", "UKRGOV")]),
    ("Protesters blamed the government for negligence after the hospital fire.", [("112", "OPP", "GOV")]),
    ("Iran blamed Israel for the explosion, while officials said a gas leak could not be ruled out.",
     [("112", "IRN", "ISR")]),
    ("Pakistan blamed India for the error that sent a missile into its territory.", [("112", "PAK", "IND")]),
    ("Russia blamed Ukraine for the drone strike on the Zaporizhzhia nuclear plant, saying a technical building "
     "was damaged.", [("112", "RUS", "UKR")]),
    ("Armenia blamed Azerbaijan for the shooting, while Baku blamed mechanical failure for the helicopter crash.",
     [("112", "ARM", "AZE")]),
    ("Kyiv blamed Russia for the ice-covered power lines after strikes on substations.",
     [("112", "UKRGOV", "RUS")]),
    # new variants: the party blamed, a cause word later in the sentence
    ("Seoul blamed Pyongyang for the jamming, dismissing talk of a technical fault.", [("112", "KORGOV", "PRKGOV")]),
    ("The Philippines blamed China for the collision, while Beijing blamed a navigation error by the Filipino crew.",
     [("112", "PHL", "CHN")]),
    ("The Kremlin blamed the downing of the plane on a Ukrainian missile.", [("112", "RUSGOV", "UKR")]),
    ("Venezuela blamed the blackout on sabotage by the United States.", [("112", "VEN", "USA")]),
    # a cause word before "on" is the effect; the party after "on" is blamed (head_object_shift_prepositions)
    ("China blamed the leak on Washington.", [("112", "CHN", "USAGOV")]),
    ("The Kremlin blamed the technical failure on Ukrainian saboteurs.", [("112", "RUSGOV", "UKRREB")]),
    # the intended near-misses still give none: a cause that is no party is blamed
    ("Officials blamed an electrical fault for the fire.", []),
    ("Investigators blamed the crash on pilot error.", []),
    ("The airline blamed the delays on bad weather.", []),
    ("Residents blamed the drought on climate change.", []),
    ("Authorities blamed a gas leak for the explosion at the apartment block.", []),
    ("The fire was blamed on an electrical fault.", []),
    ("The ministry blamed a technical glitch for the outage.", []),
]


@pytest.mark.parametrize("text,expected", BLAME)
def test_blame_screens_the_blamed_thing(text, expected):
    assert _events(text, "112") == expected


# Finding 2 (HIGH): reject.block_adoption read "passage of" trucks, ships or a march and "held up banners" as a veto.
# "adoption/approval/passage of" now need a joint decision after them (reject.block_adoption_of), and signs held up
# by demonstrators are no veto (gap_exclusions).
VETO = [
    ("Protesters blocked the passage of trucks carrying Ukrainian grain at the Polish border.", []),
    ("Police blocked the passage of the march through the city centre.", []),
    ("Houthis have blocked the passage of Israel-linked ships through the Red Sea.", []),
    ("Demonstrators held up banners demanding the adoption of a new constitution.", []),
    ("The FDA blocked approval of the drug over safety concerns.", []),
    ("Protesters held up placards calling for the approval of the sanctions package.", []),
    ("Farmers blocked the passage of lorries at the border crossing for a third day.", []),
    # the intended vetoes stay
    ("Hungary blocked the adoption of a EUR50 billion EU aid package for Ukraine.", [("128", "HUN", "IGOEEC")]),
    ("Republicans blocked passage of the Ukraine aid bill in the Senate.", [("128", None, "UKR")]),
    ("Slovakia blocked approval of the sanctions package.", [("128", "SVK", None)]),
    ("Turkey held up Sweden's accession to NATO.", [("128", "TUR", "SWE")]),
    ("Poland blocked the adoption of the EU migration pact resolution.", [("128", "POL", "IGOEEC")]),
]


@pytest.mark.parametrize("text,expected", VETO)
def test_block_adoption_needs_a_joint_decision(text, expected):
    assert _events(text, "128") == expected


def test_blocked_passage_leaves_the_protest():
    # the protest the false veto had replaced comes back
    assert [c for c, _, _ in _events("Protesters blocked the passage of trucks carrying Ukrainian grain at the Polish "
                                     "border.")] == ["141"]
    assert [c for c, _, _ in _events("Demonstrators held up banners demanding the adoption of a new constitution.")] \
        == ["100"]


# Finding 3 (MEDIUM): mobilize.troops_to_border fired for a border word outside the "to" phrase, for the wounded or
# rescuers moved, and took its target from another clause.
BORDER = [
    ("The ambulance service transferred wounded soldiers to hospitals near the border.", []),
    ("The government sent firefighters and soldiers to the border region to fight wildfires.", []),
    ("Ukraine redeployed units to the Kharkiv front from the border with Belarus.", []),
    ("Greece sent soldiers to the border region to help fight floods.", []),
    ("The army moved injured troops to a field hospital at the border.", []),
    ("Kyiv shifted brigades to Zaporizhzhia from the northern border.", []),
    # the intended build-ups stay
    ("Poland is moving 40,000 troops to its border with Belarus.", [("154", "POL", "BLR")]),
    ("Israel sent two brigades to the northern border with Lebanon.", [("154", "ISR", "LBN")]),
    ("Venezuela moved armoured vehicles and several hundred troops to an island on the Guyanese border.",
     [("154", "VEN", "GUY")]),
    ("Trump sends 1,500 more troops to the US-Mexico border.", [("154", "USAGOV", "MEX")]),
]


@pytest.mark.parametrize("text,expected", BORDER)
def test_troops_to_border_needs_the_border_as_destination(text, expected):
    assert _events(text, "154") == expected


# Finding 3, targets: a clause with its own subject after a comma and a coordinator has its own participants
# (grammar clause_comma_coordinators; coder._comma_clause_cut, _comma_clause_between)
def test_comma_clause_has_its_own_participants():
    evs = _events("Russia sent troops to the border, and Ukrainian forces shelled Belgorod.")
    # (the troops sent are Russia's own, no target: grammar own_forces_object_roots, session 18; was RUS->MIL)
    assert ("154", "RUS", "UKRMIL") not in evs and ("154", "RUS", None) in evs
    evs = _events("Militias clashed with the army in the north, and Kenya sent troops to the border.")
    assert ("193", "REB", "MIL") in evs and ("193", "REB", "KEN") not in evs
    # a list after a comma and "and" is no clause of its own
    assert _events("Britain imposed sanctions on Russia, Belarus, and Iran.", "163") == \
        [("163", "GBR", "BLR"), ("163", "GBR", "IRN"), ("163", "GBR", "RUS")]


# Finding 4 (MEDIUM): threaten.legitimate_target had no target and fired on legal commentary; the target is now the
# subject of the "will be" (coder._predicate_speaker), and commentary under the law is no threat (sentence_exclusions).
TARGETS = [
    ("Medvedev said British troops in Ukraine would be legitimate targets.", [("138", "RUSGOV", "GBRMIL")]),
    ("Any British troops sent to Ukraine will be legitimate targets, Medvedev warned.",
     [("138", "RUSGOV", "GBRMIL")]),
    ("The Houthis said US and British warships would be considered legitimate targets.",
     [("138", "YEMREB", "GBRMIL"), ("138", "YEMREB", "USAMIL")]),
    ("Ukraine's intelligence chief said Russian military airfields will be legitimate targets.",
     [("138", "UKRSPY", "RUSMIL")]),
    ("Iran warned that US bases in the region would be legitimate targets if Washington joined the war.",
     [("138", "IRN", "USA")]),
    ("Russia said Polish airfields used by Ukraine's jets would become legitimate targets.", [("138", "RUS", "POL")]),
    ("The EU said Russia's energy infrastructure would be legitimate targets for Ukrainian drones.",
     [("138", "IGOEEC", "RUS")]),
    # legal or expert comment: none
    ("Lawyers argued that the power station would be a legitimate target under the laws of war.", []),
    ("Human rights groups said schools would be legitimate targets only if used for military purposes.", []),
    ("Military experts said power plants would be considered legitimate targets under international law if they "
     "supplied the army.", []),
    ("Analysts said the bridge would become a legitimate target once it carried military supplies.", []),
    ("Hospitals are never legitimate targets under international law, the ICRC said.", []),
]


@pytest.mark.parametrize("text,expected", TARGETS)
def test_legitimate_target_aims_at_the_subject(text, expected):
    assert _events(text, "138") == expected


def test_legitimate_target_place_stays_in_its_clause():
    evs = code_article({"article_id": "t", "published": "2025-06-20", "text":
                        "Medvedev warned that British troops in Ukraine would be legitimate targets, and Zelensky met "
                        "Starmer in London."})
    threat = [e for e in evs if e["cameo_code"] == "138"]
    assert threat and threat[0]["location_name"] != "London"


# Minor (review w2 section 5): a passive "met with" is a reception ("was met with scepticism"), but one whose agent
# follows at once is a meeting; and fire is a threatened response ("would be met with fire").
def test_met_with_by_is_a_meeting():
    assert _events("Zelensky was met with by Polish President Andrzej Duda at the airport.", "040") == \
        [("040", "POLGOV", "UKRGOV")]
    assert _events("The proposal was met with scepticism by EU diplomats.") == []
    assert _events("Iran warned Israel that any attack would be met with fire.", "130") == [("130", "IRN", "ISR")]
    assert _events("The ministry warned the plan would be met with fire from critics.") == []

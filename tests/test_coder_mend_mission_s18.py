"""Session 18 mend of the mission review (regressions of the merged mission rules): a refused request to cut ties is
no denial (triggers._apply_cues: the requester's appeal stays), a "group for ties with" in an entity's own
legislature or with another partner is no grant (triggers.yaml recognition.friendship_group, flag entity_partner),
a mission's sign put up by private people is none (recognition.mission_plaque clause_exclusions, also as a "by"
agent), and a document "between the universities of X and Y" names no governments (grammar.yaml
passive_subject_pair_private_heads); a ratifier is not paired with its own side."""
import pytest

from pipeline.coding.coder import code_article


def _events(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text):
    return [e for e in _events(text) if "diplomatic_recognition" in e["themes"]]


# ------------------------------------------------------------------ a refused request to cut ties
REFUSED_CUTS = [
    # the reviewer's sentences
    "Nicaragua turned down a Ukrainian request to close its consulate in Sukhumi.",
    "Belarus declined a Ukrainian request to close the consulate in Simferopol.",
    "Belarus refused a Ukrainian request to shut its consulate in Sukhumi.",
    "Venezuela refused a Georgian request to break off relations with South Ossetia.",
    "Nicaragua turned down a request from Kyiv to withdraw its recognition of Abkhazia.",
    "Syria turned down a request from Kyiv to revoke its recognition of the DPR.",
    # own variants: other verbs, tenses, requesters
    "Venezuela has rejected a Georgian request to sever ties with Abkhazia.",
    "Nicaragua declined Georgia's request to withdraw its recognition of South Ossetia.",
]


REFUSED_RECOGNITIONS = [
    # a refused request to recognise stays a denial
    "Belarus turned down a request to open a consulate in Sukhumi.",
    "Syria rejected a request from Sukhumi to open an embassy in Abkhazia.",
    "Nicaragua refused Abkhazia's request to establish diplomatic relations.",
]


@pytest.mark.parametrize("text,root", [(t, "02") for t in REFUSED_CUTS] + [(t, "12") for t in REFUSED_RECOGNITIONS])
def test_refused_request_themed_root(text, root):
    # a refused request to cut ties keeps the requester's appeal (02, deny) and themes no refusal; a refused request
    # to recognise is the refusal (12, deny)
    themed = _themed(text)
    assert themed and all(e["cameo_code"].startswith(root) and e["recognition_stance"] == "deny" for e in themed), \
        [(e["cameo_code"], e["rule"], e["recognition_stance"]) for e in themed]


def test_refused_cut_keeps_unthemed_rejection():
    evs = _events("Nicaragua turned down a Ukrainian request to close its consulate in Sukhumi.")
    assert any(e["cameo_code"] == "120" and not e["themes"] and e["actor1_code"] == "NIC" for e in evs)


# ------------------------------------------------------------------ friendship groups: only a third state's
OWN_GROUPS = [
    # the reviewer's sentences: the entity's own legislature, or a partner that is no entity
    "A working group for ties with diaspora organisations was set up in the Abkhaz parliament.",
    "A group for ties with the diaspora was set up in the parliament of South Ossetia.",
    "A group for ties with Russian veterans was set up in the Abkhaz parliament.",
    "A friendship group for ties with Belarus was set up in the Abkhaz parliament.",
    "A group for ties with Syria was registered in the DPR People's Council.",
    "The DPR People's Council formed a group for ties with the Belarusian parliament.",
    # own variants
    "A group for ties with Abkhaz compatriots was set up in the parliament of South Ossetia.",
    "The Abkhaz parliament set up a group for ties with the Russian State Duma.",
    "The People's Assembly of Abkhazia set up a parliamentary friendship group with the Venezuelan National Assembly.",
]


THIRD_STATE_GROUPS = [
    ("A group for ties with the LPR People's Council was registered in the Belarusian parliament.", "LPR"),
    ("A group for ties with Abkhazia was set up in the Nicaraguan parliament.", "ABK"),
    ("A group for ties with the Abkhaz parliament was set up in the Syrian parliament.", "ABK"),
    ("Venezuela's National Assembly has set up a parliamentary friendship group with the People's Assembly of "
     "Abkhazia.", "ABK"),
]


# ------------------------------------------------------------------ a sign put up by private people
PRIVATE_SIGNS = [
    "Protesters hung a sign reading 'Embassy of the Donetsk People's Republic' on a fence in Kyiv as a joke.",
    "Students hung a sign reading 'Embassy of the Republic of Abkhazia' over their dormitory door in Tbilisi.",
    "Activists put up a plaque reading 'Consulate of the Luhansk People's Republic' outside the Russian embassy in "
    "Warsaw.",
    "Pranksters fixed a sign reading 'Embassy of South Ossetia' to a public toilet in Tbilisi.",
    "Vandals put up a sign reading 'Consulate of the Donetsk People's Republic' on a bus shelter in Lviv.",
    "A sign reading 'Embassy of the Republic of Abkhazia' was hung by protesters on a fence in Tbilisi.",
]


OFFICIAL_SIGNS = [
    "Abkhaz diplomats hung a plaque reading 'Embassy of the Republic of Abkhazia' on a building in Caracas.",
    "Nicaraguan officials put up a plaque reading 'Embassy of Nicaragua' on a villa in Sukhumi.",
    "A sign reading 'Consulate of the Donetsk People's Republic' appeared on a building in Minsk on Tuesday.",
]


GROUP, PLAQUE = "recognition.friendship_group", "recognition.mission_plaque"


@pytest.mark.parametrize("rule,text", [(GROUP, t) for t in OWN_GROUPS] + [(PLAQUE, t) for t in PRIVATE_SIGNS])
def test_entity_own_group_or_private_sign_is_no_grant(rule, text):
    assert not [e for e in _themed(text) if e["rule"] == rule]


@pytest.mark.parametrize("rule,text,partner", [(GROUP, t, p) for t, p in THIRD_STATE_GROUPS]
                         + [(PLAQUE, t, "") for t in OFFICIAL_SIGNS])
def test_third_state_group_or_official_sign_is_grant(rule, text, partner):
    evs = [e for e in _themed(text) if e["rule"] == rule]
    assert evs and all(e["recognition_stance"] == "grant" and (e["actor2_code"] or "").startswith(partner)
                       for e in evs)


# ------------------------------------------------------------------ documents between institutions
INSTITUTION_PAIRS = [
    "A memorandum between the universities of Donetsk and Damascus was signed last week.",
    "A memorandum between the universities of Luhansk and Minsk was signed on Friday.",
    "A memorandum between the football clubs of Donetsk and Damascus was signed.",
    "A memorandum between the chambers of commerce of Luhansk and Minsk was signed.",
    "A cooperation agreement between the academies of sciences of Abkhazia and Syria was signed on Monday.",
]


@pytest.mark.parametrize("text", INSTITUTION_PAIRS)
def test_institution_pair_document_is_no_state_act(text):
    assert not _themed(text)


GOVERNMENT_PAIRS = [
    "An agreement between the governments of Syria and the DPR was signed in Damascus.",
    "A memorandum between the foreign ministries of Abkhazia and Nicaragua was signed.",
    "A sister-city agreement between Tiraspol and occupied Melitopol was ratified by the city council.",
]


@pytest.mark.parametrize("text", GOVERNMENT_PAIRS)
def test_government_pair_document_stays_grant(text):
    assert [e for e in _themed(text) if e["recognition_stance"] == "grant"]


@pytest.mark.parametrize("text,own", [
    ("An agreement between Russia and Abkhazia on investment was ratified by the Abkhaz parliament.", "ABK"),
    ("A treaty between Russia and South Ossetia on alliance was ratified by the South Ossetian parliament.", "SOS"),
    ("An agreement between Syria and the DPR on trade was ratified by the People's Council of the DPR.", "DPR"),
])
def test_ratifier_not_paired_with_own_side(text, own):
    evs = _themed(text)
    assert evs and not [e for e in evs if (e["actor1_code"] or "")[:3] == own == (e["actor2_code"] or "")[:3]]


def test_named_institutions_keep_their_own_signing():
    # institutions named, not by their towns: the pair is read across, an unthemed signing of the two
    evs = _events("A memorandum between Sukhumi State University and Damascus University was signed on Monday.")
    assert [e for e in evs if e["cameo_code"] == "057" and not e["themes"]]

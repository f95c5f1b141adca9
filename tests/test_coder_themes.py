"""Mission themes: where a themed event is counted, its stance, and the labor vocabulary.

Sentences are our own (not corpus sentences); each test states a general rule that must hold on
any wire copy. Real dictionaries (actors, gazetteer) are used.
"""

import pytest

from pipeline.coding import code_article


def code(text, published="2023-09-17"):
    return code_article({"article_id": "t", "text": text, "published": published})


def themed(events, theme="diplomatic_recognition"):
    return [e for e in events if theme in e["themes"]]


def regions(events):
    return {e["admin1_code"] for e in events}


# ------------------------------------------------------------------ location = territory concerned
def test_recognition_of_an_entity_counts_in_its_territory_not_the_capital():
    events = themed(code("Nicaragua recognized the independence of Abkhazia at a ceremony in Managua on Tuesday."))
    assert events and regions(events) == {"GE-AB"}


def test_recognition_of_two_entities_gives_one_event_per_territory():
    events = themed(code('Belarus on Friday recognized the "Donetsk People\'s Republic" and the "Luhansk People\'s '
                         'Republic" in a decree published in Minsk.', published="2022-03-05"))
    assert regions(events) == {"UA-14", "UA-09"}


def test_entity_doer_without_place_counts_in_its_territory():
    events = themed(code("Officials in Tskhinvali appealed to Moscow to recognize the independence of their republic "
                         "during talks held in Moscow."))
    assert events and regions(events) == {"GE-SO"}


def test_phrase_pointing_back_takes_the_article_territories():
    text = ("Russia recognized the Donetsk People's Republic and the Luhansk People's Republic on Monday. "
            "Japan said on Tuesday in Tokyo that it would never recognize the two entities.")
    events = [e for e in themed(code(text, published="2022-02-23")) if e["sentence_index"] == 1]
    assert events and regions(events) == {"UA-14", "UA-09"}
    assert {e["recognition_stance"] for e in events} == {"deny"}


def test_unthemed_event_keeps_the_place_of_the_act():
    events = code("Russian troops shelled Kharkiv on Sunday, after Moscow recognized Abkhazia years ago.")
    shelling = [e for e in events if e["cameo_root"] == "19"]
    assert shelling and regions(shelling) == {"UA-63"}


def test_pronoun_object_needs_an_article_about_a_territory():
    assert not themed(code("The coach said he would not recognize it as a fair result of the match."))
    assert not themed(code("Transnistria held elections. Officials said they recognize it is a hard winter."))
    events = themed(code("Transnistria held a vote on Sunday. Moldova said it would not recognize it."))
    assert events and {e["recognition_stance"] for e in events} == {"deny"} and regions(events) == {"MD-SN"}


# ------------------------------------------------------------------ labor migration vocabulary
@pytest.mark.parametrize("text", [
    "Occupation authorities in Melitopol are relying on welders from Tajikistan to repair the bridges.",
    "A construction firm in occupied Mariupol began hiring electricians from Dagestan last month.",
    "Teachers in occupied Nova Kakhovka were forced to sign contracts with the Russian education ministry.",
    "Migrants from Uzbekistan working in occupied Luhansk were pressed to sign contracts with the Russian army.",
])
def test_labor_migration_verbs_and_nouns(text):
    events = themed(code(text), "labor_migration")
    assert events and regions(events) <= {"UA-23", "UA-14", "UA-65", "UA-09"}


def test_workers_arriving_count_only_in_an_article_about_an_occupied_territory():
    text = "Dozens of bricklayers arrived on Monday, a foreman said."
    assert not themed(code(text), "labor_migration")
    events = themed(code("Reconstruction continues in occupied Sievierodonetsk. " + text), "labor_migration")
    assert events and regions(events) == {"UA-09"}


def test_army_contract_is_labor_only_for_migrants():
    assert not themed(code("A 40-year-old driver from Kursk signed a contract with the Russian army."), "labor_migration")
    events = themed(code("Dozens of foreign nationals signed a contract with the Russian army in Moscow."), "labor_migration")
    assert events


# ------------------------------------------------------------------ stance
def test_request_to_be_absorbed_is_a_seek_and_the_bare_act_is_not_coded():
    events = themed(code("The head of the occupied Zaporizhzhia region urged the Kremlin to incorporate the region "
                         "into the Russian Federation."))
    assert events and {e["recognition_stance"] for e in events} == {"seek"} and regions(events) == {"UA-23"}
    assert not themed(code("Officials in occupied Kherson plan to include the region in the new budget."))


def test_workers_signing_employment_contracts_are_not_recognition():
    assert not themed(code("Nurses in occupied Berdiansk signed contracts with a Russian hospital chain."))


def test_hope_that_another_party_recognizes_is_a_seek_but_own_plan_is_not():
    events = themed(code("In Sukhumi, the leader of Abkhazia said he hoped that Venezuela and Nicaragua "
                         "would soon open embassies there."))
    assert events and {e["recognition_stance"] for e in events} == {"seek"}
    own = themed(code("Nicaragua hopes to open an embassy in Sukhumi next year."))
    assert own and {e["recognition_stance"] for e in own} == {"grant"}


@pytest.mark.parametrize("text", [
    "Kyiv said no self-respecting state would ever recognize the annexation of Crimea.",
    '"No consulate opened in occupied Melitopol will be legal," the ministry said.',
])
def test_no_opening_a_subject_negates_the_clause(text):
    events = themed(code(text, published="2023-03-01"))
    assert events and {e["recognition_stance"] for e in events} == {"deny"}


def test_fixed_phrases_with_no_do_not_negate():
    events = themed(code("Abkhazia no longer hides that Syria recognized it, and Damascus opened an embassy in Sukhumi."))
    assert events and "grant" in {e["recognition_stance"] for e in events}


# ------------------------------------------------------------------ recognition triggers
def test_credentials_to_entity_authorities_are_recognition():
    events = themed(code("Nicaragua's envoy presented his letters of credence to the leader of South Ossetia on Monday."))
    assert events and {e["recognition_stance"] for e in events} == {"grant"} and regions(events) == {"GE-SO"}
    assert not themed(code("The new French ambassador presented her credentials to the King of Spain."))


def test_declared_invalid_is_a_denial_unless_the_sentence_already_denies():
    events = themed(code("The court in Chisinau ruled that the vote held in Transnistria had no legal force."))
    assert events and {e["recognition_stance"] for e in events} == {"deny"} and regions(events) == {"MD-SN"}
    both = themed(code("Moldova condemned the sham referendum in Transnistria and said it had no legal force."))
    assert len({e["rule"] for e in both}) == 1

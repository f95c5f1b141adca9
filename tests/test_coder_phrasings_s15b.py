"""Missed wordings and false events in world news (session 15, second round; classes of split "dev9" of
tests/data/general_phrasings.jsonl). Sentences written for this file, several per class, with near-misses.

Recalled and summoned envoys in phrasal verbs (triggers.yaml sanction.expel "call home/back",
disapprove.summon_phrasal "haul in/call in"), mediators shuttling between parties (consult.shuttle), crowds taking
or pouring into the streets (protest.streets), aid trucked in (aid.humanitarian), people snatched (assault.snatch),
an inquiry asked for (investigate.sought; the "for" of "called for" is no background preposition:
triggers._finish), "meeting little resistance" and non-military offensives (cues.yaml discard), a board-game win
(grammar.yaml sports_terms), an event noun opening a scenario with "would/could" (coder._scenario_subject) and an
act noun postponed after it (coder._cancelled_after, grammar.yaml postponed_act_verbs).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 15)


def _codes(text: str) -> list:
    return sorted(e["cameo_code"] for e in code_article({"article_id": "s15b", "text": text, "published": PUB}))


@pytest.mark.parametrize("text,expected", [
    # recall in phrasal verbs
    ("Peru has called home its ambassador to Mexico, the foreign ministry said.", ["166"]),
    ("Chad called back its envoy from Paris on Friday.", ["166"]),
    ("The coach called back the striker for the final.", []),
    # summons in phrasal verbs
    ("Beijing hauled in the Japanese ambassador on Monday over the remarks.", ["114"]),
    ("Berlin called in the Russian envoy over the cyberattack.", ["114"]),
    ("Warsaw hauled in the Belarusian charge d'affaires after the border incident.", ["114"]),
    ("Sudan called in a UN special envoy to help end the war.", []),
    # shuttling go-betweens
    ("Qatari mediators shuttled between the two delegations in Doha through the night.", ["045"]),
    ("Norwegian diplomats shuttled between the warring parties for weeks.", ["045"]),
    ("The ferry shuttled between the two islands twice a day.", []),
    ("Buses shuttled between the two sides of the border.", []),
    # crowds in the streets
    ("Tens of thousands poured into the streets of Belgrade on Saturday.", ["141"]),
    ("Thousands took to the streets of Tbilisi for a third night.", ["141"]),
    ("Floodwaters poured into the streets of the town overnight.", []),
    ("Fans poured into the streets to celebrate the victory.", []),
    # aid trucked in
    ("The World Food Programme trucked 3,000 tonnes of food into Darfur last week.", ["073"]),
    # people snatched
    ("Gunmen snatched 30 students from a school in Kaduna state, police said.", ["181"]),
    ("Bandits seized 20 villagers in Katsina on Tuesday.", ["181"]),
    ("Thieves snatched a handbag from a tourist.", []),
    ("The team snatched a late win in the final.", []),
    # an inquiry asked for
    ("The Security Council condemned the attack and called for a swift investigation.", ["020", "111"]),
    ("The opposition demanded an independent inquiry.", ["100"]),
    ("The investigation found no evidence of fraud.", []),
    # resistance met is no meeting
    ("Rebels captured the town, meeting little resistance.", ["192"]),
    ("The army entered the city and met with little resistance.", []),
    # non-military offensives
    ("Kyiv's diplomatic offensive in Africa has picked up pace.", []),
    ("The ministry launched a media offensive against the opposition.", []),
    ("Russia launched a new offensive near Kharkiv.", ["190"]),
    # a board-game win
    ("The teenager shot to fame after beating the world chess champion in a blitz game.", []),
    ("Police were filmed beating protesters in the capital.", ["182"]),
    # scenarios
    ("A Chinese blockade of Taiwan would wipe $5 trillion off the world economy, analysts estimated.", []),
    ("An invasion of Taiwan could cost the world economy $10 trillion.", []),
    ("China imposed a blockade of Taiwan on Monday.", ["191"]),
    # act nouns postponed
    ("The signing of the peace accord, scheduled for Thursday in Washington, has been postponed.", []),
    ("The signing of the trade deal has been delayed again.", []),
    ("The signing of the peace accord took place in Washington on Thursday.", ["057"]),
])
def test_phrasings_s15b(text, expected):
    assert _codes(text) == expected

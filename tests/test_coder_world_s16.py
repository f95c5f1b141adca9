"""World-news classes of general_phrasings split "dev11" (session 16), on new sentences: ships seized (1711, not a
captured territory), mass executions (202), investigations and the act they are about, dismay voiced (111), offers and
invitations snubbed or brushed off (12); and false events: market prices that retreat or rally, weather and fans that
invade, statistics opened by a plural act noun, signings postponed past the noun's complement, a work of fiction's
setting. Each sentence lists the CAMEO roots it must produce, exactly ([] for none)."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_root"] for e in evs}), evs


CASES = [
    # ships seized: property (coerce.seize_vessel), whatever place names the flag
    ("Iran's Revolutionary Guards seized a Panama-flagged oil tanker in the Strait of Hormuz.", ["17"]),
    ("Houthi fighters seized a British-owned cargo ship in the Red Sea on Sunday.", ["17"]),
    ("Indonesian authorities detained a Vietnamese fishing boat off the Natuna Islands.", ["17"]),
    ("Russian troops seized the town of Avdiivka after months of fighting.", ["19"]),  # a town stays a capture
    # mass executions are mass killings, not troops massed
    ("The junta carried out mass executions of prisoners in Insein prison, a rights group said.", ["20"]),
    ("Militants carried out a mass execution of 30 captured police officers near Mosul.", ["20"]),
    ("Russia has massed more than 100,000 soldiers near Ukraine's border.", ["15"]),
    ("Russia returned 90 captured Ukrainian soldiers in a prisoner swap.", ["08"]),
    # the act an investigation is about is its topic; the investigator is no doer
    ("Finnish police are investigating suspected sabotage of the Balticconnector gas pipeline.", ["09"]),
    ("Prosecutors in Serbia launched a probe into the killing of a journalist in Belgrade.", ["09"]),
    ("Police opened an investigation into the alleged torture of detainees at the station.", ["09"]),
    ("Police investigated the scene after gunmen killed three people in Kano.", ["09", "18"]),
    # dismay or outrage voiced: a disapproval; an act it is voiced at is the disapproved act
    ("The EU voiced dismay at Georgia's decision to suspend its accession bid.", ["11"]),
    ("The Vatican expressed deep dismay over the arrest of a Catholic bishop in Nicaragua.", ["11"]),
    ("Germany expressed outrage over the killing of a German aid worker in Gaza.", ["11"]),
    ("To the dismay of fans, the band cancelled its world tour.", []),
    ("The ruling sparked outrage among opposition supporters.", []),
    # offers and invitations turned down
    ("Eritrea snubbed an invitation to the peace conference in Addis Ababa.", ["12"]),
    ("Pyongyang brushed off Seoul's proposal for military talks.", ["12"]),
    ("Hamas rejected an Israeli proposal for a six-week truce.", ["12"]),
    ("The minister brushed off the dust from his jacket before the ceremony.", []),
    ("Sales declined despite the company's offer of discounts.", []),
    # markets: prices that retreat or rally are no army or crowd
    ("Oil prices pulled back from a two-month peak on Monday.", []),
    ("European stocks retreated from record highs as investors booked profits.", []),
    ("Stocks rallied on Wall Street on Friday after the jobs report.", []),
    ("Russian troops retreated from the village after heavy shelling.", ["08"]),
    ("Ukrainian forces withdrew from Avdiivka, sending wheat prices up.", ["08"]),
    ("Thousands rallied in Tbilisi against the foreign agents law.", ["14"]),
    # what else invades
    ("A wave of polar air invaded the southern plains on Tuesday.", []),
    ("Dozens of fans invaded the pitch after the final whistle.", []),
    ("Locusts invaded farms across northern Kenya.", []),
    ("Russia invaded Ukraine in February 2022.", ["19"]),
    ("Israeli troops invaded Rafah on Monday.", ["19"]),
    # statistics opened by a plural act noun
    ("Clashes between herders and farmers rose sharply last year, the report said.", []),
    ("Deadly attacks in Burkina Faso declined by a third in the first half of the year.", []),
    ("Russia attacks Ukrainian ports as grain prices soared.", ["18"]),
    ("Clashes broke out in Khartoum as fuel prices rose.", ["19"]),
    ("Clashes in Tripoli spread as prices rose.", ["19"]),
    # postponed acts: the noun's own complement before the parenthetical
    ("Talks between Armenia and Azerbaijan, planned for next week in Almaty, have been postponed.", []),
    ("A visit by the Chinese foreign minister to Berlin, announced last month, was cancelled.", []),
    ("The signing of the accord between Kigali and Kinshasa, which took place on Friday, was hailed by the UN.",
     ["05"]),
    # a work of fiction's setting
    ("The opera, set against the bombing of Guernica, opens in Madrid on Friday.", []),
    ("A thriller set in occupied Kherson tops the Ukrainian box office.", []),
    ("The play set off protests, and police arrested 20 people.", ["14", "17"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_world_s16(text, expected):
    got, evs = _roots(text)
    assert got == sorted(expected), [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]


def test_dismay_reaction_is_one_event():
    # the reaction noun serves as the judged act's condemn cue: one disapproval, by the Vatican of Nicaragua
    _, evs = _roots("The Vatican voiced deep dismay at Nicaragua's arrest of a Catholic bishop.")
    assert [(e["cameo_root"], e["actor1_code"], e["actor2_code"]) for e in evs] == [("11", "VAT", "NIC")]


def test_seized_tanker_is_property():
    _, evs = _roots("Iran's navy seized a Liberian-flagged tanker in the Gulf of Oman.")
    assert [e["cameo_code"] for e in evs] == ["1711"]

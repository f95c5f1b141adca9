"""Trade sanctions, reduced relations, aid and yielding in reporters' wording (session 15).

Tariffs and duties laid, raised or "hit ... with" (triggers.yaml sanction.tariffs, sanction.raise_tariffs,
sanction.trade_duties, sanction.hit_with_tariffs), firms put on an export-control or sanctions list
(sanction.blacklist), trade halted with a state (sanction.halt_trade) are 163; an agreement between states ended
or scrapped is 160 (sanction.end_agreement). Weapons handed over or aid airdropped is aid (aid.military,
aid.humanitarian), citizens freed by an agent is a release (yield.release), a joint statement signed by two
leaders is 057 both ways (support.sign). An actor followed by a reporting verb that is the event's own head
("The EU announced new sanctions", "China added 15 firms to its list") is the doer, not a reporter
(coder._head_is_own_speech_verb).

Sentences written for this file; expectations from the codebook. Before the rules the positive rows coded
nothing (or 061 on "trade", 063 on "handed over"), and "announced"/"added" rows had actor1 None.
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2024, 5, 15)


def _events(text: str) -> list:
    return code_article({"article_id": "s15t", "text": text, "published": PUB})


def _codes(text: str) -> list:
    return [e["cameo_code"] for e in _events(text)]


@pytest.mark.parametrize("text, code, pair", [
    # tariffs and duties
    ("Washington slapped 25 percent duties on aluminium imports from Canada.", "163", None),
    ("China slapped anti-dumping duties on Australian wine.", "163", ("CHN", "AUS")),
    ("The EU imposed countervailing duties on Chinese-made electric vehicles.", "163", None),
    ("The US more than doubled tariffs on Chinese electric vehicles.", "163", ("USA", "CHN")),
    ("India raised import duties on American almonds in retaliation.", "163", None),
    ("Canada hit China with 100 percent tariffs on electric vehicles.", "163", ("CAN", "CHN")),
    ("Mexico hit US pork with tariffs of 20 percent.", "163", None),
    ("Steel from Vietnam was hit with levies of up to 200 percent by the US Commerce Department.", "163", None),
    # blacklists
    ("CHINA PUTS 12 US DRONE MAKERS ON EXPORT CONTROL LIST", "163", None),
    ("The US added 30 Chinese entities to its export control list.", "163", ("USA", "CHN")),
    ("Britain placed 12 Russian officials on its sanctions list.", "163", ("GBR", None)),
    ("Beijing put Lockheed Martin on its unreliable entity list.", "163", None),
    # halted trade
    ("Turkey suspended all trade with Israel.", "163", ("TUR", "ISR")),
    ("Kyrgyzstan halted trade with Tajikistan after the border clashes.", "163", ("KGZ", "TJK")),
    ("Russia cut off imports from Moldova.", "163", ("RUS", "MDA")),
    # ended agreements
    ("Niger ended its military cooperation with the United States.", "160", ("NER", "USA")),
    ("Mali terminated its defence agreements with France.", "160", ("MLI", "FRA")),
    ("Washington tore up the Iran nuclear deal.", "160", None),
    ("Russia suspended the Black Sea grain deal.", "160", ("RUS", None)),
    ("Senegal scrapped its defence pact with France.", "160", ("SEN", "FRA")),
    # aid
    ("The US airdropped 38,000 meals over Gaza.", "073", ("USA", None)),
    ("Egyptian aircraft airdropped food parcels over the besieged city.", "073", None),
    ("Britain handed over Storm Shadow missiles to Ukraine.", "072", ("GBR", "UKR")),
    ("Norway handed over two air defence systems to Kyiv.", "072", None),
    # yielding
    ("Two French citizens were freed by the Iranian authorities.", "0841", ("IRNGOV", "FRACVL")),
    ("Iran released two French nationals.", "0841", ("IRN", "FRACVL")),
    ("The Houthis freed the crew of the Galaxy Leader.", "0841", None),
])
def test_sanctions_aid_yield_coded(text, code, pair):
    evs = [e for e in _events(text) if e["cameo_code"] == code]
    assert evs, [(e["cameo_code"], e["rule"]) for e in _events(text)]
    if pair is not None:
        a1, a2 = pair
        assert any(e["actor1_code"] == a1 and (a2 is None or e["actor2_code"] == a2) for e in evs), \
            [(e["actor1_code"], e["actor2_code"]) for e in evs]


@pytest.mark.parametrize("text", [
    "US President Donald Trump and North Korean leader Kim Jong Un signed a joint statement in Singapore.",
    "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint declaration in Moscow.",
])
def test_joint_statement_signed_both_ways(text):
    pairs = {(e["actor1_code"], e["actor2_code"]) for e in _events(text) if e["cameo_code"] == "057"}
    assert len(pairs) == 2 and all((b, a) in pairs for a, b in pairs), pairs


@pytest.mark.parametrize("text, who", [
    ("The EU announced new sanctions on Russia.", "IGOEEC"),
    ("China added 15 US defence firms to its export control list.", "CHN"),
])
def test_own_reporting_verb_keeps_the_doer(text, who):
    assert any(e["actor1_code"] == who for e in _events(text) if e["cameo_root"] == "16"), \
        [(e["cameo_code"], e["actor1_code"]) for e in _events(text)]


@pytest.mark.parametrize("text", [
    # markets, sport, other senses of the verbs and nouns
    "Shares fell sharply as investors feared a tariff war between Washington and Beijing.",
    "Exports hit a record high in March.",
    "Barcelona ended the season with a 2-0 win.",
    "The Dow ended the day higher after tariff fears eased.",
    "Companies raised concerns about tariffs on steel.",
    "Higher tariffs raised prices for consumers.",
    "The new minister took up his duties on Monday.",
    "The council introduced a levy on plastic bags.",
    "The city was added to the list of World Heritage Sites.",
    "He was put on the waiting list for surgery.",
    "The agreement ended the war.",
    "The club ended its sponsorship deal with the airline.",
    "The company cancelled its contract with the government.",
    "The storm hit the coast with winds of up to 150 km per hour.",
    "The army airdropped leaflets over the town.",
    "Ten students signed a statement on campus.",
])
def test_near_misses_code_nothing(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text, code", [
    # a hand-over of suspects stays judicial cooperation
    ("Police handed over the suspect to prosecutors.", "063"),
    # a missile strike is still a fight, not a trade sanction
    ("Russian forces hit Kharkiv with missiles overnight.", "194"),
])
def test_other_senses_kept(text, code):
    assert code in _codes(text)

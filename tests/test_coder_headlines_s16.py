"""World-news classes of general_phrasings split "dev12" (session 16, second round), on new sentences: headline
verbs ("X nixes Y", "Troops Shell Positions"), threats stated as a future target ("will be legitimate targets", "vowed
that ... would be targeted"), troops moved up to a border (154), joint decisions blocked (128); and false events:
blame laid on a cause that is no party, a market or contest rival's challenge fended off. Each sentence lists the
CAMEO roots it must produce, exactly ([] for none)."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_root"] for e in evs}), evs


CASES = [
    # headline "nix": a rejection (reject.generic)
    ("Trump Nixes Trade Deal With Canada Over Digital Tax", ["12"]),
    ("Netanyahu nixes proposal for Palestinian Authority role in Gaza", ["12"]),
    ("The court nixed the government's plan to deport the activists.", ["12"]),
    ("Nixon's visit to Beijing opened a new era.", ["04"]),  # no nix in "Nixon"
    # present "shell(s)" with an armed subject and a shelled object (fight.shelling_by_troops)
    ("Russian Forces Shell Villages In Kharkiv Region Overnight", ["19"]),
    ("Azerbaijani troops shell Armenian border posts, Yerevan says", ["19"]),
    ("Israeli Army Shells Southern Lebanon Towns After Rocket Fire", ["19"]),
    ("Shell Positions Itself As Leader In LNG Market", []),
    ("Shell shells out $2 billion for a new gas field off Nigeria", []),
    ("Troops found artillery shells near the village.", []),
    ("Army Shell Company Positions Under Scrutiny", []),
    # a target named in the future is a threat of force, the sayer its doer (threaten.legitimate_target)
    ("Western weapons depots in Poland would become legitimate military targets, the Kremlin said.", ["13"]),
    ("Iran warned that US bases in the region will be considered legitimate targets if Washington joins the war.",
     ["13"]),
    ("Hospitals are never legitimate targets, the WHO said.", []),
    ("The army said the compound it struck on Monday had been a legitimate target.", ["19"]),
    # a vow that something will be struck (threaten.vowed_target)
    ("Hezbollah vowed that Israeli towns would be struck if the bombing continued.", ["13"]),
    ("The junta threatened that any village sheltering rebels will be targeted.", ["13"]),
    ("Officials feared the power plant would be targeted again.", []),
    ("The minister pledged that the vote will be held on time.", ["03"]),
    # troops moved up to a border (mobilize.troops_to_border)
    ("Russia sent thousands of troops to the border with Ukraine in early spring.", ["15"]),
    ("Israel rushed reinforcements to its northern border on Sunday.", ["15"]),
    ("Pakistan is moving tanks to its frontier with Afghanistan, officials said.", ["15"]),
    ("Russia moved troops away from the border, the ministry said.", []),
    ("The ministry sent doctors to the border to treat refugees.", []),
    # a joint decision blocked is a veto (reject.block_adoption)
    ("Slovakia blocked approval of the EU's new sanctions package against Russia.", ["12"]),
    ("Russia blocked a UN Security Council resolution on Syria.", ["12"]),
    ("Protesters blocked the road to the airport.", ["14"]),
    # blame laid on a cause that is no party is no accusation (disapprove.blame)
    ("Officials blamed the crash on pilot error.", []),
    ("Investigators blamed the blackout on a technical fault at a substation.", []),
    ("Kyiv blamed Russian saboteurs for the explosion at the depot.", ["11"]),
    # a rival's challenge fended off is business or politics, no battle (grammar.yaml figurative_objects)
    ("Airbus fought off competition from Boeing for the Qantas order.", []),
    ("The incumbent fended off a leadership challenge from his deputy.", []),
    ("Ukrainian troops fended off a Russian assault on Pokrovsk.", ["19"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_headlines_s16(text, expected):
    got, evs = _roots(text)
    assert got == sorted(expected), [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]


def test_legitimate_target_doer_is_the_warner():
    _, evs = _roots("Any foreign troops sent to Ukraine will be legitimate targets, Russia's foreign ministry warned.")
    assert [(e["cameo_code"], e["actor1_country"]) for e in evs] == [("138", "RUS")]


def test_vowed_target_doer_is_the_vower():
    _, evs = _roots("The Houthis vowed that any ship linked to Israel would be targeted in the Red Sea.")
    assert [(e["cameo_code"], e["actor1_code"]) for e in evs] == [("138", "YEMREB")]

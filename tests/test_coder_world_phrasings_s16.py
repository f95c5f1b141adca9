"""World-news classes of general_phrasings split "dev13" (session 16, third round), on new sentences: optimism voiced
(013, also in the passive), talks sat down for (040), joint patrols (062), food refused by a detainee or protester as a
hunger strike (142); and false events: a natural hazard that kills (no assault), a company's shareholders' meeting (no
consultation). Each sentence lists the CAMEO roots it must produce, exactly ([] for none)."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_root"] for e in evs}), evs


CASES = [
    # optimism voiced or expressed (comment.optimism); felt by others it is no act
    ("Egypt's foreign minister voiced cautious optimism about the Gaza negotiations on Monday.", ["01"]),
    ("The Turkish president expressed optimism about a grain corridor deal.", ["01"]),
    ("Optimism about the negotiations was voiced by the Qatari foreign ministry.", ["01"]),
    ("Guarded optimism was expressed by German officials after the meeting in Berlin.", ["01", "04"]),
    ("The announcement sparked optimism among investors in Tokyo.", []),
    ("Optimism about the economy grew in European markets.", []),
    # talks sat down for (consult.sit_down)
    ("Indian and Chinese commanders sat down for talks at the Chushul border post.", ["04"]),
    ("Putin and Erdogan sat down for face-to-face talks in Sochi.", ["04"]),
    ("Serbian and Kosovo negotiators sat down at the negotiating table in Brussels.", ["04"]),
    ("The ministers sat down to watch the talks on television.", []),
    ("The prime minister sat down for an interview with the BBC.", []),
    # joint patrols (cooperate.military); a single force's patrols are none
    ("Turkey and Russia launched joint patrols in northern Syria on Tuesday.", ["06"]),
    ("Thailand and Malaysia conducted joint border patrols along the frontier.", ["06"]),
    ("Joint naval patrols were launched by Indonesia and the Philippines.", ["06"]),
    ("Kenyan police launched patrols in Nairobi's eastern suburbs.", []),
    # food refused in custody or protest (protest.refuse_food)
    ("A jailed Egyptian blogger has refused food for two weeks in protest at his detention, his mother said.", ["14"]),
    ("The detained journalist has refused all food since Monday, his lawyer said.", ["14"]),
    # (no custody or protest: reject.generic's bare "refused" as before, no hunger strike)
    ("The elderly woman refused food, doctors at the hospital said.", ["12"]),
    ("The prisoners rejected food deliveries from the Red Cross, saying they were spoiled.", ["12"]),
    # natural hazards that kill are disasters, no assault
    ("Cyclone Freddy killed more than 400 people in Malawi.", []),
    ("Floods have killed at least 40 people in northern Nigeria this month.", []),
    ("An earthquake killed at least 2,000 people in western Afghanistan.", []),
    ("Gunmen killed at least 12 villagers in Zamfara state, police said.", ["19"]),
    ("Militants killed 20 villagers in a district hit by floods last year.", ["18"]),
    # a company's shareholders' meeting is no consultation; a summit meeting stays one
    # (the rejection is reject.generic's, unchanged; no meeting)
    ("Shareholders rejected the bonus plan at the annual meeting in Zurich.", ["12"]),
    ("Macron met Scholz in Berlin on Friday.", ["04"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_world_phrasings_s16(text, expected):
    got, evs = _roots(text)
    assert got == expected, [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]

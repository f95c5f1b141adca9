"""World-news classes of general_phrasings split "dev14" (session 17, first round; roots 10-20 and near-misses), on
new sentences: claims brushed off (reject.claims), strikes told as walking off the job, alerts of a named degree
("on maximum alert"), groups declared undesirable (coerce.undesirable), artillery duels (fight.artillery_duel); and
false events: the charge a blame verb names after "for", a reduced relative on the object of "despite"/"under"
("the truce brokered in Kuala Lumpur"), a present passive in a "before"/"until" clause, an act put off after a
relative clause or told as a compound ("the prisoner exchange ... has been put off"), weather as the subject of a
violent verb, a barrage of non-munitions, an act that is the topic of a work of culture. Each sentence lists the
CAMEO roots it must produce, exactly ([] for none)."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_root"] for e in evs}), evs


CASES = [
    # claims brushed off: a rejection (reject.claims), a quoted verdict may stand between verb and object
    ("The foreign ministry brushed off as 'baseless smears' claims that its diplomats had spied on exiles.", ["12"]),
    ("Moscow brushed aside accusations that it had poisoned the opposition leader.", ["12"]),
    ("The Kremlin waved away allegations that it had meddled in the election.", ["12"]),
    ("The goalkeeper brushed off the dust and carried on.", []),
    ("She laughed off a fall on the ice during the parade.", []),
    # walking off the job is a strike (protest.strike)
    ("Thousands of nurses walked off the job on Tuesday over pay.", ["14"]),
    ("Boeing machinists walk off their jobs in Seattle.", ["14"]),
    ("The striker walked off the pitch after a red card.", []),
    ("The actor walked off the stage in tears.", []),
    # an alert of a named degree (mobilize.alert)
    ("Pakistan put its troops on full alert along the Line of Control.", ["15"]),
    ("Seoul placed its forces on maximum alert after the missile launch.", ["15"]),
    ("Residents were told to stay indoors as a red alert for flooding was issued.", []),
    # a group declared undesirable: a ban (coerce.undesirable)
    ("Moscow designated Transparency International an undesirable organization.", ["17"]),
    ("Russia's prosecutor general declared the Dutch broadcaster an 'undesirable organisation'.", ["17"]),
    ("Critics declared the new tax undesirable for small firms.", []),
    # artillery duels: a fight with heavy weapons (fight.artillery_duel)
    ("Artillery duels erupted between Indian and Pakistani troops overnight.", ["19"]),
    ("Artillery exchanges continued across the river on Monday.", ["19"]),
    ("The two chess players fought a tense duel in the final round.", []),
    # what a blame verb names after "for" is the charge, no act of its own (coder._blamed_charges)
    ("Kyiv blamed Moscow for the shelling of the Zaporizhzhia plant.", ["11"]),
    ("The Dutch intelligence service blamed Russia's GRU for a campaign of hacking against European ports.", ["11"]),
    ("Washington blamed Tehran for a string of drone attacks on shipping in the Red Sea.", ["11"]),
    ("Kyiv blamed Moscow for the outage, and Russian troops shelled Kharkiv on Monday.", ["11", "19"]),
    # a reduced relative on the object of a background preposition (coder._background_participle)
    ("Fighting resumed on Sunday despite the ceasefire brokered by Qatar.", ["19"]),
    ("Clashes erupted in breach of the peace accord signed in Doha last year.", ["19"]),
    ("The truce brokered by Malaysia took effect at midnight.", ["04"]),
    ("Malaysia brokered a truce between Thailand and Cambodia.", ["04"]),
    # a present passive in a clause of future time: still to come (coder._pending_clause)
    ("Kyiv says its troops will stay put until the prisoners are released.", []),
    ("Before the accord is signed, both sides must pull back their artillery.", []),
    ("The rebels withdrew from the town before the deal was signed.", ["05", "08"]),
    # an act put off after a relative clause, or a compound act noun put off (coder._cancelled_after)
    ("A visit by the Chinese premier that was planned for May has been postponed.", []),
    ("The prisoner swap between Russia and Ukraine has been postponed.", []),
    ("A prisoner exchange between Armenia and Azerbaijan took place on Tuesday.", ["08"]),
    # weather as the subject of a violent verb (coder._natural_force_subject)
    ("A mass of frigid air and a cold front invaded the northern plains overnight.", []),
    ("Blizzards ambushed climbers on the upper slopes of Denali.", []),
    ("Gale-force winds attacked the coastline for a third day.", []),
    ("The Polisario Front attacked Moroccan positions near Mahbes.", ["18"]),
    ("Militants ambushed a convoy during a blizzard in the mountains.", ["18"]),
    # a barrage of non-munitions (coder._barrage_without_munitions)
    ("The telescope recorded a barrage of gamma-ray flashes from the dying star.", []),
    ("The company faced a barrage of lawsuits from shareholders.", []),
    ("Hamas fired a barrage of rockets at Tel Aviv.", ["19"]),
    ("An artillery barrage hit the outskirts of Kherson overnight.", ["19"]),
    # an act as the topic of a work of culture (coder._work_topic)
    ("A documentary about the shelling of Mariupol's theatre won the top prize at Berlin.", []),
    ("Her novel about the siege of Sarajevo has been translated into 20 languages.", []),
    ("Israeli forces began the demolition of Palestinian homes in Masafer Yatta.", ["17"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_roots(text, expected):
    got, evs = _roots(text)
    assert got == expected, [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]

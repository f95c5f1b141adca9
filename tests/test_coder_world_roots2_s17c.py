"""World-news classes of general_phrasings split "dev15" (session 17, second round; roots 11-20 and near-misses), on
new sentences: formal "representations" lodged by a foreign ministry (disapprove.representations), the cause of
another act after "over" with a named owner or an act noun before it (coder._cause_of_other), internet access
shut down in the passive (coerce.censor), customers cut off by an outage (no blockade); and false events: a war or
battle of prices or courts (grammar.yaml figurative_contest_*), abstract invaders (fight.invade), a market's
counter-attack and its trading session, a work that narrates an act (work_narration_*), a passive act as the
reference point of "N years after". Each sentence lists the CAMEO roots it must produce, exactly ([] for none)."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_root"] for e in evs}), evs


CASES = [
    # formal representations: a diplomatic complaint (disapprove.representations), an adjective required
    ("Beijing lodged solemn representations with Tokyo over the remarks.", ["11"]),
    ("The Chinese foreign ministry made stern representations to the US side.", ["11"]),
    ("China's embassy lodged strong representations with Canberra over the intercept.", ["11"]),
    ("Residents lodged representations with the planning inspector.", []),
    ("The union made representations to the board about pay.", []),
    # the cause after "over": a named owner between, an act noun before it ("The recall ... was announced over")
    ("Algiers recalled its ambassador from Paris over France's backing of Morocco's autonomy plan.", ["16"]),
    ("The recall of Morocco's ambassador from Algiers was announced on Monday over Algeria's backing of the Polisario's"
     " bid for independence.", ["16"]),
    ("Beijing lodged solemn representations with Manila over the arrest of four Chinese nationals.", ["11"]),
    # near-misses: no cause preposition, no other act, or the act noun is the sentence's own news
    ("The suspension of the ceasefire talks was announced over Israel's bombing of Gaza.", ["18"]),
    ("France announced its backing of Morocco's plan over the weekend.", ["05"]),
    ("Russia's shelling of Kharkiv killed five people, officials said.", ["19"]),
    ("Protesters marched in Rabat over the shelling of Gaza.", ["14"]),
    # internet access shut down in the passive (coerce.censor); customers cut off are no siege
    ("Internet access was shut down across Manipur by the state government on Friday.", ["17"]),
    ("Internet services were suspended in Balochistan by the authorities ahead of the rally.", ["17"]),
    ("The junta shut down internet access nationwide, cutting off banks and businesses.", ["17"]),
    ("Internet access was restored in Tigray after two years.", []),
    ("A cable fault cut off thousands of subscribers in Lagos.", []),
    ("Russian forces cut off the town from the west.", ["19"]),
    ("The siege cut off thousands of households from water.", ["19"]),
    ("The army cut off supply lines to the besieged city.", ["19"]),
    # a war or battle of prices or courts is no fighting (figurative_contest_*)
    ("Supermarkets in France are fighting a price war over milk.", []),
    ("Beijing and Washington fought a bruising trade war in 2019.", []),
    ("The company fought a long legal battle with regulators in Brussels.", []),
    ("Airlines fought a fare war on transatlantic routes.", []),
    ("Rival gangs fought a turf war in the slums of Port-au-Prince.", ["19"]),
    ("The two militias fought a proxy war in Yemen.", ["19"]),
    ("Troops fought a fierce battle for the airport.", ["19"]),
    # abstract invaders (fight.invade clause_exclusions)
    ("Inflation invaded every corner of the Turkish family budget.", []),
    ("Doubt invaded the minds of investors.", []),
    ("Russia invaded Ukraine in 2022, sending inflation soaring.", ["19"]),
    ("Russia invaded Ukraine amid fears of a wider war.", ["19"]),
    # a market's counter-attack and its trading session
    ("Nvidia's shares staged a strong counter-attack in late trading.", []),
    ("European stocks advanced 2% in early trading on Monday.", []),
    ("Shares in Rheinmetall jumped 5% in early trading.", []),
    ("Russian troops advanced on Pokrovsk on Monday.", ["19"]),
    ("Shares in defence companies jumped after Russia's attack on Kyiv.", ["18"]),
    ("China and Vietnam are trading more than ever.", ["06"]),
    # a work that narrates an act (work_narration_*); a report or a witness telling how is news
    ("The former minister's memoir recounts how he was arrested at Minsk airport.", []),
    ("A new documentary depicts how soldiers burned the village of Tantura in 1948.", []),
    ("The novel portrays how militias attacked a convoy in the Balkans.", []),
    ("The UN report describes how troops detained hundreds of men in Bucha.", ["17"]),
    ("Witnesses told how soldiers detained dozens of men.", ["17"]),
    ("The book tells how soldiers detained her father; police detained ten people on Monday.", ["17"]),
    # a passive act as the reference point of "N years after"
    ("A decade after the Oslo Accords were signed, few in Gaza remember the ceremony.", []),
    ("Twenty years after the peace agreement was signed, Aceh remains calm.", []),
    ("The agreement was signed in Doha on Saturday.", ["05"]),
    # (a passive whose object stands before "since" is the sentence's own act)
    ("Eight fishermen held by India since the March clashes were handed back at the Wagah crossing.", ["08"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_world_roots2_s17c(text, expected):
    got, evs = _roots(text)
    assert got == sorted(expected), [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]

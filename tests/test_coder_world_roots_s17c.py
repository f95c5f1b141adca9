"""World-news classes of general_phrasings split "dev15" (session 17, second round; roots 01-08), on new sentences:
condolences conveyed or sent (statement.condolences, 016, also in the passive with its "by" doer), an appeal told as a
noun issued or made (appeal.issued, its "for" phrase before a passive), an appeal to allies or donors no actor names
(coder._unnamed_addressee), aid loans resumed (aid.economic_resume), joint drills getting under way with their parties
named after the noun (cooperate.military_underway, pattern subject_prepositions), relief goods flown in
(aid.humanitarian_flown), captives released whose captivity is told by a reduced relative before the passive ("held
in Iran since January were freed": grammar.yaml subject_relative_captive_participles); and near-misses in other
senses of the same words. Each sentence lists the CAMEO roots it must produce, exactly ([] for none)."""
import pytest

from pipeline.coding import code_article


def _roots(text):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return sorted({e["cameo_root"] for e in evs}), evs


CASES = [
    # condolences conveyed: an empathetic comment (016)
    ("Indian Prime Minister Narendra Modi conveyed his condolences to the people of Nepal after the landslide.", ["01"]),
    ("Deep condolences were sent to the Turkish people by the Greek foreign minister.", ["01"]),
    ("Putin sent a message of condolence to Iran's supreme leader after the helicopter crash.", ["01"]),
    ("The Japanese emperor expressed sympathy for the victims of the floods in Libya.", ["01"]),
    ("Mourners queued to sign a book of condolences outside the embassy.", []),
    ("The finance minister offered to resign over the scandal.", ["03"]),
    # an appeal issued as a noun (020)
    ("The African Union issued an urgent appeal for restraint after the border clashes.", ["02"]),
    ("An appeal for an immediate ceasefire around Goma was issued by the Security Council on Friday.", ["02"]),
    ("A joint appeal to the warring parties was made by Egypt and Qatar.", ["02"]),
    ("The Pope renewed his appeal for peace in the Middle East.", ["02"]),
    ("The defendant's lawyers lodged an appeal against the verdict.", []),
    ("An appeal for witnesses was issued by police after the robbery.", []),
    ("The club issued an appeal to fans to stay away from the final.", []),
    # an appeal to an unnamed class of states (020, no target)
    ("Zelensky Urges Allies to Send More Patriot Batteries", ["02"]),
    ("Guterres urged the international community to step up funding for Sudan.", ["02"]),
    ("The Afghan central bank called on donors to unfreeze its reserves.", ["02"]),
    ("Police urged residents to stay indoors during the storm.", []),
    ("The manager urged his players to stay focused.", []),
    # aid loans resumed (071; 03 under an intent cue)
    ("Japan will resume yen loans to Myanmar once its debt restructuring is complete.", ["03"]),
    ("The World Bank resumed lending to Ethiopia on Thursday.", ["07"]),
    ("The IMF and Pakistan resumed talks on a loan.", ["04"]),
    ("Greece resumed payments on its loans in March.", []),
    ("Banks resumed loans to small businesses after the lockdown.", []),
    # joint drills getting under way, the parties named after the noun (062)
    ("Joint military exercises involving Russian and Belarusian troops got under way in Belarus on Friday.", ["06"]),
    ("Joint drills between the Indian and French navies got underway in the Arabian Sea.", ["06"]),
    ("Military drills by China got under way around Taiwan.", []),
    ("The trial of the former president got under way in Paris.", []),
    ("Construction of the new stadium got under way in May.", []),
    # relief goods flown in (073)
    ("The World Food Programme flew 30 tonnes of food into Juba on Sunday.", ["07"]),
    ("Some 12 tonnes of medical supplies were flown into Gaza by the UAE.", ["07"]),
    ("The Turkish air force flew humanitarian aid to Beirut.", ["07"]),
    ("Qatar flew aid workers out of Kabul on a military plane.", []),
    ("The airline flew tonnes of cargo to Shanghai.", []),
    ("The president flew to Nairobi on Sunday.", []),
    # captives freed, their captivity a reduced relative before the passive (0841)
    ("Three French sailors detained in Yemen since March were released on Sunday.", ["08"]),
    ("Two journalists jailed in Belarus for three years have been freed, their employer said.", ["08"]),
    ("Two aid workers held in Mali since 2022 were sentenced to ten years.", []),
    ("Two British tourists arrived in Iran in January and stayed for a week.", ["04"]),
]


@pytest.mark.parametrize("text, roots", CASES)
def test_world_roots(text, roots):
    got, evs = _roots(text)
    assert got == roots, [(e["cameo_code"], e["rule"], e["trigger_text"]) for e in evs]

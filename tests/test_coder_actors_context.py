"""Actors resolved from article context: descriptions of a breakaway entity's government,
compound sources, and non-labor "workers"."""
from pipeline.coding import code_article


def _events(text, published="2021-06-15"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _sources(events, code_prefix):
    return {e["actor1_code"] for e in events if (e["cameo_code"] or "").startswith(code_prefix)}


def test_separatist_leaders_take_the_named_entity():
    ev = _events("Abkhazia held a parliamentary vote in March. The separatist leaders signed a trade "
                 "agreement with Venezuela on Tuesday.")
    assert "ABKGOV" in _sources(ev, "057")
    assert "GOV" not in _sources(ev, "057")


def test_plural_description_stands_for_both_entities():
    ev = _events("Officials in the LNR and the DNR prepared new passports. The heads of the two republics "
                 "signed a memorandum with Belarus in Minsk.")
    assert {"DPRGOV", "LPRGOV"} <= _sources(ev, "057")


def test_singular_description_takes_the_nearest_entity():
    ev = _events("Tiraspol hosted a forum on trade. The breakaway region's leader signed a customs deal "
                 "with Russia.")
    assert _sources(ev, "057") == {"PMRGOV"}


def test_occupation_administration_in_zaporizhzhia_stays_russian():
    ev = _events("In occupied Melitopol, the occupation authorities signed a decree with Moscow on schools.",
                 published="2023-03-01")
    assert "DPRGOV" not in _sources(ev, "057") and "LPRGOV" not in _sources(ev, "057")


def test_description_without_any_entity_is_untouched():
    ev = _events("The rebel leaders signed a ceasefire with the government of Sudan.")
    assert not any(c and c[:3] in {"DPR", "LPR", "ABK", "SOS", "PMR", "NKR"} for c in _sources(ev, "057"))


def test_reporters_of_a_plural_pronoun_are_all_sources():
    ev = _events("Austria, Spain and Italy said they would not recognize the vote in Tskhinvali.")
    assert {"AUT", "ESP", "ITA"} <= _sources(ev, "12")


def test_compound_subject_gives_one_event_per_source_with_same_target():
    ev = _events("Canada and Japan imposed sanctions on Belarus.")
    pairs = {(e["actor1_code"][:3], (e["actor2_code"] or "")[:3]) for e in ev if e["cameo_code"].startswith("16")}
    assert {("CAN", "BLR"), ("JPN", "BLR")} <= pairs and ("CAN", "JPN") not in pairs


def test_aid_and_rescue_workers_are_not_labor_migration():
    ev = _events("Humanitarian workers arriving in occupied Mariupol were questioned. Red Cross staff were "
                 "brought to occupied Nova Kakhovka.", published="2023-02-01")
    assert not any("labor_migration" in e["themes"] for e in ev)
    ev = _events("Russia brought hundreds of workers from Uzbekistan to occupied Mariupol.",
                 published="2023-02-01")
    assert any("labor_migration" in e["themes"] for e in ev)


def _recognition(events):
    return [(e["actor1_country"], e["actor2_country"]) for e in events if e["cameo_code"] == "054"]


def test_mission_owner_is_the_doer_when_nobody_else_is():
    # no subject opens the mission: the state whose mission it is extends recognition
    assert _recognition(_events("An honorary consulate of Abkhazia was opened in Luhansk on Monday.")) == [("ABK", None)]
    assert ("BLR", None) in _recognition(_events(
        "Belarus's trade mission will be set up in Simferopol next year, the head of Crimea said."))
    assert ("VEN", None) in _recognition(_events(
        'A Venezuelan "embassy" was inaugurated in occupied Donetsk, pro-Russian media reported.'))


def test_mission_owner_does_not_replace_a_named_doer():
    # the doer named before the trigger keeps the source; the owner is not moved there
    ev = _recognition(_events("Russia opened a consulate of South Ossetia in Sevastopol on Friday."))
    assert ev and all(a1 == "RUS" for a1, _ in ev)


def _dyads(events, code, sentence=None):
    return {(e["actor1_country"], e["actor2_country"]) for e in events
            if e["cameo_code"] == code and sentence in (None, e["sentence_index"])}


def test_plural_entity_phrase_after_the_trigger_is_every_entity_named_before():
    ev = _events("Nicaragua recognized Abkhazia and South Ossetia in 2008. Managua later established "
                 "diplomatic relations with the two republics.", published="2009-06-01")
    assert {("NIC", "ABK"), ("NIC", "SOS")} <= _dyads(ev, "054", sentence=1)


def test_singular_entity_phrase_is_the_last_entity_named():
    ev = _events("Transnistria held a vote in May. Russia then opened a consulate in the republic.",
                 published="2021-06-01")
    assert ("RUS", "PMR") in _dyads(ev, "054", sentence=1)


def test_republic_of_is_a_name_not_an_entity_anaphor():
    ev = _events("South Ossetia was mentioned in the talks. Latvia signed a treaty with the Republic of Moldova.")
    assert not any(b == "SOS" for _, b in _dyads(ev, "057"))


def test_coordinated_verb_shares_the_subject():
    ev = _events("The DPR held a forum. Caracas said it would establish relations with the republic and "
                 "open an embassy in Donetsk soon.", published="2022-06-01")
    assert ("VEN", "DPR") in _dyads(ev, "054", sentence=1)
    opened = [e for e in ev if e["rule"] == "recognition.open_mission"]
    assert opened and all(e["actor1_country"] == "VEN" for e in opened)

"""Clause, scope and role rules of the coder, with the real dictionaries (no stand-ins).

Each test states a general rule with sentences of our own; the rule must hold on any wire copy.
"""

import pytest

from pipeline.coding import code_article


def code(text, title=None, published="2023-09-17"):
    art = {"article_id": "t", "text": text, "published": published}
    if title:
        art["title"] = title
    return code_article(art)


def roots(events):
    return {e["cameo_root"] for e in events}


@pytest.mark.parametrize("text", [
    "Supplies went to the occupying forces in the south.",
    "Villagers hid from the invading troops for a week.",
])
def test_attributive_participle_is_not_an_event(text):
    assert not [e for e in code(text) if e["cameo_root"] in {"18", "19", "20"}]


@pytest.mark.parametrize("text", [
    "None of the member states of the European Union recognised the vote.",
    "No country has recognized the annexation.",
])
def test_negative_subject_turns_recognition_into_denial(text):
    events = code(text)
    assert events and all(e["recognition_stance"] == "deny" for e in events)
    assert "05" not in roots(events)


def test_conditional_clause_is_hypothetical():
    events = code("If Belarus recognised Abkhazia, Georgia would sever relations, officials warned.")
    assert "05" not in roots(events)


def test_denied_report_is_a_rejection_not_an_opening():
    events = code("The Kremlin denied reports that it planned to open an embassy in Tiraspol.")
    assert events and "05" not in roots(events)
    assert all(e["recognition_stance"] == "deny" for e in events if e["themes"])


def test_hedged_act_is_not_coded():
    assert not code("Analysts said Belarus was unlikely to open a consulate in Sukhumi soon.")


def test_meeting_alone_is_not_recognition_but_meeting_a_separatist_leader_is():
    plain = code("Vladimir Putin met Kim Jong Un in Vostochny on September 13.")
    assert plain and not any("diplomatic_recognition" in e["themes"] for e in plain)
    entity = code("Kim Jong Un met the head of the DPR Denis Pushilin in Moscow on September 13.")
    assert any("diplomatic_recognition" in e["themes"] for e in entity)


def test_place_of_country_is_not_a_party():
    events = code("Russia signed agreements on the occupied territories of Ukraine with Belarus.")
    assert events and all(e["actor2_country"] != "UKR" and e["actor1_country"] != "UKR" for e in events)


def test_plural_leaders_resolve_to_the_last_two_people_and_code_both_directions():
    events = code("Vladimir Putin hosted Kim Jong Un at a space port. After the meeting of the two leaders, "
                  "several agreements were signed.")
    signed = {(e["actor1_country"], e["actor2_country"]) for e in events if e["cameo_code"] == "057"}
    assert {("RUS", "PRK"), ("PRK", "RUS")} <= signed


def test_role_takes_the_country_of_the_place_it_is_in():
    events = code("Officials in Tiraspol asked Moscow to recognize Transnistria.")
    assert any(e["actor1_country"] == "PMR" for e in events)


def test_headline_restating_the_body_is_not_counted_twice():
    title = "Syria opens consulate in Donetsk"
    text = title + "\n\nSyria opened a consulate in occupied Donetsk on Monday, officials said."
    events = code(text, title=title)
    assert events and all(e["sentence_index"] != 0 for e in events)
    # a headline event the body does not have is kept
    other = code("Belarus opens consulate in Donetsk\n\nSyria opened a consulate in occupied Donetsk on Monday.",
                 title="Belarus opens consulate in Donetsk")
    assert any(e["sentence_index"] == 0 for e in other)


@pytest.mark.parametrize("text, verb", [
    ("Russia is preparing to open a consulate in occupied Donetsk.", "open"),
    ("North Korea is gearing up to send more construction workers to occupied Mariupol.", "send"),
    ("Nicaragua is poised to recognise the independence of Abkhazia.", "recognise"),
    ("The Syrian delegation is scheduled to visit Sukhumi next week.", "visit"),
    ("Minsk was about to open a trade mission in Luhansk when the talks collapsed.", "open"),
])
def test_preparation_and_schedule_mark_the_act_planned(text, verb):
    """cues.yaml future: preparing, poised or scheduled to act is not the act (planned)."""
    events = [e for e in code(text) if verb in e["trigger_text"].lower()]
    assert events and all(e["planned"] for e in events)


def test_prepared_act_already_done_stays_done():
    (ev,) = [e for e in code("Russia prepared the paperwork and opened a consulate in occupied Donetsk.")
             if e["cameo_code"] == "054"]
    assert not ev["planned"]


@pytest.mark.parametrize("text, verb", [
    ("Troops preparing to attack Avdiivka were shelled by Ukrainian artillery.", "shelled"),
    ("Soldiers planning to storm the village were ambushed by partisans.", "ambushed"),
    ("Officials hoping to visit the plant were detained by the FSB.", "detained"),
])
def test_cue_infinitive_does_not_reach_the_main_clause_verb(text, verb):
    """triggers._main_verb_after_infinitive: an auxiliary after the cue's infinitive phrase opens the main
    clause: what the troops planned is planned, what happened to them happened."""
    (ev,) = [e for e in code(text) if e["trigger_text"].lower().endswith(verb) or e["trigger_text"].lower() == verb]
    assert not ev["planned"] and not ev["negated"]


def test_infinitive_own_auxiliaries_keep_the_cue():
    events = [e for e in code("Nicaragua is expected to have formally recognised Abkhazia by the end of the week.")
              if e["cameo_root"] == "05"]
    assert events and all(e["planned"] for e in events)


@pytest.mark.parametrize("text, rule", [
    # the subject of an active transitive verb is its doer, not its object
    ("South Ossetia had recognized the two entities years earlier.", "recognition.recognize"),
    ("Ukraine's delegation welcomed the vote as a sign of support.", "consult.host"),
])
def test_active_subject_is_not_the_object(text, rule):
    """triggers.find_matches: a pattern object before an active verb counts only for intransitive or
    subject-object patterns ("a consulate of Belarus could open", "workers arrived") or in a passive."""
    assert rule not in {e["rule"] for e in code(text)}


@pytest.mark.parametrize("text, rule", [
    ("A consulate of Belarus could open in Sukhumi next year.", "recognition.open_mission"),
    ("Abkhazia was recognized by Nicaragua in 2008.", "recognition.recognize"),
    ("Hundreds of workers from Uzbekistan arrived in occupied Mariupol.", "labor.workers_arrive"),
])
def test_object_before_verb_still_counts_where_it_is_the_patient(text, rule):
    assert rule in {e["rule"] for e in code(text)}


@pytest.mark.parametrize("text, pair", [
    ("Tuvalu announced the withdrawal of its recognition of Abkhazia.", ("TUV", "ABK")),
    ("Vanuatu has announced the de-recognition of Abkhazia.", ("VUT", "ABK")),
    ("Russia announced the opening of a consulate in Sukhumi.", ("RUS", "ABKGOV")),
])
def test_announced_event_noun_is_the_speakers_act(text, pair):
    """coder._roles_pair: the subject of "announced the <event noun>" does the act the noun names."""
    assert pair in {(e["actor1_code"], e["actor2_code"]) for e in code(text)}


def test_condemned_event_noun_is_not_the_speakers_act():
    assert "GEO" not in {e["actor1_code"] for e in code("Georgia condemned the opening of a consulate in Sukhumi.")
                         if e["cameo_root"] == "05"}


@pytest.mark.parametrize("text", [
    "So far, only North Korea and Syria have recognised the DPR.",
    "To date, just five UN members have recognised the independence of Abkhazia.",
    "Nicaragua recognised Abkhazia in 2008. Since then, only Nauru and Syria have followed suit.",
])
def test_running_tally_is_no_new_act(text):
    """coder._running_tally: a perfect summed up to now restates acts of other days."""
    assert not [e for e in code(text) if e["cameo_root"] == "05" and e["event_date"] == e["published"]]


@pytest.mark.parametrize("text", [
    "Syria has recognised the DPR, the foreign ministry said.",
    "Occupation officials in Melitopol said they had issued 1,200 work permits to foreign citizens since January.",
])
def test_news_perfect_and_tally_from_a_named_start_stay_events(text):
    assert code(text)


@pytest.mark.parametrize("text", [
    "On the anniversary of the invasion, Russian missiles struck Kyiv.",
    "Ukraine marked the anniversary of the invasion as Russian drones attacked Odesa.",
    "On the anniversary of the war Russia attacked Kyiv.",
])
def test_new_act_beside_a_commemoration_stays(text):
    """coder._commemorated: only an event noun heading the commemoration's of-phrase is remembered."""
    assert {e["cameo_root"] for e in code(text)} & {"18", "19"}


@pytest.mark.parametrize("text", [
    "No UN member state, including Russia, recognises Transnistria's independence.",
    "No country, not even Russia, has recognised Transnistria.",
])
def test_inclusion_keeps_the_negative_subject(text):
    """grammar.yaml negative_subject_inclusions: the included state is one of "no state": a denial."""
    events = [e for e in code(text) if "diplomatic_recognition" in e["themes"]]
    assert events and all(e["recognition_stance"] == "deny" for e in events)


def test_exception_to_a_negative_subject_is_a_tally_not_a_denial():
    """negative_subject_exceptions: "No member ... except North Korea and Syria has recognised" says they
    did (long ago): no denial by them, and no grant dated today."""
    assert not code("No member of the United Nations except North Korea and Syria has recognised the annexation.")


@pytest.mark.parametrize("text, root", [
    ("A man with no criminal record attacked worshippers at a mosque in Christchurch.", "18"),
    ("Gunmen with no known affiliation attacked a police station in Kano.", "18"),
    ("Russian forces, meeting no resistance, occupied the village.", "19"),
    ("Rescuers pulled the victims of the missile strike from the rubble in Dnipro.", "19"),
    ("Russia has launched 40 drones at Kyiv overnight so far, officials said.", "19"),
])
def test_act_beside_a_negated_or_remembered_phrase_stays(text, root):
    """A "no" on the subject's modifier, a plain report of victims, a count of the day: events."""
    events = [e for e in code(text) if e["cameo_root"] == root]
    assert events and not any(e["negated"] for e in events)


def test_soldiers_protest_in_the_street_a_state_protests_diplomatically():
    assert {e["cameo_code"] for e in code("Russian soldiers protested over unpaid wages in Belgorod.")} == {"141"}
    assert "111" in {e["cameo_code"] for e in code("Georgia protested against the visit.")}


@pytest.mark.parametrize("text, source, stance", [
    ("Nicaragua, seeking to boost ties with Moscow, recognised Abkhazia.", "NIC", "grant"),
    ("Syria, backed by Russia, recognised the DPR.", "SYR", "grant"),
    ("The DPR is working to strengthen international recognition of the republic.", "DPR", "seek"),
])
def test_participial_aside_and_aims(text, source, stance):
    """A participial aside after the subject is no party and no cue for the main verb; an aim seeks only
    the recognition noun right after it (grammar.yaml seek_aim_frames)."""
    (ev,) = [e for e in code(text) if "diplomatic_recognition" in e["themes"]]
    assert ev["actor1_code"] == source and ev["recognition_stance"] == stance


@pytest.mark.parametrize("text", [
    "Only Russia, Nicaragua, Venezuela, Nauru and Syria currently recognise Abkhazia.",
    "Only five UN members recognise the independence of Abkhazia.",
    "Syria still recognises the DPR as an independent state.",
])
def test_standing_recognition_is_no_act(text):
    """coder._standing_status: a present-tense recognition with a status marker or an opening "only"."""
    assert not [e for e in code(text) if e["recognition_stance"] == "grant"]


@pytest.mark.parametrize("text, stance", [
    ("Syria recognises the DPR.", "grant"),
    ("Nicaragua now recognises Abkhazia, its foreign ministry said.", "grant"),
    ("Belarus still does not recognise Crimea as Russian.", "deny"),
])
def test_news_recognition_and_stated_denials_stay(text, stance):
    assert stance in {e["recognition_stance"] for e in code(text)}


@pytest.mark.parametrize("text, code_", [
    ("Ukraine shot down 30 drones after Russia launched a massive attack.", "180"),  # a cause with its own verb
    ("Ukraine welcomed Turkey's offer to mediate and attacked Russian positions near Bakhmut.", "180"),
    ("Supporters of the president clashed with opposition activists.", "145"),  # a fight, not words
    ("Iran vowed to retaliate against Israel.", "138"),
    ("Police rounded the activists up the next day.", "173"),
    ("Only a day later, Syria recognises the DPR.", "054"),
])
def test_review_near_misses_keep_their_events(text, code_):
    """Events the final review found lost by the background-cause, proposal, verbal-clash, retaliation,
    split-particle and standing-status rules."""
    assert code_ in {e["cameo_code"] for e in code(text)}


@pytest.mark.parametrize("text, code_", [
    ("China vowed to retaliate against new US tariffs.", "138"),
    ("Diplomats clashed over the wording of the treaty.", "190"),
    ("A Chinese ship cut the undersea cable off the coast of Finland.", "191"),
])
def test_review_near_misses_stay_uncoded(text, code_):
    assert code_ not in {e["cameo_code"] for e in code(text)}


@pytest.mark.parametrize("text", [
    "Putin praised Russian troops fighting in occupied Mariupol.",
    "Zelensky thanked the soldiers defending Bakhmut.",
    "Ukraine welcomed Turkey's offer to mediate and attacked Russian positions near Bakhmut.",
])
def test_praise_in_an_occupied_place_is_no_recognition(text):
    """themes.yaml party_codes: support and praise (050, 051) are recognition only with an entity party."""
    assert not [e for e in code(text) if e["cameo_root"] == "05" and e["themes"]]


def test_praise_of_an_entity_is_recognition():
    assert [e for e in code("Putin praised the DPR's leader Denis Pushilin.")
            if e["cameo_code"] == "051" and "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text", [
    "The UN General Assembly called on all states not to recognize any alteration of the status of Crimea.",
    "Kyiv urged its partners not to recognise the annexation of the four regions.",
])
def test_appeal_not_to_recognise_is_an_appeal_with_a_denial(text):
    """triggers._apply_cues: an appeal cue before "not to" makes the act the appeal (02), stance deny."""
    events = [e for e in code(text) if "diplomatic_recognition" in e["themes"]]
    assert events and all(e["cameo_root"] == "02" and e["recognition_stance"] == "deny" for e in events)


@pytest.mark.parametrize("text, code_, stance", [
    ("Georgia urged the Central African Republic to reverse its decision to open a consulate in Sukhumi.", "0211", "deny"),
    ("The Central African Republic reversed its decision to open a consulate in Sukhumi.", "120", "deny"),
    ("Abkhaz leaders renewed their plea for Moscow to recognise the republic's new borders.", "0211", "seek"),
    ("Abkhazia continued its bid for international recognition.", "0211", "seek"),
])
def test_reversed_decisions_and_appeal_nouns(text, code_, stance):
    """cues.yaml negation ("reverse its decision to"), recognition.seek ("plea for", "bid for")."""
    assert (code_, stance) in {(e["cameo_code"], e["recognition_stance"]) for e in code(text)}


@pytest.mark.parametrize("text, rule", [
    ("Minsk became sister cities with occupied Donetsk, the city's Russian-installed mayor said.", "recognition.twin_cities"),
    ("The presidents of Abkhazia and South Ossetia put their signatures to a treaty of friendship.", "support.sign"),
])
def test_twinning_and_signatures(text, rule):
    assert [e for e in code(text) if e["rule"] == rule and "diplomatic_recognition" in e["themes"]]


@pytest.mark.parametrize("text", [
    "Mogilev and occupied Melitopol signed a twinning agreement.",
    "More than 300 labour migrants left occupied Mariupol after firms stopped paying wages.",
    "Trains now run between Berdyansk and occupied Melitopol.",
])
def test_place_participle_in_a_list_or_object_is_no_occupation(text):
    """coder._attributive_participle: "occupied" before a place after "and" in a list of places, or after a
    past verb, is an adjective."""
    assert not [e for e in code(text) if e["rule"] == "fight.occupy"]


def test_coordinated_occupation_verb_stays():
    assert [e for e in code("Russian troops shelled Kherson and occupied Melitopol.") if e["rule"] == "fight.occupy"]

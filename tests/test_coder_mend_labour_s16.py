"""Mends of review m1 (s16 labour rules, judged visits, guest nouns reaching back, support.sign 'ink'): the
reviewer's regression sentences and new variants written for this file, each block with the intended positives
that must still fire and the regressions that must not come back. Findings are numbered as in the review."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _rules(text):
    return [e["rule"] for e in _code(text)]


def _themed(text, rule=None):
    return [e for e in _code(text) if "labor_migration" in e["themes"] and (rule is None or e["rule"] == rule)]


# -- finding 1: an economic cause that "pushed" people to take jobs is no coercer
# (labor.pressure_to_take_jobs clause_exclusions)
@pytest.mark.parametrize("text", [
    "Low wages in occupied Donetsk have pushed many young people to take jobs in Russia.",
    "Rising rents in occupied Crimea have pushed young families to take jobs in Moscow and St Petersburg.",
    "Unemployment pushed residents of the occupied territories to leave for work in Russia, a survey found.",
    "Poverty in occupied Luhansk has pushed hundreds of miners to take up jobs in Siberian mines.",
    "The economic crisis in occupied Kherson region pushed young men to take jobs in Krasnodar.",
])
def test_economic_push_is_no_coercion(text):
    assert "labor.pressure_to_take_jobs" not in _rules(text)


def test_economic_push_keeps_the_move_to_work():
    got = _themed("Unemployment pushed residents of the occupied territories to leave for work in Russia, a survey found.")
    assert [e["cameo_code"] for e in got] == ["061"]


@pytest.mark.parametrize("text", [
    "Graduates of medical colleges in occupied Luhansk are being pushed to take jobs in Russia's Far East.",
    "Unemployed residents of occupied Berdiansk are being pressured to take jobs in Rostov region, activists said.",
    "The occupation authorities pressured teachers in occupied Melitopol to take jobs in Crimean schools.",
])
def test_pressure_to_take_jobs_still_fires(text):
    got = _themed(text, "labor.pressure_to_take_jobs")
    assert got and got[0]["cameo_code"] == "170"


# -- finding 3: the noun "ink" is no signing (cues.yaml discard)
@pytest.mark.parametrize("text", [
    "The ink was barely dry on the ceasefire agreement when fighting resumed in Khartoum.",
    "The ink is hardly dry on the peace accord, and both sides already accuse each other of violations.",
    "The ministry's budget is deep in red ink after the trade deal collapsed.",
])
def test_ink_noun_is_no_signing(text):
    assert "support.sign" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan inked a peace deal.",
    "The occupation administration of Zaporizhzhia inked a cooperation memorandum with Belarus's Vitebsk region.",
    "Serbia and China will ink a free trade agreement next month.",
])
def test_ink_verb_still_signs(text):
    assert "support.sign" in _rules(text)


# -- finding 4: goods, sanitary, tax and sabotage checks are no labour control (labor.inspection_raid terms)
@pytest.mark.parametrize("text", [
    "Inspections of markets in occupied Simferopol found foreign-made goods without documents, the Russian-installed authorities said.",
    "Rospotrebnadzor inspected markets in occupied Crimea for foreign fruit sold without import documents.",
    "Health inspectors inspected a factory in occupied Berdiansk, checking permits and the registration of foreign equipment.",
    "FSB officers searched a warehouse in occupied Melitopol and found foreign passports and documents of a sabotage group.",
    "Tax police raided a car wash in occupied Mariupol and checked the registration documents of the business owned by an Uzbek national.",
    "Customs officers inspected warehouses in occupied Henichesk, checking documents for foreign-made products.",
])
def test_goods_and_tax_inspections_are_no_labour_control(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Labour inspectors and occupation police raided three building sites in Berdiansk, checking the papers of 200 workers from Uzbekistan.",
    "Police raided a hostel in occupied Luhansk where Tajik migrants lived, checking their patents.",
    "Migration officers inspected markets in occupied Melitopol, checking the documents of Uzbek traders.",
])
def test_migrant_inspections_still_fire(text):
    assert _themed(text, "labor.inspection_raid")


# -- finding 5: crews of firefighters and reporters are no labour; a bare labour noun is never non-labour
# (themes.yaml non_labor_modifiers; coder._non_labor_workers counts worker_arrival_nouns)
@pytest.mark.parametrize("text", [
    "Rescue workers and fire crews from Russia arrived in occupied Mariupol after the explosion.",
    "Firefighting crews from the Rostov region arrived in occupied Luhansk to put out the blaze at the depot.",
    "A TV crew from Moscow arrived in occupied Melitopol to report on the referendum.",
    "Sapper teams from Russia arrived in occupied Kherson region to clear mines.",
])
def test_fire_and_media_crews_are_no_labour(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Builders and repair crews from St Petersburg have arrived in occupied Mariupol.",
    "Welders and rescue workers from Russia arrived in occupied Mariupol.",
    "Electricians and emergency crews from the Moscow region arrived in occupied Luhansk.",
])
def test_bare_labour_noun_keeps_the_arrival(text):
    assert _themed(text, "labor.workers_arrive")


# -- finding 6: local work is no work elsewhere: the elsewhere word must name the place of work
# (labor.residents_sign_work_contracts object_complements / object_noncomplements)
@pytest.mark.parametrize("text", [
    "Students in occupied Luhansk signed contracts to work in the region's schools after graduation.",
    "Residents of occupied Mariupol signed contracts to work on restoring the city, the Russian-installed administration said.",
    "Nurses in occupied Melitopol signed contracts to work in the Russian-run city hospital for three years.",
    "Men in occupied Kherson region signed contracts to work for the Russian army as drivers.",
    "Graduates in occupied Berdiansk signed contracts to work at the local port, the Russian-appointed mayor said.",
])
def test_local_work_contracts_are_no_migration(text):
    assert "labor.residents_sign_work_contracts" not in _rules(text)


@pytest.mark.parametrize("text", [
    "1,100 DNR residents had signed contracts in December to work at defence enterprises in Tula Oblast.",
    "Graduates in occupied Luhansk signed contracts to work in hospitals in the Krasnodar region.",
    "Miners from occupied Horlivka have signed contracts to work in mines in Siberia.",
])
def test_work_contracts_elsewhere_still_fire(text):
    assert _themed(text, "labor.residents_sign_work_contracts")


# -- finding 7: the army must be what the job turned out to be, and not the offerer (labor.sham_job_offer
# phrase_terms, clause_exclusions)
@pytest.mark.parametrize("text", [
    "The army offered jobs to veterans and the scheme turned out to be popular.",
    "The military's offer of jobs to former rebels turned out to be a success, the army chief said.",
    "Hundreds of Indonesians lured by job offers in Thailand turned out to have been trafficked to scam compounds controlled by Myanmar's military.",
    "Indian men were promised jobs in Dubai that turned out to be scams, police said, adding that the army was not involved.",
    "Kenyan women were offered jobs in Saudi Arabia that turned out to be unpaid housework, a report on the military-run agency said.",
])
def test_sham_job_offer_near_misses(text):
    assert "labor.sham_job_offer" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Nepali men were offered jobs as security guards in Russia that turned out to be contracts with the Russian army.",
    "Cuban men were promised construction jobs that turned out to be army service.",
    "Recruiters lured Sri Lankan men with job offers in Russia that turned out to be combat roles at the front.",
])
def test_sham_job_offer_still_fires(text):
    got = [e for e in _code(text) if e["rule"] == "labor.sham_job_offer"]
    assert got and got[0]["cameo_code"] == "154"


# -- finding 8: "told" + a that-clause, a new subject or a modal is no order (labor.told_to_do_labour_duty
# gap_exclusions)
@pytest.mark.parametrize("text", [
    "The Kremlin-installed governor told the regional parliament in occupied Kherson that the budget for public works would double.",
    "The Russian-installed mayor of Melitopol told residents they could sign up for public works paying 20,000 roubles a month.",
    "The occupation head of Nova Kakhovka told reporters he would spend more money on public works.",
    "The Russian-appointed governor told local businesses it may hire residents for public works.",
])
def test_told_statements_are_no_labour_order(text):
    assert "labor.told_to_do_labour_duty" not in _rules(text)


@pytest.mark.parametrize("text", [
    "All men of working age in occupied Oleshky were told to sign up for labour duty or lose their ration cards.",
    "The occupation commandant told residents of occupied Horlivka to report for labour service.",
    "The commandant's office in occupied Horlivka told local men to report for labour service at the station.",
])
def test_told_to_do_labour_duty_still_fires(text):
    assert _themed(text, "labor.told_to_do_labour_duty")


# -- finding 9: observers, reporters and organisations allowed to work do no labour (labor.work_rule
# sentence_exclusions)
@pytest.mark.parametrize("text", [
    "Under the law, foreign observers will be able to work in the so-called DPR during the vote.",
    "Under the new resolution, foreign NGOs will be permitted to work in occupied Kherson only after registering with Moscow.",
    "Under the decree, foreign journalists will be allowed to work in occupied Zaporizhzhia region only with a military escort.",
])
def test_work_rule_for_non_workers(text):
    assert "labor.work_rule" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Under a new decree, migrants who hold a Russian work patent will be able to work in occupied Zaporizhzhia region without a separate permit.",
    "Under the new rules, foreign citizens with Russian patents will be able to work in occupied Crimea for three years.",
])
def test_work_rule_still_fires(text):
    assert _themed(text, "labor.work_rule")


# -- finding 10: volunteers' and rescuers' need of hands is no labour need (labor.labour_need sentence_exclusions)
@pytest.mark.parametrize("text", [
    "Volunteers in occupied Luhansk said they needed extra hands to sort donations for the troops.",
    "The Russian-installed governor said rescuers in occupied Donetsk needed more hands to clear the rubble after the strike.",
    "A charity in occupied Melitopol needs more hands to hand out food parcels, its head said.",
])
def test_helpers_need_no_labour(text):
    assert "labor.labour_need" not in _rules(text)


@pytest.mark.parametrize("text", [
    "Hotels in occupied Crimea would need about 8,000 extra hands this summer, the peninsula's tourism ministry said.",
    "Farms in occupied Zaporizhzhia region lack some 3,000 working hands for the harvest, the occupation administration said.",
])
def test_labour_need_hands_still_fires(text):
    assert _themed(text, "labor.labour_need")


# -- finding 11: a leader receiving workers at a residence or ceremony meets them (labor.receive_workers
# sentence_exclusions)
@pytest.mark.parametrize("text", [
    "The Russian-installed head of the DPR, Denis Pushilin, received workers from the Azovstal plant at his residence.",
    "The occupation governor of Kherson region received builders from Dagestan at a ceremony and awarded them medals.",
    "The DPR's Shakhtar academy accepted migrants from the Congo into its youth team.",
])
def test_receiving_workers_as_guests_is_no_labour(text):
    assert "labor.receive_workers" not in _rules(text)


@pytest.mark.parametrize("text", [
    "The Donetsk People's Republic will receive 1,500 workers from Tajikistan next year to rebuild schools in Mariupol.",
    "The Russian-installed administration of occupied Mariupol expects to receive 500 builders from Dagestan by summer.",
])
def test_receive_workers_still_fires(text):
    assert _themed(text, "labor.receive_workers")


# -- finding 12: a long origin subject owned by a head noun is no subject (triggers._owned_object,
# grammar.yaml owned_object_prepositions / collective_heads)
@pytest.mark.parametrize("text", [
    "The bodies of workers from the Azovstal steel plant had been brought to the morgue in Donetsk.",
    "Children of workers from other regions of Russia have been brought to camps in occupied Crimea.",
    "Reports of abuse of workers from Central Asian countries had also been sent to the ombudsman in occupied Donetsk.",
    "The families of builders from other regions of Russia had already been brought to occupied Mariupol.",
    "Complaints about migrants from the Central Asian republics have been sent to the occupation prosecutor in Melitopol.",
])
def test_owned_worker_noun_is_no_subject(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Builders from other regions of Russia had been brought to occupied Mariupol.",
    "Hundreds of builders from other regions of Russia had been brought to occupied Mariupol.",
    "Teams of workers from the Central Asian republics have already been brought to occupied Melitopol.",
])
def test_long_origin_subject_still_brought(text):
    assert _themed(text, "labor.bring_workers")


# -- finding 13: a judged visit's destination is no target; a crossing and fans' judgements are no judged visit
# (coder._judged_visit_targets, disapprove.judged_visit judged_terms / sentence_exclusions)
@pytest.mark.parametrize("text, target", [
    ("Critics described the prime minister's trip to the Maldives as an outrage.", "MDV"),
    ("Opposition lawmakers described the president's visit to Saudi Arabia as a disgrace.", "SAU"),
    ("The newspaper called the foreign minister's trip to Venezuela a mistake.", "VEN"),
])
def test_judged_visit_destination_is_no_target(text, target):
    got = [e for e in _code(text) if e["rule"] == "disapprove.judged_visit"]
    assert all(e["actor2_code"] != target for e in got)


@pytest.mark.parametrize("text", [
    "Fans branded the team's tour of Australia a farce after three defeats.",
    "Police described the journey of the migrants across the Channel as illegal.",
    "Supporters described the squad's trip to Qatar as an insult after the hotel was changed.",
])
def test_no_judged_visit_for_crossings_and_fans(text):
    assert "disapprove.judged_visit" not in _rules(text)


@pytest.mark.parametrize("text, judge, visitor", [
    ("Ukraine's foreign ministry described the Malian visit as a provocation.", "UKR", "MLI"),
    ("Georgia's foreign ministry described the trip of the Nicaraguan lawmakers as a gross violation.", "GEO", "NIC"),
])
def test_judged_visit_keeps_the_visitors(text, judge, visitor):
    got = [e for e in _code(text) if e["cameo_code"] == "111"]
    assert got and got[0]["actor1_code"].startswith(judge) and (got[0]["actor2_code"] or "").startswith(visitor)


# -- finding 2: "the visitors" / "the guests" in a match report reach back one sentence only
# (coder._sports_story, grammar.yaml visitor_noun_sports_words)
@pytest.mark.parametrize("text", [
    "Ukraine's national team travelled to Tbilisi on Tuesday. Georgia's coach praised the squad. The match ended 1-1. "
    "The visitors attacked relentlessly after the break.",
    "Ukraine's national team travelled to Tbilisi on Tuesday. Georgia's coach praised the squad. The match ended 1-1. "
    "The visitors accused the referee of bias.",
    "Poland's national team travelled to Moldova for the qualifier. The hosts went ahead in the 20th minute. "
    "Poland equalised. The guests then criticised the referee.",
])
def test_match_report_visitors_are_no_country(text):
    last = [e for e in _code(text) if e["cameo_code"][:2] in ("11", "18")]
    assert last and all(e["actor1_code"] in (None, "") for e in last)


def test_political_guests_still_reach_back():
    text = ("A delegation of Abkhaz officials arrived in Tskhinvali on Monday. According to the ministry, the sides "
            "discussed trade. The guests then travelled on to Java.")
    got = [e for e in _code(text) if e["trigger_text"].startswith("travelled")]
    assert got and (got[0]["actor1_code"] or "").startswith("ABK")


# -- finding 14: another state's occupation is no occupation context of the mission (coder._foreign_occupation,
# grammar.yaml mission_occupier_codes)
@pytest.mark.parametrize("text", [
    "Israeli soldiers forced Palestinian residents of the occupied West Bank to clear roads near a settlement.",
    "Turkish troops forced villagers in occupied northern Cyprus to clear roads for an army convoy.",
])
def test_other_occupations_are_no_labour_theme(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Russian soldiers forced residents of occupied Skadovsk to clear snow from roads used by military vehicles.",
    "Occupation troops compelled villagers near occupied Tokmak to clear roads for armoured vehicles.",
])
def test_mission_forced_tasks_still_fire(text):
    assert _themed(text, "labor.forced_tasks")

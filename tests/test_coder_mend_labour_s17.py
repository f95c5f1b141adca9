"""Session 17 mends of the review M-L findings (/tmp/s17/review_ml_report.md) on today's labour, geo and date
rules: each block names its finding. The reviewer's sentences plus new variants: regressions that must now be
right, and the rule's intended positives that must stay."""
import pytest

from pipeline.coding import code_article


def _code(text, published="2024-05-20"):
    return code_article({"article_id": "t", "published": published, "text": text})


def _rules(text, theme="labor_migration"):
    return {e["rule"] for e in _code(text) if theme in e["themes"]}


# -- finding 1: labor.office_for_migration's "local" exclusion only when "local" names the hired (a people noun:
# sentence_exclusion_phrases), not an attribution ("local media reported", "the local administration said") or a
# clock ("local time")
@pytest.mark.parametrize("text", [
    "The employment centre in occupied Mariupol has found jobs for 150 specialists from Russia, the local "
    "administration said.",
    "The employment centre in occupied Berdiansk placed 80 workers from Dagestan at the port, according to local "
    "officials.",
    "An employment centre in occupied Henichesk opened at 10 a.m. local time to register workers from other Russian "
    "regions.",
    "The employment centre in occupied Melitopol has recruited 200 builders from Russian regions, local media "
    "reported.",
    "The job centre in occupied Nova Kakhovka has signed up 60 welders from Bashkortostan, a local news site reported.",
])
def test_office_for_migration_with_local_attribution_is_coded(text):
    assert "labor.office_for_migration" in _rules(text), _code(text)


@pytest.mark.parametrize("text", [
    "On March 3, the employment centre in occupied Skadovsk held a job fair at which 30 local residents found work.",
    "The job centre in occupied Melitopol is hiring locals to clean the streets.",
    "The employment service in occupied Berdiansk said 120 local people had been placed in jobs at the port.",
    "The employment centre in occupied Tokmak found jobs for 45 local unemployed at the railway depot, local media "
    "reported.",
])
def test_office_for_migration_hiring_locals_is_not_coded(text):
    assert "labor.office_for_migration" not in _rules(text), _code(text)


# -- finding 2: labor.job_advert only as a verbless advert fragment (verbless: coder._verbless_fragments), not a
# report on shift work's pay or demand
@pytest.mark.parametrize("text", [
    "Wages for shift work in the new regions have fallen, according to a survey.",
    "Pay for shift work in the new regions has been cut to 90,000 roubles a month, Russian media reported.",
    "Demand for rotational work in the new regions has fallen as salaries in Russia rose.",
    "Shift work in the new regions has been paid at 120,000 roubles a month, the ministry said.",
])
def test_report_on_shift_work_is_no_advert(text):
    assert "labor.job_advert" not in {e["rule"] for e in _code(text)}, _code(text)


@pytest.mark.parametrize("text", [
    "Rotational work in the new territories: 150,000 roubles a month, free accommodation, apply via Telegram.",
    "Drivers wanted! Shift work in the new regions, 200,000 roubles per month, meals provided.",
    "Welders wanted: rotational work in the occupied regions of Ukraine, 180,000 roubles a month, housing provided.",
    "Shift work in the new regions - 170,000 roubles a month, meals and travel paid.",
    "Shift work in the new regions, 180,000 roubles a month, housing and meals, travel paid.",
])
def test_advert_fragment_is_coded(text):
    assert "labor.job_advert" in _rules(text), _code(text)


# -- finding 3: the "Plans to <act> ... were shelved" screen (coder._plan_called_off) only for real cancellations
# (plan_cancel_verbs), not negated, with the plan noun the subject (not "talks on a plan to"); a postponed or
# delayed plan is still a planned event
@pytest.mark.parametrize("text, rule", [
    ("Plans to bring 500 workers from Uzbekistan into occupied Mariupol have not been shelved, the mayor said.",
     "labor.bring_workers"),
    ("Plans to hire 500 workers from Uzbekistan for occupied Mariupol were delayed by a month but remain on track.",
     "labor.bring_workers"),
    ("A plan to recruit 2,000 workers from North Korea for occupied Donetsk has been postponed until spring.",
     "labor.bring_workers"),
    ("Plans to recruit 2,000 workers from North Korea for occupied Donetsk were postponed until June.",
     "labor.bring_workers"),
    ("Plans to recruit 2,000 workers from Tajikistan for occupied Melitopol were put off until next year.",
     "labor.bring_workers"),
    ("Talks on a plan to bring workers from Uzbekistan to occupied Luhansk were postponed.", "labor.bring_workers"),
    ("Talks on a plan to bring workers from Uzbekistan to occupied Luhansk were cancelled.", "labor.bring_workers"),
    ("Plans to bring workers from Tajikistan to occupied Melitopol were never cancelled, the official insisted.",
     "labor.bring_workers"),
])
def test_plan_not_called_off_stays_planned(text, rule):
    evs = [e for e in _code(text) if e["rule"] == rule]
    assert evs and all(e["planned"] for e in evs), _code(text)


@pytest.mark.parametrize("text", [
    "A proposal to open a consulate in Sukhumi has been postponed.",
    "Plans to open an embassy in Sukhumi were delayed because of the pandemic, Syrian officials said.",
])
def test_postponed_mission_plan_is_coded(text):
    assert "recognition.open_mission" in {e["rule"] for e in _code(text)}, _code(text)


@pytest.mark.parametrize("text", [
    "Plans to bring 1,000 North Korean builders into occupied Donetsk were shelved.",
    "A plan to recruit 300 welders from Kyrgyzstan for occupied Mariupol has been scrapped, the city administration "
    "said.",
    "Plans to build a bridge to bring workers into occupied Kherson were cancelled.",
    "A proposal to hire 400 Uzbek builders for occupied Mariupol was abandoned in March.",
])
def test_plan_called_off_is_not_coded(text):
    assert not _rules(text), _code(text)


def _place(text):
    evs = _code(text)
    assert evs, text
    return evs[0]["location_name"]


# -- finding 4: the closing attribution's place (coder._attribution_tail) yields only to a place that is no origin
# ("from X"): a firing position or home region is not where the act happened
@pytest.mark.parametrize("text, place", [
    ("Russian forces fired artillery from Crimea at the town, officials in Kherson said.", "Kherson"),
    ("Troops from Chechnya were deployed, the governor in Kherson said.", "Kherson"),
    ("Fighters from Dagestan attacked a checkpoint, the regional governor in Kherson said.", "Kherson"),
    # the rule's intent stays: another place that is a venue wins over the speaker's seat
    ("Police in Zugdidi arrested two men, the interior ministry in Tbilisi said.", "Zugdidi"),
    ("Russian border guards detained a shepherd near Dvani, the State Security Service in Tbilisi said.", "Dvani"),
    ("Troops fired on a village, officials in Moscow said.", "Moscow"),
])
def test_attribution_place_yields_to_venue_not_origin(text, place):
    assert _place(text) == place, _code(text)


# -- finding 5: a 'welcome' at a clause end is the verb after a subject pronoun, a modal or "to"
# (grammar predicate_adjective_verb_markers in triggers._predicate_adjective); the advert's adjective stays none
@pytest.mark.parametrize("text", [
    '"We welcome," Bzhania said of Syria\'s decision.',
    "Abkhazia will welcome, with gratitude, any state that recognises its independence.",
    '"They welcome," Gunba said of the Syrian move.',
    "South Ossetia would welcome, he said, any step toward recognition by Belarus.",
    "Abkhazia is expected to welcome the decision.",
])
def test_welcome_verb_before_comma_is_praise(text):
    assert "support.praise" in {e["rule"] for e in _code(text)}, _code(text)


@pytest.mark.parametrize("text", [
    "Citizens of CIS countries welcome.",
    "All applicants welcome, the advert said.",
    "Foreigners are welcome at the job fair in occupied Melitopol.",
    "Moldova is welcome to join the talks.",
])
def test_welcome_adjective_is_no_praise(text):
    assert not {e["rule"] for e in _code(text)} & {"support.praise", "consult.host"}, _code(text)


# -- finding 6: incomer_origin (coder._local_origin) takes a local modifier right before the worker noun
# (grammar incomer_local_modifiers, "the city's own"): the place's own workers are no incomers
@pytest.mark.parametrize("text", [
    "Local workers reached occupied Melitopol after the checkpoint reopened.",
    "Local builders reached occupied Melitopol from the nearby village.",
    "Local builders crossed into occupied Vasylivka from Zaporizhzhia region.",
    "The city's own welders reached occupied Tokmak after the bridge was repaired.",
])
def test_local_workers_arriving_are_no_incomers(text):
    assert not _rules(text), _code(text)


@pytest.mark.parametrize("text, rule", [
    ("Welders from Bashkortostan reached occupied Melitopol on Monday.", "labor.workers_reach"),
    ("Builders from Dagestan crossed into occupied Vasylivka on Tuesday.", "labor.workers_cross_into"),
    ("Local and Uzbek builders reached occupied Melitopol on Monday.", "labor.workers_reach"),
])
def test_incoming_workers_arriving_are_coded(text, rule):
    assert rule in _rules(text), _code(text)


def _dated(text, rule):
    evs = [e for e in _code(text) if e["rule"] == rule]
    assert evs, _code(text)
    return evs[0]


# -- finding 7a: dates._comparison_since keeps "since" for a cumulative count with a perfect before the
# superlative (superlative_count_words, superlative_perfect_auxiliaries); a comparison stays a comparison
@pytest.mark.parametrize("text, rule, date_text", [
    ("Occupied Crimea has received the largest number of migrant workers since January, officials said.",
     "labor.receive_workers", "since January"),
    ("Russia has hired the most workers from Central Asia since 2022.", "labor.bring_workers", "since 2022"),
    ("Lavrov arrived in Sukhumi on Monday, the first visit by a Russian foreign minister since 2014.",
     "consult.visit", "on Monday"),
    ("The largest protest since 2020 was held in Tbilisi on Sunday.", "protest.demonstrate", "on Sunday"),
    ("Russia has carried out one of the heaviest strikes on Kharkiv since May.", "fight.air_strike", None),
    ("Nauru became the first state since 2011 to recognise Abkhazia.", "recognition.recognize", None),
])
def test_since_after_superlative(text, rule, date_text):
    assert _dated(text, rule)["date_text"] == date_text, _code(text)


# -- finding 7b: a possessive period whose noun is the act's own (dates._own_possessive_period) dates it
@pytest.mark.parametrize("text, rule, date_text, planned", [
    ("Occupation authorities in Crimea approved next year's budget for hiring migrant workers.",
     "labor.bring_workers", "next year", True),
    ("Last week's contract with Chinese builders brought 300 workers to occupied Mariupol.",
     "labor.bring_workers", "Last week", False),
    # the noun's own period, no act's date: "set this year's quota"
    ("Occupation authorities in Melitopol have set this year's quota for migrant workers at 2,000.",
     "labor.quota", None, False),
])
def test_possessive_period(text, rule, date_text, planned):
    e = _dated(text, rule)
    assert (e["date_text"], bool(e["planned"])) == (date_text, planned), _code(text)


# -- finding 8: the Enguri / Inguri river falls back to Georgia (mention_rules.yaml fallback: GE,
# gazetteer._feature_fallbacks) in a sentence with no other place; a named town wins; "in Inguri" is the village
@pytest.mark.parametrize("text, place", [
    ("Abkhaz border guards detained five Georgians who crossed the Inguri River.", "Georgia"),
    ("Abkhaz border guards detained two men near the Enguri river on Sunday.", "Georgia"),
    ("Police in Zugdidi arrested two smugglers near the Enguri bridge.", "Zugdidi"),
    ("Abkhaz border guards detained a Georgian citizen near Gali on the Enguri river.", "Gali"),
    ("Russian border guards detained a shepherd in Inguri, the State Security Service said.", "Ingiri"),
])
def test_enguri_river_falls_back_to_georgia(text, place):
    assert _place(text) == place, _code(text)


def test_enguri_river_is_no_town():
    from pipeline.geo.gazetteer import get_gazetteer
    places = get_gazetteer().find_places("Two men swam across the Enguri at night.")
    assert [(p.kind, p.country_code) for p in places] == [("country", "GE")]


# -- finding 1 (follow-up): with "local" no longer excluding, an office noun inside the closing attribution is the
# speaker, no act (coder._attribution_speakers): "..., the local migration service reported"
@pytest.mark.parametrize("text", [
    "More than 2,000 work permits were issued to citizens of India and Nepal in the occupied part of Kherson region, "
    "the local migration service reported.",
    "About 300 builders from Uzbekistan arrived in occupied Mariupol last month, the regional employment centre said.",
    "Some 40 welders from Kyrgyzstan have been hired at the Azovstal site, according to the city job centre.",
])
def test_office_in_attribution_is_no_event(text):
    rules = {e["rule"] for e in _code(text)}
    assert "labor.office_for_migration" not in rules, _code(text)


@pytest.mark.parametrize("text", [
    "The job centre in occupied Tokmak has placed 60 builders from Dagestan, local officials said.",
    "A new migration office for foreign workers opened in occupied Melitopol, the city administration said.",
])
def test_office_as_actor_is_coded(text):
    assert "labor.office_for_migration" in _rules(text), _code(text)


def _actors(text, rule):
    return [(e["actor1_code"], e["actor2_code"]) for e in _code(text) if e["rule"] == rule]


# -- flaws, labor.employer_fined: the hired named by nationality are no target (reason_object: no actor after the
# "for hiring" object is a party); the fined firm or the fining court keep their roles
@pytest.mark.parametrize("text, want", [
    ("A hotel in occupied Yalta was fined for hiring 12 Kyrgyz chambermaids.", [(None, None)]),
    ("A restaurant in occupied Sevastopol was fined for employing Chinese cooks.", [(None, None)]),
    ("A court in occupied Melitopol fined a bakery 300,000 roubles for employing eight Uzbek cleaners.",
     [("RUSJUD", None)]),
    ("A building firm in occupied Mariupol was fined 500,000 roubles for hiring 30 Uzbek workers.", [(None, "BUS")]),
])
def test_employer_fined_target_is_no_nationality(text, want):
    assert _actors(text, "labor.employer_fined") == want, _code(text)


# -- flaws, labor.firm_brings_crews: a ", while X ..." clause has its own subject (clause_comma_contrast), even
# with a present verb not recognised as one
@pytest.mark.parametrize("text, want", [
    ("Chinese contractors will bring teams to occupied Mariupol to build a port, while Turkish firms supply cement.",
     [("CHNBUS", None)]),
    ("A Turkish firm will bring its own crews to occupied Mariupol to rebuild the port, whereas Chinese suppliers "
     "deliver the cranes.", [("TURBUS", None)]),
])
def test_contrast_clause_actor_is_no_target(text, want):
    assert _actors(text, "labor.firm_brings_crews") == want, _code(text)


# -- wrong in both builds: "forced into unpaid labour/work" is forced labour (labor.assigned_to_public_works objects);
# a voluntary "went into unpaid work" is none
@pytest.mark.parametrize("text", [
    "Men detained at checkpoints in occupied Enerhodar were forced into unpaid labour digging trenches.",
    "Occupation troops forced residents of Vasylivka into unpaid work clearing rubble.",
])
def test_forced_into_unpaid_labour(text):
    assert "labor.assigned_to_public_works" in _rules(text), _code(text)


def test_voluntary_unpaid_work_is_none():
    text = "The volunteers went into unpaid work at the food bank in Kyiv."
    assert not _rules(text), _code(text)

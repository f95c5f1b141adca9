"""Labour-migration rules of session 16 (labour side): forced labour told by its tasks or ordered by "told to",
pressure to take jobs elsewhere, deceptive job offers that are army recruitment, rotational and seasonal work
departures, and crews of rescuers or repairers that are no migrants. Each rule with own variants and near-misses
(sentences written for this file, not the xfail rows that named the classes)."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, rule=None):
    return [e for e in _code(text) if "labor_migration" in e["themes"] and (rule is None or e["rule"] == rule)]


# -- forced labour told by its tasks (triggers.yaml labor.forced_tasks)
@pytest.mark.parametrize("text", [
    "Residents of occupied Oleshky were forced to clear snow from the roads used by Russian armoured columns.",
    "Men in occupied Kakhovka were made to unload ammunition at the railway station, witnesses said.",
    "Occupation troops compelled villagers near occupied Tokmak to clear roads for armoured vehicles.",
    "Pensioners in occupied Vasylivka were forced by the occupation administration to clean the streets before the so-called referendum.",
])
def test_forced_tasks(text):
    assert _themed(text, "labor.forced_tasks")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Drivers in Kyiv were forced to clear snow from their cars after the storm.",
    "Residents of Lviv were forced to clear debris after the missile strike.",
    # the forced are soldiers, not civilians
    "Russian conscripts in occupied Melitopol were forced to clear snow at the barracks.",
    # self-help forced by circumstances, no coercer
    "Residents of occupied Mariupol were forced to clear debris from their own flats after the shelling.",
    "The heavy snowfall forced residents of occupied Donetsk to clear roads.",
])
def test_forced_tasks_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.forced_tasks"]


# -- labour duty ordered by "told to" (labor.told_to_do_labour_duty)
@pytest.mark.parametrize("text", [
    "Men aged 18 to 50 in occupied Kamianka-Dniprovska were told to report for labour duty at the commandant's office.",
    "Residents of occupied Nova Kakhovka have been told to register for public works on the embankment, the exiled mayor said.",
    "Unemployed residents of occupied Berdiansk were told to sign up for 'labour service' or lose their benefits.",
])
def test_told_to_do_labour_duty(text):
    assert _themed(text, "labor.told_to_do_labour_duty")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Residents of Kharkiv were told to register for public works by the city council.",
    # told to do something else
    "Residents of occupied Nova Kakhovka were told to register for new passports by March.",
    # a budget line, not the duty
    "The occupation authorities in Kherson were told by Moscow to register for public works funding.",
])
def test_told_to_do_labour_duty_near_misses(text):
    assert not _themed(text)


# -- pressure to take jobs elsewhere (labor.pressure_to_take_jobs)
@pytest.mark.parametrize("text", [
    "Nursing graduates in occupied Luhansk are being pressured to take jobs in Siberian hospitals, a monitoring group said.",
    "Teachers in occupied Melitopol are being pressured into taking jobs in Rostov region schools, the exiled mayor said.",
    "Young men in occupied Enerhodar were pushed to accept jobs at defence plants in the Urals, activists said.",
])
def test_pressure_to_take_jobs(text):
    assert _themed(text, "labor.pressure_to_take_jobs")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Young graduates in Lviv are being pushed to take jobs in Poland, a survey found.",
    # a job in the place itself
    "Doctors in occupied Melitopol are being pushed to take jobs in the city's new hospital.",
])
def test_pressure_to_take_jobs_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.pressure_to_take_jobs"]


# -- deceptive job offers that are army recruitment (labor.sham_job_offer)
@pytest.mark.parametrize("text", [
    "Cuban men were promised construction jobs in Russia that turned out to be service with the Russian army, Havana said.",
    "Recruiters in Nepal offered young men jobs as cooks in Russia that turned out to be contracts with the Russian military.",
    "A Moscow agency lured Indian workers with jobs as helpers that turned out to be army contracts, New Delhi said.",
])
def test_sham_job_offers(text):
    assert _themed(text, "labor.sham_job_offer")


@pytest.mark.parametrize("text", [
    # a scam, not the army
    "A Kenyan agency offered nurses jobs in Qatar that turned out to be a scam, police said.",
    # no deception
    "Two Russian citizens offered local men jobs as security guards in Russia, police said.",
    # the army offering jobs, no deception
    "The army offered jobs to 500 veterans, a scheme that proved popular.",
])
def test_sham_job_offer_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.sham_job_offer"]


# -- rotational and seasonal work departures (labor.move_to_work objects)
@pytest.mark.parametrize("text", [
    "Some 900 residents of the LPR have left for rotational work at gold mines in Chukotka this year.",
    "Hundreds of residents of occupied Melitopol left in September for seasonal jobs at plants in Russia, the exiled mayor said.",
    "Dozens of men from occupied Enerhodar have left for shift work at mines in Yakutia.",
])
def test_rotational_and_seasonal_departures(text):
    assert _themed(text, "labor.move_to_work")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Hundreds of residents of Lviv have left for seasonal work at farms in Poland.",
    # leaving with no work
    "Residents of occupied Melitopol left for the seaside at the weekend.",
])
def test_departure_near_misses(text):
    assert not _themed(text)


# -- rescue, emergency and repair crews are no migrants (themes.yaml labor_migration worker_nouns: crews, teams)
@pytest.mark.parametrize("text", [
    "Emergency crews from the Moscow region arrived in occupied Luhansk on Monday to restore heating.",
    "Repair brigades from the Rostov region arrived in occupied Berdiansk to fix the water mains.",
    "Repair crews from the Moscow region arrived in occupied Mariupol to restore the power lines.",
])
def test_aid_crews_are_no_labour_migration(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Construction crews from Uzbekistan arrived in occupied Mariupol to rebuild housing.",
    "Building crews from Kyrgyzstan have arrived in occupied Melitopol, the occupation administration said.",
])
def test_building_crews_still_arrive(text):
    assert _themed(text, "labor.workers_arrive")


# -- an occupied territory receiving workers (labor.receive_workers)
@pytest.mark.parametrize("text", [
    "The Donetsk People's Republic will receive 1,500 workers from Tajikistan next year to rebuild schools in Mariupol.",
    "Occupied Crimea has taken in some 3,000 migrant workers since January, the peninsula's labour ministry said.",
    "The Russian-installed administration of occupied Mariupol expects to receive 500 builders from Dagestan by summer.",
])
def test_receive_workers(text):
    assert _themed(text, "labor.receive_workers")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Poland will receive 2,000 workers from the Philippines this year.",
    # the workers receive something
    "Workers from Uzbekistan in occupied Mariupol will receive higher wages from March.",
    # wounded people, a delegation
    "Hospitals in occupied Donetsk received wounded workers from the mine after the blast.",
    "Pushilin received a delegation of workers from the Azovstal plant in occupied Mariupol.",
    # the workers own the received noun
    "Hospitals in occupied Luhansk accept foreign workers' children for free treatment.",
])
def test_receive_workers_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.receive_workers"]


# -- an occupied area's people signing contracts to work elsewhere, a date between (labor.residents_sign_work_contracts)
@pytest.mark.parametrize("text", [
    "Some 400 residents of occupied Berdiansk have signed contracts this year to work on farms in the Krasnodar region, the exiled mayor said.",
    "About 70 men from occupied Enerhodar signed contracts last month to work as drivers in Russia's Murmansk region.",
    "More than 900 LPR residents had signed contracts in March to work at shipyards in Arkhangelsk Oblast.",
])
def test_residents_sign_work_contracts(text):
    assert _themed(text, "labor.residents_sign_work_contracts")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Residents of Lviv have signed contracts in March to work on farms in Poland.",
    # firms, not people, sign
    "Two Turkish companies signed contracts in May to work on the bridge in occupied Kerch, residents said.",
    # a contract with the army
    "Residents of occupied Melitopol signed contracts with the Russian defence ministry to work as drivers at the front.",
    # an agreement between polities
    "Russia and the DPR signed an agreement in March to work on rebuilding Mariupol.",
    # local hires, no movement
    "Local residents signed contracts to work at the Mariupol port, the occupation administration said.",
    "Residents of occupied Donetsk signed contracts with the city to work on rebuilding their own homes.",
])
def test_residents_sign_work_contracts_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.residents_sign_work_contracts"]


# -- a long origin phrase between workers and their passive verb (triggers._match_pattern: _origin_gap past 6 words)
@pytest.mark.parametrize("text", [
    "More than 2,000 builders from other regions of Russia had been brought to occupied Mariupol by the end of May.",
    "Some 200 welders from the Republic of Tatarstan had been sent to occupied Mariupol to rebuild the port.",
])
def test_long_origin_before_a_passive(text):
    assert _themed(text, "labor.bring_workers")


@pytest.mark.parametrize("text", [
    # no workers
    "Tourists from other regions of Russia had been brought to Mariupol on buses.",
    # no workers: machines
    "Cranes from the Port of Novorossiysk in Russia had been brought to occupied Mariupol by rail.",
])
def test_long_origin_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.bring_workers"]


# -- raids and inspections of workplaces checking migrants' papers (labor.inspection_raid, 172, not an assault)
@pytest.mark.parametrize("text", [
    "Migration officers in occupied Sevastopol inspected 12 construction sites last week, checking the work patents of foreign builders.",
    "Russian police swept through markets in occupied Melitopol on Friday to check the documents of migrants from Central Asia.",
    "Occupation police raided two hostels in Mariupol, checking the papers of dozens of workers from Kyrgyzstan.",
])
def test_inspection_raids(text):
    got = _themed(text, "labor.inspection_raid")
    assert got and all(e["cameo_code"] == "172" for e in got)


@pytest.mark.parametrize("text", [
    # no occupation context
    "Police raided a building site in Kyiv on Monday, checking the papers of 30 workers.",
    # no migrants or workers: a filtration raid on residents
    "Russian troops raided a farm near occupied Tokmak, checking the documents of residents.",
    # a military raid
    "Ukrainian forces raided a warehouse in occupied Kherson region used by Russian troops.",
    # a search for partisans checks any workers' papers
    "Russian forces searched factories in occupied Berdiansk for Ukrainian partisans, checking workers' documents.",
    # the raid's detentions are the labour act (restates)
    "Migration police raided a market in occupied Simferopol, detaining 40 migrants.",
])
def test_inspection_raid_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.inspection_raid"]


# -- labour needs counted as hands or extra workers (labor.labour_need objects)
@pytest.mark.parametrize("text", [
    "The Russian-installed head of occupied Mariupol said the city's building sites need 5,000 more hands.",
    "Farms in occupied Zaporizhzhia region lack some 3,000 working hands for the harvest, the occupation administration said.",
    "Resorts in occupied Crimea will need about 6,000 additional hands for the season, the peninsula's tourism ministry said.",
])
def test_labour_need_in_hands(text):
    assert _themed(text, "labor.labour_need")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Polish farms need 30,000 extra hands for the strawberry harvest, the ministry said.",
    # an idiom of effort
    "The Russian-installed mayor of Melitopol said the city needs more hands on deck to fix the heating.",
    # no workers
    "Hospitals in occupied Donetsk need extra beds and more blood donors.",
])
def test_labour_need_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.labour_need"]


# -- labour regulations: hiring foreigners allowed (labor.hire_rules), who "will be able to work" (labor.work_rule)
@pytest.mark.parametrize("text, rule", [
    ("Abkhazia's de facto parliament passed a law allowing companies to hire foreign workers without permits.",
     "labor.hire_rules"),
    ("A decree signed by the occupation governor permits firms in occupied Kherson region to employ migrants from Central Asia.",
     "labor.hire_rules"),
    ("Transnistria's authorities adopted rules that allow farms to hire citizens of Kyrgyzstan for the harvest.",
     "labor.hire_rules"),
    ("Under the new rules, foreign citizens with Russian patents will be able to work in occupied Crimea for three years.",
     "labor.work_rule"),
    ("Under a decree signed on Friday, migrants from Uzbekistan will now be able to work in occupied Mariupol without quotas.",
     "labor.work_rule"),
])
def test_labour_regulations(text, rule):
    assert _themed(text, rule)


@pytest.mark.parametrize("text", [
    # no occupation context
    "Germany passed a law allowing employers to hire foreign nurses more quickly.",
    "Under a new law, migrants will be able to work in Moscow without a patent.",
    # a person's own ability to work, no rule
    "The surgeon from occupied Donetsk said he will be able to work in the hospital again after his injury.",
])
def test_labour_regulation_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] in ("labor.hire_rules", "labor.work_rule")]


# -- staff from elsewhere taking up posts in an occupied place (labor.take_up_posts)
@pytest.mark.parametrize("text", [
    "Teachers from Dagestan have taken up jobs in schools in occupied Melitopol, the occupation administration said.",
    "Some 40 nurses from Bashkortostan took up posts at clinics in occupied Tokmak this month.",
    "Doctors from occupied Donetsk have taken up posts in hospitals in Rostov.",
])
def test_take_up_posts(text):
    assert _themed(text, "labor.take_up_posts")


@pytest.mark.parametrize("text", [
    # no occupation context
    "Doctors from Kyiv have taken up posts in hospitals in Lviv.",
    # an appointment, not staff
    "A new governor from Moscow has taken up his post in occupied Kherson.",
    # displaced staff working in free Ukraine
    "Ukrainian doctors from occupied Kherson took up posts in Odesa after fleeing.",
])
def test_take_up_posts_near_misses(text):
    assert not [e for e in _code(text) if e["rule"] == "labor.take_up_posts"]

"""Labour-migration recall rules of session 15, second dev round (dev19 in tests/data/mission_phrasings.jsonl and
dev16's d16a/d16d labour facts in tests/data/when_where_articles.jsonl): the partitive pronoun subject of a passive
("19 of them had been deported"), workers named by their trade leaving to work elsewhere, named industrial
workplaces as a destination of work, foreigners detained or expelled as illegal workers, convicts offered release
for building work, jobs advertised with free housing, salaries of a stated amount promised, recruits who "ended up"
digging trenches, and a closing single quote that is no plural possessive. Each rule with own variants and
near-misses."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, rule=None):
    return [e for e in _code(text) if "labor_migration" in e["themes"] and (rule is None or e["rule"] == rule)]


# -- partitive pronoun subject (coder._partitive_patient; grammar.yaml partitive_*)
@pytest.mark.parametrize("text", [
    "Police in occupied Sevastopol detained 40 migrants from Uzbekistan, and 12 of them were later deported.",
    "Occupation police rounded up 60 migrants in Berdiansk, 25 of whom have been expelled, the city said.",
    "Russian police detained dozens of migrant workers at a market in occupied Melitopol; most of them will be deported.",
])
def test_partitive_pronoun_subject_of_a_deportation(text):
    # (a future deportation is coded as a threat: any code of coerce.deport)
    assert _themed(text, "coerce.deport")


@pytest.mark.parametrize("text", [
    # the antecedent is no migrant: no labour theme
    "Police in occupied Melitopol detained 38 protesters from Kyiv, and 19 of them were deported.",
    # no occupation context
    "Police in Berlin detained 38 migrants, and 19 of them were deported.",
])
def test_partitive_pronoun_near_misses(text):
    assert not _themed(text)


# -- workers named by their trade leaving to work (labor.move_to_work sentence_terms)
@pytest.mark.parametrize("text", [
    "The steel plant in occupied Rybnitsa said 85 of its welders had left in September to work at plants in Russia.",
    "Dozens of electricians have left occupied Enerhodar to work in Siberia, the plant's former staff said.",
    "Crane operators from the port of occupied Berdiansk have moved to Novorossiysk to work at the docks.",
])
def test_trades_leaving_to_work(text):
    assert _themed(text, "labor.move_to_work")


@pytest.mark.parametrize("text", [
    # not in an occupation context
    "Some 85 welders have left Chisinau to work at plants in Germany, the employers' union said.",
    # leaving with no work purpose
    "The drivers left occupied Melitopol in a convoy on Tuesday.",
])
def test_trades_leaving_near_misses(text):
    assert not _themed(text)


# -- named industrial workplaces as the destination (labor.send_to_work objects)
@pytest.mark.parametrize("text", [
    "Vocational students from occupied Skadovsk were sent to a shipyard in Kerch for work placements.",
    "The occupation authorities dispatched 40 students from Henichesk to a plant in Tula for practical training.",
    "Teenagers from occupied Kakhovka were transferred to a mine in Rostov region, Ukraine's ombudsman said.",
])
def test_sent_to_an_industrial_workplace(text):
    assert _themed(text, "labor.send_to_work")


@pytest.mark.parametrize("text", [
    # no people word: equipment
    "Turbines from occupied Enerhodar were sent to a plant in Tula for repairs.",
    # outside any occupation context
    "Students from Lviv were sent to a shipyard in Gdansk for practical training.",
])
def test_sent_to_workplace_near_misses(text):
    assert not _themed(text)


# -- foreigners detained or expelled as illegal workers (labor.detain_illegal_workers, labor.expel_illegal_workers)
@pytest.mark.parametrize("text,rule", [
    ("Police raided a market in occupied Henichesk, detaining 22 foreigners suspected of working illegally.",
     "labor.detain_illegal_workers"),
    ("Russian police in occupied Donetsk arrested 15 Uzbek nationals working without patents.",
     "labor.detain_illegal_workers"),
    ("A court in occupied Sevastopol ordered the deportation of nine citizens of Kyrgyzstan caught working without "
     "work permits.", "labor.expel_illegal_workers"),
    ("The occupation authorities in Melitopol expelled 30 foreign nationals for illegal employment at building sites.",
     "labor.expel_illegal_workers"),
])
def test_foreigners_as_illegal_workers(text, rule):
    assert _themed(text, rule)


@pytest.mark.parametrize("text", [
    # spies, not workers
    "The FSB in occupied Simferopol detained two foreign nationals suspected of spying for Ukraine.",
    # no occupation context
    "Police in Moscow detained 38 foreigners suspected of working illegally.",
    # expelled diplomats
    "A court in occupied Sevastopol ordered the expulsion of two foreign citizens who had entered the city.",
])
def test_foreigners_near_misses(text):
    assert not _themed(text)


# -- convicts offered release for building work (labor.prisoner_release_for_work)
@pytest.mark.parametrize("text", [
    "Inmates in Krasnoyarsk penal colonies are being offered early release if they agree to rebuild housing in "
    "occupied Mariupol.",
    "The Russian prison service promised inmates parole in exchange for construction work in occupied Luhansk, "
    "Mediazona reported.",
])
def test_convicts_offered_release_for_work(text):
    assert _themed(text, "labor.prisoner_release_for_work")


@pytest.mark.parametrize("text", [
    # release for army service: army recruitment, no labour
    "Convicts in Russian penal colonies are being offered early release if they agree to fight in occupied "
    "Donetsk region.",
    # no occupation context
    "Inmates in Norway are offered early release if they agree to work in community gardens.",
])
def test_convicts_release_near_misses(text):
    assert not _themed(text, "labor.prisoner_release_for_work")


# -- jobs advertised with free housing (labor.jobs_with_housing)
@pytest.mark.parametrize("text", [
    "A Telegram channel is advertising jobs for bricklayers in occupied Melitopol with free accommodation.",
    "The occupation administration in Berdiansk posted vacancies for plumbers and roofers, free housing included.",
])
def test_jobs_with_housing(text):
    assert _themed(text, "labor.jobs_with_housing")


@pytest.mark.parametrize("text", [
    # housing as the employer's department, no offer
    "The city hall of occupied Mariupol advertised jobs at its housing department.",
    # no occupation context
    "A Warsaw firm is advertising jobs for welders with free accommodation.",
])
def test_jobs_with_housing_near_misses(text):
    assert not _themed(text, "labor.jobs_with_housing")


# -- salaries of a stated amount promised (labor.salary_offer)
@pytest.mark.parametrize("text", [
    "Adverts on Facebook in Bengali promise salaries of $1,500 a month for drivers in Russia's 'new regions'.",
    "Recruiters offer a monthly salary of 150,000 roubles to builders willing to go to the occupied territories.",
])
def test_salary_offers(text):
    assert _themed(text, "labor.salary_offer")


@pytest.mark.parametrize("text", [
    # a pay rise for locals
    "The Russian-installed governor promised to raise salaries of teachers in occupied Kherson region.",
    # no occupation context
    "Polish firms offer salaries of 6,000 zloty a month to drivers from Ukraine.",
])
def test_salary_offer_near_misses(text):
    assert not _themed(text, "labor.salary_offer")


# -- recruits who ended up doing labour (labor.recruits_end_up_working)
@pytest.mark.parametrize("text", [
    "Indian men recruited by agents in Delhi for 'helper jobs' ended up digging trenches in occupied Luhansk region.",
    "Cuban men recruited by agencies in Havana ended up building fortifications in occupied Zaporizhzhia region, "
    "relatives said.",
])
def test_recruits_ended_up_working(text):
    assert _themed(text, "labor.recruits_end_up_working")


@pytest.mark.parametrize("text", [
    # mobilised soldiers dig trenches: troops
    "Mobilised men recruited in Buryatia ended up digging trenches in occupied Zaporizhzhia region.",
    # no recruitment named
    "Local men ended up digging trenches in occupied Zaporizhzhia region after the shelling.",
])
def test_recruits_ended_up_near_misses(text):
    assert not _themed(text, "labor.recruits_end_up_working")


# -- a closing single quote is no plural possessive (coder._closes_single_quote)
def test_closing_single_quote_before_a_verb():
    assert _themed("Nepali men lured by agencies for 'security work' ended up digging trenches in occupied "
                   "Donetsk region.")


def test_plural_possessive_before_a_participle_stays_attributive():
    # "the workers' occupied hostel": the participle modifies the noun, no act
    assert not [e for e in _code("Police searched the workers' occupied hostel in Kherson.") if e["rule"] ==
                "fight.occupy"]

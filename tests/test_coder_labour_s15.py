"""Labour-migration recall rules of session 15 (dev18 in tests/data/mission_phrasings.jsonl and dev15's d15d/d15e
labour facts in tests/data/when_where_articles.jsonl): workers at work with a time adverb or a reduced relative
with a means or place phrase before the verb, foreign nationals named by their state, arrivals announced as
"expected in", relocation bonuses, people driven to farms to help bring in the harvest, people recruited or
brought in as garment trades, quotas halved. Each rule with own variants and near-misses."""
import pytest

from pipeline.coding import code_article


def _code(text):
    return code_article({"article_id": "t", "published": "2024-03-14", "text": text})


def _themed(text, rule=None):
    return [e for e in _code(text) if "labor_migration" in e["themes"] and (rule is None or e["rule"] == rule)]


@pytest.mark.parametrize("text", [
    "Hundreds of migrants from Uzbekistan are currently rebuilding apartment blocks in occupied Mariupol.",
    "About 400 builders from Central Asia are presently working on the new bypass around occupied Melitopol.",
])
def test_time_adverb_before_the_work_verb(text):
    # cues.yaml passive_fillers: currently, presently
    assert _themed(text, "labor.workers_at_work")


@pytest.mark.parametrize("text", [
    pytest.param("Some 300 Uzbek nationals recruited in Tashkent are building apartment blocks in occupied Mariupol.",
                 marks=pytest.mark.xfail(strict=True, reason="review mend: 'in' left subject_relative_prepositions, "
                                         "whose place moved the act ('Migrants detained in Moscow were sent to ...')")),
    "Dozens of Tajik migrants hired through a Moscow agency are now repairing the port of occupied Berdiansk.",
    "Nepali nationals hired via online adverts are working on a housing estate in occupied Luhansk, HUR said.",
])
def test_reduced_relative_with_means_or_place(text):
    # grammar.yaml subject_relative_prepositions (triggers._without_by_relative)
    assert _themed(text)


@pytest.mark.parametrize("text", [
    "Some 300 Uzbek nationals are building apartment blocks in occupied Donetsk.",
    "Bangladeshi nationals have been working on the reconstruction of the drama theatre in occupied Mariupol.",
])
def test_foreign_nationals_at_work(text):
    assert _themed(text, "labor.workers_at_work")


@pytest.mark.parametrize("text", [
    "Ukrainian nationals living in occupied Sevastopol are working on construction sites.",  # its own people
    "Some 300 Uzbek nationals are building apartment blocks in Tashkent.",  # no occupation context
    "Migrants detained in Moscow are currently held at a deportation centre.",  # no work
    # review mends: inspectors, a court date, fighters
    "A new team of IAEA specialists is expected at the Zaporizhzhia nuclear power plant.",
    "Migrant workers are expected in court in Simferopol on Monday.",
    "Syrian nationals are working as mercenaries in occupied Luhansk.",
])
def test_nationals_and_relatives_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Another 400 builders from Uzbekistan are expected in occupied Mariupol next month.",
    "A new brigade of North Korean workers is expected in Russian-held Donetsk by the end of the summer.",
])
def test_workers_expected_in(text):
    assert _themed(text, "labor.workers_expected")


@pytest.mark.parametrize("text", [
    "Builders are expected to finish the bridge in occupied Mariupol by May.",  # a raising predicate, no arrival
    "Workers are expected at the plant in Kyiv on Monday.",  # no occupation context
])
def test_workers_expected_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "The occupation authorities in Melitopol have promised relocation payments of one million roubles to doctors "
    "who move to the city from Russian regions.",
    "Occupied Berdiansk's administration has introduced relocation allowances for teachers from other regions of Russia.",
    "The Russian-installed head of occupied Nova Kakhovka offered relocation bonuses to engineers willing to move there.",
])
def test_relocation_incentive(text):
    assert _themed(text, "labor.relocation_incentive")


@pytest.mark.parametrize("text", [
    "The occupation administration in Oleshky is offering relocation payments to residents of frontline villages.",
    "The Kyiv city council is offering relocation bonuses to teachers willing to move to Kharkiv.",
])
def test_relocation_incentive_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Teenagers from occupied Henichesk were bused to Krasnodar to help harvest grapes, residents said.",
    "Schoolchildren from occupied Kakhovka were taken to farms in Kuban to help with the harvest.",
    "The occupation authorities sent 200 students from occupied Kherson region to help bring in the harvest in Kuban.",
])
def test_taken_to_help_with_the_harvest(text):
    assert _themed(text)


@pytest.mark.parametrize("text", [
    "Students from Kharkiv were driven to farms in the Poltava region to help bring in the harvest.",  # no occupation
    "Schoolchildren from occupied Tokmak were driven to the seaside in Berdiansk for a holiday.",  # no work
    "Volunteers drove to farms near occupied Tokmak to help bring in the harvest.",  # no people word, own motion
])
def test_harvest_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "A garment factory in Tiraspol has brought 90 seamstresses from Uzbekistan to work on its new line.",
    "Women from occupied Alchevsk have been recruited as seamstresses for a sewing plant in Ivanovo region.",
    "A contractor hired 40 plasterers from Tajikistan to finish the blocks in occupied Mariupol.",
])
def test_trades_brought_or_recruited(text):
    assert _themed(text)


@pytest.mark.parametrize("text", [
    "A garment factory in Lviv has hired 90 seamstresses from the town.",  # no occupation link
    "The tailors of Tiraspol sewed new uniforms for the parade.",  # no hiring
])
def test_trades_near_misses(text):
    assert not _themed(text)


@pytest.mark.parametrize("text", [
    "Abkhazia's government has slashed the quota for foreign workers for next year.",
    "The Transnistrian authorities halved the work permit quota for foreign nationals.",
    "Tiraspol lowered the number of work permits issued to foreign citizens.",
])
def test_quota_and_permits_by_a_factor(text):
    assert _themed(text)


@pytest.mark.parametrize("text", [
    "Tiraspol halved the import quota for Moldovan sugar.",  # no labour word
    "Abkhazia's government has slashed the fuel quota for the tourist season.",
])
def test_quota_near_misses(text):
    assert not _themed(text)


def test_subject_verb_with_place_phrase_is_no_relative():
    # a means or place phrase is skipped only up to an auxiliary: "arrived in ..." is the subject's own verb
    events = _code("A delegation from Belarus's Grodno region arrived in Russian-occupied Donetsk on Tuesday, "
                   "the Russian-installed authorities said.")
    assert [e for e in events if e["rule"] == "consult.visit" and e["trigger_text"].startswith("arrived")]

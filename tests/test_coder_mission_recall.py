"""Recall regression set for the mission's two themes in wire phrasing (written for this file, not taken
from gold): sentences an analyst counts as diplomatic recognition or labour migration in the occupied
regions, and near-misses with the same words and no event (sports, history, culture, statistics).
Known gaps are strict xfails: they fail loudly once fixed, so the mark can be lifted."""
import pytest

from pipeline.coding import code_article

REC = "diplomatic_recognition"
LAB = "labor_migration"


def _themed(text, theme=None):
    evs = code_article({"article_id": "t", "published": "2024-03-14", "text": text})
    return [e for e in evs if (theme in e["themes"] if theme else e["themes"])]


def _gap(text, why):
    return pytest.param(text, marks=pytest.mark.xfail(strict=True, reason=why))


RECOGNITION = [
    'Nicaragua has recognised the independence of Abkhazia and South Ossetia, the foreign ministry in Managua said.',
    "Syria's ambassador presented his credentials to the leader of the self-proclaimed Donetsk People's Republic on Tuesday.",
    'A delegation from the Central African Republic arrived in occupied Luhansk to discuss opening a consulate.',
    "The Transnistrian foreign ministry called on the United Nations to recognise the region's independence.",
    'Abkhazia and Nicaragua agreed to establish diplomatic relations at the level of embassies.',
    "South Ossetia and the Donetsk People's Republic signed a treaty of friendship and mutual assistance.",
    'Belarus will open a consulate general in occupied Sevastopol next year, Lukashenko said.',
    "Georgia's foreign ministry said it would never recognise the so-called elections held in occupied Tskhinvali.",
    'Moldova does not recognise the Transnistrian authorities and considers their decisions null and void.',
    "Ukraine's foreign ministry condemned the visit of a Syrian delegation to occupied Crimea as a violation of its sovereignty.",
    'The European Union will not recognise Russian passports issued in the occupied regions of Ukraine.',
    "Abkhazia and South Ossetia introduced a visa-free regime for each other's citizens on Monday.",
    'Russia and South Ossetia signed an agreement on the mutual recognition of passports.',
    "The self-proclaimed Luhansk People's Republic opened a representative office in Moscow.",
    'Pyongyang has agreed to send an envoy to the Russian-occupied Donetsk region, officials said.',
    'A delegation of Transnistrian officials travelled to Moscow to seek recognition of the breakaway region.',
    "The de facto authorities of South Ossetia appealed to Belarus to recognise the republic's independence.",
    'Kyiv denounced the opening of a Belarusian honorary consulate in occupied Melitopol.',
    "The United States will never accept Russia's claim to Crimea, the State Department said.",
    'Ukraine severed diplomatic relations with Syria after Damascus recognised the independence of the two self-proclaimed republics.',
    'Armenia refused to recognize the annexation of Crimea, its foreign minister said.',
    'Venezuela and the breakaway republic of South Ossetia exchanged ambassadors on Monday.',
    "An Abkhaz diplomatic mission was opened in Damascus in a ceremony attended by the republic's foreign minister.",
    'Turkey reiterated that it does not recognise the illegal annexation of Crimea.',
    'Japan said it would not recognize the results of the so-called referendums in the four occupied regions.',
    'Russia and Abkhazia ratified an agreement on visa-free travel for their citizens.',
    'From next month citizens of Abkhazia can enter Transnistria without visas, the Transnistrian foreign ministry said.',
    "The Luhansk People's Republic recognised passports issued by Abkhazia and South Ossetia.",
    'A Nicaraguan parliamentary delegation visited Sukhumi and met Abkhaz leader Aslan Bzhania.',
    'Belarus has no plans to open a consulate in Crimea, the foreign ministry in Minsk said.',
    'The Russian-appointed governor of Sevastopol hosted a delegation of Syrian lawmakers.',
    'The head of the DPR, Denis Pushilin, met the North Korean ambassador to Russia in Donetsk.',
    "Moldova rejected Tiraspol's call for international recognition of its independence.",
    'Georgia protested against the opening of a Syrian embassy in Sukhumi.',
    "Damascus named a charge d'affaires to the breakaway republic of South Ossetia.",
    "The leader of Transnistria urged Russia to recognise the region's independence.",
    "North Korea and the Donetsk People's Republic agreed to open trade missions in each other's capitals.",
    "Iran's consul general in Moscow paid an official visit to occupied Crimea, prompting a protest from Kyiv.",
    'The occupation authorities of Zaporizhzhia region signed a cooperation agreement with the government of Abkhazia.',
    'Burkina Faso is considering the recognition of Crimea as part of Russia, its foreign minister said.',
    "Kyiv summoned the Syrian charge d'affaires after Damascus opened a consulate in occupied Donetsk.",
    "Abkhazia's foreign minister handed a copy of his credentials to his South Ossetian counterpart.",
    'The Transnistrian authorities called on Moscow to open a consulate in Tiraspol.',
    'Luhansk separatists established diplomatic ties with the Central African Republic, their foreign ministry said.',
    'The Kremlin-backed leaders of Kherson region appealed to Putin to admit the region into the Russian Federation.',
]

LABOUR = [
    'Hundreds of North Korean workers are expected to arrive in occupied Donetsk to help rebuild infrastructure, Russian media reported.',
    'Russian contractors hired about 2,000 migrants from Central Asia to rebuild Mariupol.',
    'The occupation administration in Zaporizhzhia region has announced vacancies for foreign workers at the nuclear plant.',
    'Job offers for migrants from Uzbekistan and Tajikistan to work in occupied Luhansk have appeared on Russian recruitment websites.',
    'Construction firms in occupied Crimea are looking for migrant workers as labour shortages grow.',
    'The Russian-installed authorities in Kherson region are offering jobs to migrants from Central Asia with salaries of up to 100,000 roubles.',
    'Some 500 builders from Kyrgyzstan were brought to Mariupol under contracts with the Russian defence ministry.',
    'A Russian recruiter offered migrant workers in Crimea jobs building fortifications.',
    'Migrants arriving in occupied Sevastopol must obtain a work patent within 30 days.',
    'The de facto authorities in Abkhazia granted work permits to 3,000 Turkish citizens last year.',
    'Transnistria has introduced a quota on the number of foreign workers that companies may employ.',
    'Residents of occupied Melitopol are being forced to work on the construction of defensive lines.',
    'Russian police deported 40 Uzbek workers from occupied Donetsk for violating migration rules.',
    'Labour migrants from Central Asia who received Russian citizenship in occupied Kherson are being conscripted to fight in Ukraine.',
    'A brigade of North Korean builders started work at a construction site in Donetsk.',
    'Russia plans to employ North Korean labourers to rebuild war-damaged cities in occupied Donbas.',
    'The Crimean government said it would attract 10,000 foreign specialists for construction projects.',
    'Occupation authorities in Zaporizhzhia are recruiting teachers and doctors from Russia with promises of high pay.',
    'Tajik migrants signed contracts to work at the port of occupied Mariupol.',
    'North Korea is sending construction workers to the occupied territories of Ukraine, South Korean intelligence said.',
    'The occupation authorities in Luhansk advertised jobs for welders and bricklayers from Central Asia.',
    'An employment centre in occupied Mariupol has begun registering migrants from Central Asia for construction jobs.',
    'Russian authorities have lifted the quota on migrant workers for construction in Crimea.',
    'Ukrainian prisoners of war were forced to dig trenches in occupied Zaporizhzhia region.',
    'A Russian firm has begun recruiting workers in Kyrgyzstan for jobs in occupied Kherson.',
    "Sevastopol's governor said the city would import labour from Central Asia to finish the bypass road.",
    "Abkhazia's de facto government signed an agreement with Uzbekistan on the organised recruitment of seasonal workers.",
    _gap('Dozens of Uzbek nationals employed on construction sites in Mariupol were detained and expelled.',
         "'nationals employed on' is a reduced relative; deported nationals are no named workers"),
    'Central Asian migrants in occupied Crimea were offered Russian citizenship if they signed up for the army.',
    'Migrant workers in occupied Luhansk are being pressured to join the Russian army.',
    'Transnistrian companies are hiring staff from Moldova as wages rise.',
    'Hundreds of Russian construction workers have been sent on rotation to occupied Mariupol.',
    'North Korean workers have begun working on construction sites in Russian-occupied Donetsk, according to Ukrainian intelligence.',
    'Migrants from Tajikistan were lured to occupied Luhansk with job offers and then forced to dig trenches.',
    'The occupation authorities in Kherson are inviting builders from Russian regions to work on reconstruction.',
    'Some 1,500 Tajik labourers have been working in occupied Mariupol since the summer.',
    'Migrants in occupied Donetsk who refuse to sign military contracts face deportation, rights groups said.',
    'The Crimean authorities cut the number of work patents available to migrants from Central Asia.',
    'Pyongyang dispatched a first group of construction workers to occupied Donetsk in September.',
    'A recruitment agency in Tashkent is advertising jobs in occupied Luhansk for electricians and welders.',
]

NEAR_MISSES = [
    'The Crimean sparkling wine was recognised as the best at an international competition in Moscow.',
    "Ukraine's ambassador to Germany opened an exhibition of Crimean Tatar art in Berlin.",
    'Shakhtar Donetsk signed a four-year contract with a Brazilian midfielder on Friday.',
    "Miners in Donetsk region celebrated Miner's Day on Sunday with concerts and parades.",
    'Unemployment in the Kherson region fell to 5 percent, according to official statistics.',
    'In the 19th century thousands of German settlers arrived in Crimea and founded colonies.',
    'Sheriff Tiraspol hired a new coach from Spain after a poor start to the season.',
    "The old consulate building in Sevastopol was turned into a museum of the city's history.",
    "Abkhazia's tourist season opened with record numbers of Russian visitors.",
    "Journalists' credentials were checked at the entrance to the stadium in Donetsk.",
    'Sukhumi hosted the final of the regional chess championship.',
    'The Sevastopol aquarium recruited volunteers to clean the beaches.',
    'Wages of construction workers in Crimea rose by 12 percent last year, the statistics office said.',
    'A new textbook on the history of diplomacy was presented at Donetsk University.',
    "Transnistria's economy depends on exports of steel and electricity to Moldova.",
    'Residents of Tskhinvali recognised the suspect from a photograph, police said.',
    'The work of the Luhansk philharmonic orchestra was recognised with a state award.',
    'The museum in Sevastopol displayed the letters of credence of a 19th-century ambassador to the Ottoman Empire.',
    'Crimean Tatars who returned to Crimea in the 1990s built new houses around Simferopol.',
    'Before the war the Zaporizhzhia steel plant employed 10,000 people.',
    'Construction workers found an unexploded shell at a building site in Melitopol.',
    'The film tells the story of a miner from Luhansk who moved to Kyiv in the 1980s.',
    # (was a strict xfail: an entity's team coming home read as a visit with an entity party; passes with
    # unofficial_visitor_nouns, session 14)
    'The Abkhaz national football team arrived in Sukhumi after winning the tournament.',
    'Students at Donetsk university held a debate on the recognition of foreign diplomas.',
    'About 30 percent of migrants in Russia come from Uzbekistan, according to official data.',
    'The history museum in Tiraspol opened an exhibition devoted to the 1992 war.',
    'A Crimean winery opened a shop in Moscow to sell its wines.',
    'The Kherson regional library presented a book about the Greek consuls who lived in the city in the 19th century.',
    'The visa-free regime between Russia and Georgia was introduced in 2019 for Georgian citizens, a historian noted.',
    'Fans of Zorya Luhansk travelled to Lviv for the league match.',
    'Prices of apartments in occupied Mariupol rose sharply as construction slowed.',
    'The Luhansk choir performed at the festival and was welcomed by the audience.',
    "Abkhazia's mandarin harvest was delivered to Russian markets by truck.",
    'The job of a welder in Donetsk pays about 60,000 roubles a month, a salary survey showed.',
    'The brigade commander in Kherson region was awarded a medal for bravery.',
    'The delegation of the Kherson chess club won a bronze medal in Sochi.',
    'A Sevastopol court recognised the marriage of the two residents as valid.',
    'The passport office in Simferopol will be closed on Monday for a public holiday.',
    'Local builders started work on a new school in occupied Mariupol.',
    'A hospital in occupied Kherson hired twenty nurses last month.',
    'Shakhtar Donetsk offered a new contract to its Brazilian captain.',
    'A school in Sevastopol sent teachers from the city to a training seminar in Moscow.',
    'Tickets for the concert in occupied Sevastopol are expected to sell out.',
    'Residents of Kherson were forced to flee across the river after the dam collapsed.',
    'Tourists from Russia can enter Abkhazia with internal passports, the tourism office said.',
    'A delegation of Luhansk schoolchildren visited a science fair in Moscow.',
]


@pytest.mark.parametrize("text", RECOGNITION)
def test_recognition_event_is_coded(text):
    assert _themed(text, REC), text


@pytest.mark.parametrize("text", LABOUR)
def test_labour_migration_event_is_coded(text):
    assert _themed(text, LAB), text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_has_no_themed_event(text):
    assert not _themed(text), text

"""Labour migration, session 16 third round (classes of the mission_phrasings dev23 and when_where dev20 labour
rows, tested on new sentences with near-misses): a denied labour act is no event (grammar denial_dropped_themes),
civilians rounded up or herded for work on defences are forced labour (triggers labor.rounded_up_for_labour)."""
import pytest

from pipeline.coding import code_article


def _events(text, date="2024-06-01"):
    return [(e["cameo_code"], e["rule"], tuple(e["themes"]), e["recognition_stance"])
            for e in code_article({"article_id": "t", "published": date, "text": text})]


def _labour(text):
    return [ev for ev in _events(text) if "labor_migration" in ev[2]]


# --- coder (denial_at / refuse cue); grammar denial_dropped_themes -------------------------------------------
@pytest.mark.parametrize("text", [
    "Occupation officials in Donetsk denied that workers from North Korea were employed at construction sites.",
    "The Russian-installed administration in Mariupol denied bringing workers from North Korea.",
    "The occupation authorities in Luhansk denied reports that 500 North Korean labourers had arrived in the city.",
    "Kherson's Russian-installed governor denies claims that migrant workers from Uzbekistan were hired to rebuild "
    "the port.",
])
def test_a_denied_labour_act_is_no_event(text):
    assert _labour(text) == []


@pytest.mark.parametrize("text,code", [
    # a refusal is an act of its own (121), not a denied report
    ("The occupation authorities in Melitopol refused to hire workers from Uzbekistan.", "121"),
    # the denial names another act: the labour act stands
    ("The occupation authorities in Mariupol brought in 400 workers from Uzbekistan, denying that locals had been "
     "passed over.", "061"),
])
def test_labour_near_a_denial_that_is_not_denied(text, code):
    assert [ev[0] for ev in _labour(text)] == [code]


def test_a_denied_recognition_keeps_its_deny_stance():
    got = _events("Occupation officials in Donetsk denied reports that the city had recognised Abkhazia.")
    assert [(c[:2], st) for c, _, th, st in got if "diplomatic_recognition" in th] == [("12", "deny")]


# --- triggers labor.rounded_up_for_labour -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Residents of occupied Vasylivka are being rounded up for trench digging and threatened with arrest if they "
    "refuse, Ukraine's intelligence said.",
    "Russian soldiers in occupied Vasylivka rounded up dozens of men to dig trenches along the front line, local "
    "residents said.",
    "In occupied Enerhodar, men were rounded up for fortification work near the Dnipro, the mayor in exile said.",
    "Occupation troops herded villagers from around Polohy to dig trenches for Russian positions, Ukraine's "
    "intelligence said.",
])
def test_rounded_up_for_work_on_defences_is_forced_labour(text):
    assert [(ev[0], ev[1]) for ev in _labour(text)] == [("170", "labor.rounded_up_for_labour")]


@pytest.mark.parametrize("text", [
    # other purposes of a round-up stay arrests
    "Russian police in occupied Melitopol rounded up 20 men for questioning after a car bomb, local Telegram "
    "channels reported.",
    "Russian troops in occupied Kherson region rounded up men at checkpoints for filtration, residents said.",
    # volunteers; no occupation context
    "Volunteers in Zaporizhzhia were rounded up by organisers to dig trenches around the city.",
    "Police in Moscow rounded up 40 men to dig trenches for a film set, Interfax said.",
])
def test_round_ups_for_other_ends_are_no_forced_labour(text):
    assert all(ev[1] != "labor.rounded_up_for_labour" for ev in _events(text))
    assert not any(ev[0] == "170" for ev in _labour(text))


def test_a_migrant_round_up_for_law_violations_is_no_forced_labour():
    got = _events("Police in occupied Simferopol rounded up 40 migrants for labour law violations, the city's "
                  "Russian-installed police said.")
    assert [ev[0] for ev in got if "labor_migration" in ev[2]] == ["173"]


# --- triggers._fronted_participle_subject; grammar fronted_participle_subject_fillers, fronted_participle_max_gap -
@pytest.mark.parametrize("text,rule", [
    ("Expelled from occupied Sevastopol for working without a patent, twelve citizens of Uzbekistan were put on a "
     "bus to Rostov, the city's Russian-appointed court said.", "labor.expel_illegal_workers"),
    ("Deported from occupied Simferopol for working illegally, 14 Uzbek nationals were flown to Tashkent, the "
     "court said.", "labor.expel_illegal_workers"),
    ("Expelled from occupied Melitopol for working on a building site without permits, more than 30 citizens of "
     "Kyrgyzstan were sent home, the occupation police said.", "labor.expel_illegal_workers"),
    ("Hired in Moscow, 300 workers from Uzbekistan were taken to occupied Mariupol, the city's Russian-installed "
     "administration said.", "labor.bring_workers"),
])
def test_a_fronted_participle_takes_the_main_subject_as_its_object(text, rule):
    assert rule in [ev[1] for ev in _labour(text)]


@pytest.mark.parametrize("text", [
    # expelled for something else, or from a place with no occupation context: no labour act
    "Expelled from occupied Sevastopol for spying, two citizens of Tajikistan were put on a train to Moscow, the "
    "court said.",
    "Expelled from Moscow for working without a patent, eleven citizens of Tajikistan were put on a train to "
    "Dushanbe, the court said.",
    # the participle's clause holds a be-form: no fronted participle
    "Expelled from occupied Sevastopol was a man who had worked without a patent, and citizens of Tajikistan "
    "protested, the court said.",
])
def test_fronted_participle_near_misses(text):
    assert _labour(text) == []


# --- triggers labor.through_recruitment_point ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Since March, more than 1,200 job-seekers from Uzbekistan have passed through a recruitment point run by the "
    "occupation authorities in Donetsk, its head said.",
    "Some 1,500 workers from Kyrgyzstan have passed through the republic's recruitment centre in Donetsk since March, "
    "the DPR labour ministry said.",
])
def test_passing_through_a_labour_recruitment_point(text):
    assert "labor.through_recruitment_point" in [ev[1] for ev in _labour(text)]


@pytest.mark.parametrize("text", [
    # the army's recruitment; no occupation context; no labour word
    "Since January, 2,000 volunteers from Tajikistan have passed through a recruitment point in occupied Luhansk "
    "before going to the front.",
    "Job-seekers from Tajikistan have passed through a recruitment point in Moscow, officials said.",
    "Residents of occupied Mariupol passed through a filtration point and a recruitment office on their way out.",
])
def test_recruitment_point_near_misses(text):
    assert all(ev[1] != "labor.through_recruitment_point" for ev in _events(text))

"""False events in world news (session 15, third round; the false-event classes of split "dev10" of
tests/data/general_phrasings.jsonl). Sentences written for this file, several per class, with near-misses that
must stay coded.

Sports copy with no score line (grammar.yaml sports_phrases), the reference point of a time span read as a gerund
after a determiner ("30 years since the killing of ..."; coder._violence_sense), works of fiction framing their
sentence (coder._fiction_frames, grammar.yaml fiction_*), rehearsed acts (coder._simulated_act, simulation_*),
rescuers fighting a fire or for a life (coder._noncombatant_fight, noncombatant_*) and a ranked act noun as a
copula's complement (coder._superlative_rank, superlative_ranks).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article

PUB = dt.date(2025, 7, 12)


def _roots(text: str) -> list:
    return sorted({e["cameo_root"] for e in code_article({"article_id": "s15c", "text": text, "published": PUB})})


@pytest.mark.parametrize("text,expected", [
    # sports copy without a score line
    ("India's spin attack tore through England's middle order on the opening day in Chennai.", []),
    ("Australia's bowling attack ripped through South Africa's top order before lunch.", []),
    ("Celtic's attack stormed forward in stoppage time but could not find a winner.", []),
    ("Rebels attacked the stadium in Lahore, killing five people, police said.", ["18"]),
    ("Militants attacked the team bus of Sri Lanka's cricket side in Lahore.", ["18"]),
    # a commemoration: the act is the time span's reference point
    ("Hundreds gathered in Kigali to mark 30 years since the killing of hundreds of thousands of Tutsis.", []),
    ("Families gathered to mark ten years since the bombing of the concert hall in Manchester.", []),
    ("Gunmen killed 12 villagers in Zamfara on Sunday, police said.", ["19"]),  # (gunmen: fight.open_fire)
    # fiction framing its sentence
    pytest.param("In the HBO series, rebel soldiers attack the capital and execute the king.", [], marks=pytest.mark.xfail(strict=True, reason=(
        'review mend: "film" and "series" left fiction_frame_nouns (news footage and TV reports go by those names: "Film shows Russian soldiers executing prisoners"), so this frame is not read'))),
    ("In the novel, a general seizes power and arrests the president.", []),
    pytest.param("The film follows a mercenary who kidnaps a diplomat in Lagos.", [], marks=pytest.mark.xfail(strict=True, reason=(
        'review mend: "film" and "series" left fiction_frame_nouns (news footage and TV reports go by those names: "Film shows Russian soldiers executing prisoners"), so this frame is not read'))),
    ("In the rainy season, rebels attacked the village of Bama, killing 12.", ["18"]),
    ("In the town, gunmen attacked a cinema showing the thriller.", ["18"]),
    ("Gunmen stormed a cinema screening a Netflix thriller, killing two.", ["18"]),
    # drills and exercises
    ("Police staged a simulated attack on the metro on Saturday to test their response.", []),
    ("Soldiers took part in an exercise simulating a terrorist attack on the airport.", []),
    ("Marines rehearsed an assault on a beach in Okinawa.", []),
    ("Gunmen attacked a police drill in Peshawar, killing three officers.", ["18"]),
    # rescuers fighting fires or for lives
    ("Firefighters battled for hours to bring the warehouse fire under control.", []),
    ("Doctors fought to save the life of the injured boy.", []),
    ("Firefighters clashed with police during a protest over pay.", ["19"]),
    ("Troops battled militants near the fire station as firefighters tried to contain a blaze.", ["19"]),
    ("Rescuers said soldiers fought rebels overnight near the town.", ["19"]),
    # a ranked act as a copula's complement
    ("It was the bloodiest massacre since 1995, survivors said.", []),
    ("The 2008 siege of the Taj hotel remains the most violent attack in the city's history.", []),
    ("Gunmen attacked a mosque in Kano on Friday, killing 30 people.", ["18"]),
    ("Drones hit Nikopol on Monday. It was the third attack on the city this month.", ["18"]),
])
def test_false_event_classes(text, expected):
    assert _roots(text) == expected

"""Actors and acts of split "dev6" of tests/data/general_actors.jsonl (session 15, third round): classes, in
sentences written for this file, several per class, with near-misses that must not change.

Leaders with date bounds (schemas/actors/persons.yaml: Johnson, Hollande, Sarkozy, Cameron, May, Truss,
Antonov; short surnames only after a full mention), aid paused (triggers.yaml sanction.stop_aid "pause") and
halted deliveries of named weapons (sanction.stop_arms_deliveries, object_complements), captives named only as
people (yield.release_people), an international body's officials ordered to leave (sanction.order_officials_out)
and "declared X persona non grata" with the declaring government as actor
(sanction.declare_persona_non_grata).
"""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _events(text: str, date: str = "2024-05-15") -> list:
    evs = code_article({"article_id": "s15c", "text": text, "published": dt.date.fromisoformat(date)})
    return [(e["cameo_code"], e["actor1_code"], e["actor2_code"]) for e in evs]


@pytest.mark.parametrize("text,date,code,actor1,actor2", [
    # persons with terms: in office, after office (ELI), and short surnames after a full mention
    ("Boris Johnson held talks with Emmanuel Macron in Paris.", "2021-06-10", "040", "GBRGOV", "FRAGOV"),
    ("Boris Johnson held talks with Volodymyr Zelensky in Kyiv.", "2024-02-01", "040", "GBRELI", "UKRGOV"),
    ("Francois Hollande held talks with Vladimir Putin in Moscow.", "2015-02-06", "040", "FRAGOV", "RUSGOV"),
    ("Nicolas Sarkozy held talks with Dmitry Medvedev in Moscow.", "2008-08-12", "040", "FRAGOV", "RUSGOV"),
    ("Liz Truss held talks with Volodymyr Zelensky.", "2022-09-21", "040", "GBRGOV", "UKRGOV"),
    ("David Cameron held talks with Volodymyr Zelensky in Kyiv.", "2023-11-16", "040", "GBRGOV", "UKRGOV"),
])
def test_persons_with_terms(text, date, code, actor1, actor2):
    assert (code, actor1, actor2) in _events(text, date)


def test_short_surnames_need_a_full_mention():
    # "Johnson" or "Antonov" alone is another person or the aircraft maker
    assert not any(a1 and a1.startswith("GBR") for _, a1, _ in
                   _events("Johnson held talks with Volodymyr Zelensky in Kyiv.", "2021-06-10"))
    assert not any(a1 and a1.startswith("RUS") for _, a1, _ in
                   _events("Antonov condemned the decision.", "2021-06-10"))
    # the May month is no Theresa May
    assert not any(a1 and a1.startswith("GBR") for _, a1, _ in
                   _events("May saw talks between Kyiv and Moscow collapse.", "2018-06-10"))


@pytest.mark.parametrize("text,expected", [
    ("The White House paused all military aid to Ukraine on Monday.", ("162", "USAGOV", "UKR")),
    ("The Netherlands paused funding to the agency pending an inquiry.", None),
    ("The Pentagon has halted deliveries of some air defence interceptors to Ukraine.", ("162", "USAMIL", "UKR")),
    ("Germany paused shipments of artillery shells to Israel.", ("162", "DEU", "ISR")),
    ("Washington suspended the delivery of Patriot missiles to Kyiv.", None),
])
def test_stopped_aid(text, expected):
    evs = _events(text, "2025-03-04")
    assert any(c == "162" for c, _, _ in evs), evs
    if expected:
        assert expected in evs


@pytest.mark.parametrize("text", [
    "Russia halted deliveries of gas to Europe.",
    "The storm delayed deliveries of grain to the port.",
    "He paused for a moment before answering.",
    "Officials paused the shipment of mail while rockets fell.",
    "The Pentagon halted deliveries of food to the base after missiles hit the depot.",
])
def test_stopped_aid_near_misses(text):
    assert not any(c == "162" for c, _, _ in _events(text, "2025-03-04"))


@pytest.mark.parametrize("text,expected", [
    ("Hamas's armed wing freed two elderly Israeli women on Monday evening.", ("0841", "PSEREB", "ISRCVL")),
    ("Hamas freed two women on Friday.", ("0841", "PSEREB", "CVL")),
    ("The kidnappers released the elderly man on Sunday.", None),
    ("The militants released 12 men seized in a raid last week.", None),
])
def test_people_released(text, expected):
    evs = _events(text, "2023-10-24")
    assert any(c == "0841" for c, _, _ in evs), evs
    if expected:
        assert expected in evs


@pytest.mark.parametrize("text", [
    "The ministry released a report on women in the workforce.",
    "The agency released figures showing women earn less.",
    "The charity released footage of women queuing for bread.",
    "The new law frees women to work at night.",
    "The reform freed young men to pursue careers.",
    "The band released an album about working men.",
])
def test_people_released_near_misses(text):
    assert not any(c.startswith("084") for c, _, _ in _events(text, "2023-10-24"))


@pytest.mark.parametrize("text,expected", [
    ("Niger's junta ordered the UN's top official in the country to leave within 72 hours.",
     ("166", "NERGOV", "IGOUNO")),
    ("Russia's foreign ministry ordered the head of the OSCE mission to leave.", ("166", "RUSGOV", "IGOOSC")),
    ("Mali's junta told the UNICEF representative to leave the country.", None),
    ("Ethiopia's government declared seven senior UN officials 'persona non grata' on Thursday.",
     ("166", "ETHGOV", "IGOUNO")),
    ("Moscow declared two Estonian diplomats persona non grata.", ("166", "RUSGOV", "ESTGOV")),
])
def test_officials_expelled(text, expected):
    evs = _events(text, "2023-10-11")
    assert any(c == "166" for c, _, _ in evs), evs
    if expected:
        assert expected in evs


@pytest.mark.parametrize("text", [
    "The UN ordered its staff to leave Gaza City.",
    "The UN chief told officials to leave the room.",
    "The mayor ordered officials to leave the building after a bomb threat.",
    "The president told the UN General Assembly that his country would not leave the talks.",
    "The general ordered troops to guard the UN compound and leave the gate open.",
])
def test_officials_expelled_near_misses(text):
    assert not any(c.startswith("166") for c, _, _ in _events(text, "2023-10-11"))

"""Named office holders who are not in persons.yaml: a title + an unknown capitalized name is one
person actor of the title's role; its country comes from the phrase only (docs/actors.md)."""
import datetime as dt

import pytest

from pipeline.coding import code_article
from pipeline.coding.actors import find_actors

D = dt.date(2023, 5, 10)


def _actor(text: str, span: str):
    found = [a for a in find_actors(text, D) if a.text == span]
    assert found, [(a.text, a.code) for a in find_actors(text, D)]
    return found[0]


@pytest.mark.parametrize("text, span, code", [
    # no country in the phrase: role only
    ("President Jean Dupont welcomed the visitors.", "President Jean Dupont", "GOV"),
    ("Foreign Minister Pedro Alvarez arrived in the capital.", "Foreign Minister Pedro Alvarez", "GOV"),
    ("Defence Minister Pierre Joxe inspected the troops.", "Defence Minister Pierre Joxe", "MIL"),
    ("Mayor Anna Kowalska opened the bridge.", "Mayor Anna Kowalska", "GOV"),
    ("Former President Carlos Menem testified on Monday.", "Former President Carlos Menem", "ELI"),
    # a country before the title
    ("Iranian President Ali Khatami said on Monday.", "Iranian President Ali Khatami", "IRNGOV"),
    ("Russia's ambassador Vasily Nebenzia spoke first.", "Russia's ambassador Vasily Nebenzia", "RUSGOV"),
    # "of <country>" after the name
    ("King Hassan of Morocco received the envoy.", "King Hassan of Morocco", "MARGOV"),
    ("Prime Minister Jan Novak of Slovakia met reporters.", "Prime Minister Jan Novak of Slovakia", "SVKGOV"),
    ("Former President Carlos Menem of Argentina testified.", "Former President Carlos Menem of Argentina", "ARGELI"),
    ("Secretary-General Kofi Annan of the United Nations spoke.",
     "Secretary-General Kofi Annan of the United Nations", "IGOUNO"),
    # a known person's surname after an unknown first name: the same office, the person's country
    ("President Hafez al-Assad received the delegation.", "President Hafez al-Assad", "SYRGOV"),
])
def test_title_and_unknown_name_is_one_person_actor(text, span, code):
    a = _actor(text, span)
    assert a.code == code
    assert a.kind == "person"


@pytest.mark.parametrize("text, span, code, kind", [
    # known persons keep their dictionary identity and date-bounded codes
    ("President Putin said on Monday.", "President Putin", "RUSGOV", "person"),
    ("Russian President Vladimir Putin met him.", "Russian President Vladimir Putin", "RUSGOV", "person"),
    # a title with no name after it stays a lone role
    ("The President said on Monday.", "President", "GOV", "agent"),
    ("The minister On Tuesday denied it.", "minister", "GOV", "agent"),
])
def test_known_persons_and_lone_titles_unchanged(text, span, code, kind):
    a = _actor(text, span)
    assert (a.code, a.kind) == (code, kind)


def test_of_country_before_a_possessive_is_not_the_owner():
    text = "Officials warned President Joao Silva of Russia's plans."
    codes = {a.text: a.code for a in find_actors(text, D)}
    assert codes.get("President Joao Silva") == "GOV"
    assert codes.get("Russia") == "RUS"


def test_known_person_date_bounds_kept_after_title():
    # Medvedev was president in 2010, prime minister in 2015: both GOV, the entry stays the person's
    a = _actor("Prime Minister Dmitry Medvedev said.", "Prime Minister Dmitry Medvedev")
    assert a.name == "Dmitry Medvedev" and a.entry.startswith("person:medvedev")


def _events(text):
    return [(e["actor1_code"], e["actor2_code"])
            for e in code_article({"id": "t", "published": D, "text": text})]


@pytest.mark.parametrize("text, dyad", [
    ("U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw the inspectors "
     "from Iraq.", ("IGOUNO", "IRQ")),
    ("Secretary-General Ban Ki Moon of the United Nations said he would withdraw the monitors "
     "from Syria.", ("IGOUNO", "SYR")),
    ("King Hassan of Morocco criticized Israel on Friday.", ("MARGOV", "ISR")),
])
def test_titled_person_is_the_doer_and_the_antecedent_of_he(text, dyad):
    assert dyad in _events(text)


# -- relation nouns after a single state: the other party ("US allies" are not the US) ---------
@pytest.mark.parametrize("text, span", [
    ("US allies condemned the move.", "US allies"),
    ("American allies imposed sanctions on Iran.", "American allies"),
    ("Russian partners in Africa were silent.", "Russian partners"),
    ("Moscow allies in the region backed the plan.", "Moscow allies"),
])
def test_state_before_relation_noun_is_the_other_party(text, span):
    a = _actor(text, span)
    assert a.kind == "relation" and a.code == ""


@pytest.mark.parametrize("text, span, code", [
    ("NATO allies condemned the move.", "NATO allies", "IGONAT"),
    ("Western allies imposed sanctions on Iran.", "Western allies", "WST"),
    ("European partners were silent.", "European partners", "EUR"),
])
def test_bloc_or_region_before_relation_noun_is_the_actor(text, span, code):
    assert _actor(text, span).code == code


def test_us_allies_are_not_the_us_in_events():
    assert all(a1 != "USA" for a1, _a2 in _events("US allies imposed sanctions on Iran."))

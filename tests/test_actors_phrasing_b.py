"""Actor phrasing: noun adjuncts after a demonym, ethnic groups, names with an inner mark, and
well-known bodies of earlier decades (dictionary entries)."""
from __future__ import annotations

import pytest

from pipeline.coding.actors import find_actors


def codes(text):
    return [(a.text, a.code) for a in find_actors(text)]


@pytest.mark.parametrize("text, span, code", [
    # a demonym + one singular noun adjunct + an agent noun is one actor
    ("Angry French paper workers blocked the road.", "French paper workers", "FRALAB"),
    ("Iraqi oil officials said output fell.", "Iraqi oil officials", "IRQGOV"),
    ("Ukrainian railway workers repaired the line.", "Ukrainian railway workers", "UKRLAB"),
    ("Polish mining workers went on strike.", "Polish mining workers", "POLLAB"),
    ("Swiss press officials declined to comment.", "Swiss press officials", "CHEGOV"),
])
def test_noun_adjunct_joins_demonym_and_agent(text, span, code):
    assert (span, code) in codes(text)


@pytest.mark.parametrize("text, first", [
    # near misses: a plural word, a verb, a plural demonym, a country name: no join
    ("Russian drones killed workers.", ("Russian", "RUS")),
    ("Russian shelling killed civilians.", ("Russian", "RUS")),
    ("A Russian told police officers.", ("Russian", "RUS")),
    ("Iraqis fear officials will lie.", ("Iraqis", "IRQ")),
    ("Russia oil workers", ("Russia", "RUS")),
    ("A Russian detained workers.", ("Russian", "RUS")),
])
def test_noun_adjunct_needs_a_singular_noun_after_an_adjective(text, first):
    got = codes(text)
    assert got[0] == first and len(got) >= 2


@pytest.mark.parametrize("text, span, code", [
    ("Ethnic Albanians in south Serbia demanded autonomy.", "Ethnic Albanians", "CVL"),
    ("Serb forces killed three ethnic Albanians.", "ethnic Albanians", "CVL"),
    ("Ethnic Albanian guerrillas attacked a police post.", "Ethnic Albanian guerrillas", "REB"),
    ("Ethnic Russian residents of Latvia protested.", "Ethnic Russian residents", "CVL"),
    ("An ethnic Serb was detained.", "ethnic Serb", "CVL"),
])
def test_ethnic_demonym_is_no_state(text, span, code):
    assert (span, code) in codes(text)


def test_demonym_without_ethnic_keeps_its_state():
    assert ("Albanian guerrillas", "ALBREB") in codes("Albanian guerrillas attacked a police post.")
    assert ("Albanians", "ALB") in codes("Albanians demanded autonomy.")


@pytest.mark.parametrize("text, span, code", [
    # a mark inside a name ("Workers' Party") leaves two spaces in the matched text
    # (the generic noun before the name describes it and joins the span: actors._named_appositions)
    ("The rebel Kurdistan Workers' Party demanded talks.", "rebel Kurdistan Workers' Party", "TURREB"),
    ("The Workers’ Party of Korea convened a plenum.", "Workers’ Party of Korea", "PRKGOV"),
    ("The U.N. refugee agency said.", "U.N. refugee agency", "IGOUNR"),
])
def test_names_with_an_inner_mark(text, span, code):
    assert (span, code) in codes(text)


@pytest.mark.parametrize("text, span, code", [
    ("The European Community on Monday gave Ivory Coast aid.", "European Community", "IGOEEC"),
    ("EC foreign ministers met in Luxembourg.", "EC foreign ministers", "IGOEEC"),
    ("APEC agreed to set up an energy centre.", "APEC", "IGOAPC"),
    ("Al-Qaeda claimed the attack.", "Al-Qaeda", "IMGREB"),
    ("Kampuchean guerrillas attacked a village.", "Kampuchean guerrillas", "KHMREB"),
    ("Zaire closed its border.", "Zaire", "COD"),
    ("Northern Ireland police arrested two men.", "Northern Ireland police", "GBRCOP"),
])
def test_dictionary_entries(text, span, code):
    assert (span, code) in codes(text)


def test_ireland_is_not_northern_ireland():
    assert ("Irish police", "IRLCOP") in codes("Irish police arrested two men.")
    assert not any(c.startswith("IRL") for _, c in codes("Unionists in Northern Ireland protested."))

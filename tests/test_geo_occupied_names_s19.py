"""Session 19: a place name shared by several places, written right after "occupied" (or "Russian-occupied",
"Russian-held", "the occupied town of"), takes the candidate in a region under occupation (mention_rules.yaml
occupied_words / occupied_regions), even when the article's context country would pick another: "occupied
Sverdlovsk" is the Luhansk-region town (Dovzhansk since 2016), not Russia's Sverdlovsk region."""
import pytest

from pipeline.geo.gazetteer import get_gazetteer


def _regions(text, context=("RU",)):
    return [m.admin1_code for m in get_gazetteer().find_places(text, context)]


@pytest.mark.parametrize("text,context,want", [
    ("Authorities in occupied Sverdlovsk recruited miners.", ("RU",), "UA-09"),
    ("Drones hit a depot in the Russian-occupied town of Sverdlovsk.", ("RU",), "UA-09"),
    ("Shelling was reported in Russian-held Sverdlovsk.", ("RU", "UA"), "UA-09"),
    ("Officials in occupied Pervomaisk said the mine reopened.", ("RU",), "UA-09"),  # not Mykolaiv's Pervomaisk
    ("A school reopened in occupied Kamianka.", ("UA",), "UA-43"),  # the Kamianka in Crimea
])
def test_occupied_picks_the_occupied_candidate(text, context, want):
    assert _regions(text, context) == [want]


@pytest.mark.parametrize("text,context,want", [
    ("Police in the Sverdlovsk region detained protesters.", ("RU",), "RU-SVE"),  # the region noun: Russia's
    ("Governor of Sverdlovsk Oblast met investors.", ("RU",), "RU-SVE"),
    ("Officials in Pervomaisk said the bridge reopened.", ("UA",), "UA-48"),  # no qualifier: the larger town
    ("Police detained protesters in Donetsk, Rostov region.", ("RU",), "RU-ROS"),  # apposition stays decisive
    ("The occupied Sverdlovsk region is in the Urals.", ("RU",), "RU-SVE"),  # the qualifier of a region noun
])
def test_occupied_near_misses(text, context, want):
    assert _regions(text, context)[:1] == [want]


def test_sverdlovsk_alone_in_a_ukrainian_story_is_the_luhansk_town():
    assert _regions("Shelling hit Sverdlovsk on Monday.", ("UA",)) == ["UA-09"]

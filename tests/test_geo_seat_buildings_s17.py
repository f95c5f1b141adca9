"""Seats of government named as buildings are no place mentions (schemas/geo/stopwords.txt).

GeoNames lists "White House" among Casablanca's names, so "talks at the White House" were placed in Morocco.
"""
import pytest

from pipeline.coding import code_article
from pipeline.geo.gazetteer import get_gazetteer


@pytest.mark.parametrize("text", [
    "Trump met Zelensky at the White House on Friday.",
    "Netanyahu and Trump signed the accord at the White House.",
    "The leaders held talks in the Oval Office of the White House for two hours.",
])
def test_white_house_places_nothing_in_morocco(text):
    assert not [p for p in get_gazetteer().find_places(text) if p.country_code == "MA"]
    evs = code_article({"article_id": "t", "published": "2025-03-01", "text": text})
    assert evs and all(e["location_name"] != "Casablanca" for e in evs), [e["location_name"] for e in evs]


def test_casablanca_by_name_is_still_a_place():
    places = get_gazetteer().find_places("Port workers in Casablanca went on strike on Monday.")
    assert [(p.text, p.country_code) for p in places] == [("Casablanca", "MA")]


def test_white_house_still_codes_the_us_government():
    evs = code_article({"article_id": "t", "published": "2025-03-01",
                        "text": "The White House said it would send more air defence systems to Ukraine."})
    assert [e["actor1_code"] for e in evs] == ["USAGOV"]

"""Round 8 (split fresh8 of tests/data/when_where_articles.jsonl): recruiting people to work on the army's
earthworks, the work named as such ("to work on trench construction", "to work on fortifications"):
triggers.yaml labor.recruit_to_work objects. Sentences written for this file (split dev8), not the fresh8 ones."""
import datetime as dt

import pytest

from pipeline.coding import code_article


def _labor(text):
    evs = code_article({"article_id": "t", "text": text, "published": dt.date(2024, 6, 3)})
    return [e for e in evs if "labor_migration" in e["themes"]]


@pytest.mark.parametrize("text", [
    "Occupation authorities in Tokmak have begun recruiting local men to work on trench construction along the "
    "front line.",
    "The Russian-installed administration in Nova Kakhovka is recruiting residents to work on fortifications near "
    "the Dnipro, Ukraine's military said.",
    "Occupation officials in Berdiansk recruited teenagers to work on the construction of defensive lines, paying "
    "them in food.",
    "In occupied Enerhodar, the occupation administration is recruiting pensioners to work on construction of "
    "trenches for 500 rubles a day.",
])
def test_recruiting_people_for_earthworks(text):
    evs = _labor(text)
    assert evs and all(e["rule"] == "labor.recruit_to_work" and e["actor1_code"] == "RUSGOV" and e["occupied"]
                       for e in evs)


@pytest.mark.parametrize("text", [
    # no occupation context: a state's own recruitment at home; another purpose; volunteers' reconstruction
    "Ukraine's defence ministry is recruiting civilians to work on fortifications near Kharkiv.",
    "The occupation authorities in Melitopol have begun recruiting local teenagers for a summer football camp.",
    "Volunteers in Kyiv are recruiting students to work on the reconstruction of schools.",
])
def test_recruiting_near_misses(text):
    assert _labor(text) == []

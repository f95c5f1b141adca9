"""Labour round 4: an occupied origin of an out-of movement locates the themed act (coder._themed_places);
an unoccupied origin still locates nothing."""
import datetime as dt

import pytest

from pipeline.coding import code_article

LEAD = "Denis Pushilin visited a school in occupied Donetsk on Monday. Separately, "


@pytest.mark.parametrize("text,place", [
    ("Russia sent 300 young people from Melitopol to work at factories in Tatarstan.", "Melitopol"),
    ("200 students from Melitopol were taken to work on farms in the Krasnodar region.", "Melitopol"),
    ("workers from Dagestan arrived in Mariupol to rebuild the port.", "Mariupol"),
])
def test_out_of_movement_located_at_occupied_origin(text, place):
    evs = [e for e in code_article({"article_id": "t", "published": dt.date(2024, 3, 14), "text": LEAD + text})
           if e["themes"]]
    assert evs and all(e["location_name"] == place for e in evs), [(e["rule"], e["location_name"]) for e in evs]

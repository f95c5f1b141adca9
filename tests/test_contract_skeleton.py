"""The table schemas load and carry the columns other users rely on."""
from pipeline.warehouse.tables import arrow_schema, column_names

EVENT_CONTRACT = [
    "event_id", "article_id", "sentence_index", "char_start", "char_end", "evidence", "event_date",
    "date_precision", "cameo_code", "cameo_root", "quad_class", "goldstein", "plover_type",
    "acled_event_type", "acled_sub_event_type", "themes", "recognition_stance", "actor1_name",
    "actor1_code", "actor2_name", "actor2_code", "location_name", "country_code", "admin1_code",
    "region_name", "latitude", "longitude", "geo_precision", "occupied", "rule", "coder_version",
]


def test_events_schema_keeps_the_contract_columns():
    names = column_names("events")
    missing = [c for c in EVENT_CONTRACT if c not in names]
    assert not missing
    assert str(arrow_schema("events").field("themes").type) == "list<item: string>"


def test_articles_and_quarantine_schemas():
    assert {"article_id", "url", "title", "source", "published", "text", "raw_path"} <= set(column_names("articles"))
    assert {"raw_path", "position", "reason", "message", "excerpt"} <= set(column_names("quarantine"))

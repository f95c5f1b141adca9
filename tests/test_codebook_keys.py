"""triggers.yaml patterns and themes.yaml mission_link are read key by key: a key nothing reads is an error,
so a misspelt or renamed key cannot silently switch a rule off."""
import shutil

import pytest

from pipeline.coding.lexicon import compile_lexicon
from pipeline.paths import schemas_dir


@pytest.fixture
def schemas_copy(tmp_path):
    shutil.copytree(schemas_dir(), tmp_path / "schemas")
    return tmp_path / "schemas"


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_codebook_compiles_with_its_mission_links(schemas_copy):
    lex = compile_lexicon(schemas_copy)
    labour = lex.themes["labor_migration"]["mission_link"]
    assert "RUS" in labour["parties"] and labour["party_places"] and labour["elsewhere_actors"] == "states"
    assert lex.themes["diplomatic_recognition"]["mission_link"]["elsewhere_actors"] == "partially_recognized"
    assert any(p.places_locate for p in lex.patterns)


def test_an_unknown_pattern_key_is_an_error(schemas_copy):
    _edit(schemas_copy / "codebook" / "triggers.yaml", "  places_locate: true", "  theme_context: true")
    with pytest.raises(ValueError, match="theme_context"):
        compile_lexicon(schemas_copy)


def test_an_unknown_mission_link_key_is_an_error(schemas_copy):
    _edit(schemas_copy / "codebook" / "themes.yaml", "      party_places: true", "      party_place: true")
    with pytest.raises(ValueError, match="party_place"):
        compile_lexicon(schemas_copy)


def test_an_unknown_kind_of_elsewhere_evidence_is_an_error(schemas_copy):
    _edit(schemas_copy / "codebook" / "themes.yaml", "elsewhere_actors: states", "elsewhere_actors: countries")
    with pytest.raises(ValueError, match="countries"):
        compile_lexicon(schemas_copy)

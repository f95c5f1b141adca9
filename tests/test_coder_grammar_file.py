"""schemas/codebook/grammar.yaml is read field by field into grammar.Grammar: a key no field reads is
an error (a misspelt key would silently switch its rule off), and phrase lists load in a fixed order."""
import shutil

import pytest

from pipeline.coding import grammar as grammar_mod
from pipeline.paths import schemas_dir


@pytest.fixture
def grammar_copy(tmp_path, monkeypatch):
    shutil.copytree(schemas_dir(), tmp_path / "schemas")
    monkeypatch.setenv("OEP_SCHEMAS_DIR", str(tmp_path / "schemas"))
    grammar_mod.grammar.cache_clear()
    yield tmp_path / "schemas" / "codebook" / "grammar.yaml"
    grammar_mod.grammar.cache_clear()


def test_every_key_of_the_shipped_grammar_is_read():
    grammar_mod.grammar.cache_clear()
    g = grammar_mod.grammar()
    assert "the" in g.determiners and g.negative_subjects and g.entity_anaphor_nouns


def test_an_unknown_key_is_an_error(grammar_copy):
    grammar_copy.write_text(grammar_copy.read_text(encoding="utf-8") + "\nhegdes: [[maybe]]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="hegdes"):
        grammar_mod.grammar()


def test_a_renamed_key_still_feeds_its_field(grammar_copy):
    text = grammar_copy.read_text(encoding="utf-8")
    assert "attributive_participle_adverbs:" in text
    grammar_copy.write_text(text.replace("attributive_participle_adverbs: [", "attributive_participle_adverbs: [zzword, ", 1),
                            encoding="utf-8")
    assert "zzword" in grammar_mod.grammar().participle_adverbs


def test_word_sequences_are_ordered_longest_first_then_alphabetically():
    got = grammar_mod.word_seqs(["so-called", "de facto", "self-proclaimed", "puppet", "self-styled"])
    assert got == (("de", "facto"), ("self", "proclaimed"), ("self", "styled"), ("so", "called"), ("puppet",))

"""YAML 1.1 (PyYAML) reads bare on / off / yes / no as booleans: in a word list, "on" silently became
True and the preposition was lost. No list or mapping key in schemas/ may hold a boolean."""
from pathlib import Path

import pytest
import yaml

from pipeline.paths import schemas_dir

FILES = sorted(Path(schemas_dir()).rglob("*.yaml"))


def _booleans_in_lists(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                yield f"{path}/<key {key}>"
            yield from _booleans_in_lists(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if isinstance(value, bool):
                yield f"{path}[{i}]"
            else:
                yield from _booleans_in_lists(value, f"{path}[{i}]")


def test_there_are_schema_files():
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_word_list_holds_a_yaml_boolean(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(_booleans_in_lists(data)) == [], f"quote on/off/yes/no in {path}"


def test_the_check_sees_a_bare_on():
    assert list(_booleans_in_lists(yaml.safe_load("prepositions: [in, on, at]"))) == ["/prepositions[1]"]

"""The shared on-disk cache of compiled data: reuse, rebuild on corruption, stale cleanup."""
import os

from pipeline.cache import load_or_build


def test_reuses_rebuilds_and_removes_stale(tmp_path):
    builds = []

    def build(value):
        return lambda: builds.append(value) or {"v": value}

    old = tmp_path / "thing-aaa.pickle"
    assert load_or_build(old, build(1)) == {"v": 1}
    assert load_or_build(old, build(2)) == {"v": 1} and builds == [1]  # cached
    new = tmp_path / "thing-bbb.pickle"
    assert load_or_build(new, build(3)) == {"v": 3}
    assert not old.exists() and new.exists()  # built from older inputs: removed
    new.write_bytes(b"not a pickle")
    assert load_or_build(new, build(4)) == {"v": 4}  # corrupt file rebuilt
    assert load_or_build(new, build(5), valid=lambda obj: obj["v"] == 5) == {"v": 5}
    assert load_or_build(new, build(6), read=False) == {"v": 6}
    assert [p.name for p in tmp_path.iterdir()] == ["thing-bbb.pickle"]  # no temp files left


def test_unwritable_cache_dir_only_costs_the_build(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    # the cache dir cannot be created (a file is in the way): still returns the built object
    assert load_or_build(blocker / "sub" / "thing-a.pickle", lambda: 7) == 7
    assert os.listdir(tmp_path) == ["file"]

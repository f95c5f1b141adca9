"""The `oep` command's exit codes and pipe behaviour (the public contract of the CLI)."""
import subprocess
import sys
from types import SimpleNamespace

import pytest

from pipeline import cli


def _fake_summary(checks):
    return SimpleNamespace(checks=checks, __str__=lambda self: "summary")


@pytest.mark.parametrize("checks, code", [({"a": True, "b": True}, 0), ({"a": True, "b": False}, 3)])
def test_oep_run_exit_code_reflects_asset_checks(monkeypatch, tmp_path, capsys, checks, code):
    import pipeline.runner

    monkeypatch.setattr(pipeline.runner, "run_pipeline",
                        lambda raw_dir, warehouse_dir, **options: SimpleNamespace(checks=checks))
    assert cli.main(["run", "--raw", str(tmp_path), "--warehouse", str(tmp_path / "w")]) == code
    err = capsys.readouterr().err
    assert ("checks failed: b" in err) == (code == 3)


def test_oep_code_into_a_closed_pipe_exits_cleanly():
    text = "Russian forces shelled Kharkiv on Tuesday, killing two civilians. " * 200
    article = '{"id": "p1", "published": "2023-05-10", "text": "%s"}\n' % text
    proc = subprocess.run(
        f"{sys.executable} -m pipeline.cli code - | head -c 10",
        shell=True, input=article * 20, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr, proc.stderr[-500:]


def test_oep_code_missing_file_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["code", str(tmp_path / "nope.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_oep_code_never_imports_dagster(tmp_path):
    """`oep code` is the fast path: it must start without the orchestrator."""
    article = tmp_path / "a.jsonl"
    article.write_text('{"id": "d1", "published": "2023-09-17", "text": "North Korea will open a '
                       'consulate in occupied Donetsk, officials said."}\n', encoding="utf-8")
    probe = ("import sys, io, contextlib; from pipeline import cli\n"
             "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
             f"    cli.main(['code', {str(article)!r}])\n"
             "print(out.getvalue().count('event_id'), 'dagster' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    events, dagster_loaded = proc.stdout.split()
    assert int(events) >= 1
    assert dagster_loaded == "False"

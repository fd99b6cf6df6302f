"""`python -m gazetteer` as a user runs it (subprocesses)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(args, stdin=None, tmp_path=None):
    env = {k: v for k, v in os.environ.items() if k not in ("GAZETTEER", "OCHA_DIR", "GAZETTEER_ONLINE")}
    env["GAZETTEER_LEARNED"] = str((tmp_path or REPO / "var") / "learned-none.csv")
    return subprocess.run([sys.executable, "-m", "gazetteer", *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=120)


def test_resolve_prints_best_and_candidates(tmp_path):
    out = run(["resolve", "--admin1", "حماة", "Suran"], tmp_path=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[1].startswith("best:") and "SY05" in lines[1]
    assert any("SY02" in line for line in lines[3:])  # the Aleppo Suran is still listed


def test_unknown_hint_is_reported(tmp_path):
    out = run(["resolve", "--admin1", "Atlantis", "Idlib"], tmp_path=tmp_path)
    assert out.returncode == 0 and "not a governorate" in out.stderr and "SY07" in out.stdout
    lines = run(["resolve", "--jsonl"], stdin='{"name": "Idlib", "admin1": "Atlantis"}\n', tmp_path=tmp_path)
    assert "not a governorate" in json.loads(lines.stdout)["warning"]


def test_resolve_unknown_and_empty(tmp_path):
    out = run(["resolve", "Xyzzy Qwerty"], tmp_path=tmp_path)
    assert out.returncode == 1 and "no match" in out.stdout
    empty = run(["resolve", " "], tmp_path=tmp_path)
    assert empty.returncode == 2 and "non-empty NAME" in empty.stderr


def test_resolve_jsonl_one_line_out_per_line_in(tmp_path):
    lines = ['{"name": "Idleb"}', "not json", '{"name": ""}', '{"name": "ريف حماة"}',
             '{"name": "Suran", "admin1": "SY02"}', '{"name": "Xyzzy"}', "[1, 2]"]
    out = run(["resolve", "--jsonl"], stdin="\n".join(lines) + "\n", tmp_path=tmp_path)
    assert out.returncode == 1  # some lines were bad, the batch still finished
    results = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(results) == len(lines)
    assert results[0]["match"]["admin1_pcode"] == "SY07" and results[0]["candidates"]
    assert results[1]["error"].startswith("line 2") and results[1]["match"] is None
    assert "empty" in results[2]["error"]
    assert results[3]["match"]["level"] == "governorate" and results[3]["match"]["geo_precision"] == 3
    assert results[4]["match"]["admin1_pcode"] == "SY02"
    assert results[5]["match"] is None and results[5]["candidates"] == [] and "error" not in results[5]
    assert results[6]["error"].startswith("line 7")
    assert "line 2" in out.stderr and "line 7" in out.stderr


def test_build_then_resolve_with_the_file(tmp_path):
    places = tmp_path / "places.csv"
    places.write_text("name,lat,lon,name_ar\nQaryat Mithal,35.2,36.9,قرية المثال\nbad,,\n", encoding="utf-8")
    out_file = tmp_path / "g.json"
    built = run(["build", "--places", str(places), "--out", str(out_file)], tmp_path=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "places 1" in built.stdout and f"{places}, line 3" in built.stderr
    found = run(["resolve", "--gazetteer", str(out_file), "قرية المثال"], tmp_path=tmp_path)
    assert found.returncode == 0 and "Qaryat Mithal" in found.stdout


def test_build_error_names_the_file(tmp_path):
    bad = tmp_path / "events.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    out = run(["build", "--events", str(bad), "--out", str(tmp_path / "g.json")], tmp_path=tmp_path)
    assert out.returncode == 1 and str(bad) in out.stderr and not (tmp_path / "g.json").exists()


@pytest.mark.shared
def test_build_from_ocha_and_ged(tmp_path, ocha_dir, ged_csv):
    out_file = tmp_path / "g.json"
    built = run(["build", "--ocha", str(ocha_dir), "--events", str(ged_csv), "--out", str(out_file)], tmp_path=tmp_path)
    assert built.returncode == 0, built.stderr
    found = run(["resolve", "--gazetteer", str(out_file), "السكري"], tmp_path=tmp_path)
    assert "As-Sukkari" in found.stdout and "neighbourhood" in found.stdout


def test_help_documents_the_commands():
    out = run(["--help"])
    assert "build" in out.stdout and "resolve" in out.stdout
    assert "--jsonl" in run(["resolve", "--help"]).stdout


def test_resolve_jsonl_bad_lines_get_errors_and_the_batch_goes_on(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("GAZETTEER", "OCHA_DIR", "GAZETTEER_ONLINE")}
    env["GAZETTEER_LEARNED"] = str(tmp_path / "learned-none.csv")
    stdin = (b'{"name":"\\ud800x"}\n' + b"[" * 100_000 + b"]" * 100_000 + b"\n" + b'{"name": "Ho\xffms"}\n'
             + '{"name": "حمص"}\n'.encode())
    out = subprocess.run([sys.executable, "-m", "gazetteer", "resolve", "--jsonl"], input=stdin,
                         capture_output=True, cwd=REPO, env=env, timeout=120)
    assert out.returncode == 1 and b"Traceback" not in out.stderr
    results = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert len(results) == 4
    assert "lone surrogate" in results[0]["error"] and "nested too deeply" in results[1]["error"]
    assert "not valid UTF-8" in results[2]["error"] and results[2]["match"] is None
    assert results[3]["match"]["admin1_pcode"] == "SY04" and "error" not in results[3]


def test_resolve_jsonl_does_not_import_geopandas(tmp_path):
    """geopandas (only `build` needs it) was most of the start-up: `resolve` must not pull it back in."""
    code = ("import io, sys; from gazetteer.cli import main; sys.stdin = io.TextIOWrapper(io.BytesIO("
            "b'{\"name\": \"Homs\"}\\n')); main(['resolve', '--jsonl']); "
            "print('LOADED' if 'geopandas' in sys.modules or 'pandas' in sys.modules else 'CLEAN', file=sys.stderr)")
    env = {k: v for k, v in os.environ.items() if k not in ("GAZETTEER", "OCHA_DIR", "GAZETTEER_ONLINE")}
    env["GAZETTEER_LEARNED"] = str(tmp_path / "learned-none.csv")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert '"Homs"' in out.stdout and out.stderr.strip().endswith("CLEAN")

"""Two annotators' folders are scored against each other as the extractor is scored, both ways and per language."""
from __future__ import annotations

import json

import pytest

from bench.annotator_agreement import agreement, main

# Team-made reports (not real articles): one English, one Arabic.
TEXTS = {
    "r1": "Shelling hit Ariha on Monday, killing two people. A car bomb in Saraqib wounded five; Idlib was calm.",
    "r2": "قتل ثلاثة مدنيين بغارة جوية على مدينة دوما في ريف دمشق يوم الاثنين.",
}


def inc(place, code, kind, date, killed=None, wounded=None):
    return {"place": place, "admin1_pcode": code, "killed": killed, "wounded": wounded, "sub_event_type": kind,
            "event_date": date}


SHELL, IED, AIR = "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Air/drone strike"
A = {"r1": [inc("Ariha", "SY07", SHELL, "2024-05-06", 2), inc("Saraqib", "SY07", IED, "2024-05-06", None, 5)],
     "r2": [inc("دوما", "SY03", AIR, "2024-05-06", 3)]}
# B agrees on Ariha, reads Saraqib's wounded as 4, adds Idlib, and dates Douma a day earlier.
B = {"r1": [inc("Ariha", "SY07", SHELL, "2024-05-06", 2), inc("Saraqib", "SY07", IED, "2024-05-06", None, 4),
            inc("Idlib", "SY07", SHELL, "2024-05-06")],
     "r2": [inc("دوما", "SY03", AIR, "2024-05-05", 3)]}


def write(folder, annotations, names=TEXTS, published="2024-05-07"):
    folder.mkdir()
    for name in names:
        (folder / f"{name}.txt").write_text(TEXTS[name], encoding="utf-8")
        spec = {"published": published, "incidents": annotations[name]}
        (folder / f"{name}.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    return folder


def test_b_is_scored_against_a_and_a_against_b(tmp_path):
    rows = {label: (reports, s.as_dict()) for label, reports, s in
            agreement(write(tmp_path / "a", A), write(tmp_path / "b", B))}
    reports, a_truth = rows["A as truth"]
    assert reports == 2
    assert (a_truth["reports_expected_incidents"], a_truth["predicted"], a_truth["matched"]) == (3, 4, 3)
    assert (a_truth["place_precision"], a_truth["place_recall"], a_truth["place_f1"]) == (0.75, 1.0, 0.857)
    assert (a_truth["exact_casualty_counts"], a_truth["event_type_accuracy"]) == (0.667, 1.0)
    assert (a_truth["event_date_accuracy"], a_truth["killed_total_right"]) == (0.667, 2)
    _, b_truth = rows["B as truth"]
    assert (b_truth["place_precision"], b_truth["place_recall"], b_truth["exact_casualty_counts"]) == (1.0, 0.75, 0.5)
    assert rows["A as truth, ar"][0] == rows["A as truth, en"][0] == 1
    assert rows["A as truth, ar"][1]["event_date_accuracy"] == 0.0
    assert rows["A as truth, en"][1]["place_precision"] == 0.667


def test_folders_with_other_reports_are_refused(tmp_path):
    with pytest.raises(ValueError, match="r2"):
        agreement(write(tmp_path / "a", A), write(tmp_path / "b", B, names=["r1"]))


def test_command_prints_both_directions(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["annotator_agreement", str(write(tmp_path / "a", A)),
                                     str(write(tmp_path / "b", B)), "--verbose"])
    main()
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["set"] for line in lines[:6]] == [
        "A as truth", "A as truth, ar", "A as truth, en", "B as truth", "B as truth, ar", "B as truth, en"]
    assert "r1.txt: Saraqib counts None/4, expected None/5" in lines and "r1.txt: extra Idlib None/None" in lines


def test_same_published_compares_dates_relative_to_publication(tmp_path):
    # B estimated the reports a day earlier, so all its dates are a day earlier too: the same reading of the texts.
    later = {"r1": [dict(i, event_date="2024-05-05") for i in B["r1"]], "r2": B["r2"]}
    folder_a, folder_b = write(tmp_path / "a", A), write(tmp_path / "b", later, published="2024-05-06")
    absolute = {label: s.as_dict() for label, _, s in agreement(folder_a, folder_b)}
    relative = {label: s.as_dict() for label, _, s in agreement(folder_a, folder_b, same_published=True)}
    assert absolute["A as truth, en"]["event_date_accuracy"] == 0.0
    assert relative["A as truth, en"]["event_date_accuracy"] == relative["B as truth, en"]["event_date_accuracy"] == 1.0
    # B's Douma, a day before A's, is now the same reading: the day before publication.
    assert absolute["A as truth, ar"]["event_date_accuracy"] == 0.0
    assert relative["A as truth, ar"]["event_date_accuracy"] == 1.0
    assert relative["A as truth"]["place_f1"] == absolute["A as truth"]["place_f1"] == 0.857

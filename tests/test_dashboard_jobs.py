"""Background jobs: run in a child process, report progress and errors as text, stop past the time limit, cap per user."""
from __future__ import annotations

import os
import time

import pytest

from dashboard import jobs


def count_to(progress, n: int) -> int:
    for i in range(n):
        progress(i + 1, n, f"step {i + 1}")
    return os.getpid()


def spin(progress) -> None:
    progress(0, 1, "spinning")
    while True:
        pass


def spin_until(progress, flag: str) -> None:
    progress(0, 1, "spinning")
    while not os.path.exists(flag):
        time.sleep(0.02)


def fail(progress, text: str) -> None:
    raise jobs.JobFailed(text)


def crash(progress) -> None:
    raise KeyError("boom")


def die(progress) -> None:
    os._exit(3)


def wait(job: jobs.Job, seconds: float = 60) -> jobs.Job:
    deadline = time.monotonic() + seconds
    while not job.finished and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.finished, f"{job.title} did not finish"
    return job


def test_a_job_runs_in_another_process_and_reports_progress():
    started = time.monotonic()
    job = wait(jobs.start("count", "ann", count_to, (3,), limit=2, seconds=60))
    assert job.error is None
    assert job.result != os.getpid()
    assert (job.done, job.total, job.message, job.fraction) == (3, 3, "step 3", 1.0)
    print(f"a job took {time.monotonic() - started:.2f} s from start to result")


def test_a_job_past_its_time_is_stopped_and_reported():
    started = time.monotonic()
    job = wait(jobs.start("spin", "bob", spin, (), limit=2, seconds=2))
    assert "stopped after 2 s" in job.error
    assert time.monotonic() - started < 30


def test_errors_reach_the_page_as_text():
    assert wait(jobs.start("fail", "cy", fail, ("bad.csv, line 3: no date",), limit=2, seconds=60)).error == \
        "bad.csv, line 3: no date"
    assert wait(jobs.start("crash", "cy", crash, (), limit=2, seconds=60)).error == "KeyError: 'boom'"
    assert "exit code 3" in wait(jobs.start("die", "cy", die, (), limit=2, seconds=60)).error


def test_a_user_has_at_most_the_limit_of_jobs_running_others_are_not_held(tmp_path):
    flag = tmp_path / "stop"
    first = jobs.start("spin 1", "dee", spin_until, (str(flag),), limit=1, seconds=300)
    with pytest.raises(jobs.JobLimit, match="at most 1"):
        jobs.start("spin 2", "dee", spin, (), limit=1, seconds=10)
    other = wait(jobs.start("count", "eve", count_to, (2,), limit=1, seconds=60))
    assert other.error is None and not first.finished
    flag.touch()
    assert wait(first).error is None
    wait(jobs.start("spin again", "dee", spin, (), limit=1, seconds=1))


def test_an_import_job_records_who_imported_and_names_the_upload_when_it_fails(tmp_path):
    from dashboard.tasks import import_upload
    from incidents.store import Store

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    good = tmp_path / "upload" / "events.csv"
    good.parent.mkdir()
    good.write_text("event_date,event_type,sub_event_type,location_en,latitude,longitude,killed,source\n"
                    "2017-03-03,Battles,Armed clash,Douma,33.57,36.40,2,wire\n", encoding="utf-8")
    job = wait(jobs.start("import", "maya", import_upload, (url, good, None, "maya"), limit=2, seconds=120))
    assert job.error is None and job.result.added == 1
    store = Store(url)
    [incident] = store.query()
    assert store.history(incident.id)[0]["changed_by"] == "maya"
    bad = tmp_path / "upload" / "![h](x).csv"
    bad.write_text("![h](http://evil.example/h.png),other\n1,2\n", encoding="utf-8")
    job = wait(jobs.start("import", "maya", import_upload, (url, bad, None, "maya"), limit=2, seconds=120))
    assert job.error.startswith("![h](x).csv, line 1: ") and str(tmp_path) not in job.error
    assert "nothing was imported" in job.error


def test_an_import_job_sets_the_chosen_review_status_on_rows_the_file_gives_none(tmp_path):
    from dashboard.tasks import import_upload
    from incidents.store import Store

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    path = tmp_path / "events.csv"
    path.write_text("event_date,event_type,location_en,latitude,longitude,killed,review_status\n"
                    "2017-03-03,Battles,Douma,33.57,36.40,2,\n2017-03-04,Battles,Douma,33.57,36.40,3,published\n",
                    encoding="utf-8")
    job = wait(jobs.start("import", "maya", import_upload, (url, path, None, "maya", "reviewed"), limit=2, seconds=120))
    assert job.error is None and job.result.added == 2
    assert sorted(i.review_status for i in Store(url).query()) == ["published", "reviewed"]


def test_a_jobs_failure_keeps_its_codes_and_is_said_in_arabic(tmp_path):
    """A refused upload, a crash and a dead process reached an Arabic page as English text (journey16)."""
    from dashboard.export.words import said
    from dashboard.tasks import import_upload

    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    error = wait(jobs.start("import", "noor", import_upload, (url, empty, None, "noor"), limit=2, seconds=120)).error
    assert error == "empty.csv: the file is empty; nothing was imported" == said("en", error)
    assert said("ar", error) == "لم يُستورد شيء من empty.csv: الملف فارغ"
    crashed = wait(jobs.start("crash", "noor", crash, (), limit=2, seconds=60)).error
    assert said("ar", crashed) == "خطأ غير متوقع: KeyError: 'boom'"
    assert "رمز الخروج 3" in said("ar", wait(jobs.start("die", "noor", die, (), limit=2, seconds=60)).error)


def test_a_jobs_progress_lines_keep_their_codes_and_are_said_in_arabic(tmp_path):
    """journey16b: "extracting report 1 of 2", "reading" and "3 incident(s) found in 1 report(s)" stayed English on
    an Arabic Ingest page. Each is a coded message (English as before), said in Arabic, across the job's process."""
    import datetime as dt

    from dashboard.export.words import said
    from dashboard.tasks import extract_reports, import_upload

    lines = []
    reports = [("one", "Three people were killed in an air strike on Saraqib yesterday."), ("two", "A quiet day.")]
    found = extract_reports(lambda done, total=None, message=None: lines.append(message), reports,
                            dt.date(2017, 3, 14), None, None, None)
    n = len(found.incidents)
    assert lines == ["extracting report 1 of 2", "extracting report 2 of 2", f"{n} incident(s) found in 2 report(s)"]
    assert [said("ar", line) for line in lines] == ["استخراج التقرير 1 من 2", "استخراج التقرير 2 من 2",
                                                    f"الحوادث التي عُثر عليها: {n} (التقارير: 2)"]
    rows = tmp_path / "rows.csv"
    rows.write_text("event_date,event_type,latitude,longitude,admin1,killed\n"
                    "2017-03-14,Battles,35.93,36.63,Idleb,2\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    job = wait(jobs.start("import", "noor", import_upload, (url, rows, None, "noor"), limit=2, seconds=120))
    assert job.error is None and job.message == "reading" and said("ar", job.message) == "قراءة الملف"

"""The Ingest page's background tasks, run by `dashboard.jobs` in a child process (so they are module functions); their
progress lines are coded messages (incidents.messages), said in the page's language."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dashboard.jobs import JobFailed, Progress
from gazetteer import Gazetteer
from incidents.extract.evidence import Span
from incidents.extract.report import extract_with_evidence
from incidents.io import ImportFailed, ImportReport, import_file
from incidents.messages import message
from incidents.store import Store


@dataclass
class Extracted:
    """What an extraction job found: the incidents, and for each the report text and the spans it was read from."""

    incidents: list
    evidence: list[tuple[str, list[Span]]]


def extract_reports(progress: Progress, reports: list[tuple[str, str]], published: dt.date, source: str | None,
                    url: str | None, gazetteer: str | None) -> Extracted:
    """Every report through the extractor, counting as it goes; `gazetteer` is the built file (None: built-in)."""
    gaz = Gazetteer.load(gazetteer)
    found = Extracted([], [])
    for number, (name, text) in enumerate(reports, start=1):
        progress(number - 1, message=message("job_extracting", number=number, total=len(reports)))
        for incident, spans in extract_with_evidence(text, published, source=source or name, source_url=url or None,
                                                     gazetteer=gaz):
            found.incidents.append(incident)
            found.evidence.append((text, spans))
    progress(len(reports), message=message("job_found", found=len(found.incidents), reports=len(reports)))
    return found


def import_upload(progress: Progress, db_url: str, path: Path, fmt: str | None, user: str,
                  review_status: str = "draft", boundaries: Path | None = None) -> ImportReport:
    """One uploaded file into the store at `db_url`, recorded as `user`'s, `review_status` on rows whose file states
    none, admin names of points given none from `boundaries`; a file that cannot be read fails naming the upload,
    not the temporary folder it was saved in."""
    try:
        return import_file(Store(db_url), path, format=fmt, changed_by=user, review_status=review_status,
                           boundaries=boundaries,
                           progress=lambda done, total: progress(done, total, message("job_reading")))
    except ImportFailed as exc:
        raise JobFailed(exc.naming(path.name)) from None
    except ValueError as exc:
        raise JobFailed(message("job_file_error", file=path.name, error=str(exc))) from None

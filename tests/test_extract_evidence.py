"""Evidence: every extracted field keeps the span of the report it was read from, and the highlighted report is
escaped HTML."""
from __future__ import annotations

import datetime as dt


from gazetteer import Gazetteer
from incidents.extract.evidence import Span, highlight_html
from incidents.extract.report import extract_with_evidence


def read(text: str, gaz: Gazetteer) -> list[tuple[object, dict[str, str]]]:
    out = []
    for inc, spans in extract_with_evidence(text, dt.date(2019, 5, 14), gazetteer=gaz):
        out.append((inc, {s.field: text[s.start : s.end] for s in spans}))
    return out


def test_place_figures_and_date_point_into_the_text(gaz):
    ((inc, fields),) = read("Shelling killed 3 civilians and wounded 5 others in Saraqib on Monday.", gaz)
    assert fields == {"killed": "3 civilians", "wounded": "5 others", "place": "Saraqib", "date": "Monday"}
    ((inc, fields),) = read("قتل ثلاثة مدنيين أمس بقصف على مدينة سراقب.", gaz)
    assert fields["place"] == "سراقب" and fields["killed"].startswith("ثلاثة") and fields["date"] == "أمس"


def test_spans_are_offsets_of_the_text_as_given(gaz):
    text = "\ufeffShelling killed 3 civilians in Ale\u200bppo on Monday."
    ((inc, fields),) = read(text, gaz)
    assert inc.place_text == "Aleppo" and fields["place"] == "Ale\u200bppo" and fields["killed"] == "3 civilians"


def test_a_retold_event_keeps_the_evidence_of_both_tellings(gaz):
    text = "Shelling kills 4 in Saraqib\n\nFour civilians were killed on Monday when shells hit the town of Saraqib."
    ((inc, fields),) = read(text, gaz)
    assert inc.killed == 4 and fields["place"] == "Saraqib"
    spans = extract_with_evidence(text, dt.date(2019, 5, 14), gazetteer=gaz)[0][1]
    assert len([s for s in spans if s.field == "killed"]) == 2  # the headline and the body


def test_highlighted_report_is_escaped():
    text = '<script>alert(1)</script> in "Idlib" & <b>5</b>'
    html = highlight_html(text, [Span("place", text.index("Idlib"), text.index("Idlib") + 5), Span("killed", text.index("5"), text.index("5") + 1)])
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert '<mark class="ev-place" title="place">Idlib</mark>' in html and '<mark class="ev-killed" title="killed">5</mark>' in html

"""Evidence of an extracted incident: the character spans of the report its place, figures and date were read
from, and the report as escaped HTML with those spans marked (so a reviewer sees why, not only what)."""
from __future__ import annotations

import html
from dataclasses import dataclass

FIELDS = ("place", "killed", "wounded", "casualties", "date")  # casualties: a joint killed-and-wounded figure


@dataclass(frozen=True)
class Span:
    """One field's source: [start, end) character offsets in the report text as it was given."""

    field: str
    start: int
    end: int


def highlight_html(text: str, spans: list[Span]) -> str:
    """The report as HTML, every character escaped, with each span in a <mark class="ev-FIELD"> (overlaps: first wins)."""
    marks: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = max(0, span.start), min(len(text), span.end)
        if start < end and (not marks or start >= marks[-1].end):
            marks.append(Span(span.field, start, end))
    out, at = [], 0
    for span in marks:
        out.append(html.escape(text[at : span.start]))
        label = html.escape(span.field)
        out.append(f'<mark class="ev-{label}" title="{label}">{html.escape(text[span.start : span.end])}</mark>')
        at = span.end
    out.append(html.escape(text[at:]))
    return "".join(out)

"""An incident being assembled from one or more sentences (a Draft): its place, figures, type and evidence."""
from __future__ import annotations

from dataclasses import dataclass, field

from .casualties import Count
from .dates import When
from .events import OTHER
from .frame import Frame
from .spans import Place
from .text import Sentence

FIGURE_FIELDS = {"killed": "killed", "wounded": "wounded", "both": "casualties"}


@dataclass
class Draft:
    """An incident being assembled: a place, its figures and the sentences it comes from."""

    place: Place | None
    frame: Frame
    killed: int | None = None
    wounded: int | None = None
    notes: list[str] = field(default_factory=list)
    sentences: dict[int, Sentence] = field(default_factory=dict)  # by index in the report
    sub_event_type: str = OTHER
    actor1: str | None = None
    actor2: str | None = None
    when: When | None = None
    evidence: list[tuple[str, Sentence, int, int]] = field(default_factory=list)  # field, sentence, token range
    joint: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> place keys a joint figure of it covers
    framing: bool = False  # a city or unit whose figures the places inside it give: the frame, not an incident

    def add(self, count: Count, sentence: Sentence) -> None:
        if count.value is not None and count.kind in FIGURE_FIELDS:
            self.evidence.append((FIGURE_FIELDS[count.kind], sentence, count.pos, count.end or count.pos + 1))
        if count.note:
            self.notes.append(count.note)
        if count.value is None or count.kind not in ("killed", "wounded"):
            return
        before = getattr(self, count.kind)
        if count.total:
            setattr(self, count.kind, max(before or 0, count.value))
        else:
            setattr(self, count.kind, (before or 0) + count.value)

    @property
    def has_counts(self) -> bool:
        return self.killed is not None or self.wounded is not None


"""Places a sentence names as where an event happened: candidate spans (`candidates`), then their roles (`roles`).

A place is dropped when the text names it only as where a statement was made, a meeting, a headquarters
or a firing position; a governorate named right after a place ("قرية X في محافظة حماة") is that place's
context, not a second place.
"""
from __future__ import annotations

from gazetteer import Match

from .actors import ActorMention
from .candidates import Candidates
from .countryside import Countryside
from .events import EventCue
from .lookup import Lookup
from .roles import Roles
from .spans import Place
from .text import Token


class PlaceFinder:
    """Finds the places of one sentence with a gazetteer lookup."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        self.candidates = Candidates(lookup)
        self.roles = Roles(self.candidates.resolve, lookup.namesakes)
        self.countryside = Countryside(lookup)

    def find(self, tokens: list[Token], actors: list[ActorMention], cues: list[EventCue],
             governorate: Match | None = None, named: frozenset[str] = frozenset()) -> list[Place]:
        """The places of a sentence with their roles; `governorate` is the last one the report named, the
        context of places this sentence does not locate itself; `named` the P-codes of all it named so far."""
        masked = {i for a in actors for i in range(a.start, a.end)}
        places = self.candidates.find(tokens, masked, governorate, named)
        self.roles.mark_roles(tokens, places, cues)
        self.roles.apply_context(tokens, places, governorate, cues)
        self.countryside.direct(tokens, places)
        self._unlocated(places, governorate, named)
        return places

    def _unlocated(self, places: list[Place], governorate: Match | None, named: frozenset[str]) -> None:
        """An unknown place nothing locates ("explosions hit Kefrayya" after a headline on Idlib's al-Fu'ah) lies in
        the one governorate its sentence names, or else in the one the report has named so far: its `area`, where the
        finished incident is placed (flagged) rather than nowhere. A sentence or report naming places of several
        governorates (a road's two ends included) leaves it unplaced."""
        own = {m.admin1_pcode for p in places if p.role != "outside Syria"
               for m in (p.match or p.hint,) if m is not None and m.admin1_pcode}
        if len(own) == 1:
            unit = self.lookup.governorate(next(iter(own)))
        else:
            unit = governorate if not own and governorate is not None and named <= {governorate.admin1_pcode} else None
        for p in places:
            if p.role == "target" and p.match is None and p.hint is None:
                p.area = unit

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
        self.roles = Roles(self.candidates.resolve, lookup.namesakes, lookup.inside)
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
        return places

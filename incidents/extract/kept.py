"""The drafts a merge has kept so far, in order, filed under keys (a place's key, its name, a figure): the drafts a
new one may merge with are found by its own keys, not by reading every kept draft (a list of hundreds of place-days
cost the square of its length), and in the order a scan of the kept list would meet them."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable

from .draft import Draft


class Kept:
    """Drafts in the order they were kept (one that replaces another takes its place), each filed under the keys
    `filed_under` gives it; `refile` after a change to what those keys read."""

    def __init__(self, filed_under: Callable[[Draft], Iterable[Hashable]]):
        self._filed_under = filed_under
        self._drafts: dict[int, Draft] = {}  # by slot; a slot is numbered when first kept, so slots are in list order
        self._slot: dict[int, int] = {}  # id(draft) -> its slot
        self._keys: dict[int, list[Hashable]] = {}  # slot -> the keys it is filed under
        self._files: defaultdict[Hashable, set[int]] = defaultdict(set)  # key -> slots
        self._next = 0

    def drafts(self) -> list[Draft]:
        return list(self._drafts.values())

    def among(self, asks: Iterable[Hashable]) -> list[Draft]:
        """The kept drafts filed under any of `asks`, in order."""
        slots = set().union(*(self._files.get(key, ()) for key in asks))
        return [self._drafts[s] for s in sorted(slots)]

    def first(self, asks: Iterable[Hashable], test: Callable[[Draft], bool]) -> Draft | None:
        """The first kept draft filed under one of `asks` that passes `test`."""
        return next((d for d in self.among(asks) if test(d)), None)

    def add(self, draft: Draft) -> None:
        self._next += 1
        self._file(self._next, draft)

    def replace(self, old: Draft, new: Draft) -> None:
        slot = self._unfile(old)
        self._file(slot, new)

    def remove(self, draft: Draft) -> None:
        del self._drafts[self._unfile(draft)]

    def refile(self, draft: Draft) -> None:
        self._file(self._unfile(draft), draft)

    def _file(self, slot: int, draft: Draft) -> None:
        self._drafts[slot] = draft
        self._slot[id(draft)] = slot
        self._keys[slot] = list(dict.fromkeys(self._filed_under(draft)))
        for key in self._keys[slot]:
            self._files[key].add(slot)

    def _unfile(self, draft: Draft) -> int:
        slot = self._slot.pop(id(draft))
        for key in self._keys.pop(slot):
            self._files[key].discard(slot)
            if not self._files[key]:
                del self._files[key]
        return slot

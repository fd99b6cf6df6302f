"""What the extraction tests compare: extract() on a report published on a fixed day, read back as the few fields
of each incident a test asserts, in the order the incidents come. One definition for all the extraction test files,
which each fix their own publication day (it decides what "today" and a weekday mean)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from incidents.extract import extract


@dataclass(frozen=True)
class Extracted:
    """Readers of extract(text, published, gazetteer=gaz) for one publication day."""

    published: dt.date

    def incidents(self, text: str, gaz) -> list:
        """The incidents extract() finds, whole."""
        return extract(text, self.published, gazetteer=gaz)

    def fields(self, text: str, gaz, *names: str) -> list[tuple]:
        """The named attributes of each incident found, one tuple per incident."""
        return [tuple(getattr(i, name) for name in names) for i in self.incidents(text, gaz)]

    def found(self, text: str, gaz) -> list[tuple]:
        """(place, killed, wounded) of each incident."""
        return self.fields(text, gaz, "place_text", "killed", "wounded")

    def places(self, text: str, gaz) -> list[str]:
        """The place text of each incident."""
        return [place for place, in self.fields(text, gaz, "place_text")]

    def placed(self, text: str, gaz) -> list[tuple]:
        """(place, governorate pcode) of each incident."""
        return self.fields(text, gaz, "place_text", "admin1_pcode")

    def located(self, text: str, gaz) -> list[tuple]:
        """(place, governorate pcode) of each incident given a point (one known only by name is left out)."""
        return [(i.place_text, i.admin1_pcode) for i in self.incidents(text, gaz) if i.latitude is not None]

    def found_placed(self, text: str, gaz) -> list[tuple]:
        """(place, governorate pcode, killed, wounded) of each incident."""
        return self.fields(text, gaz, "place_text", "admin1_pcode", "killed", "wounded")

    def tolls(self, text: str, gaz) -> dict:
        """{place: (killed, wounded)} over the incidents (a place told twice keeps its last incident)."""
        return {place: (killed, wounded) for place, killed, wounded in self.found(text, gaz)}

    def kinds(self, text: str, gaz) -> list[tuple]:
        """(place, sub-event type) of each incident."""
        return self.fields(text, gaz, "place_text", "sub_event_type")

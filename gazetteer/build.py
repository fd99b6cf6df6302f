"""Build a gazetteer file from the built-in layer plus OCHA, GeoNames, places and event sources."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from gazetteer import store
from gazetteer.builtin import builtin_entries, builtin_keys
from gazetteer.entry import entry_keys
from gazetteer.entry import Entry
from gazetteer.errors import SourceError
from gazetteer.learned import admin_pcode, to_entries
from gazetteer.reverse import assign_admin
from gazetteer.sources.events import event_places
from gazetteer.sources.geonames import geonames_entries
from gazetteer.sources.ocha import ocha_entries
from gazetteer.sources.places import places_entries


@dataclass
class BuildReport:
    """What a build wrote: entries per source, and the bad lines it skipped."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[SourceError] = field(default_factory=list)


def build(out: Path | str, ocha: Path | str | None = None, geonames: Path | str | None = None,
          places: list[Path | str] = (), events: list[Path | str] = ()) -> BuildReport:
    """Read every source, join admin codes, write the file atomically; SourceError aborts the build."""
    report = BuildReport(Path(out))
    entries, keys = list(builtin_entries()), builtin_keys()
    ocha_dir = Path(ocha).resolve() if ocha else None
    layers: list[tuple[str, list[Entry]]] = []
    if ocha_dir:
        layers.append(("ocha", ocha_entries(ocha_dir, report.problems)))
    if geonames:
        layers.append(("geonames", geonames_entries(geonames, report.problems)))
    for path in places:
        layers.append(("places", places_entries(path, report.problems)))
    for path in events:
        layers.append(("events", to_entries(event_places(path, report.problems), admin_pcode)))
    report.counts["builtin"] = len(entries)
    for name, layer in layers:
        assign_admin(layer, ocha_dir)
        report.counts[name] = report.counts.get(name, 0) + len(layer)
        entries += layer
    keys += [entry_keys(e) for e in entries[len(keys):]]
    store.write(out, entries, keys, ocha_dir)
    return report

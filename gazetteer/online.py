"""Optional online fallback through a geopy geocoder: off by default, rate-limited, cached on disk.

Turned on by a choice ('nominatim' or 'geonames:<username>', from GAZETTEER_ONLINE through gazetteer.settings);
results are cached in the file it is handed, including "not found".
"""
from __future__ import annotations

import json
from pathlib import Path

from gazetteer.match import Match
from gazetteer.normalize import normalize
from gazetteer.replace_file import replace_file

USER_AGENT = "syria-incident-map-gazetteer"


class OnlineFallback:
    """Asks a geopy geocoder for names the offline layers do not know; keeps only points in Syria."""

    def __init__(self, geocoder, cache_path: Path | str, min_delay_seconds: float = 1.0,
                 query_args: dict | None = None, name: str = "online"):
        from geopy.extra.rate_limiter import RateLimiter  # geopy is slow to import: only when turned on

        self.name = name
        self.cache_path = Path(cache_path)
        self.query_args = query_args or {}
        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
                                    swallow_exceptions=True, return_value_on_exception=None)
        self._cache = self._read_cache()

    def _read_cache(self) -> dict:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _write_cache(self) -> None:
        replace_file(self.cache_path, lambda handle: json.dump(self._cache, handle, ensure_ascii=False), mode=None)

    def points(self, name: str) -> list[list]:
        """[address, lat, lon] for a name, from the cache or (once) from the geocoder."""
        key = normalize(name)
        if key not in self._cache:
            found = self._geocode(name, exactly_one=False, **self.query_args) or []
            self._cache[key] = [[loc.address, loc.latitude, loc.longitude] for loc in found]
            self._write_cache()
        return self._cache[key]

    def lookup(self, name: str, gazetteer) -> list[Match]:
        """Matches for points inside Syria, with admin units from the gazetteer's reverse lookup."""
        out = []
        for address, lat, lon in self.points(name):
            admin = gazetteer.reverse(lat, lon)
            if admin is None:
                continue
            out.append(Match(
                name_en=address.split(",")[0], name_ar="", lat=lat, lon=lon, level="town",
                geo_precision=2, where_prec=2, score=80.0, source=f"online:{self.name}",
                **{k: admin.get(k) for k in ("admin1", "admin1_pcode", "admin2", "admin2_pcode",
                                             "admin3", "admin3_pcode")},
            ))
        return out


def fallback(choice: str, cache: Path) -> OnlineFallback | None:
    """The fallback a choice names ('nominatim', 'geonames:<username>'), caching in `cache`; None for ''."""
    if not choice:
        return None
    kind, _, username = choice.partition(":")
    if kind == "nominatim":
        from geopy.geocoders import Nominatim

        return OnlineFallback(Nominatim(user_agent=USER_AGENT), cache, 1.0, {"country_codes": "sy"}, "nominatim")
    if kind == "geonames" and username:
        from geopy.geocoders import GeoNames

        return OnlineFallback(GeoNames(username=username), cache, 1.0, {"country": "SY"}, "geonames")
    raise ValueError(f"GAZETTEER_ONLINE={choice!r}: use 'nominatim' or 'geonames:<username>'")

"""Syrian place names in Arabic and English to coordinates, admin units and OCHA P-codes."""
from gazetteer.core import Gazetteer
from gazetteer.match import Match

__all__ = ["Gazetteer", "Match"]

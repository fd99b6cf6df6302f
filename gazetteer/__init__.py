"""Syrian place names in Arabic and English to coordinates, admin units and OCHA P-codes."""
from gazetteer.match import Match

__all__ = ["Gazetteer", "Match"]


def __getattr__(name: str):
    """`Gazetteer` is imported on first use: the admin lookup and the learned layer do without the index."""
    if name == "Gazetteer":
        from gazetteer.core import Gazetteer

        return Gazetteer
    raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")

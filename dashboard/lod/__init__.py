"""The map's incident layer at any scale: an index filtered at memory speed, a level of detail, a canvas layer."""
from dashboard.lod.index import IncidentIndex
from dashboard.lod.layer import CLICK_CHANNEL, clicked_id, incident_layer
from dashboard.lod.view import CellLevel, Points, View

__all__ = ["IncidentIndex", "View", "CellLevel", "Points", "incident_layer", "clicked_id", "CLICK_CHANNEL"]

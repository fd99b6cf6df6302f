"""The incident store: `Store(url)` over SQLite or PostgreSQL/PostGIS, and the `ConflictError` of an edit race."""
from incidents.store.database import ConflictError, Store

__all__ = ["ConflictError", "Store"]

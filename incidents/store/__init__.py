"""The incident store: `Store(url)` over SQLite or PostgreSQL/PostGIS, the `ConflictError` of an edit race and
the `StoreBusy` of a writer that waited too long for the write lock."""
from incidents.store.database import ConflictError, Store
from incidents.store.locking import StoreBusy

__all__ = ["ConflictError", "Store", "StoreBusy"]

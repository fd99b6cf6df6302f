"""The incident store: `Store(url)` over SQLite or PostgreSQL/PostGIS, the `ConflictError` of an edit race and
the `StoreBusy` of a writer that waited too long for the write lock, and `open_engine` and `write_transaction`
for a module that keeps its own small tables in the same database (the dashboard's users)."""
from incidents.store.database import ConflictError, Store, open_engine
from incidents.store.locking import StoreBusy, write_transaction

__all__ = ["ConflictError", "Store", "StoreBusy", "open_engine", "write_transaction"]

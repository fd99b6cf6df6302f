"""Columnar helpers: a text column as integer codes into its distinct values, so a filter tests each value once."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Codes:
    """A text column as codes (-1 = missing) into `values`; a lookup table per filter maps codes to rows."""

    codes: np.ndarray
    values: pd.Index

    @classmethod
    def of(cls, series: pd.Series) -> "Codes":
        codes, values = pd.factorize(series, use_na_sentinel=True)
        return cls(codes.astype(np.int32, copy=False), pd.Index(values, dtype="str"))

    def rows(self, table: np.ndarray) -> np.ndarray:
        """Rows whose value is selected by `table` (a boolean per value); missing values are never selected."""
        return np.append(table, False)[self.codes]

    def isin(self, wanted: list[str]) -> np.ndarray:
        """Rows whose value equals one of `wanted` exactly (as the store's SQL `IN` does)."""
        return self.rows(np.asarray(self.values.isin(wanted), dtype=bool))

    @functools.cached_property
    def folded(self) -> pd.Index:
        """The values case-folded, once: free text is searched again at every keystroke."""
        return self.values.str.casefold()

    def contains(self, needle: str) -> np.ndarray:
        """Rows whose value contains `needle`, ignoring case."""
        return self.rows(np.asarray(self.folded.str.contains(needle.casefold(), regex=False), dtype=bool))

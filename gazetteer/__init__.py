"""Syrian place names in Arabic and English to coordinates, admin units and OCHA P-codes."""

"""The editor dialog every kind of record shares, built from its field descriptions."""

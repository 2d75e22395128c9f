"""Types, settings and errors shared by ingest and assistant (below both: imports neither)."""

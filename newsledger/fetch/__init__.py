"""Fetching and discovery over HTTP: the only network code of newsledger."""

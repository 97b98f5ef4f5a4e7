"""The vov news source: the plugin class (see README.md beside this file)."""

from extractors.sources.vov.plugin import VOV

__all__ = ["VOV"]

"""The hanoitimes news source: the plugin class (see README.md beside this file)."""

from extractors.sources.hanoitimes.plugin import HanoiTimes

__all__ = ["HanoiTimes"]

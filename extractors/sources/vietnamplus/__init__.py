"""The vietnamplus news source: the plugin class (see README.md beside this file)."""

from extractors.sources.vietnamplus.plugin import VietnamPlus

__all__ = ["VietnamPlus"]

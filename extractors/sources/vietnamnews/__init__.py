"""The vietnamnews news source: the plugin class (see README.md beside this file)."""

from extractors.sources.vietnamnews.plugin import VietNamNews

__all__ = ["VietNamNews"]

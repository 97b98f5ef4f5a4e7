"""The cand news source: the plugin class (see README.md beside this file)."""

from extractors.sources.cand.plugin import CAND

__all__ = ["CAND"]

"""The vnexpress news source: the plugin class (see README.md beside this file)."""

from extractors.sources.vnexpress.plugin import VnExpressInternational

__all__ = ["VnExpressInternational"]

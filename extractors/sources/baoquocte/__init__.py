"""The baoquocte news source: the plugin class (see README.md beside this file)."""

from extractors.sources.baoquocte.plugin import WorldAndVietnamReport

__all__ = ["WorldAndVietnamReport"]

"""The nhandan news source: the plugin class (see README.md beside this file)."""

from extractors.sources.nhandan.plugin import NhanDan

__all__ = ["NhanDan"]

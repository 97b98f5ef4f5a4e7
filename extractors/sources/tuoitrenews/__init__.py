"""The tuoitrenews news source: the plugin class (see README.md beside this file)."""

from extractors.sources.tuoitrenews.plugin import TuoiTreNews

__all__ = ["TuoiTreNews"]

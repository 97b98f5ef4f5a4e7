"""The qdnd news source: the plugin class (see README.md beside this file)."""

from extractors.sources.qdnd.plugin import PeoplesArmy

__all__ = ["PeoplesArmy"]

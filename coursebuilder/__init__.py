"""CourseBuilder: build portable course bundles, slide decks and offline packages."""

__version__ = "0.1.0"

"""Exporters that turn a course bundle into slide decks, offline packages and other formats."""

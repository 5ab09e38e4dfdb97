"""Editors for the item selected in the outline."""

"""The PySide6 editor: the only package that imports Qt."""

from .refcount_guard import guard

guard()

"""Undo commands: a thin adapter that runs model operations on the undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..model.languages import PutTranslations
from ..model.operations import Operation, ReplaceList, SetField

if TYPE_CHECKING:
    from .document import Document

#: Commands that may merge share this id; others return -1 (never merge).
MERGEABLE_ID = 1001


class OperationCommand(QUndoCommand):
    """One lecturer's edit: apply the operation on redo, revert it on undo."""

    def __init__(self, document: "Document", operation: Operation, text: str = "", initiator: object = None):
        super().__init__(text or operation.name)
        self.document = document
        self.operation = operation
        #: The view the edit was made in; only the first redo (the edit itself) is its echo.
        self.initiator = initiator

    def redo(self) -> None:
        initiator, self.initiator = self.initiator, None
        self.document.broadcast(self.operation.apply(), initiator)

    def undo(self) -> None:
        self.document.broadcast(self.operation.revert())

    def id(self) -> int:
        return MERGEABLE_ID if isinstance(self.operation, (SetField, ReplaceList, PutTranslations)) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, OperationCommand) and self.operation.merge(other.operation)

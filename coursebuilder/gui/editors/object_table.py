"""A table editing a list of small model objects (choices, pairs) with add, remove and reorder."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model.operations import FIELD, STRUCTURE, Group, Insert, Move, Remove, SetField
from ..document import Document
from ..signals import listen

#: A column: model attribute, header text, and "text" or "check".
Column = tuple[str, str, str]


class ObjectTable(QWidget):
    """Rows are objects of ``owner.<attr>``; cells are their fields; every edit is undoable."""

    def __init__(self, document: Document, owner: Any, attr: str, columns: list[Column], factory: Callable[[], Any], *, exclusive_check: bool = False, parent=None):
        super().__init__(parent)
        self.document, self.owner, self.attr, self.columns, self.factory = document, owner, attr, columns, factory
        #: Only one row may be ticked (single choice): ticking one unticks the rest.
        self.exclusive_check = exclusive_check
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        header = self.table.horizontalHeader()
        for i, (_a, _h, kind) in enumerate(columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents if kind == "check" else QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._edited)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add"), self.add_row),
            (self.tr("Remove"), self.remove_row),
            (self.tr("Up"), lambda: self.move_row(-1)),
            (self.tr("Down"), lambda: self.move_row(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.fill()
        listen(document.sig_course_changed, self, self._on_changed)

    def rows(self) -> list:
        """Return the objects shown."""
        return getattr(self.owner, self.attr)

    def fill(self) -> None:
        """Redraw every row from the model."""
        objs = self.rows()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(objs))
            for row, obj in enumerate(objs):
                for col, (attr, _h, kind) in enumerate(self.columns):
                    cell = QTableWidgetItem()
                    if kind == "check":
                        cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                        cell.setCheckState(Qt.CheckState.Checked if getattr(obj, attr) else Qt.CheckState.Unchecked)
                    else:
                        cell.setText(getattr(obj, attr))
                    self.table.setItem(row, col, cell)
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(objs))) + 6
        self.table.setMinimumHeight(min(max(height, 90), 260))

    def _on_changed(self, changes) -> None:
        objs = self.rows()
        if any(
            (c.kind == STRUCTURE and c.target is self.owner and c.attr == self.attr)
            or (c.kind == FIELD and any(c.target is o for o in objs))
            or (c.kind == FIELD and c.target is self.owner and c.attr == self.attr)
            for c in changes
        ):
            current = self.table.currentRow()
            self.fill()
            if 0 <= current < self.table.rowCount():
                self.table.selectRow(current)

    def _edited(self, cell: QTableWidgetItem) -> None:
        obj = self.rows()[cell.row()]
        attr, _h, kind = self.columns[cell.column()]
        if kind == "check":
            value = cell.checkState() == Qt.CheckState.Checked
            if self.exclusive_check and value:
                steps = [SetField(o, attr, o is obj) for o in self.rows() if getattr(o, attr) != (o is obj)]
                self.document.do(Group(self.tr("Mark correct"), steps), self.tr("Mark correct"))
            else:
                self.document.do(SetField(obj, attr, value), self.tr("Mark correct") if value else self.tr("Unmark correct"))
        elif cell.text() != getattr(obj, attr):
            self.document.do(SetField(obj, attr, cell.text()), self.tr("Edit %1").replace("%1", self.columns[cell.column()][1].lower()))

    def set_cell(self, row: int, attr: str, value: Any) -> None:
        """Change one cell as the lecturer would (used by keyboard tests too)."""
        col = [c[0] for c in self.columns].index(attr)
        cell = self.table.item(row, col)
        assert cell is not None, f"no cell at row {row}, column {attr}"
        if self.columns[col][2] == "check":
            cell.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        else:
            cell.setText(value)

    def add_row(self) -> None:
        """Add an empty object at the end and start editing it."""
        self.document.do(Insert(self.owner, self.attr, len(self.rows()), self.factory()), self.tr("Add row"))
        row = len(self.rows()) - 1
        self.table.selectRow(row)
        text_col = next((i for i, c in enumerate(self.columns) if c[2] == "text"), 0)
        self.table.setCurrentCell(row, text_col)

    def remove_row(self) -> None:
        """Remove the selected object."""
        row = self.table.currentRow()
        if 0 <= row < len(self.rows()):
            self.document.do(Remove(self.owner, self.attr, row), self.tr("Remove row"))

    def move_row(self, step: int) -> None:
        """Move the selected object up or down."""
        row = self.table.currentRow()
        if 0 <= row < len(self.rows()) and 0 <= row + step < len(self.rows()):
            self.document.do(Move(self.owner, self.attr, row, self.owner, row + step), self.tr("Reorder"))
            self.table.selectRow(row + step)

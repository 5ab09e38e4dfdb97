"""The outline tree: course → modules → lessons and assessments, with reordering by drag and keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QStyle, QTreeWidget, QTreeWidgetItem

from ...model import Course, Lesson, Module, Quiz, Survey
from ...model.languages import copy_translations
from ...model.operations import FIELD, STRUCTURE, Group, Insert, Move, Remove, SetField, duplicate
from ...presentation.words import default_text

if TYPE_CHECKING:
    from ..document import Document

OBJ = Qt.ItemDataRole.UserRole


class OutlineView(QTreeWidget):
    """Show the course structure and turn drags, menus and keys into undoable edits."""

    sig_selected = Signal(object)
    """The lecturer selected a course, module or item (the model object)."""
    sig_added = Signal(object)
    """A new module or item was added and selected; it wants a name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: Document | None = None
        self._icons: dict = {}
        self.setHeaderHidden(True)
        self.setObjectName("outline")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # F2 or a double click renames; a single click on the selected item only selects it.
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.currentItemChanged.connect(lambda cur, _prev: self.sig_selected.emit(self.obj(cur) if cur else None))
        self.itemChanged.connect(self._renamed)
        self._make_actions()

    # --- building ----------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Show a course (or nothing) and follow its changes."""
        if self.document is not None:
            self.document.sig_course_changed.disconnect(self._on_changed)
        self.document = document
        if document is not None:
            document.sig_course_changed.connect(self._on_changed)
        self.rebuild()
        top = self.topLevelItem(0)
        if document is not None and top is not None:
            self.setCurrentItem(top)

    def rebuild(self, select: Any = None) -> None:
        """Redraw the whole tree, keeping the selection (or selecting ``select``)."""
        keep = select if select is not None else self.current_obj()
        collapsed = {id(self.obj(i)) for i in self._all_items() if not i.isExpanded()}
        self.blockSignals(True)
        self.clear()
        if self.document is not None:
            course = self.document.course
            root = self._node(None, course)
            for module in course.modules:
                mnode = self._node(root, module)
                for item in module.items:
                    self._node(mnode, item)
            for node in self._all_items():
                node.setExpanded(id(self.obj(node)) not in collapsed)
        self.blockSignals(False)
        target = self.node_of(keep) if keep is not None else None
        if target is not None and target is not self.currentItem():
            self.setCurrentItem(target)

    def _node(self, parent: QTreeWidgetItem | None, obj: Any) -> QTreeWidgetItem:
        node = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self)
        node.setData(0, OBJ, obj)
        node.setText(0, self._title(obj))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        if isinstance(obj, Module):
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        elif isinstance(obj, Course):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        else:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        node.setFlags(flags)
        kind = type(obj)
        if kind not in self._icons:
            icon = {
                Course: QStyle.StandardPixmap.SP_DriveHDIcon,
                Module: QStyle.StandardPixmap.SP_DirIcon,
                Lesson: QStyle.StandardPixmap.SP_FileIcon,
                Quiz: QStyle.StandardPixmap.SP_DialogApplyButton,  # a tick: answers are marked
                Survey: QStyle.StandardPixmap.SP_MessageBoxQuestion,  # a question: answers are only counted
            }.get(kind, QStyle.StandardPixmap.SP_FileIcon)
            self._icons[kind] = self.style().standardIcon(icon)
        node.setIcon(0, self._icons[kind])
        node.setToolTip(0, self._kind(obj))
        return node

    def _title(self, obj: Any) -> str:
        if obj.title:
            return obj.title
        return self.tr("(untitled %1)").replace("%1", self._kind(obj).lower())

    def _kind(self, obj: Any) -> str:
        return {
            Course: self.tr("Course"),
            Module: self.tr("Module"),
            Lesson: self.tr("Lesson"),
            Quiz: self.tr("Quiz"),
            Survey: self.tr("Survey"),
        }.get(type(obj), "")

    # --- finding -----------------------------------------------------------------

    @staticmethod
    def obj(node: QTreeWidgetItem | None) -> Any:
        """Return the model object a tree node shows."""
        return node.data(0, OBJ) if node is not None else None

    def current_obj(self) -> Any:
        """Return the selected model object."""
        return self.obj(self.currentItem())

    def _all_items(self):
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.child(i) for i in range(node.childCount()))

    @property
    def doc(self) -> Document:
        """Return the open document: the outline's actions only run while a course is open."""
        assert self.document is not None, "the outline acts on an open course"
        return self.document

    def _rename_current(self) -> None:
        node = self.currentItem()
        if node is not None:
            self.editItem(node, 0)

    def node_of(self, obj: Any) -> QTreeWidgetItem | None:
        """Return the node showing ``obj``."""
        for node in self._all_items():
            if self.obj(node) is obj:
                return node
        return None

    def select(self, obj: Any) -> None:
        """Select the node of ``obj``."""
        node = self.node_of(obj)
        if node is not None:
            self.setCurrentItem(node)

    def _owner(self, obj: Any) -> tuple[Any, str, int] | None:
        """Return (owner, list attribute, index) holding ``obj``."""
        course = self.doc.course
        for i, module in enumerate(course.modules):
            if module is obj:
                return course, "modules", i
            for j, item in enumerate(module.items):
                if item is obj:
                    return module, "items", j
        return None

    # --- following the model -----------------------------------------------------

    def _on_changed(self, changes) -> None:
        structural = any(c.kind == STRUCTURE and c.attr in ("modules", "items") for c in changes)
        if structural:
            added = [o for c in changes for o in c.objects if isinstance(o, (Module, Lesson, Quiz, Survey))]
            alive = [o for o in added if self._owner(o) is not None]
            self.rebuild(select=alive[-1] if alive else None)
            return
        for c in changes:
            if c.kind == FIELD and c.attr == "title":
                node = self.node_of(c.target)
                if node is not None and node.text(0) != self._title(c.target):
                    self.blockSignals(True)
                    node.setText(0, self._title(c.target))
                    self.blockSignals(False)

    def _renamed(self, node: QTreeWidgetItem, _column: int) -> None:
        obj = self.obj(node)
        title = node.text(0).strip()
        if obj is not None and title and title != obj.title:
            self.doc.do(SetField(obj, "title", title), self.tr("Rename"))
        elif obj is not None:
            self.blockSignals(True)
            node.setText(0, self._title(obj))
            self.blockSignals(False)

    # --- edits ---------------------------------------------------------------------

    def add_module(self, *, name_it: bool = True) -> Module:
        """Add a module after the selected one (or at the end) and select it."""
        course = self.doc.course
        where = self._owner(self._module_of(self.current_obj()))
        index = where[2] + 1 if where else len(course.modules)
        module = Module(title=default_text("new_module", course.language))
        self.doc.do(Insert(course, "modules", index, module), self.tr("Add module"))
        if name_it:
            self.sig_added.emit(module)
        return module

    def add_item(self, kind: type) -> Any:
        """Add a lesson, quiz or survey after the selection, adding a module if there is none."""
        current = self.current_obj()
        module = self._module_of(current)
        if module is None:
            module = self.add_module(name_it=False)
        index = len(module.items)
        if current is not None and not isinstance(current, (Course, Module)):
            index = module.items.index(current) + 1
        # Trainees read these titles: they are in the course's language, not the editor's.
        key = {Lesson: "new_lesson", Quiz: "new_quiz", Survey: "new_survey"}[kind]
        title = default_text(key, self.doc.course.language)
        item = kind(title=title)
        text = {Lesson: self.tr("Add lesson"), Quiz: self.tr("Add quiz"), Survey: self.tr("Add survey")}[kind]
        self.doc.do(Insert(module, "items", index, item), text)
        self.sig_added.emit(item)
        return item

    def _module_of(self, obj: Any) -> Module | None:
        if isinstance(obj, Module):
            return obj
        where = self._owner(obj) if obj is not None and not isinstance(obj, Course) else None
        if where:
            return where[0]
        modules = self.doc.course.modules
        return modules[-1] if modules else None

    def duplicate_selected(self) -> None:
        """Insert a copy of the selected module or item right after it."""
        where = self._owner(self.current_obj())
        if where:
            owner, attr, index = where
            twin = duplicate(self.current_obj())
            twin.title = self.tr("%1 (copy)").replace("%1", twin.title) if twin.title else twin.title
            # The copy keeps the original's translations: Khmer and Lao texts are not typed twice.
            insert = Insert(owner, attr, index + 1, twin)
            texts = copy_translations(self.doc.course, self.current_obj(), twin)
            self.doc.do(Group("Duplicate", [insert, texts]) if texts else insert, self.tr("Duplicate"))

    def delete_selected(self) -> None:
        """Delete the selected module or item (undo brings it back)."""
        where = self._owner(self.current_obj())
        if where:
            owner, attr, index = where
            self.doc.do(Remove(owner, attr, index), self.tr("Delete"))
            seq = getattr(owner, attr)
            self.rebuild(select=seq[min(index, len(seq) - 1)] if seq else owner)

    def move_selected(self, step: int) -> None:
        """Move the selection up (-1) or down (+1), crossing into the next module at the ends."""
        obj = self.current_obj()
        where = self._owner(obj)
        if not where:
            return
        owner, attr, index = where
        seq = getattr(owner, attr)
        if 0 <= index + step < len(seq):
            self.doc.do(Move(owner, attr, index, owner, index + step), self.tr("Move"))
        elif attr == "items":
            modules = self.doc.course.modules
            mi = modules.index(owner) + step
            if 0 <= mi < len(modules):
                to = modules[mi]
                self.doc.do(Move(owner, attr, index, to, len(to.items) if step < 0 else 0), self.tr("Move"))
        self.select(obj)

    def move_to(self, obj: Any, target: Any, position: str) -> bool:
        """Move ``obj`` "before", "after" or "into" the ``target`` object; return whether it moved.

        This is the drop handler: a drag in the tree ends here, and so can tests.
        """
        src = self._owner(obj)
        if src is None or target is obj:
            return False
        owner, attr, index = src
        if isinstance(obj, Module):
            dest: Course | Module
            if isinstance(target, Course):
                dest, at = target, len(target.modules)
            else:
                module = self._module_of(target)
                assert module is not None, "every item is in a module"
                at = self.doc.course.modules.index(module) + (position != "before")
                dest = self.doc.course
            dest_attr = "modules"
        else:
            if isinstance(target, Course):
                return False
            if isinstance(target, Module):
                mods = self.doc.course.modules
                mi = mods.index(target)
                if position == "into":
                    dest, at = target, len(target.items)
                elif position == "before" and mi > 0:
                    # Above a module's heading means the end of the module before it.
                    dest = mods[mi - 1]
                    at = len(dest.items)
                else:
                    dest, at = target, 0
            else:
                found = self._owner(target)
                assert found is not None, "a dropped-on item is in the course"
                dest, _a, ti = found
                at = ti + (position == "after")
            dest_attr = "items"
        if dest is owner and at > index:
            at -= 1  # positions count after the object is taken out
        if dest is owner and at == index:
            return False
        self.doc.do(Move(owner, attr, index, dest, at, to_attr=dest_attr), self.tr("Move"))
        self.select(obj)
        return True

    def dropEvent(self, event) -> None:
        target = self.itemAt(event.position().toPoint())
        source = self.currentItem()
        # The model moves, then the tree redraws; Qt must not move its own copy.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is None or target is None:
            return
        indicator = self.dropIndicatorPosition()
        position = {
            QAbstractItemView.DropIndicatorPosition.AboveItem: "before",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "after",
        }.get(indicator, "into")
        self.move_to(self.obj(source), self.obj(target), position)

    # --- menu and keys -------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text, slot, shortcut=None):
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
            return act

        self.act_add_module = action(self.tr("Add module"), lambda: self.add_module())
        self.act_add_lesson = action(self.tr("Add lesson"), lambda: self.add_item(Lesson))
        self.act_add_quiz = action(self.tr("Add quiz"), lambda: self.add_item(Quiz))
        self.act_add_survey = action(self.tr("Add survey"), lambda: self.add_item(Survey))
        self.act_rename = action(self.tr("Rename"), self._rename_current, Qt.Key.Key_F2)
        self.act_duplicate = action(self.tr("Duplicate"), self.duplicate_selected, "Ctrl+D")
        self.act_delete = action(self.tr("Delete"), self.delete_selected, QKeySequence.StandardKey.Delete)
        self.act_up = action(self.tr("Move up"), lambda: self.move_selected(-1), "Ctrl+Up")
        self.act_down = action(self.tr("Move down"), lambda: self.move_selected(1), "Ctrl+Down")

    def _menu(self, pos) -> None:
        obj = self.current_obj()
        menu = QMenu(self)
        for act in (self.act_add_module, self.act_add_lesson, self.act_add_quiz, self.act_add_survey):
            menu.addAction(act)
        menu.addSeparator()
        movable = obj is not None and not isinstance(obj, Course)
        for act in (self.act_rename, self.act_duplicate, self.act_delete, self.act_up, self.act_down):
            act.setEnabled(movable or act is self.act_rename)
            menu.addAction(act)
        menu.exec(self.viewport().mapToGlobal(pos))

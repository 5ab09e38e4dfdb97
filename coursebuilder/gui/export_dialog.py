"""The choices before an export: what goes into a slide deck, and what form an offline package takes.

The dialogs return plain option values, the output included (never exporter objects): the export
worker builds the exporter's options from them, so a bad value ends as the exporter's one-line message, not a crash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..model import Course
from ..model.languages import course_languages
from . import prompts, settings

#: Built-in slide themes (as the exporter names them); "template" means the lecturer's own file.
THEMES = ("default", "high-contrast")
#: Offline package forms (as the exporter names them) and the file suffix each is written with.
FORMS = {"folder": "", "zip": ".zip", "single": ".html", "scorm": ".zip"}


def remembered(kind: str) -> dict:
    """Return the choices last made in the export dialog of ``kind`` ("pptx" or "offline")."""
    value = settings.load().get("export", {}).get(kind, {})
    return value if isinstance(value, dict) else {}


def remember(kind: str, choices: dict) -> None:
    """Keep the choices for the next export of ``kind``."""
    data = settings.load()
    exports: dict[str, Any] = data["export"] if isinstance(data.get("export"), dict) else {}
    exports[kind] = choices
    data["export"] = exports
    settings.save(data)


def language_name(tag: str) -> str:
    """Return a language's own name with its tag, such as "ខ្មែរ (km)"."""
    name = "English" if tag.split("-")[0] == "en" else QLocale(
        tag.replace("-Hans", "_CN").replace("-Hant", "_TW").replace("-", "_")).nativeLanguageName()
    return f"{name} ({tag})" if name else tag


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, (QLineEdit, QComboBox)) else 0)
    return box


def _number(value, default: int, low: int, high: int) -> int:
    return value if isinstance(value, int) and low <= value <= high else default


class _ExportDialog(QDialog):
    """What both dialogs share: the output path, an error line and the Export button."""

    def __init__(self, course: Course, suffix: str, parent=None):
        super().__init__(parent)
        self.course = course
        self.suffix = suffix
        self.output = QLineEdit()
        self.output.setObjectName("output")
        self.browse_output = QPushButton(self.tr("Choose…"))
        self.browse_output.clicked.connect(self._choose_output)
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)

    def _suggested(self, folder: str) -> str:
        """Return the course's name in the folder used last time (else the Documents folder)."""
        name = (self.course.title or "course").strip().replace("/", "-").replace("\\", "-") + self.suffix
        if not (folder and Path(folder).is_dir()):
            folder = default_folder()
        return str(Path(folder) / name)

    def _choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text() or self._suggested(""))
        if path:
            self.output.setText(str(self._with_suffix(Path(path))))

    def _with_suffix(self, path: Path) -> Path:
        if self.suffix and path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def output_path(self) -> Path:
        """Return where the export goes, with the right file name ending."""
        return self._with_suffix(Path(self.output.text().strip()))

    def destination(self) -> dict[str, Any]:
        """Return the options every exporter takes: the output, which may replace what is there (already asked)."""
        return {"output": self.output_path(), "overwrite": True}

    def show_error(self, text: str) -> None:
        """Say in the dialog what must change before exporting."""
        self.error.setText(text)
        self.error.show()

    def problem(self) -> str:
        """Return what stops the export, or ""."""
        if not self.output.text().strip() or not self.output_path().is_absolute():
            return self.tr("Choose where to save the export.")
        parent = self.output_path().resolve().parent
        if parent.exists() and not parent.is_dir():
            return self.tr("%1 is a file, not a folder.").replace("%1", str(parent))
        return ""

    def _check_and_accept(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        out = self.output_path()
        if not out.resolve().parent.is_dir() and not self._create_folder(out.resolve().parent):
            return
        if out.exists():
            answer = QMessageBox.question(
                self, self.tr("Replace the export?"),
                self.tr("%1 already exists. Replace it?").replace("%1", out.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.accept()


    def _create_folder(self, folder: Path) -> bool:
        """Offer to make a missing output folder (a fresh account may have no Documents); return whether it exists now."""
        B = QMessageBox.StandardButton
        answer = prompts.ask(
            self, self.tr("Create the folder?"),
            self.tr("The folder %1 does not exist yet. Create it and export there?").replace("%1", str(folder)),
            {B.Yes: self.tr("Create the folder"), B.Cancel: self.tr("Choose another place")}, B.Yes)
        if answer != B.Yes:
            self.show_error(self.tr("The folder %1 does not exist.").replace("%1", str(folder)))
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.show_error(self.tr("The folder %1 cannot be created: %2").replace("%1", str(folder)).replace("%2", exc.strerror or str(exc)))
            return False
        return True


def default_folder() -> str:
    """Return the Documents folder if there is one, else the home folder (which always exists)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


class SlideExportDialog(_ExportDialog):
    """Choices for a slide deck: what to export, its look, picture size and the title slide's fields."""

    def __init__(self, course: Course, parent=None):
        super().__init__(course, ".pptx", parent)
        self.setWindowTitle(self.tr("Export a slide deck"))
        saved = remembered("pptx")
        layout = QVBoxLayout(self)

        what = QGroupBox(self.tr("What to export"))
        what_layout = QVBoxLayout(what)
        self.scope_all = QRadioButton(self.tr("The whole course"))
        self.scope_module = QRadioButton(self.tr("One module:"))
        self.scope_lessons = QRadioButton(self.tr("Chosen lessons, quizzes and surveys:"))
        self.scope = QButtonGroup(self)
        for b in (self.scope_all, self.scope_module, self.scope_lessons):
            self.scope.addButton(b)
        self.module = QComboBox()
        for i, module in enumerate(course.modules, 1):
            self.module.addItem(module.title or self.tr("Module %1").replace("%1", str(i)), i)
        self.lessons = QListWidget()
        self.lessons.setMinimumHeight(120)
        self.lessons.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.lessons.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i, module in enumerate(course.modules, 1):
            # The module once, as a heading, its items indented under it: long titles stay readable.
            heading = QListWidgetItem(module.title or self.tr("Module %1").replace("%1", str(i)))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.lessons.addItem(heading)
            for item in module.items:
                row = QListWidgetItem("    " + item.title)
                row.setToolTip(item.title)
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Unchecked)
                self.lessons.addItem(row)
        what_layout.addWidget(self.scope_all)
        what_layout.addWidget(_row(self.scope_module, self.module))
        what_layout.addWidget(self.scope_lessons)
        what_layout.addWidget(self.lessons)
        self.scope_all.setChecked(True)
        self.scope_module.setEnabled(bool(course.modules))
        self.scope_lessons.setEnabled(any(m.items for m in course.modules))
        layout.addWidget(what)

        form = QFormLayout()
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Default"), "default")
        self.theme.addItem(self.tr("High contrast (bright rooms, weak projectors)"), "high-contrast")
        self.theme.addItem(self.tr("My own PowerPoint template"), "template")
        self.template = QLineEdit(str(saved.get("template", "")))
        self.template.setPlaceholderText(self.tr("a .pptx or .potx file"))
        self.browse_template = QPushButton(self.tr("Choose…"))
        self.browse_template.clicked.connect(self._choose_template)
        self.template_row = _row(self.template, self.browse_template)
        form.addRow(self.tr("Look:"), self.theme)
        form.addRow(self.tr("Template:"), self.template_row)
        self.image_size = QSpinBox()
        self.image_size.setRange(640, 3840)
        self.image_size.setSingleStep(320)
        self.image_size.setSuffix(self.tr(" px"))
        self.image_size.setValue(_number(saved.get("image_size"), 1920, 640, 3840))
        self.image_size.setToolTip(self.tr("Longest edge of pictures; projectors show 1920 at most."))
        form.addRow(self.tr("Picture size:"), self.image_size)
        self.venue = QLineEdit(str(saved.get("venue", "")))
        form.addRow(self.tr("Venue:"), self.venue)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Date:"), self.date)
        self.lecturer = QLineEdit(str(saved.get("lecturer", "")))
        self.lecturer.setPlaceholderText(self.tr("the course's authors"))
        form.addRow(self.tr("Lecturer:"), self.lecturer)
        self.embed_media = QCheckBox(self.tr("Put audio and video files into the deck (makes it larger)"))
        self.embed_media.setChecked(bool(saved.get("embed_media", True)))
        form.addRow("", self.embed_media)
        # A course in several languages: the deck in one of them, or a second one under it on every slide.
        languages = course_languages(course)
        self.language = QComboBox()
        self.second_language = QComboBox()
        self.second_language.addItem(self.tr("None"), "")
        for tag in languages:
            self.language.addItem(language_name(tag), tag)
            self.second_language.addItem(language_name(tag), tag)
        if len(languages) > 1:
            form.addRow(self.tr("Language:"), self.language)
            form.addRow(self.tr("Second language under it:"), self.second_language)
        else:
            self.language.hide()
            self.second_language.hide()
        self.output.setText(self._suggested(str(saved.get("folder", ""))))
        form.addRow(self.tr("Save as:"), _row(self.output, self.browse_output))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        theme = saved.get("theme", "default")
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme if theme in (*THEMES, "template") else "default")))
        for signal in (self.scope.buttonToggled, self.theme.currentIndexChanged):
            signal.connect(self._update_enabled)
        self._update_enabled()
        self.resize(680, 660)

    def _update_enabled(self, *_args) -> None:
        self.module.setEnabled(self.scope_module.isChecked())
        self.lessons.setEnabled(self.scope_lessons.isChecked())
        self.template_row.setEnabled(self.theme.currentData() == "template")

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a PowerPoint template"), self.template.text(),
                                              self.tr("PowerPoint templates (*.pptx *.potx)"))
        if path:
            self.template.setText(path)

    def chosen_lessons(self) -> list[str]:
        """Return the ids of the ticked lessons, quizzes and surveys."""
        return [
            self.lessons.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.lessons.count())
            if self.lessons.item(i).data(Qt.ItemDataRole.UserRole) and self.lessons.item(i).checkState() == Qt.CheckState.Checked
        ]

    def problem(self) -> str:
        if self.scope_lessons.isChecked() and not self.chosen_lessons():
            return self.tr("Tick at least one lesson, quiz or survey.")
        if self.theme.currentData() == "template" and not Path(self.template.text().strip()).is_file():
            return self.tr("Choose your template file (.pptx or .potx).")
        return super().problem()

    def options(self) -> dict:
        """Return the deck's options as the exporter's PptxOptions fields."""
        own = self.theme.currentData() == "template"
        return {
            **self.destination(),
            "module": self.module.currentData() if self.scope_module.isChecked() else None,
            "lessons": self.chosen_lessons() if self.scope_lessons.isChecked() else [],
            "theme": "default" if own else self.theme.currentData(),
            "template": Path(self.template.text().strip()) if own else None,
            "image_size": self.image_size.value(),
            "venue": self.venue.text().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "lecturer": self.lecturer.text().strip(),
            "embed_media": self.embed_media.isChecked(),
            "language": self.language.currentData() or "",
            "second_language": self._second(),
        }

    def _second(self) -> str:
        second = self.second_language.currentData() or ""
        return "" if second == self.language.currentData() else second

    def choices(self) -> dict:
        """Return what to remember for the next deck (not the scope: it belongs to one course)."""
        return {
            "theme": self.theme.currentData(),
            "template": self.template.text().strip(),
            "image_size": self.image_size.value(),
            "venue": self.venue.text().strip(),
            "lecturer": self.lecturer.text().strip(),
            "embed_media": self.embed_media.isChecked(),
            "folder": str(self.output_path().parent),
        }


class PackageExportDialog(_ExportDialog):
    """Choices for an offline package: its form, a size budget and picture sizes."""

    def __init__(self, course: Course, parent=None):
        super().__init__(course, "", parent)
        self.setWindowTitle(self.tr("Export an offline package"))
        saved = remembered("offline")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.form = QComboBox()
        self.form.addItem(self.tr("A folder of web pages (copy to a USB stick)"), "folder")
        self.form.addItem(self.tr("A .zip of that folder (to send or download)"), "zip")
        self.form.addItem(self.tr("One web page file (.html) for messaging apps"), "single")
        self.form.addItem(self.tr("SCORM 1.2 package (.zip) for a learning platform"), "scorm")
        form.addRow(self.tr("Form:"), self.form)
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0, 100_000)
        self.budget.setDecimals(1)
        self.budget.setSingleStep(10)
        self.budget.setSuffix(self.tr(" MB"))
        self.budget.setSpecialValueText(self.tr("no limit"))
        budget = saved.get("budget_mb", 0)
        self.budget.setValue(budget if isinstance(budget, (int, float)) and budget >= 0 else 0)
        self.budget.setToolTip(self.tr("The largest package trainees can download or copy; the export names what to shrink when it is over."))
        form.addRow(self.tr("Size budget:"), self.budget)
        self.warn_only = QCheckBox(self.tr("Only warn when the package is over the budget"))
        self.warn_only.setChecked(bool(saved.get("warn_only", False)))
        form.addRow("", self.warn_only)
        sizes = saved.get("image_sizes", [480, 1280])
        if not (isinstance(sizes, list) and len(sizes) == 2):
            sizes = [480, 1280]
        self.phone_size = QSpinBox()
        self.laptop_size = QSpinBox()
        for spin, value, default in ((self.phone_size, sizes[0], 480), (self.laptop_size, sizes[1], 1280)):
            spin.setRange(64, 4096)
            spin.setSingleStep(160)
            spin.setSuffix(self.tr(" px"))
            spin.setValue(_number(value, default, 64, 4096))
        form.addRow(self.tr("Pictures for phones:"), self.phone_size)
        form.addRow(self.tr("Pictures for laptops:"), self.laptop_size)
        # A course in several languages: every language with a switch on each page, or one of them alone.
        languages = course_languages(course)
        self.language = QComboBox()
        self.language.addItem(self.tr("All languages, with a language switch"), "")
        for tag in languages:
            self.language.addItem(language_name(tag), tag)
        if len(languages) > 1:
            form.addRow(self.tr("Language:"), self.language)
        else:
            self.language.hide()
        self.output.setText(self._suggested(str(saved.get("folder", ""))))
        form.addRow(self.tr("Save as:"), _row(self.output, self.browse_output))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.form.currentIndexChanged.connect(self._form_changed)
        self.form.setCurrentIndex(max(0, self.form.findData(saved.get("form", "zip"))))
        self._form_changed()
        self.warn_only.setEnabled(self.budget.value() > 0)
        self.budget.valueChanged.connect(lambda v: self.warn_only.setEnabled(v > 0))
        self.resize(600, 350)

    def _form_changed(self, *_args) -> None:
        """Give the file name the ending of the chosen form."""
        text = self.output.text().strip()
        if text:
            path = Path(text)
            stem = path.name[: -len(path.suffix)] if path.suffix.lower() in (".zip", ".html") else path.name
            self.suffix = FORMS[self.form.currentData()]
            self.output.setText(str(path.with_name(stem + self.suffix)))
        else:
            self.suffix = FORMS[self.form.currentData()]

    def options(self) -> dict:
        """Return the package's options as the exporter's OfflineOptions fields."""
        return {
            **self.destination(),
            "form": self.form.currentData(),
            "image_sizes": (self.phone_size.value(), self.laptop_size.value()),
            "budget": int(self.budget.value() * 1_000_000),
            "warn_only": self.warn_only.isChecked(),
            "languages": (self.language.currentData(),) if self.language.currentData() else (),
        }

    def choices(self) -> dict:
        """Return what to remember for the next package."""
        return {
            "form": self.form.currentData(),
            "budget_mb": self.budget.value(),
            "warn_only": self.warn_only.isChecked(),
            "image_sizes": [self.phone_size.value(), self.laptop_size.value()],
            "folder": str(self.output_path().parent),
        }

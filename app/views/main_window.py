"""The main window: the nurse's panel with search and saved filters, import and About.

Everything that reads or writes the store runs through the :class:`~app.views.background.Runner`
(one small function per user action below); the window only shows what comes back.
"""

from __future__ import annotations

import logging
import platform
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.chart.service import Chart, fetch_chart
from app.medrec.worksheet import WorksheetData, start_worksheet
from app.models.errors import HearthError
from app.notes import service as notes
from app.notes.service import NoteData
from app.panel.service import PanelRow, load_panel
from app.settings import Settings, save_settings
from app.views.background import Runner
from app.views.chart.widget import ChartWidget
from app.views.icons import icon
from app.views.import_dialog import ImportSummaryDialog
from app.views.medrec import MedRecWidget
from app.views.notes.editor import NoteEditor
from app.views.notes.viewer import NoteViewer
from app.views.sync.controller import SyncController, SyncStatus, read_sync_status
from app.views.sync.status import SyncStatusWidget
from app.views.tables import setup_table
from app.views.workspace.lock import LockController
from app.views.workspace.my_day import MyDayWidget
from app.views.workspace.settings_dialog import SettingsDialog, apply_font_scale
from app.worklist import service as worklist
from app.views.panel_model import (
    ROW_ROLE,
    Column,
    PanelFilterProxy,
    PanelTableModel,
    SavedFilter,
)

log = logging.getLogger(__name__)

OFFLINE_TEXT = "Offline — not connected to a server"
DEMO_TEXT = "Demo panel — invented patients, nothing is saved"
SETUP_TEXT = "Set up my own store…"
BUNDLE_FILTER = "FHIR bundles (*.json *.ndjson);;All files (*)"

# Banner colours: dark text on a light amber, about 12:1 contrast, readable in light and dark
# themes alike (the only colours the GUI sets itself; everything else follows the system).
BANNER_STYLE = """
QFrame#demo_banner { background: #fff4ce; border: 1px solid #8a6d00; border-radius: 4px; }
QFrame#demo_banner QLabel { color: #2e2400; background: transparent; }
"""


# -- background work (one small function per action; no Qt widgets here) ----------------------
def fetch_panel(store: Any, user_id: str | None = None) -> list[PanelRow]:
    with store.session() as session:
        return load_panel(session, user_id=user_id)


def import_bundles(store: Any, paths: list[Path], progress: Any = None) -> Any:
    try:
        from app.fhir.importer import import_paths
    except ImportError as exc:
        raise HearthError("this build of Hearth has no FHIR importer") from exc
    return import_paths(store, paths, progress=progress)


def load_note_job(store: Any, note_id: str) -> NoteData:
    with store.session() as s:
        return notes.load_note(s, note_id)


def recovery_job(store: Any) -> list[NoteData]:
    with store.session() as s:
        return notes.drafts_for_recovery(s)


def toggle_task_job(store: Any, task_id: str, done: bool) -> Any:
    return (worklist.complete_task if done else worklist.reopen_task)(store, task_id)


def collect_versions(store: Any) -> list[tuple[str, str]]:
    import PySide6

    cipher = None
    if store is not None:
        with store.engine.connect() as conn:
            cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    if cipher is None:
        import sqlcipher3.dbapi2 as sqlcipher

        conn = sqlcipher.connect(":memory:")
        try:
            cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        finally:
            conn.close()
    return [
        ("Hearth", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLCipher", str(cipher)),
        ("Python", platform.python_version()),
    ]


def about_text(versions: list[tuple[str, str]]) -> str:
    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{value}</td></tr>"
                   for name, value in versions)
    return (
        f"<h3>Hearth {__version__}</h3>"
        "<p>Offline-first care coordination for community nurses.<br>"
        "Your panel is kept in an encrypted store on this computer.</p>"
        f"<table cellspacing='2'>{rows}</table>"
    )


class _ProgressRelay(QObject):
    """Carries import progress from the worker to the GUI thread (a queued signal)."""

    sig_progress = Signal(object)

    def report(self, *args: Any, **kwargs: Any) -> None:
        self.sig_progress.emit(args)


class _SearchField(QLineEdit):
    """The search box; Down or Enter moves to the first patient in the table."""

    sig_leave_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_leave_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The panel window. ``store`` may be None while a store is being prepared or opened:
    the window then shows its loading state until :meth:`set_store`."""

    sig_setup_requested = Signal()
    sig_panel_loaded = Signal(int)
    sig_import_finished = Signal(object)

    def __init__(self, store: Any, runner: Runner, *, demo: bool,
                 settings: dict[str, Any] | None = None, offer_setup: bool = True,
                 app_settings: Settings | None = None, watch_system: bool = True,
                 sync_options: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Sync: a controller only for a store enrolled with a clinic server. sync_options are
        # passed to SyncController (tests: client_factory, short timers); None = defaults.
        self.sync: SyncController | None = None
        self.sync_options = dict(sync_options or {})
        self._sync_setup_generation = 0
        self.conflicts_dialog: QDialog | None = None
        self.enroll_dialog: QDialog | None = None
        self.store = store
        self.runner = runner
        self.demo = demo
        self.settings = dict(settings or {})
        self.app_settings = app_settings or Settings()
        self._watch_system = watch_system
        self._charts: dict[str, ChartWidget] = {}  # patient id -> its open chart tab
        self._editors: dict[str, QWidget] = {}  # note id -> its open note tab
        self._medrec: dict[str, MedRecWidget] = {}  # patient id -> its open worksheet tab
        self._recovery_offered = False
        self.offer_setup = offer_setup
        self._generation = 0
        self._loading = False
        self._importing = False
        self.last_dialog: QDialog | None = None

        self.model = PanelTableModel(self)
        self.proxy = PanelFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_actions()
        self._build_ui()
        self.runner.sig_error.connect(self.show_error)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.lock = LockController(
            self, store, runner, idle_ms=self.app_settings.idle_lock_minutes * 60_000,
            demo=demo, watch_system=watch_system)
        self.lock.add_before_lock(self.flush_drafts)
        from app.views.coordination.transitions import TransitionsRefresher

        # Opens transitions for new discharges, escalates missed steps (started by set_store,
        # after an import, and by app.py for a store given at start).
        self.transitions_refresher = TransitionsRefresher(None, runner, parent=self)
        self.transitions_refresher.sig_changed.connect(self._transitions_refreshed)
        self.my_day.sig_task_saved.connect(lambda _id: self.transitions_refresher.refresh())
        self.file_menu.insertAction(self.quit_action, self.lock.lock_action)
        self._apply_mode()
        self.resize(1200, 720)
        if store is not None:
            self.reload()
            self._setup_sync()
        else:
            self.set_loading_text("Opening…")

    # -- construction --------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.import_action = QAction(self.tr("&Import FHIR bundles…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(self.tr("Add patients from FHIR R4 bundle files"))
        self.import_action.triggered.connect(self.choose_and_import)

        self.reload_action = QAction(self.tr("&Reload panel"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.reload)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.find_action = QAction(self.tr("&Find patient"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)

        self.about_action = QAction(self.tr("&About Hearth"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        self.settings_action = QAction(icon("settings"), self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)

        self.panel_action = QAction(icon("panel"), self.tr("&Panel"), self)
        self.panel_action.setShortcut(QKeySequence("Ctrl+1"))
        self.panel_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.my_day_action = QAction(icon("my_day"), self.tr("&My day"), self)
        self.my_day_action.setShortcut(QKeySequence("Ctrl+2"))
        self.my_day_action.triggered.connect(self.show_my_day)
        self.dashboard_action = QAction(icon("dashboard"), self.tr("Das&hboard"), self)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+6"))
        self.dashboard_action.triggered.connect(self.show_dashboard)
        self.transitions_action = QAction(icon("task"), self.tr("&Transitions of care"), self)
        self.transitions_action.setShortcut(QKeySequence("Ctrl+3"))
        self.transitions_action.triggered.connect(self.show_transitions)
        self.call_list_action = QAction(icon("task"), self.tr("Ca&ll list"), self)
        self.call_list_action.setShortcut(QKeySequence("Ctrl+4"))
        self.call_list_action.triggered.connect(self.show_call_list)
        self.care_gaps_action = QAction(icon("task"), self.tr("Care &gaps"), self)
        self.care_gaps_action.setShortcut(QKeySequence("Ctrl+5"))
        self.care_gaps_action.triggered.connect(self.show_care_gaps)
        self.close_tab_action = QAction(self.tr("&Close patient or note tab"), self)
        self.close_tab_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_tab_action.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))

        self.sync_now_action = QAction(self.tr("S&ync now"), self)
        self.sync_now_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_now_action.setStatusTip(self.tr("Send your changes to the clinic server and "
                                                  "get the others' now"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self.sync_now_action.setEnabled(False)
        self.sync_conflicts_action = QAction(self.tr("Sync &conflicts…"), self)
        self.sync_conflicts_action.setStatusTip(self.tr(
            "Fields changed on two devices, and changes the server refused"))
        self.sync_conflicts_action.triggered.connect(lambda: self.show_sync_conflicts())
        self.sync_conflicts_action.setEnabled(False)
        self.enroll_action = QAction(self.tr("Co&nnect to clinic server…"), self)
        self.enroll_action.setStatusTip(self.tr(
            "Connect this computer to your clinic's Hearth server with a one-time code"))
        self.enroll_action.triggered.connect(lambda: self.show_enroll_dialog())
        self.enroll_action.setEnabled(False)

        menu = self.menuBar()
        self.file_menu = file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.enroll_action)
        file_menu.addAction(self.sync_now_action)
        file_menu.addAction(self.sync_conflicts_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.panel_action)
        view_menu.addAction(self.my_day_action)
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.transitions_action)
        view_menu.addAction(self.call_list_action)
        view_menu.addAction(self.care_gaps_action)
        view_menu.addAction(self.close_tab_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_ui(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 4)
        outer.setSpacing(8)

        # Demo banner
        self.banner = QFrame(central)
        self.banner.setObjectName("demo_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Demo panel notice"))
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 8, 6)
        banner_icon = QLabel(self.banner)
        banner_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(22, 22))
        banner_icon.setAccessibleName(self.tr("Information"))
        self.banner_label = QLabel(self.tr(DEMO_TEXT), self.banner)
        font = self.banner_label.font()
        font.setBold(True)
        self.banner_label.setFont(font)
        self.banner_label.setWordWrap(True)
        self.setup_button = QPushButton(self.tr(SETUP_TEXT), self.banner)
        self.setup_button.setToolTip(self.tr("Create your own encrypted store on this computer"))
        self.setup_button.clicked.connect(self.sig_setup_requested)
        banner_row.addWidget(banner_icon)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.setup_button)
        outer.addWidget(self.banner)

        # The workspace: Panel and My day, then one tab per open chart or note.
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.setAccessibleName(self.tr("Workspace"))
        self.tabs.tabCloseRequested.connect(self.close_tab)
        outer.addWidget(self.tabs, 1)
        self.panel_page = QWidget(self.tabs)
        panel_layout = QVBoxLayout(self.panel_page)
        panel_layout.setContentsMargins(0, 8, 0, 0)
        outer_central = outer
        outer = panel_layout

        # Search and saved filters
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search_field = _SearchField(central)
        self.search_field.setPlaceholderText(self.tr("Search by name, MRN or date of birth  (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search patients"))
        self.search_field.setAccessibleDescription(
            "Type part of a name, an MRN, or a date of birth such as 1948-03-02 or 03/02/1948")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(340)
        self.search_field.textChanged.connect(self._search_changed)
        self.search_field.sig_leave_down.connect(self._focus_table)
        search_label = QLabel(self.tr("&Find:"), central)
        search_label.setBuddy(self.search_field)

        self.filter_combo = QComboBox(central)
        self.filter_combo.setAccessibleName(self.tr("Saved filter"))
        for saved in SavedFilter:
            self.filter_combo.addItem(saved.label, saved)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("&Show:"), central)
        filter_label.setBuddy(self.filter_combo)

        self.count_label = QLabel("", central)
        self.count_label.setAccessibleName(self.tr("Patient count"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Room for "4,999 of 5,000 patients", so the bar does not jump while she types.
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance("00000 of 00000 patients"))

        bar.addWidget(search_label)
        bar.addWidget(self.search_field, 2)
        bar.addSpacing(12)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        outer.addLayout(bar)

        # The panel, or its loading / empty states
        self.stack = QStackedWidget(central)
        self.loading_label = QLabel(self.tr("Loading…"), self.stack)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setAccessibleName(self.tr("Loading"))
        self._scale_font(self.loading_label, 1.3)

        self.table = QTableView(self.stack)
        self.table.setModel(self.proxy)
        setup_table(self.table, self.tr("Patient panel"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_patient)

        empty = QWidget(self.stack)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(
            "No patients on this panel yet.\nImport FHIR bundles to add them.", empty)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scale_font(self.empty_label, 1.15)
        empty_button = QPushButton(self.tr("Import FHIR bundles…"), empty)
        empty_button.clicked.connect(self.choose_and_import)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack.addWidget(self.loading_label)
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        self._empty_page = empty
        outer.addWidget(self.stack, 1)
        self.tabs.addTab(self.panel_page, icon("panel"), "&Panel")
        self.my_day = MyDayWidget(self.store, self.runner, user_id=self.settings.get("user_id"),
                                  parent=self.tabs)
        self.my_day.sig_open_patient.connect(self.open_patient)
        self.tabs.addTab(self.my_day, icon("my_day"), "My &day")
        for fixed in (0, 1):  # Panel and My day stay open
            self.tabs.tabBar().setTabButton(fixed, self.tabs.tabBar().ButtonPosition.RightSide,
                                            None)
        del outer_central
        self.setCentralWidget(central)
        self.setTabOrder(self.search_field, self.filter_combo)
        self.setTabOrder(self.filter_combo, self.table)

        # Status bar: the sync state ("Offline — not connected to a server" until enrolled)
        self.sync_status = SyncStatusWidget(self)
        self.sync_status.sig_open_conflicts.connect(self.show_sync_conflicts)
        self.sync_status.sig_cancel.connect(self.cancel_sync)
        self.status_label = self.sync_status.main_label
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().setSizeGripEnabled(False)

    @staticmethod
    def _scale_font(widget: QWidget, factor: float) -> None:
        font = widget.font()
        font.setPointSizeF(font.pointSizeF() * factor)
        widget.setFont(font)

    def _apply_mode(self) -> None:
        self.setWindowTitle(self.tr("Hearth — Demo panel") if self.demo else self.tr("Hearth"))
        self.banner.setVisible(self.demo)
        self.setup_button.setVisible(self.demo and self.offer_setup)
        has_store = self.store is not None
        self.import_action.setEnabled(has_store and not self._importing)
        self.reload_action.setEnabled(has_store)

    # -- the store -----------------------------------------------------------------------------
    def set_store(self, store: Any, *, demo: bool, offer_setup: bool | None = None) -> None:
        """Show another store (the demo once prepared, or her own after set-up)."""
        self.flush_drafts()
        for index in range(self.tabs.count() - 1, 1, -1):  # charts and notes of the old store
            self._drop_tab(index)
        self.store = store
        self.demo = demo
        if offer_setup is not None:
            self.offer_setup = offer_setup
        self._recovery_offered = False
        self.model.set_rows([])
        self.my_day.set_store(store)
        self.lock.set_store(store, demo=demo)
        self.transitions_refresher.set_store(store)
        self._apply_mode()
        self.reload()
        self._setup_sync()

    def set_loading_text(self, text: str) -> None:
        self.loading_label.setText(text)
        self.stack.setCurrentWidget(self.loading_label)
        self.count_label.setText("")

    # -- loading the panel ---------------------------------------------------------------------
    def reload(self) -> None:
        if self.store is None:
            return
        self._generation += 1
        generation = self._generation
        self._loading = True
        if self.model.total_count == 0:
            self.set_loading_text("Loading the panel…")
        else:
            self.count_label.setText("Loading…")
        if getattr(self, "_loops_store", None) is not self.store:
            # Once per store: imported results matched, overdue referral and result steps as
            # tasks (app.coordination.communication.refresh_loops); My day shows them.
            from app.coordination.communication import refresh_loops

            self._loops_store = self.store
            self.runner.run(refresh_loops, self.store,
                            on_done=lambda changed: changed and self.my_day.reload())
        self.runner.run(
            fetch_panel, self.store, self.settings.get("user_id"),
            on_done=lambda rows: self._panel_loaded(generation, rows),
            on_error=lambda message, _exc: self._panel_failed(generation, message),
        )

    def _panel_loaded(self, generation: int, rows: list[PanelRow]) -> None:
        if generation != self._generation:
            return  # a newer load (or another store) superseded this one
        self._loading = False
        first = self.model.total_count == 0
        self.model.set_rows(rows)
        if self.proxy.sortColumn() >= 0:  # a reload keeps the nurse's sort
            self.model.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        if rows:
            self.stack.setCurrentWidget(self.table)
            if first:
                self._fit_columns()
        else:
            self.stack.setCurrentWidget(self._empty_page)
        self._update_count()
        self.sig_panel_loaded.emit(len(rows))
        # Her unsigned drafts from last time (a crash, a flat battery); not the demo's own.
        if not self._recovery_offered and self.store is not None and not self.demo:
            self._recovery_offered = True
            self.runner.run(recovery_job, self.store, on_done=self._offer_recovery)

    def _panel_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.set_loading_text(f"The panel could not be loaded.\n{message}")
        self.sig_panel_loaded.emit(-1)

    def _fit_columns(self) -> None:
        # Sized from the first rows only: measuring all of a 5,000-patient panel took ~1 s.
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        limits = {Column.NAME: (160, 260), Column.NEXT_VISIT: (120, 190),
                  Column.LAST_VISIT: (100, 150), Column.DISCHARGE: (90, 170),
                  Column.TASKS: (90, 150), Column.MEDS: (60, 110)}
        for column in Column:
            if column == Column.PROBLEMS:
                continue
            low, high = limits.get(column, (60, 160))
            header.resizeSection(column, max(low, min(high, header.sectionSize(column) + 12)))

    def _update_count(self, *_args: Any) -> None:
        if self._loading and self.model.total_count == 0:
            return
        total = self.model.total_count
        shown = self.proxy.rowCount()
        noun = "patient" if total == 1 else "patients"
        self.count_label.setText(f"{total} {noun}" if shown == total
                                 else f"{shown} of {total} {noun}")

    # -- search, filters, navigation -----------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _filter_changed(self, _index: int) -> None:
        saved = self.filter_combo.currentData()
        if isinstance(saved, SavedFilter):
            self.proxy.set_saved_filter(saved)
        self._update_count()

    def set_saved_filter(self, saved: SavedFilter) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(saved))

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.proxy.index(0, Column.NAME))

    def visible_rows(self) -> list[PanelRow]:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def _open_patient(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_patient(row.patient_id, row.name)

    # -- the workspace: charts, notes, My day -----------------------------------------------------
    def open_patient(self, patient_id: str, name: str | None = None) -> None:
        """Open (or go to) the patient's chart tab; the chart loads in the background."""
        if self.store is None:
            return
        chart = self._charts.get(patient_id)
        if chart is None:
            chart = ChartWidget(self.tabs)
            chart.setProperty("patient_id", patient_id)
            chart.sig_new_note.connect(lambda pid=patient_id: self.new_note(pid))
            chart.sig_open_note.connect(self.open_note)
            chart.sig_task_toggled.connect(self._toggle_task)
            chart.sig_reconcile.connect(lambda pid=patient_id: self.open_medrec(pid))
            chart.sig_handouts.connect(lambda pid=patient_id: self.open_handouts(pid))
            chart.set_services(self.store, self.runner)  # referral loop, results, log buttons
            chart.sig_data_changed.connect(self._tasks_changed)
            from app.views.coordination.chart_extension import install_chart_coordination
            install_chart_coordination(  # care plan review/print, care gaps, social needs
                chart, self.store, self.runner, patient_id, on_changed=self._tasks_changed,
                care_team=(self.app_settings.care_team_name, self.app_settings.care_team_phone))
            self._charts[patient_id] = chart
            self.tabs.addTab(chart, icon("chart"), name or "Patient")
        self.tabs.setCurrentWidget(chart)
        self.refresh_chart(patient_id)

    def refresh_chart(self, patient_id: str) -> None:
        if patient_id in self._charts and self.store is not None:
            self.runner.run(fetch_chart, self.store, patient_id,
                            on_done=lambda chart, pid=patient_id: self._chart_loaded(pid, chart))

    def _chart_loaded(self, patient_id: str, chart: Chart) -> None:
        widget = self._charts.get(patient_id)
        if widget is None:
            return  # closed while loading
        widget.set_chart(chart)
        self.tabs.setTabText(self.tabs.indexOf(widget), chart.header.name)

    def _toggle_task(self, task_id: str, done: bool) -> None:
        self.runner.run(toggle_task_job, self.store, task_id, done,
                        on_done=lambda _row: self._tasks_changed(),
                        on_error=lambda message, _exc: (self.show_error(message),
                                                        self._tasks_changed()))

    def _tasks_changed(self) -> None:
        if self.sync is not None:
            self.sync.refresh()
        for patient_id in list(self._charts):
            self.refresh_chart(patient_id)
        self.my_day.reload()
        self.reload()

    def show_my_day(self) -> None:
        self.tabs.setCurrentWidget(self.my_day)
        self.my_day.reload()

    def show_dashboard(self) -> None:
        """Open (or go to) the metrics dashboard tab; it computes in the background."""
        if self.store is None:
            return
        from app.views.coordination.dashboard import DashboardWidget  # QtCharts: on demand

        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, DashboardWidget):
                self.tabs.setCurrentWidget(widget)
                widget.reload()
                return
        dashboard = DashboardWidget(self.store, self.runner, parent=self.tabs)
        dashboard.sig_open_patient.connect(self.open_patient)
        self.tabs.addTab(dashboard, icon("dashboard"), self.tr("Dashboard"))
        self.tabs.setCurrentWidget(dashboard)

    def show_transitions(self) -> None:
        """Open (or go to) the Transitions tab: open transitions of care after discharges."""
        if self.store is None:
            return
        from app.views.coordination.transitions import TransitionsWidget

        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, TransitionsWidget):
                self.tabs.setCurrentWidget(widget)
                widget.reload()
                return
        page = TransitionsWidget(self.store, self.runner, parent=self.tabs)
        page.sig_open_patient.connect(self.open_patient)
        page.sig_changed.connect(self._tasks_changed)
        self.tabs.addTab(page, icon("task"), self.tr("Transitions"))
        self.tabs.setCurrentWidget(page)

    def show_care_gaps(self) -> None:
        """Open (or go to) the Care gaps tab: open gaps across the panel, by rule."""
        if self.store is None:
            return
        from app.views.coordination.care_gaps import CareGapsPage

        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, CareGapsPage):
                self.tabs.setCurrentWidget(widget)
                widget.reload()
                return
        page = CareGapsPage(self.store, self.runner, user_id=self.settings.get("user_id"),
                            parent=self.tabs)
        page.sig_open_patient.connect(self.open_patient)
        self.tabs.addTab(page, icon("task"), self.tr("Care gaps"))
        self.tabs.setCurrentWidget(page)

    def show_call_list(self) -> None:
        """Open (or go to) the Call list tab: today's calls, each logged in one click."""
        if self.store is None:
            return
        from app.views.coordination.communication import CallListWidget

        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, CallListWidget):
                self.tabs.setCurrentWidget(widget)
                widget.reload()
                return
        page = CallListWidget(self.store, self.runner, parent=self.tabs)
        page.sig_open_patient.connect(self.open_patient)
        page.sig_data_changed.connect(self._tasks_changed)
        self.tabs.addTab(page, icon("task"), self.tr("Call list"))
        self.tabs.setCurrentWidget(page)
        page.reload()

    def _transitions_refreshed(self) -> None:
        """New transitions opened or missed steps escalated in the background."""
        from app.views.coordination.transitions import TransitionsWidget

        self._tasks_changed()
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, TransitionsWidget):
                widget.reload()

    def new_note(self, patient_id: str) -> None:
        self.runner.run(notes.start_note, self.store, patient_id, on_done=self._show_note)

    def open_note(self, note_id: str) -> None:
        if note_id in self._editors:
            self.tabs.setCurrentWidget(self._editors[note_id])
            return
        self.runner.run(load_note_job, self.store, note_id, on_done=self._show_note)

    def _show_note(self, note: NoteData) -> None:
        if note.id in self._editors:
            self.tabs.setCurrentWidget(self._editors[note.id])
            return
        if note.status == "signed":
            widget: QWidget = NoteViewer(self.store, self.runner, note, self.tabs)
        else:
            editor = NoteEditor(self.store, self.runner, note, parent=self.tabs)
            editor.sig_signed.connect(lambda _id, pid=note.patient_id: self.refresh_chart(pid))
            editor.sig_signed.connect(lambda _id: self.request_sync("note signed"))
            editor.sig_saved.connect(lambda _id, pid=note.patient_id: self.refresh_chart(pid))
            widget = editor
        widget.setProperty("note_id", note.id)
        self._editors[note.id] = widget
        who = getattr(note, "patient_name", None) or "patient"
        self.tabs.addTab(widget, icon("note"), f"Note · {who}")
        self.tabs.setCurrentWidget(widget)

    def open_medrec(self, patient_id: str) -> None:
        """Open (or go to) the patient's reconciliation worksheet: the one in progress, or a
        new one started from the chart's lists."""
        if patient_id in self._medrec:
            self.tabs.setCurrentWidget(self._medrec[patient_id])
            return
        self.runner.run(start_worksheet, self.store, patient_id, on_done=self._show_medrec)

    def _show_medrec(self, worksheet: WorksheetData) -> None:
        if worksheet.patient_id in self._medrec:
            self.tabs.setCurrentWidget(self._medrec[worksheet.patient_id])
            return
        widget = MedRecWidget(self.store, self.runner, worksheet, parent=self.tabs)
        widget.sig_finalized.connect(lambda pid, _sid: self._medrec_finalized(pid))
        self._medrec[worksheet.patient_id] = widget
        self.tabs.addTab(widget, icon("task"), f"Med rec · {worksheet.patient_name or 'patient'}")
        self.tabs.setCurrentWidget(widget)

    def open_handouts(self, patient_id: str) -> None:
        """The Handouts dialog for the patient; what is given is recorded on the visit's draft
        note (typed into its editor when the note is open)."""
        from app.views.handouts import HandoutsDialog

        def open_editor(note_id: str) -> NoteEditor | None:
            widget = self._editors.get(note_id)
            return widget if isinstance(widget, NoteEditor) else None

        dialog = HandoutsDialog(self.store, self.runner, patient_id, open_editor=open_editor,
                                care_team=(self.app_settings.care_team_name,
                                           self.app_settings.care_team_phone), parent=self)
        dialog.sig_recorded.connect(lambda _record, pid=patient_id: self.refresh_chart(pid))
        self._show_dialog(dialog)

    def _medrec_finalized(self, patient_id: str) -> None:
        self.refresh_chart(patient_id)
        chart = self._charts.get(patient_id)
        if chart is not None:
            chart.show_tab("medications")
        self.reload()

    def _offer_recovery(self, drafts: list[NoteData]) -> None:
        if not drafts:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, "Unsigned visit notes",
            f"{len(drafts)} visit note draft(s) are not signed yet. They were saved as you "
            "typed. Open them now?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, self)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        box.accepted.connect(lambda: [self._show_note(d) for d in drafts[:5]])
        self._show_dialog(box)

    def flush_drafts(self) -> None:
        """Save every open draft now, in this thread: called before lock, quit, a store switch
        and closing a note tab, when nothing typed may be left unsaved."""
        for widget in list(self._editors.values()):
            if isinstance(widget, NoteEditor):
                widget.flush(synchronous=True)

    def close_tab(self, index: int) -> None:
        if index > 1:  # Panel and My day stay
            self._drop_tab(index)

    def _drop_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None:
            return
        if isinstance(widget, NoteEditor):
            widget.flush(synchronous=True)
        self._editors = {k: w for k, w in self._editors.items() if w is not widget}
        self._charts = {k: w for k, w in self._charts.items() if w is not widget}
        self._medrec = {k: w for k, w in self._medrec.items() if w is not widget}
        self.tabs.removeTab(index)
        widget.deleteLater()

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.app_settings, self)
        dialog.accepted.connect(lambda: self._apply_settings(dialog.settings()))
        self._show_dialog(dialog)

    def _apply_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.app_settings.language
        self.app_settings = settings
        save_settings(settings)
        self.lock.set_idle_ms(settings.idle_lock_minutes * 60_000)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font_scale(app, settings.font_scale)
        if language_changed:
            self.statusBar().showMessage("The language changes the next time Hearth starts.",
                                         10_000)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.flush_drafts()
        if self.sync is not None:
            self.sync.shutdown()
        if self.last_dialog is not None and self.last_dialog.isVisible():
            self.last_dialog.close()  # a window-modal question must not keep Hearth running
        super().closeEvent(event)

    # -- sync ----------------------------------------------------------------------------------
    def _setup_sync(self) -> None:
        """(Re)build the sync controller for the current store, only if it is enrolled."""
        if self.sync is not None:
            self.sync.shutdown()
            self.sync.deleteLater()
            self.sync = None
        self.sync_status.set_status(SyncStatus())
        self._update_sync_actions()
        self._sync_setup_generation += 1
        if self.store is None or self.demo:
            return
        generation, store = self._sync_setup_generation, self.store
        self.runner.run(read_sync_status, store,
                        on_done=lambda facts: self._sync_facts(generation, store, facts),
                        on_error=lambda _message, _exc: None)

    def _sync_facts(self, generation: int, store: Any, facts: Any) -> None:
        if generation != self._sync_setup_generation or store is not self.store:
            return
        if not facts.enrolled and not facts.revoked:
            return  # stays "Offline — not connected to a server"
        options = {k: v for k, v in self.sync_options.items() if k != "enroll_options"}
        sync = SyncController(store, self.runner, parent=self, **options)
        sync.sig_state.connect(self.sync_status.set_status)
        sync.sig_state.connect(lambda _status: self._update_sync_actions())
        sync.sig_data_changed.connect(self._tasks_changed)
        sync.sig_revoked.connect(self.show_error)
        self.sync = sync
        self._update_sync_actions()
        if facts.revoked:
            sync.show_facts(facts)  # shows the revoked state; no syncing
            return
        sync.start()

    def _update_sync_actions(self) -> None:
        status = self.sync.status if self.sync is not None else None
        can_sync = status is not None and status.phase not in ("revoked", "not_enrolled")
        self.sync_now_action.setEnabled(can_sync)
        self.sync_conflicts_action.setEnabled(self.sync is not None)
        self._update_enroll_action(status)

    def _update_enroll_action(self, status: SyncStatus | None) -> None:
        """File → Connect to clinic server…; once connected it says so (and the dialog shows
        to which server, as whom); not for the demo."""
        connected = status is not None and status.enrolled and status.phase != "revoked"
        self.enroll_action.setEnabled(self.store is not None and not self.demo)
        if connected:
            self.enroll_action.setText(self.tr("Co&nnected to clinic server…"))
            self.enroll_action.setStatusTip(
                self.tr("Connected to %1").replace("%1", status.server_url)
                if status is not None and status.server_url else "")
        else:
            self.enroll_action.setText(self.tr("Co&nnect to clinic server…"))
            self.enroll_action.setStatusTip(self.tr(
                "Connect this computer to your clinic's Hearth server with a one-time code"))

    def show_enroll_dialog(self) -> None:
        """File → Connect to clinic server…: enrol this store, then start syncing."""
        from app.views.sync.enroll_dialog import EnrollDialog

        if self.store is None or self.demo:
            return
        dialog = EnrollDialog(self.store, self.runner, self,
                              **self.sync_options.get("enroll_options", {}))
        dialog.sig_enrolled.connect(lambda _info: self._setup_sync())
        self.enroll_dialog = dialog
        self._show_dialog(dialog)

    def request_sync(self, reason: str = "request") -> None:
        """Sync soon (after a note is signed, a conflict resolved); nothing if not enrolled."""
        if self.sync is not None:
            self.sync.refresh()
            self.sync.request_sync(reason)

    def sync_now(self) -> None:
        self.request_sync("sync now")

    def cancel_sync(self) -> None:
        if self.sync is not None:
            self.sync.cancel()

    def show_sync_conflicts(self, tab: str = "conflicts") -> None:
        from app.views.sync.conflicts import ConflictsDialog

        if self.store is None:
            return
        dialog = ConflictsDialog(self.store, self.runner, self)
        dialog.show_tab(tab)
        dialog.sig_resolved.connect(lambda: self.request_sync("conflict resolved"))
        dialog.sig_resolved.connect(self._tasks_changed)
        self.conflicts_dialog = dialog
        self._show_dialog(dialog)

    # -- import --------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        if self.store is None or self._importing:
            return
        start = str(self.settings.get("import_dir") or Path.home())
        names, _ = QFileDialog.getOpenFileNames(self, "Import FHIR bundles", start,
                                                BUNDLE_FILTER)
        if names:
            self.settings["import_dir"] = str(Path(names[0]).parent)
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        """Import ``paths`` in the background, then show the summary and reload the panel."""
        if self.store is None or self._importing or not paths:
            return
        self._importing = True
        self.import_action.setEnabled(False)
        noun = "file" if len(paths) == 1 else "files"
        self.statusBar().showMessage(f"Importing {len(paths)} {noun}…")
        relay = _ProgressRelay(self)
        relay.sig_progress.connect(self._import_progress)
        self.runner.run(import_bundles, self.store, list(paths), relay.report,
                        on_done=lambda summary: self._import_done(summary, relay),
                        on_error=lambda message, _exc: self._import_failed(message, relay))

    def _import_progress(self, args: tuple[Any, ...]) -> None:
        numbers = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
        if len(numbers) >= 2 and numbers[1] > 0:
            self.statusBar().showMessage(f"Importing… {numbers[0]} of {numbers[1]}")

    def _import_finished(self, relay: QObject) -> None:
        self._importing = False
        relay.deleteLater()
        self._apply_mode()
        self.statusBar().clearMessage()

    def _import_done(self, summary: Any, relay: QObject) -> None:
        self._import_finished(relay)
        self.statusBar().showMessage("Import finished", 5000)
        self._show_dialog(ImportSummaryDialog(summary, self, demo=self.demo))
        self.sig_import_finished.emit(summary)
        self.transitions_refresher.set_store(self.store)  # discharges just imported
        self.reload()

    def _import_failed(self, message: str, relay: QObject) -> None:
        self._import_finished(relay)
        self.show_error(f"The import did not finish. {message}")
        self.sig_import_finished.emit(None)
        self.reload()

    # -- about, errors -------------------------------------------------------------------------
    def show_about(self) -> None:
        self.runner.run(collect_versions, self.store, on_done=self._show_about)

    def _show_about(self, versions: list[tuple[str, str]]) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Hearth")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_text(versions))
        box.setIconPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(48, 48))
        self._show_dialog(box)

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Hearth", message,
                          QMessageBox.StandardButton.Ok, self)
        self._show_dialog(box)

    def _show_dialog(self, dialog: QDialog) -> None:
        """Open a window-modal dialog without blocking (results arrive by signals)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        if self.last_dialog is self.sender():
            self.last_dialog = None

"""File → Connect to clinic server…: enrol this computer with the clinic's Hearth server.

The nurse types the address and the one-time code her clinic's IT person gave her (and, only
if she was given one, chooses the clinic's certificate file). Enrolment is the CLI's own
:meth:`app.sync.engine.SyncClient.enroll` (``hearth enroll``), run in the background by the
:class:`~app.views.background.Runner` (:func:`enroll_job`); every way it can fail gets its own
message (:func:`explain_failure`). On success ``sig_enrolled(dict)`` tells the main window,
which starts syncing.

When the store is already connected the dialog says to which server and as whom, instead of
the form (a store enrolled in the meantime is refused with :class:`AlreadyEnrolled`).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.models.entities import Device
from app.models.errors import HearthError, InputError
from app.models.sync import SyncState
from app.sync.engine import SyncClient
from app.sync.transport import (
    BadEnrollmentCode,
    ServerRefused,
    ServerUnreachable,
    SyncError,
    TokenStore,
)
from app.views.background import Runner

translate = QCoreApplication.translate

CA_FILTER = "Certificates (*.pem *.crt *.cer);;All files (*)"
#: each try waits at most this long for the server (connect, read); two tries
ENROLL_TIMEOUT = (5.0, 20.0)
ENROLL_ATTEMPTS = 2

# the kinds of failure (explain_failure)
ADDRESS, UNREACHABLE, CERTIFICATE, BAD_CODE, ALREADY, NO_CA_FILE, REFUSED, OTHER = (
    "address", "unreachable", "certificate", "bad_code", "already", "no_ca_file", "refused",
    "other")


class AlreadyEnrolled(HearthError):
    """This store is already enrolled with a clinic server (nothing was sent)."""

    def __init__(self, connection: Connection) -> None:
        super().__init__("this computer is already connected to a clinic server")
        self.connection = connection


@dataclass(frozen=True)
class Connection:
    """The store's enrolment, as the dialog shows it (no token, no patient data)."""

    enrolled: bool = False
    revoked: bool = False
    server_url: str = ""
    nurse_name: str = ""
    device_name: str = ""


def read_connection(store: Any) -> Connection:
    """The store's enrolment (a background job: it reads the database)."""
    with store.session() as s:
        state = {row.key: row.value for row in s.scalars(select(SyncState))}
        device_id = state.get("device_id") or ""
        device = s.get(Device, device_id) if device_id else None
        device_name = device.name if device is not None else ""
    return Connection(enrolled=bool(device_id and state.get("server_url")),
                      revoked=bool(state.get("revoked")),
                      server_url=state.get("server_url") or "",
                      nurse_name=state.get("nurse_name") or "", device_name=device_name)


def normalize_address(text: str) -> str:
    """``hearth.clinic.example`` → ``https://hearth.clinic.example`` (no trailing slash)."""
    text = text.strip().rstrip("/")
    if text and "://" not in text:
        text = "https://" + text
    return text


def default_device_name() -> str:
    return socket.gethostname() or "Hearth device"


def enroll_job(store: Any, address: str, code: str, device_name: str,
               ca_file: str | None = None, *, tokens: TokenStore | None = None,
               ) -> dict[str, Any]:
    """Enrol ``store`` (on a worker thread): the same :meth:`SyncClient.enroll` as
    ``hearth enroll``, after checking that the store is not enrolled already."""
    from app.sync.transport import HttpTransport

    url = normalize_address(address)
    if not url:
        raise InputError("the server address is needed")
    if not code.strip():
        raise InputError("an enrolment code is needed")
    current = read_connection(store)
    if current.enrolled and not current.revoked:
        raise AlreadyEnrolled(current)
    if ca_file and not Path(ca_file).is_file():
        raise InputError(f"{ca_file}: no such certificate file")
    ca = str(Path(ca_file).resolve()) if ca_file else None
    transport = HttpTransport(url, ca_file=ca, timeout=ENROLL_TIMEOUT, attempts=ENROLL_ATTEMPTS)
    try:
        client = SyncClient(store, transport, tokens=tokens)
        return client.enroll(url, code, device_name.strip() or default_device_name(),
                             ca_file=ca)
    finally:
        transport.close()


def _certificate_problem(exc: BaseException) -> bool:
    try:
        from requests.exceptions import SSLError
    except ImportError:  # pragma: no cover - requests is a dependency
        SSLError = ()  # type: ignore[assignment,misc]  # noqa: N806
    seen: BaseException | None = exc
    while seen is not None:
        if SSLError and isinstance(seen, SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "certificate" in str(exc).lower()


def explain_failure(exc: BaseException, address: str = "") -> tuple[str, str]:
    """(kind, what to tell the nurse) for an enrolment that failed."""
    where = normalize_address(address) or translate("EnrollDialog", "the server")
    if isinstance(exc, AlreadyEnrolled):
        return ALREADY, translate(
            "EnrollDialog", "This computer is already connected to a clinic server. Nothing "
            "was changed.")
    if isinstance(exc, BadEnrollmentCode):
        return BAD_CODE, translate(
            "EnrollDialog", "The server did not accept this code: it may be mistyped, used "
            "already or expired (codes last 24 hours). Check it, or ask your IT person for a "
            "new one.")
    if isinstance(exc, ServerUnreachable) and _certificate_problem(exc):
        return CERTIFICATE, translate(
            "EnrollDialog", "This computer does not trust the server's certificate, so nothing "
            "was sent. If your IT person gave you a certificate file, choose it under "
            "\"Clinic certificate\"; otherwise ask them to check the address.")
    if isinstance(exc, ServerUnreachable):
        return UNREACHABLE, translate(
            "EnrollDialog", "Hearth could not reach %1. Check the address and that this "
            "computer is online (at the clinic or on its VPN), then try again.").replace(
                "%1", where)
    if isinstance(exc, InputError) and "certificate file" in str(exc):
        return NO_CA_FILE, translate(
            "EnrollDialog", "The certificate file cannot be found. Choose it again.")
    if isinstance(exc, SyncError) and "must start with https" in str(exc):
        return ADDRESS, translate(
            "EnrollDialog", "The address must start with https:// (for example "
            "https://hearth.clinic.example).")
    if isinstance(exc, ServerRefused):
        return REFUSED, translate(
            "EnrollDialog", "The server at %1 refused the request. Check that the address is "
            "your clinic's Hearth server, or ask your IT person.").replace("%1", where)
    if isinstance(exc, HearthError):
        text = str(exc).strip()
        return OTHER, text[:1].upper() + text[1:]
    return OTHER, translate("EnrollDialog",
                            "Something went wrong; the details are in the log.")


class EnrollDialog(QDialog):
    """Connect this computer to the clinic server.

    ``sig_enrolled(dict)`` after a successful enrolment ({device_id, nurse, server}): the
    caller starts syncing. ``tokens`` (tests) is where the device token goes instead of the OS
    keyring."""

    sig_enrolled = Signal(object)

    def __init__(self, store: Any, runner: Runner, parent: QWidget | None = None, *,
                 tokens: TokenStore | None = None, device_name: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.tokens = tokens
        self.busy = False
        self.enrolled: dict[str, Any] | None = None
        self.connection: Connection | None = None
        self.failure: str = ""  # the kind of the last failure ("" = none)
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.intro)

        # the form
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.address_edit = QLineEdit(self.form_box)
        self.address_edit.setPlaceholderText("https://hearth.clinic.example")
        self.code_edit = QLineEdit(self.form_box)
        self.code_edit.setPlaceholderText("K7P2-9QXM")
        self.code_edit.setMaxLength(64)
        self.device_edit = QLineEdit(device_name or default_device_name(), self.form_box)
        self.device_edit.setMaxLength(200)
        self.device_hint = QLabel(self.form_box)
        self.device_hint.setWordWrap(True)
        self._small(self.device_hint)
        self.ca_edit = QLineEdit(self.form_box)
        self.ca_edit.setReadOnly(True)
        self.ca_button = QPushButton(self.form_box)
        self.ca_button.clicked.connect(self.choose_ca_file)
        self.ca_clear = QPushButton(self.form_box)
        self.ca_clear.clicked.connect(lambda: self.set_ca_file(""))
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        ca_row.addWidget(self.ca_clear)
        self.ca_hint = QLabel(self.form_box)
        self.ca_hint.setWordWrap(True)
        self._small(self.ca_hint)
        self.address_label = QLabel(self.form_box)
        self.address_label.setBuddy(self.address_edit)
        self.code_label = QLabel(self.form_box)
        self.code_label.setBuddy(self.code_edit)
        self.device_label = QLabel(self.form_box)
        self.device_label.setBuddy(self.device_edit)
        self.ca_label = QLabel(self.form_box)
        self.ca_label.setBuddy(self.ca_button)
        form.addRow(self.address_label, self.address_edit)
        form.addRow(self.code_label, self.code_edit)
        form.addRow(self.device_label, self.device_edit)
        form.addRow("", self.device_hint)
        form.addRow(self.ca_label, ca_row)
        form.addRow("", self.ca_hint)
        outer.addWidget(self.form_box)

        # what happened: progress, an error, success
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        outer.addWidget(self.progress)
        self.message_frame = QFrame(self)
        self.message_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_row = QHBoxLayout(self.message_frame)
        self.message_icon = QLabel(self.message_frame)
        self.message_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        frame_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout()
        frame_row.addLayout(box, 1)
        self.message = QLabel(self.message_frame)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName("")
        box.addWidget(self.message)
        self.show_server_button = QPushButton(self.message_frame)
        self.show_server_button.clicked.connect(self.show_current_server)
        self.show_server_button.hide()
        box.addWidget(self.show_server_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message_frame.hide()
        outer.addWidget(self.message_frame)
        outer.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.start_enroll)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        for edit in (self.address_edit, self.code_edit, self.device_edit):
            edit.textChanged.connect(self._update_buttons)
        self._retranslate()
        self._update_buttons()
        self.runner.run(read_connection, store, on_done=self._show_connection,
                        on_error=lambda _message, _exc: None)

    @staticmethod
    def _small(label: QLabel) -> None:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        label.setFont(font)

    # -- texts ---------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to clinic server"))
        self._show_heading()
        self.address_label.setText(self.tr("Server &address:"))
        self.address_edit.setAccessibleName(self.tr("Server address"))
        self.code_label.setText(self.tr("One-time c&ode:"))
        self.code_edit.setAccessibleName(self.tr("One-time code"))
        self.device_label.setText(self.tr("&Device name:"))
        self.device_edit.setAccessibleName(self.tr("Device name"))
        self.device_hint.setText(self.tr("How this computer appears to the clinic, for example "
                                         "\"Ann's laptop\"."))
        self.ca_label.setText(self.tr("Clinic cer&tificate:"))
        self.ca_edit.setPlaceholderText(self.tr("None (most clinics)"))
        self.ca_edit.setMinimumWidth(self.ca_edit.fontMetrics().horizontalAdvance(
            self.ca_edit.placeholderText()) + 24)
        self.ca_edit.setAccessibleName(self.tr("Clinic certificate file"))
        self.ca_button.setText(self.tr("C&hoose…"))
        self.ca_button.setAccessibleName(self.tr("Choose the clinic certificate file"))
        self.ca_clear.setText(self.tr("C&lear"))
        self.ca_clear.setAccessibleName(self.tr("Clear the clinic certificate file"))
        self.ca_hint.setText(self.tr("Only if your IT person gave you a certificate file "
                                     "(.pem or .crt)."))
        self.connect_button.setText(self.tr("&Connect"))
        self.show_server_button.setText(self.tr("&Show which server"))
        self.message.setAccessibleName(self.tr("Connection message"))
        self.progress.setAccessibleName(self.tr("Connecting"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- the form ------------------------------------------------------------------------------
    def set_ca_file(self, path: str) -> None:
        self.ca_edit.setText(path)
        self.ca_edit.setToolTip(path)
        self._update_buttons()

    def choose_ca_file(self) -> None:
        start = str(Path(self.ca_edit.text()).parent) if self.ca_edit.text() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Clinic certificate"), start,
                                              CA_FILTER)
        if name:
            self.set_ca_file(name)

    def _update_buttons(self) -> None:
        done = self.enrolled is not None or self._connected()
        ready = bool(self.address_edit.text().strip() and self.code_edit.text().strip())
        self.connect_button.setVisible(not done)
        self.connect_button.setEnabled(ready and not self.busy)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        self.close_button.setEnabled(not self.busy)
        self.ca_clear.setEnabled(bool(self.ca_edit.text()) and not self.busy)
        for w in (self.address_edit, self.code_edit, self.device_edit, self.ca_button):
            w.setEnabled(not self.busy)

    def _connected(self) -> bool:
        c = self.connection
        return c is not None and c.enrolled and not c.revoked

    def _show_heading(self) -> None:
        if self.enrolled is not None and self.connection is not None:
            self.heading.setText(self.tr("Connected"))
            self.intro.setText(self.connected_text(self.connection))
        elif self._connected() and self.connection is not None:
            self.heading.setText(self.tr("This computer is connected to your clinic's server"))
            self.intro.setText(self.connected_text(self.connection))
        else:
            self.heading.setText(self.tr("Connect this computer to your clinic's server"))
            self.intro.setText(self.tr(
                "Connecting shares your changes with your care team and brings you theirs. "
                "Your clinic's IT person gives you the address and a one-time code. You do "
                "this once on each computer; after that Hearth syncs by itself whenever it can "
                "reach the server, and you can keep working offline."))

    def _show_connection(self, connection: Connection) -> None:
        self.connection = connection
        self.form_box.setVisible(not self._connected())
        self._show_heading()
        if connection.revoked:
            self._say(self.tr("The clinic revoked this computer's connection and its patient "
                              "data was removed. To connect it again, ask your IT person for "
                              "a new one-time code."), "revoked")
            if connection.server_url and not self.address_edit.text():
                self.address_edit.setText(connection.server_url)
        self._update_buttons()
        self._fit()

    def connected_text(self, connection: Connection) -> str:
        who = connection.nurse_name or self.tr("your account")
        text = self.tr("Connected to %1 as %2.").replace("%1", connection.server_url) \
            .replace("%2", who)
        if connection.device_name:
            text += " " + self.tr("This computer's name at the clinic: %1.").replace(
                "%1", connection.device_name)
        return text + " " + self.tr("Hearth syncs by itself; File → Sync now syncs at once.")

    # -- enrolling -----------------------------------------------------------------------------
    def start_enroll(self) -> None:
        if self.busy or self.enrolled is not None or not self.connect_button.isEnabled():
            return
        self.busy = True
        self.failure = ""
        self.show_server_button.hide()
        self.progress.show()
        self._say(self.tr("Connecting to the clinic server…"), "")
        self._update_buttons()
        address = self.address_edit.text()
        self.runner.run(enroll_job, self.store, address, self.code_edit.text(),
                        self.device_edit.text(), self.ca_edit.text() or None,
                        tokens=self.tokens, on_done=self._done,
                        on_error=lambda _message, exc: self._failed(exc, address))

    def _done(self, info: dict[str, Any]) -> None:
        self.busy = False
        self.enrolled = info
        self.progress.hide()
        self.form_box.hide()
        nurse = (info.get("nurse") or {}).get("name") or ""
        self.connection = Connection(enrolled=True, server_url=info.get("server") or "",
                                     nurse_name=nurse, device_name=self.device_edit.text())
        self._show_heading()
        self._say(self.tr("The first sync has started: the status bar at the bottom of the "
                          "window shows how it goes."), "done")
        self._update_buttons()
        self.close_button.setFocus()
        self._fit()
        self.sig_enrolled.emit(info)

    def _failed(self, exc: BaseException, address: str) -> None:
        self.busy = False
        self.progress.hide()
        kind, text = explain_failure(exc, address)
        self.failure = kind
        self._say(text, "error")
        if isinstance(exc, AlreadyEnrolled):
            self.connection = exc.connection
            self.show_server_button.show()
        focus = {BAD_CODE: self.code_edit, UNREACHABLE: self.address_edit,
                 ADDRESS: self.address_edit, CERTIFICATE: self.ca_button,
                 NO_CA_FILE: self.ca_button}.get(kind)
        self._update_buttons()
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def show_current_server(self) -> None:
        """After "already connected": say to which server and as whom."""
        self.show_server_button.hide()
        if self.connection is not None:
            self._show_connection(self.connection)  # the form gives way to the details
            self._fit()

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message_frame.setProperty("kind", kind)
        pixmap = {"error": QStyle.StandardPixmap.SP_MessageBoxWarning,
                  "revoked": QStyle.StandardPixmap.SP_MessageBoxWarning,
                  "done": QStyle.StandardPixmap.SP_DialogApplyButton}.get(kind)
        self.message_icon.setVisible(pixmap is not None)
        if pixmap is not None:
            self.message_icon.setPixmap(self.style().standardIcon(pixmap).pixmap(24, 24))
        self.message_frame.setVisible(bool(text))
        self.message.setAccessibleDescription(text)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the form and the message at the dialog's width (grows with a
        message rather than squeezing the form; shrinks when the form is hidden)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        self.resize(self.width(), max(height, layout.totalMinimumSize().height()))

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:  # the request is on its way; it ends within the timeouts
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.busy and event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

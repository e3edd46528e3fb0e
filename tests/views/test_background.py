"""The background runner: results and errors come back on the GUI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from app.models.errors import InputError
from app.views.background import GENERIC_ERROR, Runner, user_message

SECRET_TEXT = "Margaret Abbott 1948-03-02"


def _boom() -> None:
    raise ValueError(f"row values: {SECRET_TEXT}")


def test_synchronous_runner_runs_inline(sync_runner: Runner) -> None:
    results: list[int] = []
    busy: list[bool] = []
    sync_runner.sig_busy.connect(busy.append)
    sync_runner.run(lambda a, b=0: a + b, 2, b=3, on_done=results.append)
    assert results == [5]
    assert busy == [True, False]
    assert not sync_runner.busy


def test_pool_runner_delivers_on_gui_thread(pool_runner: Runner, qtbot) -> None:
    gui_thread = QCoreApplication.instance().thread()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker"] = threading.get_ident()
        seen["worker_is_gui"] = QThread.currentThread() is gui_thread
        return "rows"

    def done(result: str) -> None:
        seen["result"] = result
        seen["callback_is_gui"] = QThread.currentThread() is gui_thread
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(pool_runner.sig_busy, timeout=5000,
                          check_params_cb=lambda busy: busy is False):
        pool_runner.run(work, on_done=done)
    assert seen["result"] == "rows"
    assert seen["callback_is_gui"] is True
    assert seen["worker_is_gui"] is False
    assert seen["worker"] != seen["callback"] == threading.get_ident()


def test_hearth_error_message_reaches_on_error(pool_runner: Runner, qtbot) -> None:
    errors: list[tuple[str, BaseException]] = []

    def fail() -> None:
        raise InputError("that file is not a FHIR bundle")

    pool_runner.run(fail, on_done=lambda _r: pytest.fail("should fail"),
                    on_error=lambda msg, exc: errors.append((msg, exc)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    message, exc = errors[0]
    assert message == "That file is not a FHIR bundle"
    assert isinstance(exc, InputError)


def test_other_errors_are_generic_and_logged_without_their_text(
        sync_runner: Runner, caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []
    sync_runner.sig_error.connect(shown.append)  # no on_error: the window's handler shows it
    with caplog.at_level(logging.ERROR):
        sync_runner.run(_boom)
    assert shown == [GENERIC_ERROR]
    assert "ValueError" in caplog.text and "_boom" in caplog.text  # type and frames
    assert SECRET_TEXT not in caplog.text
    assert user_message(ValueError(SECRET_TEXT)) == GENERIC_ERROR


def test_call_waits_for_the_result_and_raises_errors(pool_runner: Runner) -> None:
    assert pool_runner.call(sum, [1, 2, 3]) == 6
    with pytest.raises(InputError):
        pool_runner.call(lambda: (_ for _ in ()).throw(InputError("bad")))

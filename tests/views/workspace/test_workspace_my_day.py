"""My day, driven like a person would: read the day, add a task, tick it off, open a patient."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from app.models.entities import Task
from app.views.workspace.my_day import GROUP_ROLE, Column, MyDayWidget
from app.views.workspace.task_dialogs import NewTaskDialog
from app.worklist.service import DONE, NO_DATE, OVERDUE, TODAY


def _widget(qtbot, store: Any, runner: Any, **kwargs: Any) -> MyDayWidget:
    loads: list[int] = []
    widget = MyDayWidget(store, runner, **kwargs)
    widget.sig_loaded.connect(loads.append)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: bool(loads) or widget.model.rowCount() > 0, timeout=10_000)
    return widget


def _text(widget: MyDayWidget, row: int, column: Column) -> str:
    return widget.model.index(row, column).data() or ""


def test_my_day_on_the_demo_panel_overdue_first(qtbot, demo_store, pool_runner, shot) -> None:
    widget = MyDayWidget(demo_store, pool_runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    assert widget.stack.currentWidget() is widget.loading_label
    with qtbot.waitSignal(widget.sig_loaded, timeout=10_000) as loaded:
        widget.show()
    qtbot.waitExposed(widget)
    tasks = widget.model.task_rows()
    assert loaded.args == [len(tasks)] and tasks
    assert widget.stack.currentWidget() is widget.table

    groups = [t.group for t in tasks]
    order = [OVERDUE, TODAY, NO_DATE, DONE]
    assert groups[0] == OVERDUE and groups == sorted(groups, key=order.index)
    overdue = [t for t in tasks if t.group == OVERDUE]
    assert [t.due_at for t in overdue] == sorted(t.due_at for t in overdue)

    # A header row before each group, spanning the table, not selectable.
    model = widget.model
    assert model.is_header(0) and model.index(0, 0).data(GROUP_ROLE) == OVERDUE
    assert model.index(0, 0).data() == f"Overdue ({len(overdue)})"
    assert widget.table.columnSpan(0, 0) == len(Column)
    assert not (model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsSelectable)

    # The first task: overdue in words, bold, with an icon; the patient's name; a check box.
    first = model.index(1, Column.DUE)
    assert first.data().startswith("Overdue · ")
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "overdue" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert _text(widget, 1, Column.PATIENT) == overdue[0].patient_name
    assert model.index(1, Column.DONE).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    summary = widget.summary_label.text()
    assert f"{len(overdue)} overdue" in summary
    shot(widget, "workspace_my_day")

    # The filter shows one group.
    widget.filter_combo.setCurrentIndex(2)  # Due today
    assert {t.group for t in widget.model.task_rows()} <= {TODAY}
    widget.filter_combo.setCurrentIndex(0)
    assert len(widget.model.task_rows()) == len(tasks)


def test_new_task_complete_and_reopen_through_the_widget(qtbot, task_store, pool_runner,
                                                         shot) -> None:
    widget = _widget(qtbot, task_store, pool_runner)
    before = len(widget.model.task_rows())
    assert before == 2  # the small panel: two overdue tasks (Abbott, Chen)

    qtbot.mouseClick(widget.new_button, Qt.MouseButton.LeftButton)
    dialog = widget.last_dialog
    assert isinstance(dialog, NewTaskDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.create_button.isEnabled()
    qtbot.waitUntil(dialog.patient_combo.hasFocus, timeout=2_000)

    # Type-to-search: part of a given name finds the patient anywhere in "Family, Given".
    line = dialog.patient_combo.lineEdit()
    qtbot.keyClicks(line, "marg")
    completer = dialog.patient_combo.completer()
    qtbot.waitUntil(completer.popup().isVisible)
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Abbott, Margaret"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.patient_id() is not None)
    assert dialog.patient_combo.currentText() == "Abbott, Margaret"
    assert "Write what needs doing" in dialog.message_label.text()

    qtbot.keyClicks(dialog.title_field, "Call the pharmacy about the refill")
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("urgent"))
    due = dt.datetime.now().astimezone().replace(second=0, microsecond=0) + dt.timedelta(
        minutes=5)
    if due.date() != dt.date.today():  # just before midnight: keep it today
        due = due.replace(hour=23, minute=59)
    from app.views.workspace.task_dialogs import to_qdatetime

    dialog.due_edit.setDateTime(to_qdatetime(due))
    assert dialog.create_button.isEnabled() and dialog.message_label.text() == ""
    shot(dialog, "workspace_new_task")
    with qtbot.waitSignal(widget.sig_task_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    task_id = saved.args[0]
    new = widget.current_task()
    assert new is not None and new.task_id == task_id
    assert new.title == "Call the pharmacy about the refill" and new.priority == "urgent"
    assert new.patient_name == "Abbott, Margaret" and new.group == TODAY
    assert len(widget.model.task_rows()) == before + 1
    with task_store.session() as s:
        assert s.get(Task, task_id).due_at == due.astimezone(dt.timezone.utc)

    # Tick it off with the mouse (the check box), then reopen it with the button.
    row = widget.model.row_of(task_id)
    box = widget.table.visualRect(widget.model.index(row, Column.DONE))
    option = QStyleOptionViewItem()
    option.initFrom(widget.table)
    option.rect = box
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    check = widget.table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, widget.table)
    with qtbot.waitSignal(widget.sig_task_saved, timeout=10_000):
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=check.center())
    assert widget.model.task_at(row).done
    assert widget.model.index(row, Column.TITLE).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert widget.model.index(row, Column.DONE).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    with task_store.session() as s:
        assert s.get(Task, task_id).status == "done"
    widget.select_task(task_id)
    assert widget.done_button.text() == "Re&open"
    with qtbot.waitSignal(widget.sig_task_saved, timeout=10_000):
        qtbot.mouseClick(widget.done_button, Qt.MouseButton.LeftButton)
    assert not widget.model.task_at(widget.model.row_of(task_id)).done
    with task_store.session() as s:
        assert s.get(Task, task_id).status == "open"

    # After a reload a completed task moves to "Done today".
    with qtbot.waitSignal(widget.sig_task_saved, timeout=10_000):
        widget.set_done(task_id, True)
    with qtbot.waitSignal(widget.sig_loaded, timeout=10_000):
        widget.reload()
    assert widget.model.task_rows()[-1].task_id == task_id
    assert widget.model.task_rows()[-1].group == DONE


def test_space_completes_and_enter_opens_the_patient(qtbot, task_store, pool_runner) -> None:
    widget = _widget(qtbot, task_store, pool_runner)
    first = widget.model.task_rows()[0]
    widget.table.setFocus()
    widget.select_task(first.task_id)
    qtbot.waitUntil(widget.table.hasFocus)

    with qtbot.waitSignal(widget.sig_open_patient, timeout=2_000) as opened:
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened.args == [first.patient_id]

    with qtbot.waitSignal(widget.sig_task_saved, timeout=10_000):
        qtbot.keyClick(widget.table, Qt.Key.Key_Space)
    assert widget.current_task().done and widget.current_task().task_id == first.task_id
    assert "1 done today" in widget.summary_label.text()
    with qtbot.waitSignal(widget.sig_task_saved, timeout=10_000):
        qtbot.keyClick(widget.table, Qt.Key.Key_Space)  # Space again reopens
    assert not widget.current_task().done

    # One click on the patient's name opens the patient, too.
    row = widget.model.row_of(first.task_id)
    cell = widget.table.visualRect(widget.model.index(row, Column.PATIENT))
    with qtbot.waitSignal(widget.sig_open_patient, timeout=2_000) as clicked:
        qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=cell.center() - QPoint(cell.width() // 4, 0))
    assert clicked.args == [first.patient_id]

    # The arrows skip the group headers.
    qtbot.keyClick(widget.table, Qt.Key.Key_Up)
    assert widget.current_task() is not None


def test_due_date_change_and_refusals(qtbot, task_store, sync_runner) -> None:
    widget = _widget(qtbot, task_store, sync_runner)
    first = widget.model.task_rows()[0]
    widget.set_due(first.task_id, None)
    moved = [t for t in widget.model.task_rows() if t.task_id == first.task_id][0]
    assert moved.group == NO_DATE and _text(
        widget, widget.model.row_of(first.task_id), Column.DUE) == "No date"

    with qtbot.waitSignal(widget.sig_task_failed, timeout=2_000) as failed:
        widget.set_done("no-such-task", True)
    assert "no longer in this store" in failed.args[0]
    assert widget.message_label.isVisible() or not widget.isVisible()
    assert widget.message_label.text().startswith("That task is no longer")


def test_my_day_at_double_font_size(qtbot, demo_store, sync_runner, font_scale, shot) -> None:
    font_scale(2.0)
    widget = _widget(qtbot, demo_store, sync_runner)
    widget.resize(1400, 800)
    qtbot.wait(50)
    header = widget.table.horizontalHeader()
    metrics = widget.table.fontMetrics()
    row_height = widget.table.rowHeight(1)
    assert row_height >= metrics.height() * 1.5  # rows grew with the text
    # The due column fits its longest text; the patient column its names.
    for row in range(widget.model.rowCount()):
        for column in (Column.DUE, Column.PATIENT):
            text = _text(widget, row, column)
            if widget.model.is_header(row) or not text:
                continue
            font = widget.model.index(row, column).data(Qt.ItemDataRole.FontRole)
            fm = QFontMetrics(font) if font is not None else metrics
            icon = widget.model.index(row, column).data(Qt.ItemDataRole.DecorationRole)
            needed = fm.horizontalAdvance(text) + (
                widget.table.iconSize().width() if icon is not None else 0)
            assert header.sectionSize(column) >= needed, (column, text)
    assert widget.table.iconSize().height() >= metrics.height() * 0.9  # icons grew too
    shot(widget, "workspace_my_day_200")

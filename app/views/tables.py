"""Read-only list views as every Hearth screen sets them up: whole-row selection, no
editing, Tab leaves the view (arrow keys move inside), long text elided, left-aligned headers,
an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView


def setup_table(view: QTableView, name: str, description: str = "") -> None:
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setMinimumSectionSize(48)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def setup_tree(view: QTreeView, name: str, description: str = "") -> None:
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setUniformRowHeights(True)
    view.setAllColumnsShowFocus(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.header().setMinimumSectionSize(48)

"""The summary shown after importing FHIR bundles: what came in, what was skipped and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)


def _label_for(kind: str) -> str:
    """"MedicationRequest" -> "Medication request"; table-ish names are tidied too."""
    words: list[str] = []
    current = ""
    for ch in kind.replace("_", " "):
        if ch.isupper() and current and not current.endswith(" "):
            words.append(current)
            current = ch
        else:
            current += ch
    words.append(current)
    text = " ".join(w.strip() for w in words if w.strip()).lower()
    return text[:1].upper() + text[1:]


def describe_skipped(item: Any) -> str:
    """One line for a skipped item: the file, the resource (if any) and the reason."""
    if isinstance(item, str):
        return item
    file = getattr(item, "file", None)
    kind = getattr(item, "resource_type", None)
    rid = getattr(item, "resource_id", None)
    reason = getattr(item, "reason", None) or "skipped"
    what = " ".join(str(p) for p in (kind, rid) if p) or "whole bundle"
    where = Path(str(file)).name if file else "unknown file"
    return f"{where}: {what}: {reason}"


def summary_headline(summary: Any) -> str:
    done = int(getattr(summary, "bundles_imported", 0) or 0)
    failed = int(getattr(summary, "bundles_failed", 0) or 0)
    total = done + failed
    noun = "bundle" if total == 1 else "bundles"
    if failed == 0:
        return f"Imported {done} {noun}."
    if done == 0:
        return f"None of the {total} {noun} could be imported."
    return f"Imported {done} of {total} {noun}; {failed} could not be imported."


class ImportSummaryDialog(QDialog):
    """Counts per kind of record, and the skipped items, after an import."""

    def __init__(self, summary: Any, parent: QWidget | None = None, *, demo: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)

        self.headline = QLabel(summary_headline(summary))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        counts = {k: v for k, v in dict(getattr(summary, "counts", {}) or {}).items() if v}
        if counts:
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(2)
            for i, (kind, n) in enumerate(sorted(counts.items())):
                grid.addWidget(QLabel(_label_for(str(kind)) + ":"), i, 0)
                value = QLabel(str(n))
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(value, i, 1)
            grid.setColumnStretch(2, 1)
            layout.addLayout(grid)
        else:
            layout.addWidget(QLabel("No records were added or changed."))
        created, updated = getattr(summary, "created", None), getattr(summary, "updated", None)
        if created is not None and updated is not None and (created or updated):
            layout.addWidget(QLabel(f"{created} new records; {updated} were already in the "
                                    "store."))
        ignored = dict(getattr(summary, "ignored", {}) or {})
        if ignored:
            kinds = ", ".join(f"{kind} ({n})" for kind, n in sorted(ignored.items()))
            note = QLabel(f"Not used by Hearth, so not imported: {kinds}.")
            note.setWordWrap(True)
            layout.addWidget(note)

        skipped = list(getattr(summary, "skipped", []) or [])
        self.skipped_list = QListWidget()
        self.skipped_list.setAccessibleName("Skipped items")
        if skipped:
            title = QLabel(f"Skipped ({len(skipped)}):")
            title.setBuddy(self.skipped_list)
            layout.addWidget(title)
            self.skipped_list.setWordWrap(True)
            self.skipped_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.skipped_list.setAlternatingRowColors(True)
            for item in skipped:
                self.skipped_list.addItem(describe_skipped(item))
            line = self.fontMetrics().lineSpacing()
            frame = 2 * self.skipped_list.frameWidth() + 6
            self.skipped_list.setMinimumHeight(line * 3 + frame)
            if len(skipped) <= 6:  # a short list needs no empty space below it
                self.skipped_list.setMaximumHeight(line * (len(skipped) * 2 + 1) + frame)
            layout.addWidget(self.skipped_list, 1)
        else:
            self.skipped_list.hide()
            layout.addWidget(QLabel("Nothing was skipped."))

        if demo:
            note = QLabel("These records are in the demo panel: they are deleted when Hearth "
                          "closes. Set up your own store to keep imported patients.")
            note.setWordWrap(True)
            layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, as plain text (for tests and screen readers' logs)."""
        parts = [self.headline.text()]
        for label in self.findChildren(QLabel):
            if label is not self.headline and label.text() not in parts:
                parts.append(label.text())
        parts += [self.skipped_list.item(i).text() for i in range(self.skipped_list.count())]
        return "\n".join(parts)

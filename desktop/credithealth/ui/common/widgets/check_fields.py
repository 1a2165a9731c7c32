"""Form fields made of check boxes, speaking the same protocol as ``fields.py``
(``validity_changed``, ``value()``, ``error()``), so ``RecordForm`` can hold them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget


class CheckField(QCheckBox):
    """A yes/no field."""

    validity_changed = Signal()

    def __init__(
        self, text: str = "", checked: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.setChecked(checked)
        self.toggled.connect(lambda _c: self.validity_changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def error(self) -> str | None:
        return None


class CheckSet(QWidget):
    """Several codes that may each be chosen (proofs held, check-up reasons), stored
    comma-separated in the order the codes are offered."""

    validity_changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        chosen: Iterable[str] = (),
        *,
        columns: int = 2,
        required: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.boxes: dict[str, QCheckBox] = {}
        chosen = set(chosen)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, (code, label) in enumerate(choices):
            box = QCheckBox(label)
            box.setChecked(code in chosen)
            box.toggled.connect(lambda _c: self.validity_changed.emit())
            self.boxes[code] = box
            grid.addWidget(box, i // columns, i % columns)

    def set_labels(self, labels: dict[str, str]) -> None:
        for code, box in self.boxes.items():
            box.setText(labels.get(code, code))

    def codes(self) -> tuple[str, ...]:
        return tuple(c for c, b in self.boxes.items() if b.isChecked())

    def value(self) -> str:
        return ",".join(self.codes())

    def error(self) -> str | None:
        if self.required and not self.codes():
            return self.tr("Choose at least one.")
        return None

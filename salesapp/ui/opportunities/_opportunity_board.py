"""The pipeline board: one column per open stage, each a QListView over a small model whose cards a delegate
paints (no widget per card), a header with the stage's probability, count and weighted total (the service's
aggregates, not the loaded cards), and drag and drop of a card onto another column to move it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from salesapp.domain.money import format_minor
from salesapp.domain.opportunity import BoardColumn, OpportunityRecord
from salesapp.ui.lists.windowed import RECORD_ROLE
from salesapp.ui.opportunities._opportunity_labels import stage_label, stale_icon, totals_text
from salesapp.ui.shared.qtdates import format_date
from salesapp.ui.shared.theme import color

MIME_TYPE = "application/x-salesapp-opportunity"
COLUMN_MIN_WIDTH = 156
Index = QModelIndex | QPersistentModelIndex


def card_mime(record: OpportunityRecord) -> QMimeData:
    """What a dragged card carries: its id, the version it was read at, and the stage it leaves."""
    data = QMimeData()
    payload = {"id": record.id, "version": record.version, "stage_id": record.stage_id}
    data.setData(MIME_TYPE, json.dumps(payload).encode())
    return data


def read_card_mime(data: QMimeData) -> tuple[int, int, int] | None:
    """(id, version, stage id) of a dragged card, or None for anything else dropped."""
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        return int(payload["id"]), int(payload["version"]), int(payload["stage_id"])
    except (ValueError, KeyError, TypeError):
        return None


class CardModel(QAbstractListModel):
    """The cards loaded into one column (a few dozen records; the column's totals come from the service)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cards: list[OpportunityRecord] = []

    def set_cards(self, cards: Sequence[OpportunityRecord]) -> None:
        """Replace the cards."""
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def add_cards(self, cards: Sequence[OpportunityRecord]) -> None:
        """Append cards read by "Load more" (those already shown are skipped)."""
        have = {c.id for c in self.cards}
        new = [c for c in cards if c.id not in have]
        if new:
            self.beginInsertRows(QModelIndex(), len(self.cards), len(self.cards) + len(new) - 1)
            self.cards.extend(new)
            self.endInsertRows()

    def row_of(self, opportunity_id: int) -> int | None:
        """The row of a card, if loaded."""
        return next((i for i, c in enumerate(self.cards) if c.id == opportunity_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == RECORD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{card.title} · {card.customer_name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (card.title, card.customer_name, card.products) if p)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return card_mime(self.cards[rows[0]]) if rows else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class CardDelegate(QStyledItemDelegate):
    """Paints a card: title, customer, amount, expected close, salesperson, and a stale mark."""

    def __init__(self, buddhist_era: bool, clock: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self.buddhist_era, self.clock = buddhist_era, clock

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(COLUMN_MIN_WIDTH, line * 5 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: OpportunityRecord | None = index.data(RECORD_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(color("accent" if selected else "border"), 2 if selected else 1))
        painter.setBrush(color("selection" if selected else "surface"))
        painter.drawRoundedRect(box, 5, 5)
        if card.stale:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color("danger"))
            painter.drawRoundedRect(QRect(box.left(), box.top(), 4, box.height()), 2, 2)
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        inner = box.adjusted(10, 5, -7, -4)
        icon_size = line - 2
        text_right = inner.right() - (icon_size + 4 if card.stale else 0)
        if card.stale:
            stale_icon().paint(
                painter, QRect(inner.right() - icon_size, inner.top() + 1, icon_size, icon_size)
            )
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(color("text"))
        title_rect = QRect(inner.left(), inner.top(), text_right - inner.left(), line)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(card.title, Qt.TextElideMode.ElideRight,
                                                          title_rect.width()))  # fmt: skip
        painter.setFont(option.font)
        grey, dark = color("text_muted"), color("text")
        width = inner.width()

        def text(row: int, value: str, ink: QColor, align: Qt.AlignmentFlag, span: int = width) -> None:
            rect = QRect(inner.left() if align & Qt.AlignmentFlag.AlignLeft else inner.right() - span,
                         inner.top() + row * line, span, line)  # fmt: skip
            painter.setPen(ink)
            elided = metrics.elidedText(value, Qt.TextElideMode.ElideRight, span)
            painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, elided)

        text(1, card.customer_name, grey, Qt.AlignmentFlag.AlignLeft)
        text(2, format_minor(card.amount_minor, card.currency), dark, Qt.AlignmentFlag.AlignLeft)
        if card.expected_close is not None:
            close = format_date(card.expected_close, self.buddhist_era)
            text(3, self.tr("Close {0}").format(close), grey, Qt.AlignmentFlag.AlignLeft)
        owner = card.owner_name
        if card.stale:
            idle = max((self.clock() - card.last_activity_at).days, 0)
            stale = self.tr("idle {0} d").format(idle)
            stale_width = metrics.horizontalAdvance(stale) + 2
            text(4, stale, color("danger"), Qt.AlignmentFlag.AlignRight, stale_width)
            text(4, owner, grey, Qt.AlignmentFlag.AlignLeft, max(width - stale_width - 6, 0))
        else:
            text(4, owner, grey, Qt.AlignmentFlag.AlignLeft)
        painter.restore()


class CardList(QListView):
    """One column's cards: drags a card out, accepts cards dropped from other columns.

    Signals:
        card_dropped(int, int, int): a card from another column was dropped here (id, version, its stage).
    """

    card_dropped = Signal(int, int, int)

    def __init__(self, stage_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)  # no measuring of each card
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("boardCards")
        # The column's colour shows through (a stylesheet background would leave the scrollbar's track
        # unpainted); lit while a card is dragged over it.
        self.viewport().setAutoFillBackground(False)
        self._hover = False

    def _wanted(self, data: QMimeData) -> tuple[int, int, int] | None:
        card = read_card_mime(data)
        return card if card is not None and card[2] != self.stage_id else None

    def dragEnterEvent(self, event: Any) -> None:
        if self._wanted(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._set_hover(True)

    def dragMoveEvent(self, event: Any) -> None:
        if self._wanted(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: Any) -> None:
        self._set_hover(False)
        event.accept()

    def dropEvent(self, event: Any) -> None:
        self._set_hover(False)
        card = self._wanted(event.mimeData())
        if card is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.card_dropped.emit(*card)

    def _set_hover(self, on: bool) -> None:
        if on != self._hover:
            self._hover = on
            viewport = self.viewport()
            if on:
                palette = viewport.palette()
                palette.setColor(QPalette.ColorRole.Base, color("selection"))
                viewport.setPalette(palette)
            viewport.setAutoFillBackground(on)
            viewport.update()


class BoardColumnView(QFrame):
    """A stage's column: header (name · probability, count, weighted total), its cards, "and N more".

    Signals:
        drop_requested(int, int, int): move the opportunity (id, version) to this column's stage (id).
        more_requested(int, object): load the cards after the last one shown (stage id, last record).
    """

    drop_requested = Signal(int, int, int)
    more_requested = Signal(int, object)

    def __init__(self, column: BoardColumn, buddhist_era: bool, clock: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.stage = column.stage
        self.column = column
        self.setObjectName("boardColumn")
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.title = QLabel()
        self.title.setProperty("textStyle", "strong")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = CardModel(self)
        self.cards = CardList(column.stage.id)
        self.cards.setModel(self.model)
        self.delegate = CardDelegate(buddhist_era, clock, self)
        self.cards.setItemDelegate(self.delegate)
        self.cards.card_dropped.connect(self._dropped)
        self.more = QLabel()
        self.more.setProperty("tone", "muted")
        self.more.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setFlat(True)
        self.more_button.setObjectName("boardMore")
        self.more_button.setProperty("tone", "link")
        self.more_button.clicked.connect(self._more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.more_button)
        self.show_column(column)

    def _dropped(self, opportunity_id: int, version: int, _from_stage: int) -> None:
        self.drop_requested.emit(opportunity_id, version, self.stage.id)

    def show_column(self, column: BoardColumn) -> None:
        """Show a fresh read of the column (header figures and first cards)."""
        self.column, self.stage = column, column.stage
        self.cards.stage_id = column.stage.id
        self.title.setText(stage_label(column.stage.name, column.stage.probability))
        lines = [self.tr("Opportunities: {0}").format(column.count)]
        if column.stale_count:
            lines[0] += " · " + self.tr("stale: {0}").format(column.stale_count)
        lines.append(self.tr("Weighted: {0}").format(totals_text(column.totals, weighted=True)))
        self.summary.setText("\n".join(lines))
        self.summary.setToolTip(self.tr("Amount: {0}").format(totals_text(column.totals, weighted=False)))
        self.model.set_cards(column.cards)
        self._show_more()

    def add_cards(self, cards: Sequence[OpportunityRecord]) -> None:
        """Cards read by "Load more"."""
        self.model.add_cards(cards)
        self._show_more()

    def _show_more(self) -> None:
        left = self.column.count - self.model.rowCount()
        self.more.setText(self.tr("and {0} more — use the list").format(left) if left > 0 else "")
        self.more.setVisible(left > 0)
        self.more_button.setVisible(left > 0)

    def _more(self) -> None:
        if self.model.cards:
            self.more_requested.emit(self.stage.id, self.model.cards[-1])

    def current_id(self) -> int | None:
        """The id of the selected card, if any."""
        index = self.cards.currentIndex()
        record = index.data(RECORD_ROLE) if index.isValid() else None
        return record.id if record is not None and self.cards.selectionModel().isSelected(index) else None

    def select(self, opportunity_id: int) -> bool:
        """Select a card if loaded here."""
        row = self.model.row_of(opportunity_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.cards.setCurrentIndex(index)
        self.cards.scrollTo(index)
        return True

    def card_rect(self, opportunity_id: int) -> QRect:
        """Where a card is painted in the list's viewport (for tests and drag start)."""
        row = self.model.row_of(opportunity_id)
        return QRect() if row is None else self.cards.visualRect(self.model.index(row, 0))


class OpportunityBoard(QWidget):
    """The columns side by side, scrolling sideways when the window is narrow.

    Signals:
        current_card_changed(object): the OpportunityRecord of the card chosen.
        card_activated(object): a card was double-clicked.
        move_requested(int, int, int): a card was dropped on another column (id, version, target stage id).
        more_requested(int, object): a column wants its next cards (stage id, last card shown).
    """

    current_card_changed = Signal(object)
    card_activated = Signal(object)
    move_requested = Signal(int, int, int)
    more_requested = Signal(int, object)

    def __init__(self, buddhist_era: bool, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.buddhist_era, self.clock = buddhist_era, clock
        self.columns: list[BoardColumnView] = []
        self.selected_id: int | None = (
            None  # kept across reloads: a moved card stays chosen in its new column
        )
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(6)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.strip)
        self.empty = QLabel(self.tr("Loading the pipeline…"))
        self.empty.setProperty("tone", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroller, 1)

    def set_columns(self, columns: Sequence[BoardColumn]) -> None:
        """Show a fresh read of the board; the columns are kept while the open stages stay the same."""
        self.empty.setVisible(not columns)
        self.empty.setText(self.tr("No open stages: add one in Stages…"))
        if [c.stage.id for c in columns] == [v.stage.id for v in self.columns]:
            for view, column in zip(self.columns, columns, strict=True):
                view.show_column(column)
        else:
            self._rebuild(columns)
        if self.selected_id is not None:
            self.select(self.selected_id)

    def _rebuild(self, columns: Sequence[BoardColumn]) -> None:
        for view in self.columns:
            view.setParent(None)
            view.deleteLater()
        self.columns = []
        for column in columns:
            view = BoardColumnView(column, self.buddhist_era, self.clock)
            view.drop_requested.connect(self.move_requested)
            view.more_requested.connect(self.more_requested)
            view.cards.selectionModel().currentChanged.connect(
                lambda current, _old, v=view: self._chosen(v, current)
            )
            view.cards.doubleClicked.connect(lambda index: self.card_activated.emit(index.data(RECORD_ROLE)))
            self.strip_layout.addWidget(view, 1)
            self.columns.append(view)

    def _chosen(self, view: BoardColumnView, current: QModelIndex) -> None:
        record = current.data(RECORD_ROLE) if current.isValid() else None
        if record is None:
            return
        self.selected_id = record.id
        for other in self.columns:
            if other is not view:
                other.cards.clearSelection()
        self.current_card_changed.emit(record)

    def column(self, stage_id: int) -> BoardColumnView | None:
        """The column of an open stage."""
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def add_cards(self, stage_id: int, cards: Sequence[OpportunityRecord]) -> None:
        """Cards read by a column's "Load more"."""
        view = self.column(stage_id)
        if view is not None:
            view.add_cards(cards)

    def current_id(self) -> int | None:
        """The selected card's id."""
        return next((i for c in self.columns if (i := c.current_id()) is not None), None)

    def select(self, opportunity_id: int) -> bool:
        """Select a card wherever it is loaded (and only there)."""
        self.selected_id = opportunity_id
        found = False
        for view in self.columns:
            if not found and view.select(opportunity_id):
                found = True
            else:
                view.cards.clearSelection()
        return found

    def cards(self) -> list[OpportunityRecord]:
        """Every card loaded, column by column."""
        return [card for c in self.columns for card in c.model.cards]

    def refresh(self) -> None:
        """Repaint the cards (the clock moved: idle times grow)."""
        for view in self.columns:
            view.cards.viewport().update()

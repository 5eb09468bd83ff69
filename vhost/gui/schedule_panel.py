"""The Schedule screen: how the show runs over the catalog (the show plan).

The order products come in, each product's share of airtime (0 keeps it off the show while the
chat still answers about it), about how long each presentation takes, a pinned hero product and
how often it comes back, the time per product, the pause between products and how often the
presenter turns to the viewers; below, every timed promotion with its window and whether it is
running. Every change is a new `ShowPlan`, applied to a running show at once (the director
follows it from the next product) and kept for the next Go Live.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vhost.domain import Catalog
from vhost.engine.plan import ShowPlan
from vhost.errors import VHostError
from vhost.gui.messages import error_text
from vhost.gui.tables import row_table

COLUMNS = ("product", "weight", "share", "seconds")
PROMOTION_COLUMNS = ("product", "promotion", "start", "end", "state")
# (catalog, plan, product id) → about how many seconds its presentation takes
Estimate = Callable[[Catalog, ShowPlan, str], float]


class SchedulePanel(QWidget):
    plan_changed = Signal(object)  # the new ShowPlan

    def __init__(self, estimate: Estimate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.estimate = estimate
        self.catalog: Catalog | None = None
        self.plan = ShowPlan()
        self.lang = "zh"
        self._filling = False
        self._estimates: dict[tuple, float] = {}

        self.hero = QComboBox()
        self.hero_every = _spin(1, 50)
        self.seconds = _spin(0, 3600, self.tr("the whole pitch"), suffix=self.tr(" s"))
        self.pause = QDoubleSpinBox()
        self.pause.setRange(0, 30)
        self.pause.setSingleStep(0.5)
        self.pause.setSuffix(self.tr(" s"))
        self.interlude = _spin(0, 50, self.tr("never"))
        for box in (self.hero_every, self.seconds, self.interlude):
            box.valueChanged.connect(self._settings_changed)
        self.pause.valueChanged.connect(self._settings_changed)
        self.hero.currentIndexChanged.connect(self._settings_changed)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.hero.setMinimumWidth(320)
        form.addRow(self.tr("Hero product (comes back often)"), self.hero)
        form.addRow(self.tr("The hero returns after every … products"), self.hero_every)
        form.addRow(self.tr("Time per product"), self.seconds)
        form.addRow(self.tr("Quiet pause between products"), self.pause)
        form.addRow(self.tr("A word to the viewers every … products"), self.interlude)

        titles = {
            "product": self.tr("Product (in show order)"),
            "weight": self.tr("Airtime weight (0: off the show)"),
            "share": self.tr("Share of airtime"),
            "seconds": self.tr("About (s) per presentation"),
        }
        self.table = row_table([titles[c] for c in COLUMNS], stretch={0})
        self.table.itemChanged.connect(self._weight_edited)
        self.up_button, self.down_button = QPushButton(self.tr("Earlier")), QPushButton(self.tr("Later"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.round = QLabel()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(self.round, 1)

        promo_titles = {
            "product": self.tr("Product"),
            "promotion": self.tr("Timed promotion"),
            "start": self.tr("Starts"),
            "end": self.tr("Ends"),
            "state": self.tr("Now"),
        }
        self.promotions = row_table([promo_titles[c] for c in PROMOTION_COLUMNS], stretch={1})
        self.promotions.setEditTriggers(self.promotions.EditTrigger.NoEditTriggers)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 3)
        layout.addLayout(moves)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Timed promotions (edit them on the Catalog screen):")))
        layout.addWidget(self.promotions, 2)

    # ---- what the window gives it ----------------------------------------------------------
    def set_show(self, catalog: Catalog | None, plan: ShowPlan, lang: str) -> None:
        """The catalog as edited and the plan; a plan naming a product no longer in the
        catalog forgets that product."""
        self.catalog, self.lang, self.plan = catalog, lang, plan
        if catalog is not None:
            ids = {p.id for p in catalog.products}
            self.plan = replace(
                plan,
                order=tuple(pid for pid in plan.order if pid in ids),
                weights={pid: w for pid, w in plan.weights.items() if pid in ids},
                hero=plan.hero if plan.hero in ids else None,
            )
        self._fill()

    def _fill(self) -> None:
        self._filling = True
        try:
            plan, catalog = self.plan, self.catalog
            self.hero.clear()
            self.hero.addItem(self.tr("none"), None)
            for product in catalog.products if catalog else ():
                self.hero.addItem(f"{product.id} {product.localized(self.lang).title}", product.id)
            self.hero.setCurrentIndex(max(0, self.hero.findData(plan.hero)))
            self.hero_every.setValue(plan.hero_every)
            self.seconds.setValue(int(plan.seconds_per_product or 0))
            self.pause.setValue(plan.pause_between)
            self.interlude.setValue(plan.interlude_every)
            self._fill_products()
            self._fill_promotions()
        finally:
            self._filling = False

    def _fill_products(self) -> None:
        self.table.setRowCount(0)
        if self.catalog is None:
            return
        plan = self.plan
        ids = plan.ordered(self.catalog)
        total = sum(plan.weight(pid) for pid in ids if pid != plan.hero) or 1.0
        round_seconds = 0.0
        for pid in ids:
            product = self.catalog.product(pid)
            weight = plan.weight(pid)
            seconds = self._seconds(pid)
            if pid == plan.hero:
                share = self.tr("hero: after every {0}").format(plan.hero_every)
            else:
                share = f"{100 * weight / total:.0f}%"
                round_seconds += weight * (seconds or 0.0)
            row = self.table.rowCount()
            self.table.insertRow(row)
            title = product.localized(self.lang).title if product else pid
            cells = (f"{pid} {title}", _number(weight), share, "—" if seconds is None else f"{seconds:.0f}")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                if COLUMNS[column] != "weight":
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        minutes = round_seconds / 60
        self.round.setText(
            self.tr("One pass over the catalog takes about {0} min.").format(f"{minutes:.1f}")
            if round_seconds
            else ""
        )

    def _seconds(self, product_id: str) -> float | None:
        catalog = self.catalog
        product = catalog.product(product_id) if catalog else None
        if self.estimate is None or catalog is None or product is None:
            return None
        key = (product, self.plan.seconds_per_product, self.lang)  # a pitch is written per estimate
        if key not in self._estimates:
            try:
                self._estimates[key] = self.estimate(catalog, self.plan, product_id)
            except VHostError:
                return None
        return self._estimates[key]

    def _fill_promotions(self) -> None:
        self.promotions.setRowCount(0)
        now = datetime.now()
        timed = [
            (promotion.start or datetime.min, product, promotion)
            for product in (self.catalog.products if self.catalog else ())
            for promotion in product.localized(self.lang).promotions
            if promotion.start or promotion.end
        ]
        for _, product, promotion in sorted(timed, key=lambda entry: entry[0]):
            if promotion.is_active(now):
                state = self.tr("running")
            elif promotion.is_upcoming(now):
                state = self.tr("upcoming")
            else:
                state = self.tr("ended")
            row = self.promotions.rowCount()
            self.promotions.insertRow(row)
            cells = (
                f"{product.id} {product.localized(self.lang).title}",
                promotion.text,
                promotion.start.strftime("%Y-%m-%d %H:%M") if promotion.start else "",
                promotion.end.strftime("%Y-%m-%d %H:%M") if promotion.end else "",
                state,
            )
            for column, value in enumerate(cells):
                self.promotions.setItem(row, column, QTableWidgetItem(value))

    # ---- edits -----------------------------------------------------------------------------
    def _settings_changed(self, *_: object) -> None:
        if self._filling:
            return
        seconds = self.seconds.value()
        self._apply(
            replace(
                self.plan,
                hero=self.hero.currentData(),
                hero_every=self.hero_every.value(),
                seconds_per_product=float(seconds) if seconds else None,
                pause_between=self.pause.value(),
                interlude_every=self.interlude.value(),
            )
        )

    def _weight_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or COLUMNS[item.column()] != "weight":
            return
        pid = item.data(Qt.ItemDataRole.UserRole)
        try:
            weight = float(item.text().strip().replace(",", "."))
            if weight < 0:
                raise ValueError
        except ValueError:
            self.problem.setText(
                self.tr("{0}: the airtime weight is a number, 0 or more (2: twice as often).").format(pid)
            )
            self._filling = True
            item.setText(_number(self.plan.weight(pid)))
            self._filling = False
            return
        self._apply(replace(self.plan, weights={**self.plan.weights, pid: weight}))

    def move_selected(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.catalog is None:
            return
        order = self.plan.ordered(self.catalog)
        row = rows[0].row()
        if not 0 <= row + step < len(order):
            return
        order[row], order[row + step] = order[row + step], order[row]
        self._apply(replace(self.plan, order=tuple(order)))
        self.table.selectRow(row + step)

    def _apply(self, plan: ShowPlan) -> None:
        """Check the plan against the catalog; a plan the show could not run is refused."""
        try:
            if self.catalog is not None:
                plan.check(self.catalog)
        except VHostError as exc:
            self.problem.setText(error_text(exc))
            self._fill()
            return
        self.problem.setText("")
        self.plan = plan
        self._filling = True
        try:
            self._fill_products()
        finally:
            self._filling = False
        self.plan_changed.emit(plan)


def _spin(low: int, high: int, at_low: str = "", suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if at_low:
        box.setSpecialValueText(at_low)  # shown instead of the lowest value
    box.setSuffix(suffix)
    return box


def _number(value: float) -> str:
    return f"{value:g}"

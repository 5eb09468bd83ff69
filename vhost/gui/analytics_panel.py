"""The Analytics screen: the session's chat at a glance, drawn with Qt Charts. Comments per
minute (with how many were answered), what viewers asked about (intents), which products they
asked about (interest), and what became of them (answered, waiting for the operator, rejected,
blocked, lapsed, ignored, moderated); exported as CSV and PNG. Held answers count as waiting
until the operator's approval or rejection (ChatResolved) moves them; no viewer is named."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# The same questions the director counts as interest:
from vhost.chat.loop import BLOCKED, INTEREST_INTENTS, ChatDecided, outcome

SHOWN_MINUTES = 30  # the per-minute chart shows the last half hour (the CSV has every minute)
HELD_KEPT = 1000  # held answers remembered until resolved (the chat loop holds at most 200)
OUTCOMES = ("answered", "waiting", "rejected", "blocked", "lapsed", "ignored", "moderated")


class AnalyticsPanel(QWidget):
    def __init__(self, intent_label: Callable[[str], str] = str, parent: QWidget | None = None) -> None:
        """`intent_label`: an intent's name in the app's language."""
        super().__init__(parent)
        self.intent_label = intent_label
        self.per_minute: dict[int, Counter[str]] = {}  # minute → actions counted
        self.sentiment: dict[int, list[float]] = {}
        self.intents: Counter[str] = Counter()
        self.products: Counter[str] = Counter()
        self.actions: Counter[str] = Counter()  # speak, pending, ignore, moderate
        self.outcomes: Counter[str] = Counter()  # the same, finer: see OUTCOMES
        self._held: dict[str, int] = {}  # a held answer's message id → its minute
        self.views = [QChartView() for _ in range(4)]
        for view in self.views:
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        grid = QGridLayout()
        for index, view in enumerate(self.views):
            grid.addWidget(view, index // 2, index % 2)
        self.totals = QLabel()
        csv_button = QPushButton(self.tr("Export CSV…"))
        png_button = QPushButton(self.tr("Export PNG…"))
        csv_button.clicked.connect(self._choose_csv)
        png_button.clicked.connect(self._choose_png)
        top = QHBoxLayout()
        top.addWidget(self.totals, 1)
        top.addWidget(csv_button)
        top.addWidget(png_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.redraw()

    def add_decision(self, decision: ChatDecided, product: str = "") -> None:
        """One chat decision; `product`: how to name its product."""
        minute = int(decision.stream_time // 60)
        action = "pending" if decision.pending else decision.action
        self.per_minute.setdefault(minute, Counter())[action] += 1
        if decision.sentiment is not None:
            self.sentiment.setdefault(minute, []).append(decision.sentiment)
        # A blocked viewer's comment was never read for its meaning: it asks nothing.
        if decision.kind == "comment" and action != "moderate" and decision.reason != BLOCKED:
            self.intents[decision.intent] += 1
        if decision.intent in INTEREST_INTENTS and decision.product:
            self.products[product or decision.product] += 1
        self.actions[action] += 1
        self.outcomes[outcome(decision.action, decision.reason, decision.pending)] += 1
        if decision.pending and decision.id:
            self._held[decision.id] = minute
            if len(self._held) > HELD_KEPT:
                del self._held[next(iter(self._held))]

    def resolve(self, message_id: str, action: str, reason: str | None) -> None:
        """A held answer was approved (speak) or not said (ignore, with why): it stops counting
        as waiting. Once per answer: a second report of it changes nothing."""
        minute = self._held.pop(message_id, None)
        if minute is None:
            return
        for counts in (self.per_minute[minute], self.actions):
            counts["pending"] -= 1
            counts[action] += 1
        self.outcomes["waiting"] -= 1
        self.outcomes[outcome(action, reason)] += 1

    def redraw(self) -> None:
        total = sum(self.actions.values())
        said = [
            self.tr("{0} messages: {1} answered, {2} ignored, {3} moderated.").format(
                total, self.actions["speak"], self.actions["ignore"], self.actions["moderate"]
            )
        ]
        if self.outcomes["waiting"]:
            said.append(self.tr("{0} waiting for you.").format(self.outcomes["waiting"]))
        if any(self.outcomes[name] for name in ("rejected", "blocked", "lapsed")):
            said.append(
                self.tr("Of the ignored: {0} rejected by you, {1} from blocked viewers, {2} lapsed.").format(
                    self.outcomes["rejected"], self.outcomes["blocked"], self.outcomes["lapsed"]
                )
            )
        self.totals.setText(" ".join(said))
        minutes = sorted(self.per_minute)[-SHOWN_MINUTES:]
        self.views[0].setChart(
            _bars(
                self.tr("Messages per minute"),
                [self.tr("min {0}").format(m + 1) for m in minutes],
                {
                    self.tr("all"): [sum(self.per_minute[m].values()) for m in minutes],
                    self.tr("answered"): [self.per_minute[m]["speak"] for m in minutes],
                },
            )
        )
        top_intents = self.intents.most_common(8)
        self.views[1].setChart(
            _bars(
                self.tr("What viewers asked"),
                [self.intent_label(i) for i, _ in top_intents],
                {"": [n for _, n in top_intents]},
            )
        )
        top_products = self.products.most_common(8)
        self.views[2].setChart(
            _bars(
                self.tr("Products asked about"),
                [p.split(" ")[0] for p, _ in top_products],
                {"": [n for _, n in top_products]},
            )
        )
        pie = QPieSeries()
        names = {
            "answered": self.tr("answered"),
            "waiting": self.tr("waiting for you"),
            "rejected": self.tr("rejected by you"),
            "blocked": self.tr("blocked viewers"),
            "lapsed": self.tr("lapsed"),
            "ignored": self.tr("ignored"),
            "moderated": self.tr("moderated"),
        }
        for name in OUTCOMES:
            if self.outcomes[name] > 0:
                pie.append(f"{names[name]} {self.outcomes[name]}", self.outcomes[name])
        pie.setLabelsVisible(True)
        chart = QChart()
        chart.setTitle(self.tr("What became of the messages"))
        chart.addSeries(pie)
        chart.legend().hide()
        self.views[3].setChart(chart)

    # ---- export ----------------------------------------------------------------------------
    def export_csv(self, path: Path) -> None:
        """Every minute's figures, then the intents, products and outcomes counted (one file
        for a spreadsheet; no viewer in it)."""
        with Path(path).open("w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["minute", "messages", "answered", "ignored", "moderated", "mean_sentiment"])
            for minute in sorted(self.per_minute):
                counts = self.per_minute[minute]
                feelings = self.sentiment.get(minute, [])
                mean = f"{sum(feelings) / len(feelings):.3f}" if feelings else ""
                out.writerow(
                    [
                        minute + 1,
                        sum(counts.values()),
                        counts["speak"],
                        counts["ignore"],
                        counts["moderate"],
                        mean,
                    ]
                )
            out.writerow([])
            out.writerow(["intent", "count"])
            out.writerows(self.intents.most_common())
            out.writerow([])
            out.writerow(["product", "questions"])
            out.writerows(self.products.most_common())
            out.writerow([])
            out.writerow(["outcome", "messages"])
            out.writerows([name, self.outcomes[name]] for name in OUTCOMES)

    def export_png(self, path: Path) -> bool:
        return self.grab().save(str(path), "PNG")

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the figures"), "chat.csv", "CSV (*.csv)")
        if path:
            self.export_csv(Path(path))

    def _choose_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the charts"), "chat.png", "PNG (*.png)")
        if path:
            self.export_png(Path(path))


def _bars(title: str, categories: list[str], sets: dict[str, list[int]]) -> QChart:
    series = QBarSeries()
    for name, values in sets.items():
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        series.append(bar_set)
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    top = max([1, *(v for values in sets.values() for v in values)])
    axis_y.setRange(0, top)
    axis_y.setTickCount(top + 1 if top <= 10 else 6)  # whole numbers on the ticks of small counts
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().setVisible(len(sets) > 1)
    return chart

"""reportlab charts for the monthly reports: trend lines, bars and the satisfaction–loyalty quadrant.

Every chart is a Drawing sized for the A4 content width, with the embedded font on every label so
Chinese prints everywhere. Empty values (None: an empty denominator) are gaps in a line, never zeros.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from crm_desktop.reports.fonts import register_fonts

PALETTE = (colors.HexColor("#2f6db5"), colors.HexColor("#e07b39"), colors.HexColor("#4a9d5b"),
           colors.HexColor("#b94a48"), colors.HexColor("#7d5ba6"))
AXIS_GREY = colors.HexColor("#666666")
LIGHT_GRID = colors.HexColor("#dddddd")
TITLE_SIZE = 10
LABEL_SIZE = 8


def _nice_step(span: float, steps: int = 5) -> float:
    raw = span / steps if span > 0 else 1
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _value_range(
    values: Sequence[float | None],
    floor: float | None = None,
    ceiling: float | None = None,
    include_zero: bool = True,
) -> tuple[float, float, float]:
    """A rounded (min, max, step) covering the values. Bars always start at 0 (STACK.md); a trend line may
    zoom in on its values, or a retention rate of 99.5% would draw as a flat line at the top."""
    present = [v for v in values if v is not None]
    if include_zero or not present:
        present = present + [0.0]
    low, high = min(present), max(present)
    if high - low < 1:  # one value, or all equal: give the line room above and below
        low, high = low - 1, high + 1
    step = _nice_step(high - low)
    low = math.floor(low / step) * step
    high = math.ceil(high / step) * step
    if floor is not None:
        low = max(low, floor)
    if ceiling is not None:
        high = min(high, ceiling)
    return low, high, step


def _title(drawing: Drawing, text: str, font: str) -> None:
    drawing.add(String(drawing.width / 2, drawing.height - 12, text, fontName=font, fontSize=TITLE_SIZE,
                       textAnchor="middle", fillColor=colors.black))


def line_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    width: float,
    height: float = 170,
    floor: float | None = None,
    ceiling: float | None = None,
    empty_text: str = "—",
) -> Drawing:
    """One line per series over the months; a legend when there is more than one series. A series with no
    value at all is left out (reportlab cannot draw it); with none left, `empty_text` stands in the middle."""
    font = register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, font)
    series = [(name, values) for name, values in series if any(v is not None for v in values)]
    if not series:
        drawing.add(String(width / 2, height / 2, empty_text, fontName=font, fontSize=LABEL_SIZE + 1,
                           textAnchor="middle", fillColor=AXIS_GREY))
        return drawing
    chart = HorizontalLineChart()
    chart.x, chart.y = 38, 28
    chart.width = width - 50 - (90 if len(series) > 1 else 0)
    chart.height = height - 60
    chart.data = [[None if v is None else float(v) for v in values] for _, values in series]
    chart.joinedLines = 1
    low, high, step = _value_range([v for row in chart.data for v in row], floor, ceiling, include_zero=False)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = LIGHT_GRID
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    if chart.width / max(len(categories), 1) < 28:  # narrow chart: slant the month labels so they don't collide
        chart.categoryAxis.labels.angle = 40
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dy = -2
    for index in range(len(series)):
        chart.lines[index].strokeColor = PALETTE[index % len(PALETTE)]
        chart.lines[index].strokeWidth = 1.6
        chart.lines[index].symbol = makeMarker("FilledCircle", size=3.5)
        chart.lines[index].symbol.fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x + chart.width + 14, chart.y + chart.height - 4
        legend.fontName, legend.fontSize = font, LABEL_SIZE
        legend.alignment = "right"
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, (name, _) in enumerate(series)]
        drawing.add(legend)
    return drawing


def bar_chart(
    title: str, labels: Sequence[str], values: Sequence[float | None], width: float, height: float = 170,
    color: colors.Color = PALETTE[0], show_values: bool = True, value_format: str = "%g",
) -> Drawing:
    """Vertical bars from 0 (negative values, e.g. SERVQUAL gaps, go below the axis)."""
    font = register_fonts()
    drawing = Drawing(width, height)
    _title(drawing, title, font)
    chart = VerticalBarChart()
    chart.x, chart.y = 38, 34
    chart.width, chart.height = width - 50, height - 66
    data = [0.0 if v is None else float(v) for v in values]
    chart.data = [data]
    low, high, step = _value_range(data)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = LIGHT_GRID
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labelAxisMode = "low"  # names under the chart even when bars go below zero
    if len(labels) > 7:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    if show_values:
        chart.barLabelFormat = value_format
        chart.barLabels.fontName = font
        chart.barLabels.fontSize = LABEL_SIZE - 0.5
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def horizontal_bar_chart(
    title: str, labels: Sequence[str], values: Sequence[float], width: float, color: colors.Color = PALETTE[1]
) -> Drawing:
    """Bars for a breakdown by name (communities): long labels read better on the left."""
    font = register_fonts()
    rows = max(len(labels), 1)
    height = 40 + rows * 18
    drawing = Drawing(width, height)
    _title(drawing, title, font)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 14
    chart.width, chart.height = width - 140, height - 40
    data = [float(v) for v in values] or [0.0]
    chart.data = [data]
    _, high, step = _value_range(data)
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, high, step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.categoryNames = [label[:14] for label in labels] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = LABEL_SIZE - 0.5
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing


def quadrant_chart(
    cells: dict[str, tuple[str, int, str]], x_label: str, y_label: str, width: float, height: float = 200
) -> Drawing:
    """The satisfaction–loyalty matrix: four cells (loyalist top right …) with their name, count and share.

    `cells` maps loyalist/mercenary/hostage/defector to (name, count, share text)."""
    font = register_fonts()
    drawing = Drawing(width, height)
    left, bottom = 70, 30
    size_w, size_h = min(width - 2 * left, 340), height - 50
    left = (width - size_w) / 2
    half_w, half_h = size_w / 2, size_h / 2
    layout = {  # (column, row) with row 1 on top: loyal on top, satisfied on the right
        "hostage": (0, 1, colors.HexColor("#fbe5c8")),
        "loyalist": (1, 1, colors.HexColor("#d5ead8")),
        "defector": (0, 0, colors.HexColor("#f4d3d2")),
        "mercenary": (1, 0, colors.HexColor("#d9e5f3")),
    }
    for code, (column, row, fill) in layout.items():
        x, y = left + column * half_w, bottom + row * half_h
        drawing.add(Rect(x, y, half_w, half_h, fillColor=fill, strokeColor=colors.white, strokeWidth=2))
        name, count, share = cells[code]
        drawing.add(String(x + half_w / 2, y + half_h / 2 + 10, name, fontName=font, fontSize=11,
                           textAnchor="middle"))
        drawing.add(String(x + half_w / 2, y + half_h / 2 - 8, f"{count:,}   {share}", fontName=font, fontSize=10,
                           textAnchor="middle", fillColor=AXIS_GREY))
    drawing.add(Line(left, bottom - 4, left + size_w, bottom - 4, strokeColor=AXIS_GREY))
    drawing.add(Line(left - 4, bottom, left - 4, bottom + size_h, strokeColor=AXIS_GREY))
    drawing.add(String(left + size_w / 2, bottom - 18, x_label + " →", fontName=font, fontSize=LABEL_SIZE + 1,
                       textAnchor="middle"))
    label = String(0, 0, y_label + " →", fontName=font, fontSize=LABEL_SIZE + 1, textAnchor="middle")
    rotated = Group(label)
    rotated.translate(left - 12, bottom + size_h / 2)
    rotated.rotate(90)
    drawing.add(rotated)
    return drawing

#include "dialogs/spendingchartsplugin.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace wan::ui {

namespace {

QChartView *viewOf(QChart *chart, const QString &title, QWidget *parent)
{
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(title);
    view->setMinimumHeight(160);
    return view;
}

QValueAxis *valueAxis(const QString &title, double top)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0.0, top > 0.0 ? top * 1.1 : 1.0);
    axis->setLabelFormat(QStringLiteral("%.2f"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

QWidget *QtSpendingCharts::barChart(const SpendingChartBars &bars, QWidget *parent) const
{
    auto *chart = new QChart;
    auto *set = new QBarSet(bars.valueAxis);
    set->append(bars.values);
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(bars.labels);
    // Many bars leave each label a sliver of width: upright, dates would all be elided
    // (a day's number fits; turned, it would be elided too).
    const bool longLabels = std::any_of(bars.labels.cbegin(), bars.labels.cend(), [](const QString &l) { return l.size() > 2; });
    if (bars.labels.size() > 8 && longLabels)
        categories->setLabelsAngle(-90);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    const double top = bars.values.isEmpty() ? 0.0 : *std::max_element(bars.values.cbegin(), bars.values.cend());
    QValueAxis *axis = valueAxis(bars.valueAxis, top);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return viewOf(chart, bars.title, parent);
}

QWidget *QtSpendingCharts::lineChart(const SpendingChartLine &line, QWidget *parent) const
{
    auto *chart = new QChart;
    auto *series = new QLineSeries;
    series->setPointsVisible(true);
    double top = 0.0;
    for (int i = 0; i < line.at.size() && i < line.values.size(); ++i) {
        series->append(double(line.at.at(i).toMSecsSinceEpoch()), line.values.at(i));
        top = std::max(top, line.values.at(i));
    }
    chart->addSeries(series);
    auto *time = new QDateTimeAxis;
    // Within a day or two the hours tell the points apart; over longer spans, the dates.
    const bool shortSpan = line.at.size() < 2 || line.at.constFirst().secsTo(line.at.constLast()) < qint64(2) * 24 * 3600;
    time->setFormat(shortSpan ? QStringLiteral("hh:mm") : QStringLiteral("d MMM"));
    time->setTickCount(std::clamp(int(line.at.size()), 2, 5));
    if (!line.at.isEmpty()) {
        // One point alone still gets a span to stand in.
        const QDateTime first = line.at.constFirst();
        const QDateTime last = line.at.constLast();
        time->setRange(first == last ? first.addSecs(-3600) : first, first == last ? last.addSecs(3600) : last);
    }
    chart->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);
    QValueAxis *axis = valueAxis(line.valueAxis, top);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    return viewOf(chart, line.title, parent);
}

} // namespace wan::ui

#pragma once

// The Spending view's charts as a plugin (wanstudio_spendingcharts, built from
// spendingchartsplugin.cpp): Qt Charts is loaded only when the view opens, so
// the window's start does not pay for it. The view passes plain numbers (from
// the library's ledger) and translated titles; the plugin only draws them.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtPlugin>

class QWidget;

namespace wan::ui {

struct SpendingChartBars
{
    QString title;          // also the chart's accessible name
    QString valueAxis;      // "Credits"
    QStringList labels;     // one per bar
    QList<double> values;
};

struct SpendingChartLine
{
    QString title;
    QString valueAxis;
    QList<QDateTime> at;    // in order
    QList<double> values;
};

class SpendingChartsPlugin
{
public:
    virtual ~SpendingChartsPlugin() = default;
    virtual QWidget *barChart(const SpendingChartBars &bars, QWidget *parent) const = 0;
    virtual QWidget *lineChart(const SpendingChartLine &line, QWidget *parent) const = 0;
};

} // namespace wan::ui

#define WanStudioSpendingCharts_iid "io.github.wanstudio.WanStudio.SpendingCharts/1"
Q_DECLARE_INTERFACE(wan::ui::SpendingChartsPlugin, WanStudioSpendingCharts_iid)

#pragma once

// The Qt Charts implementation of SpendingChartsPlugin: a MODULE of its own
// (ui/CMakeLists.txt), the only code that links Qt6::Charts.

#include "dialogs/spendingcharts.h"

#include <QObject>

namespace wan::ui {

class QtSpendingCharts final : public QObject, public SpendingChartsPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID WanStudioSpendingCharts_iid)
    Q_INTERFACES(wan::ui::SpendingChartsPlugin)
public:
    QWidget *barChart(const SpendingChartBars &bars, QWidget *parent) const override;
    QWidget *lineChart(const SpendingChartLine &line, QWidget *parent) const override;
};

} // namespace wan::ui

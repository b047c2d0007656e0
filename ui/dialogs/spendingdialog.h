#pragma once

// The Spending view: what runs cost, from the library's ledger (every Wan
// Studio process's runs: the library is shared): totals, per month, per kept
// (favourite) clip, the cost of failed and expired runs (shown prominently
// when it is not zero), spend per day or per week and the balance over time as
// charts, and Export CSV. Read on the library's thread; the charts come from a
// plugin (spendingcharts.h) and, without it, the totals still show.

#include "library/spendingreport.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace wan::library {
class LibraryService;
}

namespace wan::ui {

class SegmentedChoice;
class SpendingChartsPlugin;

class SpendingDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SpendingDialog(library::LibraryService *library, QWidget *parent = nullptr);

    // Where the charts plugin is looked for instead of beside the executable
    // (../lib/wanstudio): the tests' build folder, or one without it.
    static void setChartsDirectory(const QString &directory);
    // The plugin, loaded once; nullptr with the reason when it cannot be.
    static const SpendingChartsPlugin *chartsPlugin(QString *problem = nullptr);

    // Reads the ledger again (off this thread) and shows it; refreshed() follows.
    void refresh();
    const library::SpendingReport &report() const { return m_report; }
    bool chartsShown() const { return m_charts != nullptr; }
    // Writes the per-day series to path and the runs beside it (NAME-runs.csv),
    // off this thread; exported() says how it went.
    void exportCsv(const QString &path);
    // The second file's name for an export to path.
    static QString runsCsvPath(const QString &path);

signals:
    void refreshed();
    void exported(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void display(const library::SpendingReport &report);
    void showTotals();
    void showCharts();
    void chooseExportFile();

    library::LibraryService *m_library;
    library::SpendingReport m_report;
    bool m_reading = false;
    bool m_readAgain = false;
    QTimer m_changed;   // runs change: read again, once for a burst
    QTimer m_follow;    // other processes' runs: read again now and then while shown
    QLabel *m_total = nullptr;
    QLabel *m_estimated = nullptr;
    QLabel *m_perKept = nullptr;
    QLabel *m_failed = nullptr;
    QTableWidget *m_months = nullptr;
    SegmentedChoice *m_period = nullptr;
    QVBoxLayout *m_chartArea = nullptr;
    QWidget *m_charts = nullptr;        // the plugin's charts, when it loaded
    QLabel *m_noCharts = nullptr;
    QLabel *m_exportNote = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace wan::ui

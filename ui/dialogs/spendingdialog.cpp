#include "dialogs/spendingdialog.h"

#include "dialogs/spendingcharts.h"

#include "common/accessiblenames.h"
#include "common/segmentedchoice.h"

#include "jobs/budgetcheck.h"
#include "library/libraryservice.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPluginLoader>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wan::ui {

namespace {

constexpr int ChartDays = 14;   // the bars per day: the last two weeks (each day's number fits under its bar)
constexpr int ChartWeeks = 12;  // per week: the last 12 weeks
constexpr int FollowMs = 10'000;

QString &chartsDirectoryOverride()
{
    static QString directory;
    return directory;
}

QString credits(double value)
{
    return jobs::BudgetCheck::creditsText(value);
}

// The costs of the periods ending with the one that holds today, a zero bar for
// a period without runs: the numbers are the ledger's, only laid out.
SpendingChartBars barsOf(const QList<library::SpendBucket> &buckets, bool weeks)
{
    SpendingChartBars bars;
    const QDate today = QDate::currentDate();
    const QDate last = weeks ? today.addDays(1 - today.dayOfWeek()) : today;
    const int count = weeks ? ChartWeeks : ChartDays;
    for (int i = count - 1; i >= 0; --i) {
        const QDate start = weeks ? last.addDays(qint64(-7) * i) : last.addDays(-i);
        double cost = 0.0;
        for (const library::SpendBucket &bucket : buckets) {
            if (bucket.start == start)
                cost = bucket.cost;
        }
        // Fourteen bars leave room for the day of the month; twelve, turned, for the Monday's date.
        bars.labels.append(QLocale().toString(start, weeks ? QStringLiteral("d MMM") : QStringLiteral("d")));
        bars.values.append(cost);
    }
    return bars;
}

} // namespace

void SpendingDialog::setChartsDirectory(const QString &directory)
{
    chartsDirectoryOverride() = directory;
}

const SpendingChartsPlugin *SpendingDialog::chartsPlugin(QString *problem)
{
    // Loaded once and kept: the charts' code stays for the rest of the process.
    static QPluginLoader *loader = nullptr;
    static QString loadedFrom;
    const QString directory = chartsDirectoryOverride().isEmpty()
        ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(WANSTUDIO_PLUGIN_RELATIVE_DIR))
        : chartsDirectoryOverride();
    const QString file = QDir(directory).filePath(QStringLiteral(WANSTUDIO_SPENDINGCHARTS_NAME));
    if (!loader || loadedFrom != file) {
        delete loader;
        loader = new QPluginLoader(file);
        loadedFrom = file;
    }
    auto *plugin = qobject_cast<SpendingChartsPlugin *>(loader->instance());
    if (!plugin && problem)
        *problem = loader->errorString();
    return plugin;
}

SpendingDialog::SpendingDialog(library::LibraryService *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("spendingDialog"));
    setWindowTitle(tr("Spending"));
    auto *layout = new QVBoxLayout(this);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("spendingTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_total->setFont(bold);
    m_total->setText(tr("Reading the library…"));
    m_estimated = new QLabel(this);
    m_estimated->setWordWrap(true);
    m_perKept = new QLabel(this);
    m_perKept->setObjectName(QStringLiteral("spendingPerKept"));
    m_failed = new QLabel(this);
    m_failed->setObjectName(QStringLiteral("spendingFailed"));
    m_failed->setWordWrap(true);
    for (QLabel *label : { m_total, m_estimated, m_perKept, m_failed })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_months = new QTableWidget(0, 3, this);
    m_months->setObjectName(QStringLiteral("spendingMonths"));
    m_months->setHorizontalHeaderLabels({ tr("Month"), tr("Credits"), tr("Runs") });
    m_months->verticalHeader()->hide();
    m_months->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_months->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_months->setSelectionMode(QAbstractItemView::NoSelection);
    m_months->setMaximumHeight(120);
    auto *monthsLabel = new QLabel(tr("Totals per &month:"), this);
    monthsLabel->setBuddy(m_months);
    nameAfter(m_months, monthsLabel->text());

    auto *top = new QHBoxLayout;
    auto *totals = new QVBoxLayout;
    totals->addWidget(m_total);
    totals->addWidget(m_estimated);
    totals->addWidget(m_perKept);
    totals->addWidget(m_failed);
    totals->addStretch(1);
    top->addLayout(totals, 3);
    auto *months = new QVBoxLayout;
    months->addWidget(monthsLabel);
    months->addWidget(m_months);
    top->addLayout(months, 2);
    layout->addLayout(top);

    auto *periodRow = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Spend shown:"), this);
    m_period = new SegmentedChoice({ tr("Per day"), tr("Per week") }, this);
    m_period->setObjectName(QStringLiteral("spendingPeriod"));
    m_period->setCurrentIndex(0);
    nameAfter(m_period, periodLabel->text());
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    layout->addLayout(periodRow);
    connect(m_period, &SegmentedChoice::currentIndexChanged, this, &SpendingDialog::showCharts);

    m_chartArea = new QVBoxLayout;
    layout->addLayout(m_chartArea, 1);
    m_noCharts = new QLabel(this);
    m_noCharts->setObjectName(QStringLiteral("spendingNoCharts"));
    m_noCharts->setWordWrap(true);
    m_noCharts->hide();
    m_chartArea->addWidget(m_noCharts);

    m_exportNote = new QLabel(this);
    m_exportNote->setWordWrap(true);
    m_exportNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_exportNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("spendingExport"));
    nameAfter(m_export, m_export->text());
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    nameAfter(refreshButton, refreshButton->text());
    nameAfter(buttons->button(QDialogButtonBox::Close), buttons->button(QDialogButtonBox::Close)->text());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &SpendingDialog::chooseExportFile);
    connect(refreshButton, &QPushButton::clicked, this, &SpendingDialog::refresh);
    layout->addWidget(buttons);

    m_changed.setSingleShot(true);
    m_changed.setInterval(300);
    connect(&m_changed, &QTimer::timeout, this, &SpendingDialog::refresh);
    m_follow.setInterval(FollowMs);
    connect(&m_follow, &QTimer::timeout, this, &SpendingDialog::refresh);
    if (m_library) {
        connect(m_library, &library::LibraryService::entryChanged, &m_changed, qOverload<>(&QTimer::start));
        connect(m_library, &library::LibraryService::entryRemoved, &m_changed, qOverload<>(&QTimer::start));
    }
    connect(this, &SpendingDialog::exported, this, [this](bool, const QString &message) { m_exportNote->setText(message); });
    resize(900, 640);
}

void SpendingDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    refresh();
    m_follow.start();
}

void SpendingDialog::hideEvent(QHideEvent *event)
{
    m_follow.stop();
    QDialog::hideEvent(event);
}

void SpendingDialog::refresh()
{
    if (!m_library)
        return;
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_library->read(this, [this](const library::Library &library) {
        library::SpendingReport report = library::SpendingReport::read(library);
        return std::function<void()>([this, report = std::move(report)] {
            m_reading = false;
            display(report);
            if (std::exchange(m_readAgain, false))
                refresh();
        });
    });
}

void SpendingDialog::display(const library::SpendingReport &report)
{
    m_report = report;
    showTotals();
    showCharts();
    emit refreshed();
}

void SpendingDialog::showTotals()
{
    const library::SpendSummary &s = m_report.summary;
    if (!m_report.error.isEmpty()) {
        m_total->setText(tr("The library could not be read: %1").arg(m_report.error));
        return;
    }
    m_total->setText(tr("In all: %1 credits for %n charged run(s).", nullptr, s.chargedRuns).arg(credits(s.total)));
    m_estimated->setVisible(s.estimatedRuns > 0);
    m_estimated->setText(
        tr("%n run(s) counted at the typical cost: the service did not say what they cost.", nullptr, s.estimatedRuns));
    m_perKept->setText(s.costPerFavourite
                           ? tr("Per kept clip: %1 credits (%n favourite(s)).", nullptr, s.favourites).arg(credits(*s.costPerFavourite))
                           : tr("Per kept clip: no favourites yet (mark the clips you keep as favourites in the Library)."));
    QString failed = tr("Failed, cancelled and expired runs: %n run(s), %1 credits.", nullptr, s.failedRuns).arg(credits(s.failedCost));
    if (s.expiredRuns > 0)
        failed += QLatin1Char(' ')
            + tr("Of these, %n expired run(s) cost %1 credits.", nullptr, s.expiredRuns).arg(credits(s.expiredCost));
    if (s.possiblyChargedRuns > 0)
        failed += QLatin1Char(' ')
            + tr("%n failed run(s) may have been charged without a recorded cost; your Segmind console lists them.", nullptr,
                 s.possiblyChargedRuns);
    m_failed->setText(failed);
    // Runs that failed should cost nothing: when they did, it is said where it cannot be missed.
    const bool alarming = s.failedCost > 0.0 || s.possiblyChargedRuns > 0;
    m_failed->setStyleSheet(alarming ? QStringLiteral("QLabel { color: white; background: #b3261e; padding: 6px; border-radius: 4px;"
                                                      " font-weight: bold; }")
                                     : QString());
    m_failed->setProperty("alarming", alarming);

    m_months->setRowCount(int(m_report.months.size()));
    for (int row = 0; row < m_report.months.size(); ++row) {
        const library::SpendBucket &month = m_report.months.at(int(m_report.months.size()) - 1 - row); // newest first
        auto *name = new QTableWidgetItem(QLocale().toString(month.start, QStringLiteral("MMMM yyyy")));
        auto *cost = new QTableWidgetItem(credits(month.cost));
        cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *runs = new QTableWidgetItem(QLocale().toString(month.runs));
        runs->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_months->setItem(row, 0, name);
        m_months->setItem(row, 1, cost);
        m_months->setItem(row, 2, runs);
    }
}

void SpendingDialog::showCharts()
{
    QString problem;
    const SpendingChartsPlugin *plugin = chartsPlugin(&problem);
    m_period->setEnabled(plugin != nullptr);
    if (!plugin) {
        m_noCharts->setText(tr("Charts are unavailable (%1). The totals above are complete, and Export CSV has every day and run.")
                                .arg(problem));
        m_noCharts->show();
        return;
    }
    m_noCharts->hide();
    delete m_charts;
    m_charts = new QWidget(this);
    m_charts->setObjectName(QStringLiteral("spendingCharts"));
    auto *charts = new QHBoxLayout(m_charts);
    charts->setContentsMargins(0, 0, 0, 0);
    const bool weeks = m_period->currentIndex() == 1;
    SpendingChartBars bars = barsOf(weeks ? m_report.weeks : m_report.days, weeks);
    bars.title = weeks ? tr("Spend per week (the last %n week(s))", nullptr, ChartWeeks)
                       : tr("Spend per day (the last %n day(s))", nullptr, ChartDays);
    bars.valueAxis = tr("Credits");
    charts->addWidget(plugin->barChart(bars, m_charts), 3);
    SpendingChartLine line;
    line.title = tr("Balance over time");
    line.valueAxis = tr("Credits");
    for (const library::BalancePoint &point : m_report.balance) {
        line.at.append(point.at.toLocalTime());
        line.values.append(point.balance);
    }
    charts->addWidget(plugin->lineChart(line, m_charts), 2);
    m_chartArea->addWidget(m_charts);
}

QString SpendingDialog::runsCsvPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-runs.csv"));
}

void SpendingDialog::chooseExportFile()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("wanstudio-spending-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Spending as CSV"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void SpendingDialog::exportCsv(const QString &path)
{
    const QString runsPath = runsCsvPath(path);
    const QByteArray days = m_report.daysCsv().toUtf8();
    const QByteArray runs = m_report.runsCsv().toUtf8();
    m_export->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, runsPath] {
        watcher->deleteLater();
        m_export->setEnabled(true);
        const QString problem = watcher->result();
        if (problem.isEmpty())
            emit exported(true, tr("Exported the days to %1 and the runs to %2.")
                                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(runsPath)));
        else
            emit exported(false, tr("Could not export: %1. Choose another folder and try again.").arg(problem));
    });
    // Files are written off the UI thread.
    watcher->setFuture(QtConcurrent::run([path, runsPath, days, runs]() -> QString {
        for (const auto &[file, bytes] : { std::pair { path, days }, std::pair { runsPath, runs } }) {
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
                return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        }
        return {};
    }));
}

} // namespace wan::ui

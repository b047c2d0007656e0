// The ledger: runs' recorded costs summed per day, week and month, per kept
// clip and for failed and expired runs; what counts against a budget (runs in
// flight included, read from the database by a second connection as another
// process would); the budget check's verdict and message; the scriptable
// settings a script may change.

#include "librarytestsupport.h"

#include "core/scriptablesettings.h"
#include "core/settings.h"
#include "jobs/budgetcheck.h"
#include "library/librarymigrations.h"
#include "library/spendingreport.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace librarytest;
using wan::core::ScriptableSettings;
using wan::core::Settings;
using wan::jobs::BudgetCaps;
using wan::jobs::BudgetCheck;
using wan::jobs::BudgetVerdict;

namespace {

// Noon local time, so a run never slips into the neighbouring day in any time zone.
QDateTime localNoon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0));
}

Entry run(const QDate &day, EntryStatus status, std::optional<double> cost, bool estimated = false)
{
    Entry e;
    e.created = localNoon(day).toUTC();
    e.updated = e.created.addSecs(60);
    e.status = status;
    e.prompt = QStringLiteral("ledger");
    e.cost = cost;
    e.costEstimated = estimated;
    return e;
}

} // namespace

class TestSpendLedger final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_lib = std::make_unique<Library>(m_dir->filePath(QStringLiteral("library.sqlite")));
        QVERIFY(m_lib->open());
    }
    void cleanup()
    {
        m_lib.reset();
        m_dir.reset();
    }

    void schema6_addsCostEstimated();
    void series_perDayWeekMonth();
    void summary_favouritesFailedExpired();
    void summary_since_leavesOlderRunsOut();
    void summary_heldRuns_areNotFailures();
    void report_csv_hasEveryDayAndRun();
    void spentSince_countsRunsInFlightFromAnotherConnection();
    void admitWithinBudget_marksTheRunSoAnotherConnectionCountsIt();
    void balanceHistory_isInOrder();
    void budget_verdicts_data();
    void budget_verdicts();
    void budget_fromLibrary_namesTheCapAndWhatWasSpent();
    void budget_capsFromSettings();
    void settings_parse_data();
    void settings_parse();
    void settings_neverListTheKey();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestSpendLedger::schema6_addsCostEstimated()
{
    // Step 6 (sequences are step 5).
    QCOMPARE(Library::SchemaVersion, 6);
    QCOMPARE(wan::library::migrations::steps().size(), 6);
    RawDatabase raw(m_lib->databasePath());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('entries') WHERE name = 'cost_estimated'")).toInt(), 1);
    const qint64 id = m_lib->insert(run(QDate(2026, 12, 1), EntryStatus::Completed, 0.09, true));
    QVERIFY(id > 0);
    QVERIFY(m_lib->entry(id)->costEstimated);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT cost_estimated FROM entries WHERE id = %1").arg(id)).toInt(), 1);
}

void TestSpendLedger::series_perDayWeekMonth()
{
    // Monday 2026-11-30 .. Wednesday 2026-12-02, and Monday 2026-12-07.
    const QDate mon(2026, 11, 30);
    QVERIFY(m_lib->insertMany({
        run(mon, EntryStatus::Completed, 0.09),
        run(mon, EntryStatus::Completed, 0.10),
        run(mon.addDays(1), EntryStatus::Failed, std::nullopt),
        run(mon.addDays(2), EntryStatus::Completed, 0.09, true),
        run(mon.addDays(7), EntryStatus::Completed, 0.08),
    }));
    const auto days = m_lib->spendSeries(SpendPeriod::Day);
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(0).start, mon);
    QVERIFY(qFuzzyCompare(days.at(0).cost, 0.19));
    QCOMPARE(days.at(0).runs, 2);
    QCOMPARE(days.at(0).chargedRuns, 2);
    QCOMPARE(days.at(1).cost, 0.0);
    QCOMPARE(days.at(1).runs, 1);
    QCOMPARE(days.at(1).chargedRuns, 0);
    QCOMPARE(days.at(2).estimatedRuns, 1);

    const auto weeks = m_lib->spendSeries(SpendPeriod::Week);
    QCOMPARE(weeks.size(), 2);
    QCOMPARE(weeks.at(0).start, mon);
    QVERIFY(qFuzzyCompare(weeks.at(0).cost, 0.28));
    QCOMPARE(weeks.at(1).start, mon.addDays(7));
    QVERIFY(qFuzzyCompare(weeks.at(1).cost, 0.08));

    const auto months = m_lib->spendSeries(SpendPeriod::Month);
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(0).start, QDate(2026, 11, 1));
    QVERIFY(qFuzzyCompare(months.at(0).cost, 0.19));
    QCOMPARE(months.at(1).start, QDate(2026, 12, 1));
    QVERIFY(qFuzzyCompare(months.at(1).cost, 0.17));

    const auto range = m_lib->spendSeries(SpendPeriod::Day, mon.addDays(1), mon.addDays(2));
    QCOMPARE(range.size(), 2);
    QCOMPARE(range.at(0).start, mon.addDays(1));
}

void TestSpendLedger::summary_heldRuns_areNotFailures()
{
    // A run a budget cap held and that was then not sent is neither charged nor failed.
    const QDate day(2026, 12, 4);
    Entry held = run(day, EntryStatus::Cancelled, std::nullopt);
    held.errorCode = QLatin1String(HeldErrorCode);
    Entry waiting = run(day, EntryStatus::Queued, std::nullopt); // held in a window, waiting for the user
    Entry cancelled = run(day, EntryStatus::Cancelled, std::nullopt);
    cancelled.errorCode = QStringLiteral("cancelled");
    QVERIFY(m_lib->insertMany({ held, waiting, cancelled, run(day, EntryStatus::Completed, 0.09) }));
    const SpendSummary summary = m_lib->spendSummary();
    QCOMPARE(summary.runs, 4);
    QCOMPARE(summary.failedRuns, 1); // the one the user cancelled
    QCOMPARE(summary.failedCost, 0.0);
    QVERIFY(qFuzzyCompare(summary.total, 0.09));
}

void TestSpendLedger::report_csv_hasEveryDayAndRun()
{
    Entry first = run(QDate(2026, 12, 1), EntryStatus::Completed, 0.09);
    first.creditsAfter = 9.91;
    first.requestId = QStringLiteral("req-1");
    Entry second = run(QDate(2026, 12, 3), EntryStatus::Completed, 0.0875, true);
    second.favourite = true;
    second.requestId = QStringLiteral("req,\"2\"");
    Entry failed = run(QDate(2026, 12, 3), EntryStatus::Failed, std::nullopt);
    QVERIFY(m_lib->insertMany({ first, second, failed }));
    const wan::library::SpendingReport report = wan::library::SpendingReport::read(*m_lib);
    QVERIFY(report.error.isEmpty());
    QCOMPARE(report.runs.size(), 3);
    QCOMPARE(report.summary.runs, 3);
    QCOMPARE(report.days.size(), 2);
    QCOMPARE(report.daysCsv(), QStringLiteral("date,cost,runs,charged_runs,estimated_runs,balance\r\n"
                                              "2026-12-01,0.0900,1,1,0,9.9100\r\n"
                                              "2026-12-03,0.0875,2,1,1,\r\n"));
    const QStringList runs = report.runsCsv().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(runs.size(), 4);
    QCOMPARE(runs.at(0), QStringLiteral("id,created,status,cost,cost_estimated,favourite,balance_after,request_id"));
    const QString created = localNoon(QDate(2026, 12, 1)).toUTC().toString(Qt::ISODate);
    QCOMPARE(runs.at(1), QStringLiteral("%1,%2,completed,0.0900,0,0,9.9100,req-1").arg(report.runs.at(0).id).arg(created));
    // A field with a comma or a quote is quoted, its quotes doubled (RFC 4180).
    QVERIFY2(runs.at(2).endsWith(QLatin1String(",completed,0.0875,1,1,,\"req,\"\"2\"\"\"")), qPrintable(runs.at(2)));
    QVERIFY2(runs.at(3).contains(QLatin1String(",failed,,0,0,,")), qPrintable(runs.at(3)));
}

void TestSpendLedger::summary_favouritesFailedExpired()
{
    const QDate day(2026, 12, 3);
    Entry kept = run(day, EntryStatus::Completed, 0.09);
    kept.favourite = true;
    Entry failedCharged = run(day, EntryStatus::Failed, 0.05);
    Entry expired = run(day, EntryStatus::Expired, 0.09);
    Entry unknown = run(day, EntryStatus::Failed, std::nullopt);
    unknown.mayHaveBeenCharged = true;
    QVERIFY(m_lib->insertMany({ kept, run(day, EntryStatus::Completed, 0.09), failedCharged, expired, unknown,
                                run(day, EntryStatus::Cancelled, std::nullopt) }));
    const SpendSummary summary = m_lib->spendSummary();
    QCOMPARE(summary.runs, 6);
    QVERIFY(qFuzzyCompare(summary.total, 0.32));
    QCOMPARE(summary.chargedRuns, 4);
    QCOMPARE(summary.favourites, 1);
    QVERIFY(summary.costPerFavourite);
    QVERIFY(qFuzzyCompare(*summary.costPerFavourite, 0.32));
    QCOMPARE(summary.failedRuns, 4);
    QVERIFY(qFuzzyCompare(summary.failedCost, 0.14));
    QCOMPARE(summary.expiredRuns, 1);
    QVERIFY(qFuzzyCompare(summary.expiredCost, 0.09));
    QCOMPARE(summary.possiblyChargedRuns, 1);

    QVERIFY(m_lib->insertMany({ run(day, EntryStatus::Completed, 0.09) }));
    QVERIFY(!m_lib->spendSummary(day.addDays(1)).costPerFavourite);
}

void TestSpendLedger::summary_since_leavesOlderRunsOut()
{
    QVERIFY(m_lib->insertMany({ run(QDate(2026, 12, 1), EntryStatus::Completed, 0.5),
                                run(QDate(2026, 12, 2), EntryStatus::Completed, 0.25) }));
    QVERIFY(qFuzzyCompare(m_lib->spendSummary(QDate(2026, 12, 2)).total, 0.25));
    QVERIFY(qFuzzyCompare(m_lib->spendSummary(QDate(2026, 12, 1), QDate(2026, 12, 1)).total, 0.5));
    QCOMPARE(m_lib->spendSummary(QDate(2026, 12, 3)).runs, 0);
}

void TestSpendLedger::spentSince_countsRunsInFlightFromAnotherConnection()
{
    const QDate day(2026, 12, 4);
    QVERIFY(m_lib->insertMany({ run(day, EntryStatus::Completed, 0.09), run(day, EntryStatus::Processing, std::nullopt),
                                run(day, EntryStatus::Submitting, std::nullopt), run(day, EntryStatus::Queued, std::nullopt),
                                run(day, EntryStatus::Uploading, std::nullopt), run(day.addDays(-1), EntryStatus::Completed, 1.0) }));
    // A second Library on the same file: what another process sees.
    Library other(m_lib->databasePath());
    QVERIFY(other.open());
    const SpendSoFar spent = other.spentSince(day.startOfDay(), 0.09);
    QVERIFY(qFuzzyCompare(spent.recorded, 0.09));
    QCOMPARE(spent.pendingRuns, 2); // processing and submitting; queued and uploading have not passed a check
    QVERIFY(qFuzzyCompare(spent.total(), 0.27));

    const QList<Entry> rows = other.find(Query {});
    qint64 uploading = 0;
    qint64 processing = 0;
    for (const Entry &e : rows) {
        if (e.status == EntryStatus::Uploading)
            uploading = e.id;
        if (e.status == EntryStatus::Processing)
            processing = e.id;
    }
    const SpendSoFar letGo = other.spentSince(day.startOfDay(), 0.09, processing, { uploading });
    QCOMPARE(letGo.pendingRuns, 2); // processing excluded, uploading let go
}

void TestSpendLedger::admitWithinBudget_marksTheRunSoAnotherConnectionCountsIt()
{
    // Two runs uploading (not yet checked), in this process's library.
    const QDate day(2026, 12, 5);
    QVERIFY(m_lib->insertMany({ run(day, EntryStatus::Uploading, std::nullopt), run(day, EntryStatus::Uploading, std::nullopt) }));
    const QList<Entry> rows = m_lib->find(Query {});
    QCOMPARE(rows.size(), 2);
    const qint64 first = rows.at(0).id;
    const qint64 second = rows.at(1).id;
    Library other(m_lib->databasePath()); // another process
    QVERIFY(other.open());
    QCOMPARE(other.spentSince(day.startOfDay(), 0.09).pendingRuns, 0);

    // Admitted: the check saw nothing in flight, and from the commit on the
    // other process counts the run (before, it stayed "uploading" until the
    // run's own record caught up, and a check in between missed it).
    int seenInFlight = -1;
    const std::optional<bool> admitted = m_lib->admitWithinBudget(first, [&](const Library &library) {
        seenInFlight = library.spentSince(day.startOfDay(), 0.09, first).pendingRuns;
        return true;
    });
    QCOMPARE(admitted, std::optional<bool>(true));
    QCOMPARE(seenInFlight, 0);
    QCOMPARE(other.entry(first)->status, EntryStatus::Submitting);
    SpendSoFar spent = other.spentSince(day.startOfDay(), 0.09);
    QCOMPARE(spent.pendingRuns, 1);

    // Refused: nothing changes.
    QCOMPARE(m_lib->admitWithinBudget(second, [](const Library &) { return false; }), std::optional<bool>(false));
    QCOMPARE(other.entry(second)->status, EntryStatus::Uploading);
    spent = other.spentSince(day.startOfDay(), 0.09);
    QCOMPARE(spent.pendingRuns, 1);
}

void TestSpendLedger::balanceHistory_isInOrder()
{
    Entry a = run(QDate(2026, 12, 2), EntryStatus::Completed, 0.09);
    a.creditsAfter = 9.91;
    Entry b = run(QDate(2026, 12, 1), EntryStatus::Completed, 0.09);
    b.creditsAfter = 10.0;
    QVERIFY(m_lib->insertMany({ a, b, run(QDate(2026, 12, 3), EntryStatus::Failed, std::nullopt) }));
    const auto points = m_lib->balanceHistory();
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).balance, 10.0);
    QCOMPARE(points.at(1).balance, 9.91);
    QVERIFY(points.at(0).at < points.at(1).at);
}

void TestSpendLedger::budget_verdicts_data()
{
    QTest::addColumn<double>("daily");
    QTest::addColumn<double>("monthly");
    QTest::addColumn<double>("today");
    QTest::addColumn<double>("month");
    QTest::addColumn<double>("cost");
    QTest::addColumn<int>("cap");
    QTest::newRow("no caps") << 0.0 << 0.0 << 100.0 << 100.0 << 0.09 << int(BudgetVerdict::Cap::None);
    QTest::newRow("within both") << 1.0 << 10.0 << 0.5 << 5.0 << 0.09 << int(BudgetVerdict::Cap::None);
    QTest::newRow("exactly on the daily cap") << 0.27 << 0.0 << 0.18 << 0.18 << 0.09 << int(BudgetVerdict::Cap::None);
    QTest::newRow("past the daily cap") << 0.27 << 0.0 << 0.27 << 0.27 << 0.09 << int(BudgetVerdict::Cap::Daily);
    QTest::newRow("past the monthly cap") << 0.0 << 5.0 << 0.0 << 4.95 << 0.09 << int(BudgetVerdict::Cap::Monthly);
    QTest::newRow("both: daily named first") << 0.1 << 0.1 << 0.05 << 0.05 << 0.09 << int(BudgetVerdict::Cap::Daily);
    QTest::newRow("a batch") << 1.0 << 0.0 << 0.2 << 0.2 << 0.9 << int(BudgetVerdict::Cap::Daily);
}

void TestSpendLedger::budget_verdicts()
{
    QFETCH(double, daily);
    QFETCH(double, monthly);
    QFETCH(double, today);
    QFETCH(double, month);
    QFETCH(double, cost);
    QFETCH(int, cap);
    BudgetCaps caps;
    if (daily > 0)
        caps.daily = daily;
    if (monthly > 0)
        caps.monthly = monthly;
    const BudgetVerdict verdict = BudgetCheck::check(caps, SpendSoFar { today, 0.0, 0 }, SpendSoFar { month, 0.0, 0 }, cost);
    QCOMPARE(int(verdict.cap), cap);
    QCOMPARE(verdict.allowed(), cap == int(BudgetVerdict::Cap::None));
    QCOMPARE(verdict.message.isEmpty(), verdict.allowed());
    if (verdict.cap == BudgetVerdict::Cap::Daily)
        QVERIFY2(verdict.message.contains(QLatin1String("daily budget")), qPrintable(verdict.message));
    if (verdict.cap == BudgetVerdict::Cap::Monthly)
        QVERIFY2(verdict.message.contains(QLatin1String("monthly budget")), qPrintable(verdict.message));
}

void TestSpendLedger::budget_fromLibrary_namesTheCapAndWhatWasSpent()
{
    const QDate today = QDate::currentDate();
    QVERIFY(m_lib->insertMany({ run(today, EntryStatus::Completed, 0.09), run(today, EntryStatus::Completed, 0.09),
                                run(today, EntryStatus::Processing, std::nullopt) }));
    const BudgetCaps caps { 0.30, std::nullopt };
    const BudgetVerdict verdict = BudgetCheck::check(caps, *m_lib, 0.09, 0.09, localNoon(today));
    QCOMPARE(verdict.cap, BudgetVerdict::Cap::Daily);
    QVERIFY(qFuzzyCompare(verdict.spent, 0.27));
    QCOMPARE(verdict.pendingRuns, 1);
    QVERIFY2(verdict.message.contains(QLatin1String("daily budget of 0.30 credits")), qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(QLatin1String("0.27 credits spent, counting 1 run")),
             qPrintable(verdict.message));
    QVERIFY2(verdict.message.contains(QLatin1String("about 0.09 more")), qPrintable(verdict.message));

    const BudgetCaps roomy { 0.40, 10.0 };
    QVERIFY(BudgetCheck::check(roomy, *m_lib, 0.09, 0.09, localNoon(today)).allowed());
}

void TestSpendLedger::budget_capsFromSettings()
{
    QTemporaryDir dir;
    Settings settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    QVERIFY(!BudgetCaps::fromSettings(settings).any());
    settings.setValue(Settings::Key::BudgetDaily, 2.5);
    const BudgetCaps caps = BudgetCaps::fromSettings(settings);
    QCOMPARE(caps.daily, std::optional<double>(2.5));
    QVERIFY(!caps.monthly);
}

void TestSpendLedger::settings_parse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("daily budget") << QStringLiteral("budget/daily") << QStringLiteral("2.50") << true;
    QTest::newRow("no cap") << QStringLiteral("budget/monthly") << QStringLiteral("0") << true;
    QTest::newRow("negative budget") << QStringLiteral("budget/daily") << QStringLiteral("-1") << false;
    QTest::newRow("words budget") << QStringLiteral("budget/daily") << QStringLiteral("lots") << false;
    QTest::newRow("mode") << QStringLiteral("service/mode") << QStringLiteral("sync") << true;
    QTest::newRow("bad mode") << QStringLiteral("service/mode") << QStringLiteral("fast") << false;
    QTest::newRow("runs at once") << QStringLiteral("jobs/maxConcurrent") << QStringLiteral("4") << true;
    QTest::newRow("too many at once") << QStringLiteral("jobs/maxConcurrent") << QStringLiteral("40") << false;
    QTest::newRow("language") << QStringLiteral("ui/language") << QStringLiteral("de") << true;
    QTest::newRow("unknown language") << QStringLiteral("ui/language") << QStringLiteral("xx") << false;
    QTest::newRow("api base") << QStringLiteral("service/apiBase") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("api base not a url") << QStringLiteral("service/apiBase") << QStringLiteral("ftp://x") << false;
}

void TestSpendLedger::settings_parse()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const auto key = ScriptableSettings::byName(name);
    QVERIFY(key);
    QVERIFY(!ScriptableSettings::description(*key).isEmpty());
    QString error;
    const auto value = ScriptableSettings::parse(*key, text, &error);
    QCOMPARE(value.has_value(), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        QVERIFY2(error.contains(name) && error.contains(text), qPrintable(error));
}

void TestSpendLedger::settings_neverListTheKey()
{
    for (const Settings::Key key : ScriptableSettings::keys())
        QVERIFY(!Settings::name(key).contains(QLatin1String("key"), Qt::CaseInsensitive));
    QVERIFY(!ScriptableSettings::byName(QStringLiteral("ui/windowGeometry")));
    QVERIFY(!ScriptableSettings::byName(QStringLiteral("editor/promptHistory")));
}

QTEST_MAIN(TestSpendLedger)
#include "tst_spendledger.moc"

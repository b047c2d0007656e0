// The studio window's spending, against the emulator, with a library recording
// the runs as in the app: after runs (successes, a failure, a batch) the
// Spending view's totals equal the emulator's own charges, its charts come from
// the plugin (and without the plugin the totals still show), Export CSV writes
// the days and the runs; a daily cap holds a batch at the right run with a
// message that names the cap, Send Anyway sends it, Don't Send ends it without
// counting it as a failure.

#include "studiowindowfixture.h"

#include "common/messagebanner.h"
#include "core/translations.h"
#include "dialogs/spendingdialog.h"
#include "jobs/budgetcheck.h"
#include "jobs/joblistmodel.h"
#include "library/library.h"
#include "shell/runsview.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace wan;

class TestSpendingWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void spendingView_totalsEqualTheEmulatorsCharges();
    void spendingView_withoutThePlugin_stillShowsTheTotals();
    void exportCsv_writesTheDaysAndTheRuns();
    void dailyCap_holdsTheBatchAtTheRightRun_sendAnywaySendsIt();
    void dontSend_endsTheHeldRuns_notAsFailures();
    void heldRun_sendAnywayFromTheRunsList();

private:
    // Queues the runs (a batch when batch is not empty) and waits until each has ended.
    bool runAll(const QStringList &prompts, const QString &batch = {});
    ui::SpendingDialog *openSpending();
    QString databasePath() const
    {
        return m_studio.dir.filePath(QStringLiteral("library-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    }
    QToolButton *bannerButton(const QString &text) const;

    test::StudioWindowFixture m_studio;
    QList<int> m_ids;
};

void TestSpendingWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English plurals ("1 run", "2 runs"), numbers with a dot.
    core::installTranslators(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_studio.startOnce(200));
    ui::SpendingDialog::setChartsDirectory(QStringLiteral(WANSTUDIO_CHARTS_DIR));
}

void TestSpendingWindow::init()
{
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction()), true));
    QVERIFY(m_studio.emulator.configure({ { QStringLiteral("cost"), 0.09 } }));
    m_studio.window->resize(1366, 768);
    m_studio.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_studio.window.get()));
    m_ids.clear();
}

void TestSpendingWindow::cleanup()
{
    ui::SpendingDialog::setChartsDirectory(QStringLiteral(WANSTUDIO_CHARTS_DIR));
    for (int id : m_studio.queue->ids())
        m_studio.queue->cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->activeCount() == 0, 20'000);
    m_studio.close();
}

bool TestSpendingWindow::runAll(const QStringList &prompts, const QString &batch)
{
    QList<int> ids;
    for (const QString &prompt : prompts)
        ids.append(m_studio.queue->enqueue(m_studio.request(prompt), batch));
    m_ids += ids;
    return QTest::qWaitFor(
        [&] {
            for (int id : ids) {
                if (!m_studio.queue->record(id)->isFinished())
                    return false;
            }
            return true;
        },
        60'000);
}

ui::SpendingDialog *TestSpendingWindow::openSpending()
{
    QAction *spending = nullptr;
    for (QAction *menu : m_studio.window->menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *> {}) {
            if (action->text() == QStringLiteral("S&pending…"))
                spending = action;
        }
    }
    if (!spending || !spending->isEnabled())
        return nullptr;
    spending->trigger();
    auto *dialog = m_studio.window->findChild<ui::SpendingDialog *>();
    if (!dialog)
        return nullptr;
    QSignalSpy refreshed(dialog, &ui::SpendingDialog::refreshed);
    return refreshed.wait(20'000) || !refreshed.isEmpty() ? dialog : nullptr;
}

QToolButton *TestSpendingWindow::bannerButton(const QString &text) const
{
    // The window's banner (the Library has one of its own).
    for (auto *banner : m_studio.window->findChildren<ui::MessageBanner *>()) {
        for (QToolButton *button : banner->findChildren<QToolButton *>()) {
            if (button->text() == text && button->isVisible())
                return button;
        }
    }
    return nullptr;
}

void TestSpendingWindow::spendingView_totalsEqualTheEmulatorsCharges()
{
    const double before = m_studio.emulator.credits();
    QVERIFY(runAll({ QStringLiteral("one"), QStringLiteral("two") }));
    QVERIFY(runAll({ QStringLiteral("a boat, push in"), QStringLiteral("a boat, orbit") }, QStringLiteral("batch-1")));
    QVERIFY(m_studio.emulator.addFault({ { QStringLiteral("route"), QStringLiteral("status") }, { QStringLiteral("kind"), QStringLiteral("failed") } }));
    QVERIFY(runAll({ QStringLiteral("fails") }));
    QCOMPARE(m_studio.queue->record(m_ids.last())->stage, jobs::JobStage::Failed);

    ui::SpendingDialog *dialog = openSpending();
    QVERIFY(dialog);
    const int charged = m_studio.emulator.charged();
    QCOMPARE(charged, 4);
    const double charges = before - m_studio.emulator.credits();
    const library::SpendSummary &summary = dialog->report().summary;
    QCOMPARE(summary.runs, 5);
    QCOMPARE(summary.chargedRuns, charged);
    QVERIFY2(qAbs(summary.total - charges) < 1e-9, qPrintable(QStringLiteral("view %1, emulator %2").arg(summary.total).arg(charges)));
    QCOMPARE(summary.failedRuns, 1);
    QCOMPARE(summary.failedCost, 0.0);
    // What the view says is what the emulator charged.
    auto *total = dialog->findChild<QLabel *>(QStringLiteral("spendingTotal"));
    QCOMPARE(total->text(), QStringLiteral("In all: %1 credits for 4 charged runs.").arg(jobs::BudgetCheck::creditsText(charges)));
    auto *failed = dialog->findChild<QLabel *>(QStringLiteral("spendingFailed"));
    QCOMPARE(failed->text(), QStringLiteral("Failed, cancelled and expired runs: 1 run, 0.00 credits."));
    QVERIFY(!failed->property("alarming").toBool());
    // The last balance the service reported is the emulator's balance now.
    QVERIFY(!dialog->report().balance.isEmpty());
    QVERIFY(qAbs(dialog->report().balance.last().balance - m_studio.emulator.credits()) < 1e-9);

    // The charts come from the plugin: bars per day, a switch to weeks, the balance line.
    QVERIFY(dialog->chartsShown());
    auto *charts = dialog->findChild<QWidget *>(QStringLiteral("spendingCharts"));
    QVERIFY(charts);
    QStringList names;
    for (QWidget *child : charts->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        names.append(child->accessibleName());
    QCOMPARE(names, QStringList({ QStringLiteral("Spend per day (the last 14 days)"), QStringLiteral("Balance over time") }));
    auto *period = dialog->findChild<QWidget *>(QStringLiteral("spendingPeriod"));
    QCOMPARE(period->accessibleName(), QStringLiteral("Spend shown"));
    QToolButton *weeks = nullptr;
    for (QToolButton *button : period->findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Per week"))
            weeks = button;
    }
    QVERIFY(weeks);
    weeks->click();
    charts = dialog->findChild<QWidget *>(QStringLiteral("spendingCharts"));
    QCOMPARE(charts->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly).first()->accessibleName(),
             QStringLiteral("Spend per week (the last 12 weeks)"));
}

void TestSpendingWindow::spendingView_withoutThePlugin_stillShowsTheTotals()
{
    QTemporaryDir empty;
    ui::SpendingDialog::setChartsDirectory(empty.path());
    QVERIFY(runAll({ QStringLiteral("one") }));
    ui::SpendingDialog *dialog = openSpending();
    QVERIFY(dialog);
    QVERIFY(!dialog->chartsShown());
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("spendingNoCharts"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QLatin1String("Charts are unavailable")), qPrintable(note->text()));
    auto *total = dialog->findChild<QLabel *>(QStringLiteral("spendingTotal"));
    QCOMPARE(total->text(), QStringLiteral("In all: 0.09 credits for 1 charged run."));
}

void TestSpendingWindow::exportCsv_writesTheDaysAndTheRuns()
{
    const QDate day = QDate::currentDate();
    QVERIFY(runAll({ QStringLiteral("one"), QStringLiteral("two") }));
    ui::SpendingDialog *dialog = openSpending();
    QVERIFY(dialog);
    const QString path = m_studio.dir.filePath(QStringLiteral("spending.csv"));
    QSignalSpy exported(dialog, &ui::SpendingDialog::exported);
    dialog->exportCsv(path);
    QVERIFY(exported.wait(20'000));
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));

    QFile days(path);
    QVERIFY(days.open(QIODevice::ReadOnly));
    const QStringList dayLines = QString::fromUtf8(days.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // Runs either side of midnight fall on two days, and the file lists both.
    if (QDate::currentDate() != day)
        QSKIP("The test ran across midnight; its runs may fall on two days.");
    QCOMPARE(dayLines.size(), 2);
    QCOMPARE(dayLines.at(0), QStringLiteral("date,cost,runs,charged_runs,estimated_runs,balance"));
    QCOMPARE(dayLines.at(1), QStringLiteral("%1,0.1800,2,2,0,%2")
                                 .arg(QDate::currentDate().toString(Qt::ISODate), QString::number(m_studio.emulator.credits(), 'f', 4)));

    QFile runs(ui::SpendingDialog::runsCsvPath(path));
    QCOMPARE(runs.fileName(), m_studio.dir.filePath(QStringLiteral("spending-runs.csv")));
    QVERIFY(runs.open(QIODevice::ReadOnly));
    const QStringList runLines = QString::fromUtf8(runs.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(runLines.size(), 3);
    QCOMPARE(runLines.at(0), QStringLiteral("id,created,status,cost,cost_estimated,favourite,balance_after,request_id"));
    for (int i = 0; i < 2; ++i) {
        const QStringList fields = runLines.at(i + 1).split(QLatin1Char(','));
        const jobs::JobRecord *record = m_studio.queue->record(m_ids.at(i));
        QCOMPARE(fields.at(0).toLongLong(), record->libraryId);
        QCOMPARE(fields.at(2), QStringLiteral("completed"));
        QCOMPARE(fields.at(3), QStringLiteral("0.0900"));
        QCOMPARE(fields.at(7), record->requestId);
    }
}

void TestSpendingWindow::dailyCap_holdsTheBatchAtTheRightRun_sendAnywaySendsIt()
{
    m_studio.settings->setValue(core::Settings::Key::BudgetDaily, 0.2);
    m_studio.queue->setMaxConcurrent(2);
    // 0.09 + 0.09 fit under 0.20; the third run would make 0.27.
    QList<int> ids;
    for (int i = 1; i <= 4; ++i)
        ids.append(m_studio.queue->enqueue(m_studio.request(QStringLiteral("waves %1").arg(i)), QStringLiteral("capped")));
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(ids.at(2))->isHeld(), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(ids.at(0))->isFinished() && m_studio.queue->record(ids.at(1))->isFinished(),
                             60'000);
    QCOMPARE(m_studio.queue->record(ids.at(0))->stage, jobs::JobStage::Completed);
    QCOMPARE(m_studio.queue->record(ids.at(1))->stage, jobs::JobStage::Completed);
    // The fourth waits with its batch (or, started before the hold, is held by the cap too);
    // nothing more was sent or charged.
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(ids.at(3))->isHeld(), 20'000);
    QCOMPARE(m_studio.emulator.submissions(), 2);
    QCOMPARE(m_studio.emulator.charged(), 2);
    const QString message = m_studio.window->messageText();
    QVERIFY2(message.contains(QLatin1String("Held by your daily budget of 0.20 credits: 0.18 credits spent")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("about 0.09 more")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("2 runs of this batch are held")), qPrintable(message));
    // Held is not failed: the library says the run is queued (never sent), and the ledger has no failure.
    library::Library ledger(databasePath());
    QVERIFY(ledger.open());
    QTRY_COMPARE_WITH_TIMEOUT(ledger.entry(m_studio.queue->record(ids.at(2))->libraryId)->status, library::EntryStatus::Queued, 10'000);
    QCOMPARE(ledger.spendSummary().failedRuns, 0);

    QToolButton *sendAnyway = bannerButton(QStringLiteral("Send &Anyway"));
    QVERIFY(sendAnyway);
    QCOMPARE(sendAnyway->accessibleName(), QStringLiteral("Send Anyway"));
    sendAnyway->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(ids.at(3))->isFinished(), 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(ids.at(2))->isFinished(), 60'000);
    for (int id : ids)
        QCOMPARE(m_studio.queue->record(id)->stage, jobs::JobStage::Completed);
    QCOMPARE(m_studio.emulator.submissions(), 4);
    QCOMPARE(m_studio.emulator.charged(), 4);
}

void TestSpendingWindow::dontSend_endsTheHeldRuns_notAsFailures()
{
    m_studio.settings->setValue(core::Settings::Key::BudgetDaily, 0.05);
    const int first = m_studio.queue->enqueue(m_studio.request(QStringLiteral("held 1")), QStringLiteral("small"));
    const int second = m_studio.queue->enqueue(m_studio.request(QStringLiteral("held 2")), QStringLiteral("small"));
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(first)->isHeld() || m_studio.queue->record(second)->isHeld(), 60'000);
    QTRY_VERIFY2_WITH_TIMEOUT(bannerButton(QStringLiteral("&Don't Send")) != nullptr, qPrintable(m_studio.window->messageText()),
                              10'000);
    QVERIFY2(m_studio.window->messageText().contains(QLatin1String("Held by your daily budget of 0.05 credits")),
             qPrintable(m_studio.window->messageText()));
    bannerButton(QStringLiteral("&Don't Send"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(first)->isFinished() && m_studio.queue->record(second)->isFinished(), 20'000);
    QCOMPARE(m_studio.queue->record(first)->stage, jobs::JobStage::Cancelled);
    QCOMPARE(m_studio.queue->record(second)->stage, jobs::JobStage::Cancelled);
    QCOMPARE(m_studio.emulator.submissions(), 0);
    library::Library ledger(databasePath());
    QVERIFY(ledger.open());
    for (int id : { first, second }) {
        const qint64 row = m_studio.queue->record(id)->libraryId;
        QTRY_VERIFY_WITH_TIMEOUT(ledger.entry(row)->errorCode == QLatin1String(library::HeldErrorCode), 10'000);
        QCOMPARE(ledger.entry(row)->status, library::EntryStatus::Cancelled);
        QVERIFY(!ledger.entry(row)->mayHaveBeenCharged);
    }
    QCOMPARE(ledger.spendSummary().failedRuns, 0);
}

// The message's buttons go when another message takes its place: the Runs
// list still offers Send anyway on a held run, and only on a held one.
void TestSpendingWindow::heldRun_sendAnywayFromTheRunsList()
{
    m_studio.settings->setValue(core::Settings::Key::BudgetDaily, 0.05);
    const int id = m_studio.queue->enqueue(m_studio.request(QStringLiteral("held from the list")), QStringLiteral("listed"));
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(id)->isHeld(), 60'000);
    auto *runs = m_studio.window->findChild<ui::RunsView *>();
    QVERIFY(runs);
    auto *model = qobject_cast<jobs::JobListModel *>(runs->model());
    QVERIFY(model);
    auto *sendAnyway = runs->findChild<QAction *>(QStringLiteral("runSendAnywayAction"));
    QVERIFY(sendAnyway);
    QCOMPARE(sendAnyway->text(), QStringLiteral("Send anyway (past the budget cap)"));
    runs->setCurrentIndex(model->index(model->rowOf(id)));
    QTRY_VERIFY(sendAnyway->isEnabled());
    QCOMPARE(m_studio.emulator.submissions(), 0);
    sendAnyway->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->record(id)->isFinished(), 60'000);
    QCOMPARE(m_studio.queue->record(id)->stage, jobs::JobStage::Completed);
    QCOMPARE(m_studio.emulator.submissions(), 1);
    // A finished run is held no more: the action is off.
    runs->setCurrentIndex(model->index(model->rowOf(id)));
    QVERIFY(!sendAnyway->isEnabled());
}

QTEST_MAIN(TestSpendingWindow)
#include "tst_spendingwindow.moc"

// `wanstudio batch`, `spend` and `settings` as a person runs them, against the
// emulator: a dry run sends nothing; bad input exits 2 with nothing sent; after
// runs (successes, a failure, a batch) the recorded costs and totals equal the
// emulator's own charges; a daily cap stops a batch at the right run and holds
// `generate`, unless --ignore-budget.

#include "cliprocess.h"
#include "emulatorfixture.h"

#include <QDate>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using wan::test::CliRun;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.trimmed().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

} // namespace

class TestSpending final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void dryRun_printsEveryRunAndTheCost_sendsNothing();
    void dryRun_json_hasOneLinePerRunAndTheTotal();
    void badInput_exits2_sendsNothing_data();
    void badInput_exits2_sendsNothing();
    void ledger_equalsTheEmulatorsCharges();
    void dailyCap_stopsTheBatchAtTheRightRun();
    void dailyCap_holdsGenerate_unlessIgnored();
    void dailyCap_holdsAcrossTwoBatchesStartedTogether();
    void settings_listGetSet();

private:
    CliRun cli(const QStringList &arguments);
    QJsonObject spend();

    wan::test::EmulatorFixture m_emulator;
    std::unique_ptr<QTemporaryDir> m_profile;
    QTemporaryDir m_dir;
    QString m_image;
    QDate m_day; // the day the test started: a daily cap and the ledger's days turn at midnight
};

// The runs of a test that ran across midnight fall on two days: a day's spend
// starts again and the ledger lists two days. Said, not failed.
#define SKIP_IF_ACROSS_MIDNIGHT()                                                                                  \
    do {                                                                                                         \
        if (QDate::currentDate() != m_day)                                                                       \
            QSKIP("The test ran across midnight; its runs fall on two days.");                                   \
    } while (false)

void TestSpending::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({ QStringLiteral("--latency-ms"), QStringLiteral("100") }));
    QImage picture(320, 240, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    m_image = m_dir.filePath(QStringLiteral("input.png"));
    QVERIFY(picture.save(m_image));
}

void TestSpending::init()
{
    QVERIFY(m_emulator.reset());
    // A fresh profile per test: its own settings and library.
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
    m_day = QDate::currentDate();
}

CliRun TestSpending::cli(const QStringList &arguments)
{
    const QProcessEnvironment env = wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile->path());
    CliRun run = wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), arguments, env, 120'000, m_dir.path());
    // Whatever happened, the key is never printed.
    if (run.out.contains(m_emulator.apiKey().toUtf8()) || run.err.contains(m_emulator.apiKey().toUtf8()))
        run.exitCode = -3;
    return run;
}

QJsonObject TestSpending::spend()
{
    const CliRun run = cli({ QStringLiteral("spend"), QStringLiteral("--json") });
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.trimmed()).object();
}

void TestSpending::dryRun_printsEveryRunAndTheCost_sendsNothing()
{
    const CliRun run = cli({ QStringLiteral("batch"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                             QStringLiteral("a harbour at {golden hour|blue hour|overcast}, \\{calm\\}"), QStringLiteral("--sweep"),
                             QStringLiteral("sample_shift=6,12"), QStringLiteral("--seed"), QStringLiteral("7"),
                             QStringLiteral("--dry-run") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QLatin1String("Run 6 of 6")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("prompt: a harbour at overcast, {calm}")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("sample_shift=12")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("seed: 7")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("6 runs, about 0.54 credits")), qPrintable(out));
    QCOMPARE(m_emulator.submissions(), 0);
    QCOMPARE(m_emulator.uploads(), 0);
}

void TestSpending::dryRun_json_hasOneLinePerRunAndTheTotal()
{
    const CliRun run = cli({ QStringLiteral("batch"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                             QStringLiteral("{dawn|dusk}"), QStringLiteral("--seed-list"), QStringLiteral("3,4"),
                             QStringLiteral("--dry-run"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0).value(QStringLiteral("prompt")).toString(), QStringLiteral("dawn"));
    QCOMPARE(lines.at(0).value(QStringLiteral("seed")).toInteger(), 3);
    QCOMPARE(lines.at(1).value(QStringLiteral("seed")).toInteger(), 4);
    QCOMPARE(lines.at(2).value(QStringLiteral("prompt")).toString(), QStringLiteral("dusk"));
    QCOMPARE(lines.at(3).value(QStringLiteral("parameters")).toObject().value(QStringLiteral("num_frames")).toInt(), 81);
    QCOMPARE(lines.at(4).value(QStringLiteral("runs")).toInt(), 4);
    QVERIFY(qFuzzyCompare(lines.at(4).value(QStringLiteral("cost")).toDouble(), 0.36));
    QCOMPARE(m_emulator.submissions(), 0);
}

void TestSpending::badInput_exits2_sendsNothing_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed group") << QStringLiteral("sky at {dawn|dusk") << QStringList() << QStringLiteral("character 8");
    QTest::newRow("nested group") << QStringLiteral("{a|{b}}") << QStringList() << QStringLiteral("cannot be nested");
    QTest::newRow("empty group") << QStringLiteral("a {} b") << QStringList() << QStringLiteral("nothing to choose");
    QTest::newRow("unknown parameter") << QStringLiteral("p") << QStringList { QStringLiteral("--sweep"), QStringLiteral("guidance=1,2") }
                                       << QStringLiteral("guidance is not a parameter");
    QTest::newRow("out of range") << QStringLiteral("p") << QStringList { QStringLiteral("--sweep"), QStringLiteral("sample_shift=4,40") }
                                  << QStringLiteral("1 to 20");
    QTest::newRow("three sweeps") << QStringLiteral("p")
                                  << QStringList { QStringLiteral("--sweep"), QStringLiteral("sample_shift=4"), QStringLiteral("--sweep"),
                                                   QStringLiteral("num_frames=81"), QStringLiteral("--sweep"),
                                                   QStringLiteral("frames_per_second=8") }
                                  << QStringLiteral("At most 2");
    QTest::newRow("over the cap") << QStringLiteral("{a|b|c|d|e|f|g|h|i}")
                                  << QStringList { QStringLiteral("--seeds"), QStringLiteral("8") } << QStringLiteral("72 runs");
}

void TestSpending::badInput_exits2_sendsNothing()
{
    QFETCH(QString, prompt);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const CliRun run = cli(QStringList { QStringLiteral("batch"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"), prompt }
                           + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(m_emulator.submissions(), 0);
}

void TestSpending::ledger_equalsTheEmulatorsCharges()
{
    const double before = m_emulator.credits();
    // A single run, a batch of three, and a run that the service runs and fails (422, not charged).
    CliRun run = cli({ QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"), QStringLiteral("one"),
                       QStringLiteral("--out"), m_dir.filePath(QStringLiteral("one.mp4")), QStringLiteral("--overwrite") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({ QStringLiteral("batch"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                QStringLiteral("a boat, {push in|orbit|static}") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 3);
    for (const QJsonObject &line : lines) {
        QVERIFY(line.value(QStringLiteral("cost")).isDouble());
        QVERIFY(line.value(QStringLiteral("library_id")).toInteger() > 0);
    }
    QVERIFY(m_emulator.addFault({ { QStringLiteral("route"), QStringLiteral("status") }, { QStringLiteral("kind"), QStringLiteral("failed") } }));
    run = cli({ QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"), QStringLiteral("fails"),
                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("fails.mp4")), QStringLiteral("--overwrite") });
    QCOMPARE(run.exitCode, 5);

    SKIP_IF_ACROSS_MIDNIGHT();
    const QJsonObject stats = m_emulator.stats();
    const int charged = stats.value(QStringLiteral("charged")).toInt();
    QCOMPARE(charged, 4);
    const double charges = before - m_emulator.credits();
    const QJsonObject ledger = spend();
    QCOMPARE(ledger.value(QStringLiteral("runs")).toInt(), 5);
    QCOMPARE(ledger.value(QStringLiteral("charged_runs")).toInt(), charged);
    QCOMPARE(ledger.value(QStringLiteral("estimated_runs")).toInt(), 0);
    QVERIFY2(qAbs(ledger.value(QStringLiteral("total")).toDouble() - charges) < 1e-9,
             qPrintable(QStringLiteral("ledger %1, emulator %2").arg(ledger.value(QStringLiteral("total")).toDouble()).arg(charges)));
    QCOMPARE(ledger.value(QStringLiteral("failed_runs")).toInt(), 1);
    QCOMPARE(ledger.value(QStringLiteral("failed_cost")).toDouble(), 0.0);
    const QJsonArray days = ledger.value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), 1);
    const QJsonObject today = days.at(0).toObject();
    QCOMPARE(today.value(QStringLiteral("start")).toString(), QDate::currentDate().toString(Qt::ISODate));
    QVERIFY(qAbs(today.value(QStringLiteral("cost")).toDouble() - charges) < 1e-9);
    // The balance after the last charged run is the emulator's balance now.
    QVERIFY(qAbs(today.value(QStringLiteral("balance")).toDouble() - m_emulator.credits()) < 1e-9);
}

void TestSpending::dailyCap_stopsTheBatchAtTheRightRun()
{
    QVERIFY(m_emulator.configure({ { QStringLiteral("cost"), 0.09 } }));
    QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("budget/daily"), QStringLiteral("0.2") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("jobs/maxConcurrent"), QStringLiteral("1") }).exitCode, 0);
    // 0.09 + 0.09 fit under 0.20; the third run would make 0.27.
    const CliRun run = cli({ QStringLiteral("batch"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                             QStringLiteral("waves"), QStringLiteral("--seed-list"), QStringLiteral("1,2,3,4") });
    SKIP_IF_ACROSS_MIDNIGHT();
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Held by your daily budget of 0.20 credits: 0.18 credits spent today"), run.err.constData());
    QVERIFY2(run.err.contains("about 0.09 more"), run.err.constData());
    QVERIFY2(run.err.contains("--ignore-budget"), run.err.constData());
    QVERIFY2(!run.err.contains("The library is not open"), run.err.constData());
    const QList<QJsonObject> lines = jsonLines(run.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QStringLiteral("seed")).toInteger(), 1);
    QCOMPARE(lines.at(1).value(QStringLiteral("seed")).toInteger(), 2);
    QCOMPARE(m_emulator.submissions(), 2);
    QCOMPARE(m_emulator.charged(), 2);
    QVERIFY2(qAbs(spend().value(QStringLiteral("total")).toDouble() - 0.18) < 1e-9, "the ledger holds the two runs");

    // Another process honours the same cap: the spend is read from the library.
    const CliRun again = cli({ QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                               QStringLiteral("more"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("more.mp4")),
                               QStringLiteral("--overwrite") });
    SKIP_IF_ACROSS_MIDNIGHT();
    QCOMPARE(again.exitCode, 4);
    QVERIFY2(again.err.contains("daily budget"), again.err.constData());
    QCOMPARE(m_emulator.submissions(), 2);
}

void TestSpending::dailyCap_holdsGenerate_unlessIgnored()
{
    QVERIFY(m_emulator.configure({ { QStringLiteral("cost"), 0.09 } }));
    QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("budget/daily"), QStringLiteral("0.05") }).exitCode, 0);
    const QStringList generate { QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                                 QStringLiteral("x"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("held.mp4")),
                                 QStringLiteral("--overwrite") };
    const CliRun held = cli(generate);
    SKIP_IF_ACROSS_MIDNIGHT();
    QCOMPARE(held.exitCode, 4);
    QVERIFY2(held.err.contains("Held by your daily budget of 0.05 credits"), held.err.constData());
    QCOMPARE(m_emulator.submissions(), 0);
    const CliRun sent = cli(generate + QStringList { QStringLiteral("--ignore-budget") });
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestSpending::dailyCap_holdsAcrossTwoBatchesStartedTogether()
{
    // Two processes, one library, one cap of 0.20: together they may send two
    // runs of 0.09, never a third. Each check counts the other's runs that
    // passed theirs (marked in the same transaction), even before they are sent.
    QVERIFY(m_emulator.configure({ { QStringLiteral("cost"), 0.09 } }));
    QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("budget/daily"), QStringLiteral("0.2") }).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("jobs/maxConcurrent"), QStringLiteral("2") }).exitCode, 0);
    // A large photo: preparing and uploading it takes a while, the time in
    // which a run has passed its check but is not yet being sent.
    QImage photo(6000, 4000, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x)
            line[x] = qRgb((x * 7) & 255, (y * 5) & 255, ((x ^ y) * 3) & 255);
    }
    const QString photoPath = m_dir.filePath(QStringLiteral("large.jpg"));
    QVERIFY(photo.save(photoPath, "JPEG", 92));
    auto batch = [this, photoPath](const QString &seeds) {
        return std::async(std::launch::async, [this, photoPath, seeds] {
            return cli({ QStringLiteral("batch"), QStringLiteral("--image"), photoPath, QStringLiteral("--prompt"),
                         QStringLiteral("tides"), QStringLiteral("--seed-list"), seeds });
        });
    };
    auto first = batch(QStringLiteral("1,2,3"));
    auto second = batch(QStringLiteral("4,5,6"));
    const CliRun a = first.get();
    const CliRun b = second.get();
    SKIP_IF_ACROSS_MIDNIGHT();
    QVERIFY2(a.exitCode == 0 || a.exitCode == 4, a.err.constData());
    QVERIFY2(b.exitCode == 0 || b.exitCode == 4, b.err.constData());
    const QByteArray both = "first batch:\n" + a.err + "\nsecond batch:\n" + b.err;
    QVERIFY2(jsonLines(a.out).size() + jsonLines(b.out).size() == 2, both.constData());
    QCOMPARE(m_emulator.submissions(), 2);
    QCOMPARE(m_emulator.charged(), 2);
    QVERIFY2(qAbs(spend().value(QStringLiteral("total")).toDouble() - 0.18) < 1e-9, "the ledger holds the two runs");
}

void TestSpending::settings_listGetSet()
{
    CliRun run = cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("budget/monthly"), QStringLiteral("12.5") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({ QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("budget/monthly") });
    QCOMPARE(run.out.trimmed(), QByteArray("12.5"));
    run = cli({ QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json") });
    const QJsonObject all = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(all.value(QStringLiteral("budget/monthly")).toDouble(), 12.5);
    QCOMPARE(all.value(QStringLiteral("budget/daily")).toDouble(), 0.0);
    for (const QString &name : all.keys())
        QVERIFY(!name.contains(QLatin1String("key"), Qt::CaseInsensitive));
    run = cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("budget/daily"), QStringLiteral("lots") });
    QCOMPARE(run.exitCode, 2);
    run = cli({ QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("apiKey") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("There is no setting"), run.err.constData());
    // A negative value is refused for what it is, not taken for an option (it was
    // "Unknown option '3'" with exit code 1), and the cap stays as it was.
    run = cli({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("budget/monthly"), QStringLiteral("-3") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("0 or more") && run.err.contains("\"-3\""), run.err.constData());
    run = cli({ QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("budget/monthly") });
    QCOMPARE(run.out.trimmed(), QByteArray("12.5"));
    // An option no command knows is bad input too: exit code 2, and where the options are.
    run = cli({ QStringLiteral("spend"), QStringLiteral("--bogus") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Unknown option 'bogus'") && run.err.contains("wanstudio spend --help"), run.err.constData());
}

QTEST_MAIN(TestSpending)
#include "tst_spending.moc"

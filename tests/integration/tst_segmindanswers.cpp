// The answers the real Segmind service gives, as published (see
// shared/reference/segmind-api.md), through the real `wanstudio` binary
// against the emulator, which now answers the same way by default: a FAILED
// run (HTTP 422) ends at once as failed and not charged; a 429 carries only
// x-rate-limit-reset-at-utc and is waited out once; v2 accounting comes from
// the finished run's metrics; 403, the four 406s and 410 each say what they
// are; a JSON 500 on submit is a refusal (not charged), a gateway's HTML 502 is
// not; upload-asset gets the Accept header its documentation requires.

#include "cliprocess.h"
#include "emulatorfixture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Finished = wan::test::CliRun;

class TestSegmindAnswers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void failedRun_endsAtOnceAsFailedAndNotCharged();
    void rateWindow_isWaitedOutWithOneExtraSubmission();
    void v2Run_takesCostAndBalanceFromItsMetrics();
    void v1Run_takesCostFromItsHeaders();
    void refusal_saysWhatItIs_data();
    void refusal_saysWhatItIs();
    void jsonServerErrorOnSubmit_isARefusalNotCharged();
    void gatewayPageOnSubmit_mayHaveBeenCharged();
    void upload_sendsTheDocumentedAcceptHeader();
    void credits_includeTheFreeCredits();

private:
    QStringList generateArguments(const QString &out, const QStringList &extra = {}) const;
    Finished runCli(const QStringList &arguments);
    QJsonObject onlyEntry();

    wan::test::EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_image;
    int m_runs = 0;
};

void TestSegmindAnswers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_emulator.start({QStringLiteral("--latency-ms"), QStringLiteral("600")}));
    QImage picture(640, 400, QImage::Format_RGB32);
    picture.fill(QColor(30, 90, 160));
    m_image = m_dir.filePath(QStringLiteral("still.png"));
    QVERIFY(picture.save(m_image));
}

void TestSegmindAnswers::init()
{
    QVERIFY(m_emulator.reset());
    m_profile = m_dir.filePath(QStringLiteral("profile-%1").arg(++m_runs));
}

QStringList TestSegmindAnswers::generateArguments(const QString &out, const QStringList &extra) const
{
    return QStringList{QStringLiteral("generate"), QStringLiteral("--image"), m_image, QStringLiteral("--prompt"),
                       QStringLiteral("a slow tide"), QStringLiteral("--out"), out}
        + extra;
}

Finished TestSegmindAnswers::runCli(const QStringList &arguments)
{
    return wan::test::runCliProcess(QStringLiteral(WANSTUDIO_CLI_PATH), arguments,
                                    wan::test::cliEnvironment(m_emulator.apiKey(), m_emulator.apiBase(), m_profile));
}

QJsonObject TestSegmindAnswers::onlyEntry()
{
    const Finished f = runCli({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(f.out.trimmed()).array();
    return entries.size() == 1 ? entries.first().toObject() : QJsonObject();
}

void TestSegmindAnswers::failedRun_endsAtOnceAsFailedAndNotCharged()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("status")},
                                 {QStringLiteral("kind"), QStringLiteral("failed")},
                                 {QStringLiteral("error"), QStringLiteral("Input image could not be processed")}}));
    const double before = m_emulator.credits();
    const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("failed.mp4"))));
    QCOMPARE(f.exitCode, 5);
    QVERIFY2(f.err.contains("Input image could not be processed"), f.err.constData());
    QVERIFY2(f.err.contains("not charged"), f.err.constData());
    // Not retried for a minute as an "unexpected status", and never "may have been charged".
    QVERIFY2(!f.err.contains("trying again"), f.err.constData());
    QVERIFY2(!f.err.contains("may have been charged"), f.err.constData());
    QCOMPARE(m_emulator.submissions(), 1);
    QCOMPARE(m_emulator.credits(), before);

    const QJsonObject entry = onlyEntry();
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(!entry.value(QStringLiteral("may_have_been_charged")).toBool());
    QVERIFY2(entry.value(QStringLiteral("error")).toString().contains(QStringLiteral("Input image could not be processed")),
             qPrintable(entry.value(QStringLiteral("error")).toString()));
}

void TestSegmindAnswers::rateWindow_isWaitedOutWithOneExtraSubmission()
{
    // One submission per three-second window: the second run meets the closed window once.
    QVERIFY(m_emulator.configure({{QStringLiteral("rateLimit"), 1}, {QStringLiteral("rateWindowMs"), 3000}}));
    const Finished first = runCli(generateArguments(m_dir.filePath(QStringLiteral("first.mp4"))));
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Finished second = runCli(generateArguments(m_dir.filePath(QStringLiteral("second.mp4"))));
    QVERIFY2(second.exitCode == 0, second.err.constData());

    const QJsonObject stats = m_emulator.stats();
    QCOMPARE(stats.value(QStringLiteral("rateLimited")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("submissions")).toInt(), 2);
    QVERIFY2(second.err.contains("Rate limited"), second.err.constData());
}

void TestSegmindAnswers::v2Run_takesCostAndBalanceFromItsMetrics()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("credits"), 5.0}, {QStringLiteral("cost"), 0.0875}}));
    const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("v2.mp4"))));
    QVERIFY2(f.exitCode == 0, f.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(f.out.trimmed()).object();
    // The emulator sends no credit header on v2: these can only come from the body.
    QCOMPARE(line.value(QStringLiteral("remaining_credits")).toDouble(-1), m_emulator.credits());
    QCOMPARE(line.value(QStringLiteral("remaining_credits")).toDouble(-1), 4.9125);
    QCOMPARE(line.value(QStringLiteral("cost")).toDouble(-1), 0.0875);

    const QJsonObject entry = onlyEntry();
    QCOMPARE(entry.value(QStringLiteral("cost")).toDouble(-1), 0.0875);
    QCOMPARE(entry.value(QStringLiteral("credits_after")).toDouble(-1), 4.9125);
}

void TestSegmindAnswers::v1Run_takesCostFromItsHeaders()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("cost"), 0.0875}}));
    const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("v1.mp4")), {QStringLiteral("--sync")}));
    QVERIFY2(f.exitCode == 0, f.err.constData());
    const QJsonObject line = QJsonDocument::fromJson(f.out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("cost")).toDouble(-1), 0.0875);
    QCOMPARE(onlyEntry().value(QStringLiteral("cost")).toDouble(-1), 0.0875);
}

void TestSegmindAnswers::refusal_saysWhatItIs_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serviceSays");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messageSays");

    QTest::newRow("403 not permitted") << 403 << QString() << 9 << QStringLiteral("may not use this model");
    QTest::newRow("406 content type") << 406 << QStringLiteral("Invalid content type") << 5 << QStringLiteral("content type");
    QTest::newRow("406 credits") << 406 << QStringLiteral("Insufficient credits. Your balance is 0.05 but this model needs 0.0875.") << 4
                                 << QStringLiteral("does not have enough credits");
    QTest::newRow("406 parameter") << 406 << QStringLiteral("num_frames must be between 81 and 100") << 2
                                   << QStringLiteral("refused a parameter");
    QTest::newRow("406 team spend limit") << 406 << QStringLiteral("Team spend limit reached") << 4 << QStringLiteral("spend limit");
    QTest::newRow("410 retired") << 410 << QString() << 9 << QStringLiteral("retired");
}

void TestSegmindAnswers::refusal_saysWhatItIs()
{
    QFETCH(int, status);
    QFETCH(QString, serviceSays);
    QFETCH(int, exitCode);
    QFETCH(QString, messageSays);

    QJsonObject fault{{QStringLiteral("route"), QStringLiteral("submit")},
                      {QStringLiteral("kind"), QStringLiteral("status")},
                      {QStringLiteral("status"), status}};
    if (!serviceSays.isEmpty())
        fault.insert(QStringLiteral("message"), serviceSays);
    QVERIFY(m_emulator.addFault(fault));
    const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("refused.mp4"))));
    QCOMPARE(f.exitCode, exitCode);
    QVERIFY2(f.err.contains(messageSays.toUtf8()), f.err.constData());
    QVERIFY2(f.err.toLower().contains("nothing was charged"), f.err.constData());
    if (!serviceSays.isEmpty())
        QVERIFY2(f.err.contains(serviceSays.toUtf8()), f.err.constData());
    QCOMPARE(m_emulator.submissions(), 0);
    const QJsonObject entry = onlyEntry();
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(!entry.value(QStringLiteral("may_have_been_charged")).toBool());
}

void TestSegmindAnswers::jsonServerErrorOnSubmit_isARefusalNotCharged()
{
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")},
                                 {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 500}}));
    const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("500.mp4"))));
    QCOMPARE(f.exitCode, 5);
    QVERIFY2(f.err.contains("nothing was charged"), f.err.constData());
    const QJsonObject entry = onlyEntry();
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(!entry.value(QStringLiteral("may_have_been_charged")).toBool());
    // Never sent again by itself: the user decides (and may, since it was not charged).
    QCOMPARE(m_emulator.submissions(), 0);
}

void TestSegmindAnswers::gatewayPageOnSubmit_mayHaveBeenCharged()
{
    // A load balancer's page after the API accepted the run: no proof of refusal.
    QVERIFY(m_emulator.addFault({{QStringLiteral("route"), QStringLiteral("submit")},
                                 {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 502},
                                 {QStringLiteral("body"), QStringLiteral("html")},
                                 {QStringLiteral("accept"), true}}));
    const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("502.mp4"))));
    QCOMPARE(f.exitCode, 5);
    QVERIFY2(!f.err.contains("nothing was charged"), f.err.constData());
    QVERIFY(onlyEntry().value(QStringLiteral("may_have_been_charged")).toBool());
    QCOMPARE(m_emulator.submissions(), 1);
}

void TestSegmindAnswers::upload_sendsTheDocumentedAcceptHeader()
{
    const Finished f = runCli(generateArguments(m_dir.filePath(QStringLiteral("accept.mp4"))));
    QVERIFY2(f.exitCode == 0, f.err.constData());
    QCOMPARE(m_emulator.stats().value(QStringLiteral("lastUploadAccept")).toString(), QStringLiteral("application/json, text/plain, */*"));
}

void TestSegmindAnswers::credits_includeTheFreeCredits()
{
    QVERIFY(m_emulator.configure({{QStringLiteral("credits"), 2.5}, {QStringLiteral("freeCredits"), 0.25}}));
    const Finished f = runCli({QStringLiteral("credits")});
    QVERIFY2(f.exitCode == 0, f.err.constData());
    QCOMPARE(QJsonDocument::fromJson(f.out.trimmed()).object().value(QStringLiteral("credits")).toDouble(-1), 2.75);
}

QTEST_GUILESS_MAIN(TestSegmindAnswers)
#include "tst_segmindanswers.moc"

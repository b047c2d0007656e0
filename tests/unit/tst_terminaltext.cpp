// Text from the service reaches terminals and logs without control characters:
// escape sequences that would retitle the terminal or clear the screen are
// removed, and a request id carrying them is refused before it is printed,
// stored or put into a URL.

#include "api/apiresponses.h"
#include "core/terminaltext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using wan::core::LineBreaks;
using wan::core::printableText;

class TestTerminalText final : public QObject
{
    Q_OBJECT

private slots:
    void printableText_removesControls_data();
    void printableText_removesControls();
    void printableText_oneLine_turnsBreaksIntoSpaces();
    void hasControlCharacters_data();
    void hasControlCharacters();
    void submitAnswer_requestIdWithEscape_isRefused();
    void errorText_fromTheService_isPrintable_data();
    void errorText_fromTheService_isPrintable();
};

void TestTerminalText::printableText_removesControls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QChar esc(0x1B);
    const QChar bel(0x07);
    QTest::newRow("plain") << QStringLiteral("CUDA out of memory") << QStringLiteral("CUDA out of memory");
    QTest::newRow("non-Latin kept") << QStringLiteral("Fehler: Größe \u00FCberschritten \u65E5\u672C") << QStringLiteral("Fehler: Größe \u00FCberschritten \u65E5\u672C");
    QTest::newRow("OSC title with BEL") << (QString(esc) + QStringLiteral("]0;pwned") + bel + QStringLiteral("abc")) << QStringLiteral("abc");
    QTest::newRow("OSC title with ST") << (QString(esc) + QStringLiteral("]2;pwned") + esc + QStringLiteral("\\abc")) << QStringLiteral("abc");
    QTest::newRow("clear screen") << (QString(esc) + QStringLiteral("[2J") + esc + QStringLiteral("[H") + QStringLiteral("run")) << QStringLiteral("run");
    QTest::newRow("colour") << (QString(esc) + QStringLiteral("[1;31mred") + esc + QStringLiteral("[0m")) << QStringLiteral("red");
    QTest::newRow("charset switch") << (QString(esc) + QStringLiteral("(0x") + esc + QStringLiteral("(B")) << QStringLiteral("x");
    QTest::newRow("reset terminal") << (QString(esc) + QStringLiteral("cok")) << QStringLiteral("ok");
    QTest::newRow("DCS") << (QString(esc) + QStringLiteral("Pq#0;2;0;0;0") + esc + QStringLiteral("\\after")) << QStringLiteral("after");
    QTest::newRow("lone ESC at end") << (QStringLiteral("end") + esc) << QStringLiteral("end");
    QTest::newRow("unterminated OSC") << (QStringLiteral("a") + esc + QStringLiteral("]0;never ends")) << QStringLiteral("a");
    QTest::newRow("C0 and DEL") << QStringLiteral("a\u0000b\u0008c\u007Fd\u0007e") << QStringLiteral("abcde");
    QTest::newRow("C1 CSI and NEL") << QStringLiteral("x\u009B2Jy\u0085z") << QStringLiteral("x2Jyz");
    QTest::newRow("carriage return") << QStringLiteral("fake\rError") << QStringLiteral("fakeError");
    QTest::newRow("newline and tab kept") << QStringLiteral("line 1\n\tline 2") << QStringLiteral("line 1\n\tline 2");
}

void TestTerminalText::printableText_removesControls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(printableText(input), expected);
    QVERIFY(!wan::core::hasControlCharacters(printableText(input, LineBreaks::AsSpaces)));
}

void TestTerminalText::printableText_oneLine_turnsBreaksIntoSpaces()
{
    QCOMPARE(printableText(QStringLiteral("a\nb\tc\rd"), LineBreaks::AsSpaces), QStringLiteral("a b c d"));
}

void TestTerminalText::hasControlCharacters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("uuid") << QStringLiteral("3f2c6a1e-0b9d-4e43-9d61-5b8f7c0d2a11") << false;
    QTest::newRow("ESC") << QStringLiteral("abc\u001B[2J") << true;
    QTest::newRow("newline") << QStringLiteral("abc\ndef") << true;
    QTest::newRow("C1") << QStringLiteral("abc\u009Bdef") << true;
    QTest::newRow("DEL") << QStringLiteral("abc\u007F") << true;
    QTest::newRow("non-Latin") << QStringLiteral("\u65E5\u672C") << false;
}

void TestTerminalText::hasControlCharacters()
{
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(wan::core::hasControlCharacters(input), expected);
}

void TestTerminalText::submitAnswer_requestIdWithEscape_isRefused()
{
    const QJsonObject answer{{QStringLiteral("request_id"), QStringLiteral("abc\u001B]0;pwned\u0007\u001B[2J")},
                             {QStringLiteral("status"), QStringLiteral("QUEUED")},
                             {QStringLiteral("status_url"), QStringLiteral("https://api.segmind.com/v2/requests/abc/status")},
                             {QStringLiteral("response_url"), QStringLiteral("https://api.segmind.com/v2/requests/abc")}};
    const auto parsed = wan::api::ApiResponses::parseSubmit(QJsonDocument(answer).toJson(), QUrl(QStringLiteral("https://api.segmind.com/")));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.problem.contains(QStringLiteral("control characters")), qPrintable(parsed.problem));
    QVERIFY(!wan::core::hasControlCharacters(parsed.problem));
}

void TestTerminalText::errorText_fromTheService_isPrintable_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json error") << QByteArray("{\"error\": \"\\u001b]0;pwned\\u0007\\u001b[2Jboom\"}") << QStringLiteral("boom");
    QTest::newRow("json nested") << QByteArray("{\"error\": {\"message\": \"bad\\u001b[31m input\"}}") << QStringLiteral("bad input");
    QTest::newRow("plain text") << QByteArray("oops\x1b[2J\x1b]0;t\x07 here") << QStringLiteral("oops here");
}

void TestTerminalText::errorText_fromTheService_isPrintable()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const QString text = wan::api::ApiResponses::errorText(body);
    QCOMPARE(text, expected);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"

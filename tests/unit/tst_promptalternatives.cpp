// Alternatives in a prompt: "{a|b}" groups expand into every combination, the
// first group varying slowest; escapes write literal braces and bars; a cap
// refuses too many prompts; every malformed group is refused with the
// character it is at and the text around it.

#include "core/promptalternatives.h"

#include <QLocale>
#include <QTest>

using wan::core::PromptAlternatives;

class TestPromptAlternatives final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void expand_combinations_inOrder_data();
    void expand_combinations_inOrder();
    void expand_recordsTheChoicesOfEachPrompt();
    void escapes_areLiteral_data();
    void escapes_areLiteral();
    void escape_roundTrips();
    void cap_refusesTooManyPrompts();
    void cap_allowsExactlyTheCap();
    void combinationCount_saturates();
    void malformed_isRefusedWithPositionAndContext_data();
    void malformed_isRefusedWithPositionAndContext();
    void longPrompt_contextIsCut();
};

void TestPromptAlternatives::expand_combinations_inOrder_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no group") << QStringLiteral("a quiet harbour") << QStringList { QStringLiteral("a quiet harbour") };
    QTest::newRow("one group") << QStringLiteral("a street at {golden hour|blue hour|overcast}")
                               << QStringList { QStringLiteral("a street at golden hour"), QStringLiteral("a street at blue hour"),
                                                QStringLiteral("a street at overcast") };
    QTest::newRow("two groups, first slowest")
        << QStringLiteral("{dolly in|orbit} at {dawn|noon|dusk}")
        << QStringList { QStringLiteral("dolly in at dawn"),  QStringLiteral("dolly in at noon"), QStringLiteral("dolly in at dusk"),
                         QStringLiteral("orbit at dawn"),     QStringLiteral("orbit at noon"),    QStringLiteral("orbit at dusk") };
    QTest::newRow("spaces around options are trimmed")
        << QStringLiteral("x { a | b } y") << QStringList { QStringLiteral("x a y"), QStringLiteral("x b y") };
    QTest::newRow("an empty option means without")
        << QStringLiteral("a cat{|, slow motion}") << QStringList { QStringLiteral("a cat"), QStringLiteral("a cat, slow motion") };
    QTest::newRow("one option") << QStringLiteral("{only}") << QStringList { QStringLiteral("only") };
    QTest::newRow("bar outside a group is text") << QStringLiteral("a | b") << QStringList { QStringLiteral("a | b") };
    QTest::newRow("three groups")
        << QStringLiteral("{a|b}{1|2}{x|y}")
        << QStringList { QStringLiteral("a1x"), QStringLiteral("a1y"), QStringLiteral("a2x"), QStringLiteral("a2y"),
                         QStringLiteral("b1x"), QStringLiteral("b1y"), QStringLiteral("b2x"), QStringLiteral("b2y") };
}

void TestPromptAlternatives::expand_combinations_inOrder()
{
    QFETCH(QString, prompt);
    QFETCH(QStringList, expected);
    PromptAlternatives::Problem problem;
    const auto parsed = PromptAlternatives::parse(prompt, &problem);
    QVERIFY2(parsed, qPrintable(problem.message));
    QCOMPARE(parsed->combinationCount(), expected.size());
    const auto combinations = parsed->expand(64);
    QVERIFY(combinations);
    QStringList prompts;
    for (const auto &c : *combinations)
        prompts.append(c.prompt);
    QCOMPARE(prompts, expected);
}

void TestPromptAlternatives::expand_recordsTheChoicesOfEachPrompt()
{
    const auto parsed = PromptAlternatives::parse(QStringLiteral("{a|b} and {x|y|z}"));
    QVERIFY(parsed);
    QCOMPARE(parsed->groups().size(), 2);
    QCOMPARE(parsed->groups().at(0).position, 0);
    QCOMPARE(parsed->groups().at(1).position, 10);
    const auto combinations = parsed->expand(64);
    QVERIFY(combinations);
    QCOMPARE(combinations->size(), 6);
    QCOMPARE(combinations->at(4).indices, (QList<int> { 1, 1 }));
    QCOMPARE(combinations->at(4).choices, (QStringList { QStringLiteral("b"), QStringLiteral("y") }));
    QCOMPARE(combinations->at(4).prompt, QStringLiteral("b and y"));
    QCOMPARE(parsed->prompt({ 0, 2 }), QStringLiteral("a and z"));
}

void TestPromptAlternatives::escapes_areLiteral_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("literal braces outside") << QStringLiteral("a \\{sign\\} here") << QStringList { QStringLiteral("a {sign} here") };
    QTest::newRow("escaped bar inside a group")
        << QStringLiteral("{a\\|b|c}") << QStringList { QStringLiteral("a|b"), QStringLiteral("c") };
    QTest::newRow("escaped braces inside a group")
        << QStringLiteral("{\\{x\\}|y}") << QStringList { QStringLiteral("{x}"), QStringLiteral("y") };
    QTest::newRow("escaped backslash before a group")
        << QStringLiteral("\\\\{a|b}") << QStringList { QStringLiteral("\\a"), QStringLiteral("\\b") };
    QTest::newRow("other backslashes stay") << QStringLiteral("C:\\photos\\n") << QStringList { QStringLiteral("C:\\photos\\n") };
    QTest::newRow("backslash at the end stays") << QStringLiteral("end\\") << QStringList { QStringLiteral("end\\") };
}

void TestPromptAlternatives::escapes_areLiteral()
{
    expand_combinations_inOrder();
}

void TestPromptAlternatives::escape_roundTrips()
{
    const QString literal = QStringLiteral("a {b} | c \\ d");
    const auto parsed = PromptAlternatives::parse(PromptAlternatives::escape(literal));
    QVERIFY(parsed);
    QVERIFY(!parsed->hasGroups());
    QCOMPARE(parsed->expand(1)->constFirst().prompt, literal);
}

void TestPromptAlternatives::cap_refusesTooManyPrompts()
{
    // 5 x 5 x 3 = 75 > 64
    const auto parsed = PromptAlternatives::parse(QStringLiteral("{a|b|c|d|e} {1|2|3|4|5} {x|y|z}"));
    QVERIFY(parsed);
    QCOMPARE(parsed->combinationCount(), 75);
    QString error;
    QVERIFY(!parsed->expand(64, &error));
    QVERIFY2(error.contains(QLatin1String("75")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("5 \u00d7 5 \u00d7 3")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("64")), qPrintable(error));
}

void TestPromptAlternatives::cap_allowsExactlyTheCap()
{
    const auto parsed = PromptAlternatives::parse(QStringLiteral("{a|b|c|d|e|f|g|h}{1|2|3|4|5|6|7|8}"));
    QVERIFY(parsed);
    const auto combinations = parsed->expand(64);
    QVERIFY(combinations);
    QCOMPARE(combinations->size(), 64);
    QCOMPARE(combinations->last().prompt, QStringLiteral("h8"));
    QVERIFY(!parsed->expand(63));
}

void TestPromptAlternatives::combinationCount_saturates()
{
    QString prompt;
    for (int i = 0; i < 40; ++i)
        prompt += QStringLiteral("{a|b|c}");
    const auto parsed = PromptAlternatives::parse(prompt);
    QVERIFY(parsed);
    QVERIFY(parsed->combinationCount() > 64);
    QString error;
    QVERIFY(!parsed->expand(64, &error));
    QVERIFY2(error.contains(QLatin1String("more than")), qPrintable(error));
}

void TestPromptAlternatives::malformed_isRefusedWithPositionAndContext_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("characterText");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("kind");

    QTest::newRow("unclosed") << QStringLiteral("sky at {dawn|dusk") << 7 << QStringLiteral("character 8") << QStringLiteral("sky at [{]dawn|dusk")
                              << QStringLiteral("never closed");
    QTest::newRow("closing without opening") << QStringLiteral("sky} at dawn") << 3 << QStringLiteral("character 4")
                                             << QStringLiteral("sky[}] at dawn") << QStringLiteral("never opened");
    QTest::newRow("nested") << QStringLiteral("{a|{b|c}}") << 3 << QStringLiteral("character 4") << QStringLiteral("{a|[{]b|c}}")
                            << QStringLiteral("cannot be nested");
    QTest::newRow("empty") << QStringLiteral("a {} b") << 2 << QStringLiteral("character 3") << QStringLiteral("a [{]} b")
                           << QStringLiteral("nothing to choose");
    QTest::newRow("only spaces") << QStringLiteral("a { } b") << 2 << QStringLiteral("character 3") << QStringLiteral("a [{] } b")
                                 << QStringLiteral("nothing to choose");
    QTest::newRow("only bars") << QStringLiteral("{|}") << 0 << QStringLiteral("character 1") << QStringLiteral("[{]|}")
                               << QStringLiteral("nothing to choose");
    QTest::newRow("escaped open, real close") << QStringLiteral("\\{a}") << 3 << QStringLiteral("character 4")
                                              << QStringLiteral("\\{a[}]") << QStringLiteral("never opened");
    QTest::newRow("second group unclosed") << QStringLiteral("{a|b} and {c") << 10 << QStringLiteral("character 11")
                                           << QStringLiteral("{a|b} and [{]c") << QStringLiteral("never closed");
}

void TestPromptAlternatives::malformed_isRefusedWithPositionAndContext()
{
    QFETCH(QString, prompt);
    QFETCH(int, position);
    QFETCH(QString, characterText);
    QFETCH(QString, context);
    QFETCH(QString, kind);
    PromptAlternatives::Problem problem;
    QVERIFY(!PromptAlternatives::parse(prompt, &problem));
    QCOMPARE(problem.position, position);
    QVERIFY2(problem.message.contains(characterText, Qt::CaseInsensitive), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(QLatin1Char('"') + context + QLatin1Char('"')), qPrintable(problem.message));
    QVERIFY2(problem.message.contains(kind), qPrintable(problem.message));
}

void TestPromptAlternatives::longPrompt_contextIsCut()
{
    const QString prompt = QStringLiteral("A very long description of a mountain lake at {dawn|dusk and then much more text follows here");
    PromptAlternatives::Problem problem;
    QVERIFY(!PromptAlternatives::parse(prompt, &problem));
    QCOMPARE(problem.position, 46);
    const QString expected = QStringLiteral("\u2026ountain lake at [{]dawn|dusk and th\u2026");
    QVERIFY2(problem.message.contains(expected), qPrintable(problem.message));
}

QTEST_MAIN(TestPromptAlternatives)
#include "tst_promptalternatives.moc"

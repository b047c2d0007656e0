// Where a shot-vocabulary phrase lands in the prompt, and with which commas
// and spaces: row by row, the prompt with "^" for the caret (or "[...]" for a
// selection) and the prompt afterwards with "^" for the caret.

#include "core/phraseinsertion.h"

#include <QTest>

using wan::core::PhraseInsertion;

class TestPhraseInsertion final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsWithSeparators_data();
    void insertsWithSeparators();
    void outOfRangeCaret_isClamped();
};

void TestPhraseInsertion::insertsWithSeparators_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("empty prompt") << QStringLiteral("^") << QStringLiteral("dolly in^");
    QTest::newRow("after words") << QStringLiteral("A harbour at dawn^") << QStringLiteral("A harbour at dawn, dolly in^");
    QTest::newRow("trailing space") << QStringLiteral("A harbour at dawn ^") << QStringLiteral("A harbour at dawn, dolly in^");
    QTest::newRow("after a comma") << QStringLiteral("A harbour at dawn,^") << QStringLiteral("A harbour at dawn, dolly in^");
    QTest::newRow("after comma and space") << QStringLiteral("A harbour, ^") << QStringLiteral("A harbour, dolly in^");
    QTest::newRow("after a full stop") << QStringLiteral("A harbour.^") << QStringLiteral("A harbour. dolly in^");
    QTest::newRow("at the start, words follow") << QStringLiteral("^A harbour") << QStringLiteral("dolly in, ^A harbour");
    QTest::newRow("between clauses") << QStringLiteral("A harbour, ^mist") << QStringLiteral("A harbour, dolly in, ^mist");
    QTest::newRow("before a comma") << QStringLiteral("A harbour^ , mist") << QStringLiteral("A harbour, dolly in^, mist");
    QTest::newRow("inside a word moves to its end") << QStringLiteral("A har^bour at dawn")
                                                    << QStringLiteral("A harbour, dolly in, ^at dawn");
    QTest::newRow("group option") << QStringLiteral("at {^|dawn}") << QStringLiteral("at {dolly in^|dawn}");
    QTest::newRow("after a bar") << QStringLiteral("at {dawn| ^}") << QStringLiteral("at {dawn|dolly in^}");
    QTest::newRow("new line") << QStringLiteral("A harbour\n^") << QStringLiteral("A harbour\ndolly in^");
    QTest::newRow("selection replaced") << QStringLiteral("A [slow pan] shot") << QStringLiteral("A, dolly in, ^shot");
}

namespace {

// "ab^c" -> ("abc", 2, 2); "a[bc]" -> ("abc", 1, 3)
QString parse(QString marked, int *start, int *end)
{
    const int open = static_cast<int>(marked.indexOf(QLatin1Char('[')));
    if (open >= 0) {
        marked.remove(open, 1);
        const int close = static_cast<int>(marked.indexOf(QLatin1Char(']')));
        marked.remove(close, 1);
        *start = open;
        *end = close;
        return marked;
    }
    const int caret = static_cast<int>(marked.indexOf(QLatin1Char('^')));
    marked.remove(caret, 1);
    *start = *end = caret;
    return marked;
}

} // namespace

void TestPhraseInsertion::insertsWithSeparators()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    int start = 0;
    int end = 0;
    const QString prompt = parse(before, &start, &end);
    const PhraseInsertion insertion = PhraseInsertion::at(prompt, start, end, QStringLiteral(" dolly in "));
    QString result = insertion.appliedTo(prompt);
    result.insert(insertion.caret, QLatin1Char('^'));
    QCOMPARE(result, after);
}

void TestPhraseInsertion::outOfRangeCaret_isClamped()
{
    const PhraseInsertion insertion = PhraseInsertion::at(QStringLiteral("dawn"), 99, 99, QStringLiteral("tilt up"));
    QCOMPARE(insertion.appliedTo(QStringLiteral("dawn")), QStringLiteral("dawn, tilt up"));
    QCOMPARE(insertion.caret, 13);
}

QTEST_GUILESS_MAIN(TestPhraseInsertion)
#include "tst_phraseinsertion.moc"

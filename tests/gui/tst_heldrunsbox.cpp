// The question about runs queued in an earlier session and never sent: what
// sending them costs, which runs they are, and that Enter does not pay.

#include "core/translations.h"
#include "dialogs/heldrunsbox.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QTest>

using namespace wan;

class TestHeldRunsBox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysTheCostAndListsTheRuns_oldestFirst();
    void enterAndEscape_sendNothing();
    void eachButton_isTheChoice_data();
    void eachButton_isTheChoice();

private:
    static QList<library::Entry> threeRuns();
    static QAbstractButton *buttonNamed(const QMessageBox &box, const QString &name);
};

void TestHeldRunsBox::initTestCase()
{
    // English plurals ("1 run", "3 runs"), numbers with a dot.
    core::installTranslators(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale::c());
}

QList<library::Entry> TestHeldRunsBox::threeRuns()
{
    const QDateTime base(QDate(2026, 12, 7), QTime(14, 2), Qt::UTC);
    library::Entry late;
    late.id = 12;
    late.created = base.addSecs(600);
    late.prompt = QStringLiteral("boats come in");
    library::Entry early;
    early.id = 7;
    early.created = base;
    early.prompt = QStringLiteral("a lighthouse at dusk, ") + QString(100, QLatin1Char('x'));
    library::Entry empty;
    empty.id = 9;
    empty.created = base.addSecs(300);
    return {late, early, empty};
}

QAbstractButton *TestHeldRunsBox::buttonNamed(const QMessageBox &box, const QString &name)
{
    for (QAbstractButton *button : box.buttons()) {
        if (button->accessibleName() == name)
            return button;
    }
    return nullptr;
}

void TestHeldRunsBox::saysTheCostAndListsTheRuns_oldestFirst()
{
    ui::HeldRunsBox box(threeRuns(), 0.09);
    QCOMPARE(box.text(), QStringLiteral("3 runs queued in an earlier session were never sent. Send them now?"));
    QVERIFY2(box.informativeText().contains(QStringLiteral("about 0.27 credits")), qPrintable(box.informativeText()));
    const QStringList lines = box.detailedText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("#7 \u00B7 queued ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("#9 \u00B7 queued ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("#12 \u00B7 queued ")), qPrintable(lines.at(2)));
    QVERIFY(lines.at(0).contains(QStringLiteral("a lighthouse at dusk, xxx")));
    QVERIFY2(lines.at(0).endsWith(QChar(0x2026)), qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("(no prompt)")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("boats come in")));

    // One run is "it", not "them".
    ui::HeldRunsBox one(threeRuns().mid(0, 1), 0.09);
    QCOMPARE(one.text(), QStringLiteral("1 run queued in an earlier session was never sent. Send it now?"));
    QVERIFY2(one.informativeText().startsWith(QStringLiteral("Nothing was charged for it. Sending it costs about 0.09 credits.")),
             qPrintable(one.informativeText()));
}

void TestHeldRunsBox::enterAndEscape_sendNothing()
{
    ui::HeldRunsBox box(threeRuns(), 0.09);
    QAbstractButton *later = buttonNamed(box, QStringLiteral("Later"));
    QVERIFY(later);
    QCOMPARE(static_cast<QAbstractButton *>(box.defaultButton()), later);
    QCOMPARE(box.escapeButton(), later);
    QVERIFY(buttonNamed(box, QStringLiteral("Send")));
    QVERIFY(buttonNamed(box, QStringLiteral("Discard")));

    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QTest::keyClick(&box, Qt::Key_Return);
    QTRY_VERIFY(!box.isVisible());
    QCOMPARE(box.choice(), ui::HeldRunsBox::Choice::Later);

    ui::HeldRunsBox again(threeRuns(), 0.09);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTest::keyClick(&again, Qt::Key_Escape);
    QTRY_VERIFY(!again.isVisible());
    QCOMPARE(again.choice(), ui::HeldRunsBox::Choice::Later);
}

void TestHeldRunsBox::eachButton_isTheChoice_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("choice");
    QTest::newRow("send") << QStringLiteral("Send") << int(ui::HeldRunsBox::Choice::Send);
    QTest::newRow("discard") << QStringLiteral("Discard") << int(ui::HeldRunsBox::Choice::Discard);
    QTest::newRow("later") << QStringLiteral("Later") << int(ui::HeldRunsBox::Choice::Later);
}

void TestHeldRunsBox::eachButton_isTheChoice()
{
    QFETCH(QString, button);
    QFETCH(int, choice);
    ui::HeldRunsBox box(threeRuns(), 0.09);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QAbstractButton *pressed = buttonNamed(box, button);
    QVERIFY(pressed);
    pressed->click();
    QTRY_VERIFY(!box.isVisible());
    QCOMPARE(int(box.choice()), choice);
}

QTEST_MAIN(TestHeldRunsBox)
#include "tst_heldrunsbox.moc"

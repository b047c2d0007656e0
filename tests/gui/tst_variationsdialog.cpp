// The variations and sweep dialog, driven through its real widgets: the
// preview follows what is typed, a value the model refuses blocks queueing
// with the reason, the cost follows the balance, and what is queued is what
// the preview showed.

#include "core/modeldescription.h"
#include "jobs/batchplan.h"
#include "dialogs/variationsdialog.h"
#include "variationsdialogtest.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using wan::jobs::PlannedRun;
using wan::ui::VariationsDialog;

using namespace variationsdialogtest;

class TestVariationsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void opensOnFourRandomVariations();
    void switchingModes_changesThePreview();
    void consecutiveSeeds_countUpFromTheTypedStart();
    void typingValues_previewsOneRunPerValue();
    void outOfRangeValue_disablesQueueWithTheReason();
    void unreadableValue_disablesQueueWithTheReason();
    void range_stepsFromTo();
    void costSummary_followsTheBalance();
    void plannedRuns_matchThePreview();
    void enter_queuesOnlyAValidPlan();
    void controls_haveAccessibleNamesAndTooltips();
};

void TestVariationsDialog::opensOnFourRandomVariations()
{
    VariationsDialog dialog(model(), baseRequest());
    auto *count = byAccessibleName<QSpinBox>(&dialog, QStringLiteral("Number of runs"));
    QVERIFY(count);
    QCOMPARE(count->value(), 4);
    QCOMPARE(count->minimum(), 2);
    QCOMPARE(count->maximum(), 16);
    QVERIFY(byAccessibleName<QRadioButton>(&dialog, QStringLiteral("Random seeds"))->isChecked());
    QVERIFY(!byAccessibleName<QSpinBox>(&dialog, QStringLiteral("Start seed"))->isEnabled());
    const QStringList labels = previewLabels(&dialog);
    QCOMPARE(labels.size(), 4);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), 4);
    for (const QString &label : labels)
        QVERIFY2(label.startsWith(QLatin1String("seed ")), qPrintable(label));
    QVERIFY(queueButton(&dialog)->isEnabled());
    QVERIFY(queueButton(&dialog)->text().contains(QLatin1Char('4')));
}

void TestVariationsDialog::switchingModes_changesThePreview()
{
    VariationsDialog dialog(model(), baseRequest());
    auto *tabs = dialog.findChild<QTabWidget *>();
    QCOMPARE(tabs->currentIndex(), 0);
    chooseSweep(&dialog, kShift);
    const QStringList sweep = previewLabels(&dialog);
    QVERIFY(!sweep.isEmpty());
    for (const QString &label : sweep)
        QVERIFY2(label.startsWith(kShift + QLatin1Char(' ')), qPrintable(label));
    QCOMPARE(dialog.plannedRuns().first().request.parameters.value(kSeed).toInteger(), 1234);
    QVERIFY2(shownText(&dialog).contains(QLatin1String("seed 1234")), qPrintable(shownText(&dialog)));

    tabs->setCurrentIndex(0);
    const QStringList variations = previewLabels(&dialog);
    QCOMPARE(variations.size(), 4);
    QVERIFY(variations.first().startsWith(QLatin1String("seed ")));
}

void TestVariationsDialog::consecutiveSeeds_countUpFromTheTypedStart()
{
    VariationsDialog dialog(model(), baseRequest());
    byAccessibleName<QRadioButton>(&dialog, QStringLiteral("Consecutive seeds"))->click();
    auto *start = byAccessibleName<QSpinBox>(&dialog, QStringLiteral("Start seed"));
    QVERIFY(start->isEnabled());
    QCOMPARE(start->value(), 1234); // the base's seed
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("42"));
    auto *count = byAccessibleName<QSpinBox>(&dialog, QStringLiteral("Number of runs"));
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("3"));
    QCOMPARE(previewLabels(&dialog),
             (QStringList { QStringLiteral("seed 42"), QStringLiteral("seed 43"), QStringLiteral("seed 44") }));
}

void TestVariationsDialog::typingValues_previewsOneRunPerValue()
{
    VariationsDialog dialog(model(), baseRequest());
    chooseSweep(&dialog, kShift);
    typeValues(&dialog, QStringLiteral("4, 8, 12, 16"));
    QCOMPARE(previewLabels(&dialog),
             (QStringList { QStringLiteral("sample_shift 4"), QStringLiteral("sample_shift 8"), QStringLiteral("sample_shift 12"),
                            QStringLiteral("sample_shift 16") }));
    QPushButton *queue = queueButton(&dialog);
    QVERIFY(queue->isEnabled());
    QVERIFY2(queue->text().contains(QLatin1Char('4')), qPrintable(queue->text()));
    QVERIFY2(shownText(&dialog).contains(QLatin1String("about 0.36 credits")), qPrintable(shownText(&dialog)));
}

void TestVariationsDialog::outOfRangeValue_disablesQueueWithTheReason()
{
    VariationsDialog dialog(model(), baseRequest());
    chooseSweep(&dialog, kShift);
    typeValues(&dialog, QStringLiteral("4, 99"));
    QPushButton *queue = queueButton(&dialog);
    QVERIFY(!queue->isEnabled());
    QVERIFY(dialog.plannedRuns().isEmpty());
    QVERIFY(previewLabels(&dialog).isEmpty());
    const QString shown = shownText(&dialog);
    QVERIFY2(shown.contains(QLatin1String("99")) && shown.contains(QLatin1String("1 to 20")), qPrintable(shown));
    QVERIFY2(queue->toolTip().contains(QLatin1String("99")), qPrintable(queue->toolTip()));
    QVERIFY(
        byAccessibleName<QLineEdit>(&dialog, QStringLiteral("Values"))->accessibleDescription().contains(QLatin1String("99")));

    // Correcting the value enables it again.
    typeValues(&dialog, QStringLiteral("4, 19"));
    QVERIFY(queue->isEnabled());
    QCOMPARE(previewLabels(&dialog).size(), 2);
    QVERIFY(!shownText(&dialog).contains(QLatin1String("99")));
}

void TestVariationsDialog::unreadableValue_disablesQueueWithTheReason()
{
    VariationsDialog dialog(model(), baseRequest());
    chooseSweep(&dialog, QStringLiteral("num_frames"));
    typeValues(&dialog, QStringLiteral("81, lots"));
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(shownText(&dialog).contains(QLatin1String("\"lots\"")), qPrintable(shownText(&dialog)));
    dialog.setBalance(9.91); // a balance update keeps the reason
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY(shownText(&dialog).contains(QLatin1String("\"lots\"")));
    typeValues(&dialog, QStringLiteral("81, 90.5"));
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(shownText(&dialog).contains(QLatin1String("whole number")), qPrintable(shownText(&dialog)));
}

void TestVariationsDialog::range_stepsFromTo()
{
    VariationsDialog dialog(model(), baseRequest());
    chooseSweep(&dialog, kShift);
    byAccessibleName<QRadioButton>(&dialog, QStringLiteral("Range"))->click();
    QVERIFY(!byAccessibleName<QLineEdit>(&dialog, QStringLiteral("Values"))->isEnabled());
    auto *from = byAccessibleName<QDoubleSpinBox>(&dialog, QStringLiteral("From"));
    auto *to = byAccessibleName<QDoubleSpinBox>(&dialog, QStringLiteral("To"));
    auto *step = byAccessibleName<QDoubleSpinBox>(&dialog, QStringLiteral("Step"));
    QVERIFY(from && to && step && from->isEnabled());
    from->setValue(4);
    to->setValue(16);
    step->setValue(4);
    QCOMPARE(previewLabels(&dialog),
             (QStringList { QStringLiteral("sample_shift 4"), QStringLiteral("sample_shift 8"), QStringLiteral("sample_shift 12"),
                            QStringLiteral("sample_shift 16") }));
    to->setValue(24); // past the model's 20: reported, not clamped
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(shownText(&dialog).contains(QLatin1String("24")), qPrintable(shownText(&dialog)));
}

void TestVariationsDialog::costSummary_followsTheBalance()
{
    VariationsDialog dialog(model(), baseRequest());
    chooseSweep(&dialog, kShift);
    typeValues(&dialog, QStringLiteral("4, 8, 12, 16"));
    QVERIFY2(shownText(&dialog).contains(QLatin1String("unknown")), qPrintable(shownText(&dialog)));

    dialog.setBalance(9.91);
    QVERIFY2(shownText(&dialog).contains(QLatin1String("your balance 9.91 covers 110")), qPrintable(shownText(&dialog)));
    QVERIFY(queueButton(&dialog)->isEnabled());

    dialog.setBalance(0.20);
    QVERIFY2(shownText(&dialog).contains(QLatin1String("covers only 2 of 4")), qPrintable(shownText(&dialog)));
    QVERIFY(queueButton(&dialog)->isEnabled()); // the queue stops the batch when the money runs out

    dialog.setBalance(0.05);
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(queueButton(&dialog)->toolTip().contains(QLatin1String("0.05")), qPrintable(queueButton(&dialog)->toolTip()));

    dialog.setBalance(std::nullopt);
    QVERIFY(queueButton(&dialog)->isEnabled());
    QVERIFY(shownText(&dialog).contains(QLatin1String("unknown")));
}

void TestVariationsDialog::plannedRuns_matchThePreview()
{
    VariationsDialog dialog(model(), baseRequest());
    for (int mode = 0; mode < 2; ++mode) {
        if (mode == 1) {
            chooseSweep(&dialog, QStringLiteral("frames_per_second"));
            typeValues(&dialog, QStringLiteral("8, 16, 24"));
        }
        const QList<PlannedRun> runs = dialog.plannedRuns();
        const QStringList preview = previewLabels(&dialog);
        QCOMPARE(runs.size(), preview.size());
        QVERIFY(!runs.isEmpty());
        for (int i = 0; i < runs.size(); ++i) {
            QCOMPARE(runs.at(i).label, preview.at(i));
            QCOMPARE(runs.at(i).batchId, runs.first().batchId);
            QVERIFY(!runs.at(i).request.randomSeed);
            QVERIFY(runs.at(i).request.parameters.contains(kSeed));
            QCOMPARE(runs.at(i).request.prompt, baseRequest().prompt);
        }
        // Reading twice gives the same plan: nothing is redrawn behind the preview.
        QCOMPARE(dialog.plannedRuns().first().request.parameters, runs.first().request.parameters);
    }
    QCOMPARE(dialog.plannedRuns().at(2).request.parameters.value(QStringLiteral("frames_per_second")).toInteger(), 24);
}

void TestVariationsDialog::enter_queuesOnlyAValidPlan()
{
    {
        VariationsDialog dialog(model(), baseRequest());
        chooseSweep(&dialog, kShift);
        typeValues(&dialog, QStringLiteral("4, 99"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    VariationsDialog dialog(model(), baseRequest());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.plannedRuns().size(), 4);
}

void TestVariationsDialog::controls_haveAccessibleNamesAndTooltips()
{
    VariationsDialog dialog(model(), baseRequest());
    const QStringList expected { QStringLiteral("Number of runs"),
                                 QStringLiteral("Random seeds"),
                                 QStringLiteral("Consecutive seeds"),
                                 QStringLiteral("Start seed"),
                                 QStringLiteral("Draw new seeds"),
                                 QStringLiteral("Parameter"),
                                 QStringLiteral("List"),
                                 QStringLiteral("Values"),
                                 QStringLiteral("Range"),
                                 QStringLiteral("From"),
                                 QStringLiteral("To"),
                                 QStringLiteral("Step"),
                                 QStringLiteral("Planned runs") };
    for (const QString &name : expected) {
        QWidget *control = byAccessibleName<QWidget>(&dialog, name);
        QVERIFY2(control, qPrintable(name));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(name));
    }
    // Labels and their fields say the same; buttons are named after their text.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        QString text = label->text().remove(QLatin1Char('&'));
        if (text.endsWith(QLatin1Char(':')))
            text.chop(1);
        QCOMPARE(label->buddy()->accessibleName(), text);
    }
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->text().isEmpty())
            continue; // e.g. the tab bar's scroll arrows
        QString text = button->text().remove(QLatin1Char('&'));
        if (text.endsWith(QLatin1Char(':')))
            text.chop(1);
        QCOMPARE(button->accessibleName(), text);
    }
    // Every parameter offered can be swept and explains itself.
    auto *combo = byAccessibleName<QComboBox>(&dialog, QStringLiteral("Parameter"));
    QCOMPARE(combo->count(), 3);
    for (int i = 0; i < combo->count(); ++i)
        QVERIFY(!combo->itemData(i, Qt::ToolTipRole).toString().isEmpty());
}

QTEST_MAIN(TestVariationsDialog)
#include "tst_variationsdialog.moc"

// The Variations and sweeps dialog with a prompt's {a|b|c} alternatives and
// its Grid tab, through its real widgets: every expanded prompt listed in
// full with the count and the cost before anything is queued, the cap on the
// total, a literal brace sent as a brace, a malformed group refused with a
// message that points at it, and a grid of two axes with its labelled runs.

#include "dialogs/variationsdialog.h"
#include "variationsdialogtest.h"

#include <QLocale>
#include <QSpinBox>
#include <QStandardPaths>

using namespace variationsdialogtest;
using wan::jobs::PlannedRun;
using wan::ui::VariationsDialog;

class TestVariationsAlternatives final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void alternatives_expandIntoOneRunPerCombination();
    void alternatives_multiplyASweep();
    void literalBrace_isSentAsABrace();
    void malformedGroup_isRefusedWithItsPosition_data();
    void malformedGroup_isRefusedWithItsPosition();
    void tooManyCombinations_areRefusedWithTheCap();
    void grid_threePromptsByTwoShifts_plansSixLabelledRuns();
    void grid_refusesTheSameAxisTwiceAndTooManyValues();
};

namespace {

GenerationRequest withPrompt(const QString &prompt)
{
    GenerationRequest base = baseRequest();
    base.prompt = prompt;
    return base;
}

QStringList plannedPrompts(QWidget *dialog)
{
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("plannedPrompts"));
    QStringList prompts;
    for (int i = 0; list && list->isVisibleTo(dialog) && i < list->count(); ++i)
        prompts << list->item(i)->data(Qt::UserRole).toString();
    return prompts;
}

const QString kHours = QStringLiteral("A harbour at {golden hour|blue hour|overcast}, boats rocking");
const QStringList kHourPrompts { QStringLiteral("A harbour at golden hour, boats rocking"),
                                 QStringLiteral("A harbour at blue hour, boats rocking"),
                                 QStringLiteral("A harbour at overcast, boats rocking") };

} // namespace

void TestVariationsAlternatives::alternatives_expandIntoOneRunPerCombination()
{
    VariationsDialog dialog(model(), withPrompt(kHours));
    dialog.setBalance(9.91);
    // With alternatives the count is per prompt, and one each already compares them.
    auto *perPrompt = byAccessibleName<QSpinBox>(&dialog, QStringLiteral("Seeds per prompt"));
    QVERIFY(perPrompt);
    QCOMPARE(perPrompt->value(), 1);
    QCOMPARE(plannedPrompts(&dialog), kHourPrompts);
    QCOMPARE(dialog.plannedRuns().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(dialog.plannedRuns().at(i).request.prompt, kHourPrompts.at(i));
    QCOMPARE(previewLabels(&dialog).first().section(QLatin1String(", "), 0, 0), QStringLiteral("golden hour"));
    QVERIFY2(shownText(&dialog).contains(QLatin1String("about 0.27 credits")), qPrintable(shownText(&dialog)));
    QVERIFY2(queueButton(&dialog)->text().contains(QLatin1Char('3')), qPrintable(queueButton(&dialog)->text()));

    perPrompt->selectAll();
    QTest::keyClicks(perPrompt, QStringLiteral("2"));
    const QList<PlannedRun> runs = dialog.plannedRuns();
    QCOMPARE(runs.size(), 6);
    QCOMPARE(plannedPrompts(&dialog), kHourPrompts); // each prompt listed once, in full
    // Prompt slowest, seed fastest: each prompt with both seeds next to each other.
    QCOMPARE(runs.at(0).request.prompt, kHourPrompts.at(0));
    QCOMPARE(runs.at(1).request.prompt, kHourPrompts.at(0));
    QCOMPARE(runs.at(2).request.prompt, kHourPrompts.at(1));
    QCOMPARE(runs.at(0).request.parameters.value(kSeed), runs.at(2).request.parameters.value(kSeed));
    QVERIFY(runs.at(0).request.parameters.value(kSeed) != runs.at(1).request.parameters.value(kSeed));
    QVERIFY2(shownText(&dialog).contains(QLatin1String("about 0.54 credits")), qPrintable(shownText(&dialog)));
    QVERIFY(queueButton(&dialog)->isEnabled());
}

void TestVariationsAlternatives::alternatives_multiplyASweep()
{
    VariationsDialog dialog(model(), withPrompt(kHours));
    chooseSweep(&dialog, kShift);
    typeValues(&dialog, QStringLiteral("4, 8"));
    QCOMPARE(previewLabels(&dialog),
             (QStringList { QStringLiteral("golden hour, sample_shift 4"), QStringLiteral("golden hour, sample_shift 8"),
                            QStringLiteral("blue hour, sample_shift 4"), QStringLiteral("blue hour, sample_shift 8"),
                            QStringLiteral("overcast, sample_shift 4"), QStringLiteral("overcast, sample_shift 8") }));
    QCOMPARE(plannedPrompts(&dialog), kHourPrompts);
    QVERIFY2(shownText(&dialog).contains(QLatin1String("only the prompt and sample_shift change")), qPrintable(shownText(&dialog)));
    for (const PlannedRun &run : dialog.plannedRuns())
        QCOMPARE(run.request.parameters.value(kSeed).toInteger(), 1234);
}

void TestVariationsAlternatives::literalBrace_isSentAsABrace()
{
    VariationsDialog dialog(model(), withPrompt(QStringLiteral("A sign that reads \\{open\\} | closed")));
    QCOMPARE(dialog.plannedRuns().size(), 4);
    for (const PlannedRun &run : dialog.plannedRuns())
        QCOMPARE(run.request.prompt, QStringLiteral("A sign that reads {open} | closed"));
    // Nothing varies the prompt: no list of prompts.
    QVERIFY(plannedPrompts(&dialog).isEmpty());
    QVERIFY(byAccessibleName<QSpinBox>(&dialog, QStringLiteral("Number of runs")));
}

void TestVariationsAlternatives::malformedGroup_isRefusedWithItsPosition_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("words");
    QTest::newRow("never closed") << QStringLiteral("A harbour at {dawn|dusk, boats") << 13 << QStringLiteral("never closed");
    QTest::newRow("nested") << QStringLiteral("A harbour at {dawn|{dusk|night}}") << 19 << QStringLiteral("nested");
    QTest::newRow("closed, never opened") << QStringLiteral("A harbour at dawn}") << 17 << QStringLiteral("never opened");
    QTest::newRow("empty group") << QStringLiteral("A harbour at {|}") << 13 << QStringLiteral("nothing to choose");
}

void TestVariationsAlternatives::malformedGroup_isRefusedWithItsPosition()
{
    QFETCH(QString, prompt);
    QFETCH(int, position);
    QFETCH(QString, words);
    VariationsDialog dialog(model(), withPrompt(prompt));
    auto *tabs = dialog.findChild<QTabWidget *>();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QVERIFY(!queueButton(&dialog)->isEnabled());
        QVERIFY(dialog.plannedRuns().isEmpty());
        const QString shown = shownText(&dialog);
        // The message names the character (1-based) and what is wrong with it.
        QVERIFY2(shown.contains(QStringLiteral("haracter %1").arg(position + 1)), qPrintable(shown));
        QVERIFY2(shown.contains(words), qPrintable(shown));
        QVERIFY2(queueButton(&dialog)->toolTip().contains(QStringLiteral("%1").arg(position + 1)),
                 qPrintable(queueButton(&dialog)->toolTip()));
    }
    // The prompt is shown with that character marked.
    auto *shownPrompt = dialog.findChild<QLabel *>(QStringLiteral("basePrompt"));
    QVERIFY(shownPrompt);
    const QString marked = QStringLiteral("font-weight:bold\">%1</span>").arg(QString(prompt.at(position)).toHtmlEscaped());
    QVERIFY2(shownPrompt->text().contains(marked), qPrintable(shownPrompt->text()));
    QCOMPARE(shownPrompt->text().indexOf(QLatin1String("<span")), position);
}

void TestVariationsAlternatives::tooManyCombinations_areRefusedWithTheCap()
{
    VariationsDialog dialog(model(), withPrompt(QStringLiteral("{a|b|c|d|e|f|g|h} street {1|2|3|4|5|6|7|8} at {dawn|dusk}")));
    QVERIFY(!queueButton(&dialog)->isEnabled());
    const QString shown = shownText(&dialog);
    QVERIFY2(shown.contains(QLatin1String("128")) && shown.contains(QLatin1String("64")), qPrintable(shown));
    // Within the cap it plans: 8 x 8 = 64 prompts, one run each.
    VariationsDialog fits(model(), withPrompt(QStringLiteral("{a|b|c|d|e|f|g|h} street {1|2|3|4|5|6|7|8}")));
    QVERIFY(queueButton(&fits)->isEnabled());
    QCOMPARE(fits.plannedRuns().size(), 64);
    QCOMPARE(plannedPrompts(&fits).size(), 64);
    auto *perPrompt = byAccessibleName<QSpinBox>(&fits, QStringLiteral("Seeds per prompt"));
    perPrompt->selectAll();
    QTest::keyClicks(perPrompt, QStringLiteral("2"));
    QVERIFY(!queueButton(&fits)->isEnabled());
    QVERIFY2(shownText(&fits).contains(QLatin1String("128 runs (")), qPrintable(shownText(&fits)));
}

namespace {

void chooseGridAxis(QWidget *dialog, const QString &name, const QString &data, const QString &valuesName, const QString &values)
{
    auto *combo = byAccessibleName<QComboBox>(dialog, name);
    QVERIFY2(combo, qPrintable(name));
    int index = -1;
    for (int i = 0; i < combo->count() && index < 0; ++i) {
        if (combo->itemData(i).toString() == data)
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
    if (!values.isEmpty()) {
        auto *field = byAccessibleName<QLineEdit>(dialog, valuesName);
        QVERIFY(field && field->isEnabled());
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, values);
    }
}

} // namespace

void TestVariationsAlternatives::grid_threePromptsByTwoShifts_plansSixLabelledRuns()
{
    VariationsDialog dialog(model(), withPrompt(kHours));
    dialog.setBalance(9.91);
    dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
    QVERIFY(dialog.isGrid());
    chooseGridAxis(&dialog, QStringLiteral("Rows"), QStringLiteral(":prompt"), QString(), QString());
    QVERIFY(!byAccessibleName<QLineEdit>(&dialog, QStringLiteral("Row values"))->isEnabled());
    chooseGridAxis(&dialog, QStringLiteral("Columns"), kShift, QStringLiteral("Column values"), QStringLiteral("4, 8"));
    const QList<PlannedRun> runs = dialog.plannedRuns();
    QCOMPARE(runs.size(), 6);
    QCOMPARE(previewLabels(&dialog),
             (QStringList { QStringLiteral("golden hour, sample_shift 4"), QStringLiteral("golden hour, sample_shift 8"),
                            QStringLiteral("blue hour, sample_shift 4"), QStringLiteral("blue hour, sample_shift 8"),
                            QStringLiteral("overcast, sample_shift 4"), QStringLiteral("overcast, sample_shift 8") }));
    for (int i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs.at(i).row, i / 2);
        QCOMPARE(runs.at(i).column, i % 2);
        QCOMPARE(runs.at(i).request.prompt, kHourPrompts.at(i / 2));
        QCOMPARE(runs.at(i).request.parameters.value(kShift).toDouble(), i % 2 == 0 ? 4.0 : 8.0);
    }
    QCOMPARE(plannedPrompts(&dialog), kHourPrompts);
    QVERIFY(dialog.plan());
    QCOMPARE(dialog.plan()->axes().size(), 2);
    QCOMPARE(dialog.plan()->axes().at(0).labels,
             (QStringList { QStringLiteral("golden hour"), QStringLiteral("blue hour"), QStringLiteral("overcast") }));
    QCOMPARE(dialog.plan()->axes().at(1).labels, (QStringList { QStringLiteral("sample_shift 4"), QStringLiteral("sample_shift 8") }));
    QVERIFY2(shownText(&dialog).contains(QLatin1String("about 0.54 credits; your balance 9.91 covers 110")),
             qPrintable(shownText(&dialog)));
    QVERIFY(queueButton(&dialog)->isEnabled());
    QVERIFY2(queueButton(&dialog)->text().contains(QLatin1Char('6')), qPrintable(queueButton(&dialog)->text()));

    // Seeds across instead: the listed seeds, each prompt with each.
    chooseGridAxis(&dialog, QStringLiteral("Columns"), QStringLiteral(":seed"), QStringLiteral("Column values"),
                   QStringLiteral("7, 11"));
    QCOMPARE(dialog.plannedRuns().size(), 6);
    QCOMPARE(dialog.plannedRuns().at(1).label, QStringLiteral("golden hour, seed 11"));
    QCOMPARE(dialog.plannedRuns().at(1).request.parameters.value(kSeed).toInteger(), 11);
}

void TestVariationsAlternatives::grid_refusesTheSameAxisTwiceAndTooManyValues()
{
    VariationsDialog dialog(model(), baseRequest());
    dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
    // Without alternatives: a parameter down, seeds across, planned at once.
    QVERIFY2(!dialog.plannedRuns().isEmpty(), qPrintable(shownText(&dialog)));
    chooseGridAxis(&dialog, QStringLiteral("Rows"), kShift, QStringLiteral("Row values"), QStringLiteral("4, 8"));
    chooseGridAxis(&dialog, QStringLiteral("Columns"), kShift, QStringLiteral("Column values"), QStringLiteral("12, 16"));
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(shownText(&dialog).contains(QLatin1String("same thing")), qPrintable(shownText(&dialog)));

    chooseGridAxis(&dialog, QStringLiteral("Columns"), QStringLiteral("frames_per_second"), QStringLiteral("Column values"),
                   QStringLiteral("8, 10, 12, 14, 16"));
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(shownText(&dialog).contains(QLatin1String("at most 4 columns")), qPrintable(shownText(&dialog)));

    chooseGridAxis(&dialog, QStringLiteral("Columns"), QStringLiteral("frames_per_second"), QStringLiteral("Column values"),
                   QStringLiteral("8, x"));
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(shownText(&dialog).contains(QLatin1String("\"x\"")), qPrintable(shownText(&dialog)));

    // The prompt's alternatives as an axis need some in the prompt.
    chooseGridAxis(&dialog, QStringLiteral("Columns"), QStringLiteral(":prompt"), QString(), QString());
    QVERIFY(!queueButton(&dialog)->isEnabled());
    QVERIFY2(shownText(&dialog).contains(QLatin1String("no alternatives")), qPrintable(shownText(&dialog)));
}

QTEST_MAIN(TestVariationsAlternatives)
#include "tst_variationsalternatives.moc"

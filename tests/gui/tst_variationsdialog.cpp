// The variations and sweep dialog, driven through its real widgets: the
// preview follows what is typed, a value the model refuses blocks queueing
// with the reason, the cost follows the balance, and what is queued is what
// the preview showed.

#include "core/modeldescription.h"
#include "jobs/batchplan.h"
#include "dialogs/variationsdialog.h"

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

using wan::core::ModelDescription;
using wan::jobs::GenerationRequest;
using wan::jobs::PlannedRun;
using wan::ui::VariationsDialog;

namespace {

const QString kSeed = QStringLiteral("seed");
const QString kShift = QStringLiteral("sample_shift");

const ModelDescription &model()
{
    return ModelDescription::wan22ImageToVideo();
}

GenerationRequest baseRequest()
{
    GenerationRequest base;
    base.image = QStringLiteral("/tmp/in.png");
    base.prompt = QStringLiteral("A lighthouse in a storm");
    base.parameters = model().defaults();
    base.parameters.insert(kSeed, 1234);
    return base;
}

template<typename T> T *byAccessibleName(QWidget *root, const QString &name)
{
    const auto children = root->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == name)
            return child;
    }
    return nullptr;
}

QStringList previewLabels(QWidget *dialog)
{
    auto *list = byAccessibleName<QListWidget>(dialog, QStringLiteral("Planned runs"));
    QStringList labels;
    for (int i = 0; list && i < list->count(); ++i)
        labels << list->item(i)->text();
    return labels;
}

QPushButton *queueButton(QWidget *dialog)
{
    const auto *box = dialog->findChild<QDialogButtonBox *>();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    }
    return nullptr;
}

// Every visible label's text, to find a message wherever the dialog shows it.
QString shownText(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisibleTo(dialog))
            texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

void chooseSweep(QWidget *dialog, const QString &parameter)
{
    dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *combo = byAccessibleName<QComboBox>(dialog, QStringLiteral("Parameter"));
    QVERIFY(combo);
    const int index = combo->findData(parameter);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void typeValues(QWidget *dialog, const QString &text)
{
    auto *values = byAccessibleName<QLineEdit>(dialog, QStringLiteral("Values"));
    QVERIFY(values);
    values->selectAll();
    QTest::keyClick(values, Qt::Key_Delete);
    QTest::keyClicks(values, text);
}

} // namespace

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
    void alternatives_expandIntoOneRunPerCombination();
    void alternatives_multiplyASweep();
    void literalBrace_isSentAsABrace();
    void malformedGroup_isRefusedWithItsPosition_data();
    void malformedGroup_isRefusedWithItsPosition();
    void tooManyCombinations_areRefusedWithTheCap();
    void grid_threePromptsByTwoShifts_plansSixLabelledRuns();
    void grid_refusesTheSameAxisTwiceAndTooManyValues();
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

void TestVariationsDialog::alternatives_expandIntoOneRunPerCombination()
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

void TestVariationsDialog::alternatives_multiplyASweep()
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

void TestVariationsDialog::literalBrace_isSentAsABrace()
{
    VariationsDialog dialog(model(), withPrompt(QStringLiteral("A sign that reads \\{open\\} | closed")));
    QCOMPARE(dialog.plannedRuns().size(), 4);
    for (const PlannedRun &run : dialog.plannedRuns())
        QCOMPARE(run.request.prompt, QStringLiteral("A sign that reads {open} | closed"));
    // Nothing varies the prompt: no list of prompts.
    QVERIFY(plannedPrompts(&dialog).isEmpty());
    QVERIFY(byAccessibleName<QSpinBox>(&dialog, QStringLiteral("Number of runs")));
}

void TestVariationsDialog::malformedGroup_isRefusedWithItsPosition_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("words");
    QTest::newRow("never closed") << QStringLiteral("A harbour at {dawn|dusk, boats") << 13 << QStringLiteral("never closed");
    QTest::newRow("nested") << QStringLiteral("A harbour at {dawn|{dusk|night}}") << 19 << QStringLiteral("nested");
    QTest::newRow("closed, never opened") << QStringLiteral("A harbour at dawn}") << 17 << QStringLiteral("never opened");
    QTest::newRow("empty group") << QStringLiteral("A harbour at {|}") << 13 << QStringLiteral("nothing to choose");
}

void TestVariationsDialog::malformedGroup_isRefusedWithItsPosition()
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

void TestVariationsDialog::tooManyCombinations_areRefusedWithTheCap()
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

void TestVariationsDialog::grid_threePromptsByTwoShifts_plansSixLabelledRuns()
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

void TestVariationsDialog::grid_refusesTheSameAxisTwiceAndTooManyValues()
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

QTEST_MAIN(TestVariationsDialog)
#include "tst_variationsdialog.moc"

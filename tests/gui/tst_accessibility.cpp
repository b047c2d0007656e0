// Wan Studio without a mouse and without eyes on the screen. Through Qt's
// accessibility interface (what AT-SPI hands a screen reader): find the image,
// the prompt and Generate by role and name, choose a picture, write, press,
// and hear the finished clip in the Runs list. With the keyboard alone: Tab
// reaches every control of the loop in reading order and comes back round,
// and Generate fires from the keyboard. And in every window and dialog, each
// control a user can reach has an accessible name equal to its visible label.
// And over the real AT-SPI bus, knowing the window only from there as a screen
// reader does (the test runs on an X server and accessibility bus of its own,
// see main()): what a control shows (the balance, the run's stage and time,
// the picture's size, the clip's time) is read as it reads on screen, and each
// change is announced.

#include "atspiclient.h"
#include "atspisession.h"
#include "studiowindowfixture.h"

#include "common/accessiblenames.h"
#include "common/accessiblevalue.h"
#include "gallery/compareview.h"
#include "jobs/batchplan.h"
#include "dialogs/exportdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/variationsdialog.h"
#include "dialogs/welcomedialog.h"
#include "studio/imagewell.h"
#include "testclips.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

using namespace wan;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

// Every accessible in the tree under root that is shown, depth first.
void walk(QAccessibleInterface *root, const std::function<void(QAccessibleInterface *)> &visit)
{
    if (!root || !root->isValid() || root->state().invisible)
        return;
    visit(root);
    for (int i = 0; i < root->childCount(); ++i)
        walk(root->child(i), visit);
}

QAccessibleInterface *find(QWidget *top, QAccessible::Role role, const QString &name)
{
    QAccessibleInterface *found = nullptr;
    walk(QAccessible::queryAccessibleInterface(top), [&](QAccessibleInterface *iface) {
        if (!found && iface->role() == role && iface->text(QAccessible::Name) == name)
            found = iface;
    });
    return found;
}

// A visible label as assistive technology should read it: no mnemonic
// ampersand, no trailing colon.
QString spoken(QString label)
{
    label.replace(QLatin1String("&&"), QLatin1String("\x01"));
    label.remove(QLatin1Char('&'));
    label.replace(QLatin1String("\x01"), QLatin1String("&"));
    label = label.trimmed();
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

// The problems with one window's names: an interactive control without a
// name, or one whose name is not its visible label (button text, or the text
// of the label whose buddy it is).
QStringList namingProblems(QWidget *top, int *checked)
{
    QHash<QWidget *, QString> buddyText;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(top))
            buddyText.insert(label->buddy(), spoken(label->text()));
    }
    QStringList problems;
    walk(QAccessible::queryAccessibleInterface(top), [&](QAccessibleInterface *iface) {
        if (!isInteractive(iface->role()) || iface->state().disabled)
            return;
        // A spin box's or combo box's own line edit is part of that control.
        if (iface->role() == QAccessible::EditableText && iface->parent()
            && (iface->parent()->role() == QAccessible::SpinBox || iface->parent()->role() == QAccessible::ComboBox))
            return;
        QWidget *widget = qobject_cast<QWidget *>(iface->object());
        if (!widget || widget->focusPolicy() == Qt::NoFocus)
            return; // tab bars' tabs, list items: named by the control that owns them
        ++*checked;
        // On Linux Qt names a combo box by its current item and tells the
        // label through the "labelled by" relation; its own name is the label.
        const QString name = iface->role() == QAccessible::ComboBox ? widget->accessibleName() : iface->text(QAccessible::Name);
        const QString where = QStringLiteral("%1 %2 (%3) in %4")
                                  .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                       QString::number(iface->role(), 16), QString::fromLatin1(top->metaObject()->className()));
        if (name.trimmed().isEmpty()) {
            problems << where + QStringLiteral(": no accessible name");
            return;
        }
        QString label;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            label = spoken(button->text());
        if (label.isEmpty())
            label = buddyText.value(widget);
        if (!label.isEmpty() && name != label)
            problems << where + QStringLiteral(": named “%1”, labelled “%2”").arg(name, label);
    });
    return problems;
}

// The amounts in a text, in order: "Credits: 9.91 (last run 0.0900)" -> 9.91, 0.09.
QList<double> amounts(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)?"));
    QList<double> found;
    for (auto it = number.globalMatch(text); it.hasNext();)
        found << it.next().captured().replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    return found;
}

bool sameAmounts(const QList<double> &read, const QList<double> &expected, double tolerance)
{
    if (read.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (qAbs(read.at(i) - expected.at(i)) > tolerance)
            return false;
    }
    return true;
}

const QString kNameChanged = QStringLiteral("accessible-name");
const QString kDescriptionChanged = QStringLiteral("accessible-description");
const QString kPropertyChange = QStringLiteral("PropertyChange");

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void labelText_dropsMnemonicMarkersAndColons_data();
    void labelText_dropsMnemonicMarkersAndColons();
    void init();
    void cleanup();

    void wholeLoop_throughTheAccessibilityInterface();
    void keyboardOnly_tabReachesTheLoopInOrder_andGenerateFires();
    void everyWindowAndDialog_namesEachControlAsItsLabel();
    void exposeValue_announcesEachNewValueOnceOverTheBus();
    void overTheBus_balanceStageImageSizeAndClipTimeAreReadAndAnnounced();

private:
    void waitUntilIdle();
    void listenAsAScreenReader();
    void stopListening();
    // The object of that role and name in the application, found over the bus.
    test::AtSpiClient::Object onBus(const QString &roleName, const QString &name);
    test::StudioWindowFixture m_studio;
    test::AtSpiClient m_screenReader;
    test::AtSpiClient::Object m_application;
    QString m_busProblem;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QVERIFY(m_studio.startOnce(300));

    // The screen reader's side: the accessibility bus and this application on it.
    m_busProblem = qEnvironmentVariable("WANSTUDIO_TEST_ATSPI_PROBLEM");
    if (!m_busProblem.isEmpty())
        return;
    QVERIFY2(m_screenReader.connectToBus(), qPrintable(m_screenReader.problem()));
    QLabel probe(QStringLiteral("Probe")); // Qt's bridge starts with the first window shown
    probe.show();
    QTRY_VERIFY_WITH_TIMEOUT((m_application = m_screenReader.application(QCoreApplication::applicationName())).isValid(), 20'000);
}

void TestAccessibility::listenAsAScreenReader()
{
    QVERIFY2(m_screenReader.listen({ QStringLiteral("object:property-change:accessible-description"),
                                     QStringLiteral("object:property-change:accessible-name") }),
             qPrintable(m_screenReader.problem()));
    // The application hears of the new listener through the registry; from
    // the first event it gets, it sends them.
    QLabel probe(QStringLiteral("Probe"));
    probe.show();
    int value = 0;
    const qsizetype before = m_screenReader.events().size();
    QTRY_VERIFY_WITH_TIMEOUT((ui::exposeValue(&probe, QString::number(++value)), m_screenReader.events().size() > before),
                             20'000);
}

void TestAccessibility::init()
{
    QVERIFY(m_studio.open(QLatin1String(QTest::currentTestFunction())));
    m_studio.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_studio.window.get()));
}

void TestAccessibility::cleanup()
{
    waitUntilIdle();
    m_studio.close();
    if (m_screenReader.isListening())
        stopListening();
}

// Nobody listens any more, and key presses reach widgets at once again.
void TestAccessibility::stopListening()
{
    QVERIFY2(m_screenReader.stopListening(), qPrintable(m_screenReader.problem()));
    QLineEdit probe;
    probe.show();
    const auto typedAtOnce = [&probe] {
        const QString before = probe.text();
        QTest::keyClick(&probe, Qt::Key_A);
        return probe.text() != before;
    };
    QTRY_VERIFY_WITH_TIMEOUT(typedAtOnce(), 20'000);
}

test::AtSpiClient::Object TestAccessibility::onBus(const QString &roleName, const QString &name)
{
    return m_screenReader.find(m_application, roleName, name);
}

void TestAccessibility::waitUntilIdle()
{
    if (m_studio.queue)
        QTRY_VERIFY_WITH_TIMEOUT(m_studio.queue->activeCount() == 0 && m_studio.queue->waitingCount() == 0, 60'000);
}

void TestAccessibility::wholeLoop_throughTheAccessibilityInterface()
{
    ui::MainWindow *window = m_studio.window.get();

    // The image: a button named "Image"; its press action opens the chooser.
    QAccessibleInterface *image = find(window, QAccessible::Button, QStringLiteral("Image"));
    QVERIFY2(image, "no button named Image");
    QVERIFY(image->actionInterface());
    QVERIFY(image->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
    image->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QPointer<QFileDialog> chooser; // deletes itself on close
    QTRY_VERIFY((chooser = window->findChild<QFileDialog *>(QStringLiteral("imageFileDialog"))) && chooser->isVisible());
    // In the chooser, through the same interface: write the file's name, press Open.
    QAccessibleInterface *fileName = find(chooser, QAccessible::EditableText, QStringLiteral("File name:"));
    QVERIFY2(fileName && fileName->editableTextInterface() && fileName->textInterface(),
             "no editable text named File name in the chooser");
    QAccessibleInterface *open = find(chooser, QAccessible::Button, QStringLiteral("Open"));
    QVERIFY2(open && open->actionInterface(), "no button named Open in the chooser");
    // (The chooser may have put a name there already: replace all of it.)
    fileName->editableTextInterface()->replaceText(0, fileName->textInterface()->characterCount(), m_studio.image);
    QVERIFY(m_studio.image.endsWith(fileName->text(QAccessible::Value))); // the chooser may move to the folder typed
    QTRY_VERIFY(!open->state().disabled);
    open->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(!chooser || !chooser->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(image->text(QAccessible::Description).contains(QLatin1String("1200")), 10'000);

    // The prompt: editable text named "Prompt", written through the editable-text interface.
    QAccessibleInterface *prompt = find(window, QAccessible::EditableText, QStringLiteral("Prompt"));
    QVERIFY2(prompt, "no editable text named Prompt");
    QVERIFY(prompt->editableTextInterface() && prompt->textInterface());
    const QString words = QStringLiteral("A kite climbs over the dunes");
    prompt->editableTextInterface()->insertText(0, words);
    QCOMPARE(prompt->textInterface()->text(0, prompt->textInterface()->characterCount()), words);

    // Generate: a button that is now enabled; pressed through its action.
    QAccessibleInterface *generate = find(window, QAccessible::Button, QStringLiteral("Generate"));
    QVERIFY2(generate, "no button named Generate");
    QTRY_VERIFY(!generate->state().disabled);
    generate->actionInterface()->doAction(QAccessibleActionInterface::pressAction());

    // The Runs list says the run is done; the player's file actions come alive.
    QAccessibleInterface *runs = find(window, QAccessible::List, QStringLiteral("Runs"));
    QVERIFY2(runs, "no list named Runs");
    QTRY_COMPARE_WITH_TIMEOUT(runs->childCount(), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(runs->child(0)->text(QAccessible::Name).startsWith(QLatin1String("Done")), 60'000);
    QAccessibleInterface *save = find(window, QAccessible::Button, QStringLiteral("Save As…"));
    QVERIFY2(save, "no button named Save As…");
    QTRY_VERIFY_WITH_TIMEOUT(!save->state().disabled, 10'000);
    QCOMPARE(m_studio.emulator.submissions(), 1);
}

void TestAccessibility::keyboardOnly_tabReachesTheLoopInOrder_andGenerateFires()
{
    ui::MainWindow *window = m_studio.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    m_studio.window->openImage(m_studio.image);
    QTRY_VERIFY_WITH_TIMEOUT(window->generateBlockedReason().contains(QLatin1String("prompt")), 10'000);

    QWidget *well = window->findChild<QWidget *>(QStringLiteral("imageWell"));
    auto *prompt = window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    auto *frames = window->findChild<QSlider *>(QStringLiteral("num_framesSlider"));
    auto *generate = window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *runs = window->findChild<QListView *>(QStringLiteral("runsList")); // (the clip strip is a list too)
    QVERIFY(well && prompt && frames && generate && runs);

    // With a prompt written, every control of the loop is enabled and on the Tab path.
    QTest::keyClicks(prompt, QStringLiteral("Rain on a tin roof"));
    QVERIFY(generate->isEnabled());

    // Walk forward with Tab from the image until the focus comes back round.
    well->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), well);
    QList<QWidget *> forward { well };
    for (int i = 0; i < 300; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY2(now, "Tab left nothing with the focus");
        if (now == well)
            break;
        QVERIFY2(!forward.contains(now),
                 qPrintable(QStringLiteral("Tab cycles without returning to the image: %1 (%2) again")
                                .arg(now->objectName(), QString::fromLatin1(now->metaObject()->className()))));
        forward << now;
    }
    QCOMPARE(QApplication::focusWidget(), well); // no trap: Tab comes round
    // The core loop, in the order it is read: image, prompt, parameters, Generate, then the runs.
    const auto at = [&](QWidget *w) { return forward.indexOf(w); };
    QVERIFY2(at(prompt) > 0, "Tab never reaches the prompt");
    QVERIFY2(at(frames) > at(prompt), "the parameters come after the prompt");
    QVERIFY2(at(generate) > at(frames), "Generate comes after the parameters");
    QVERIFY2(at(runs) >= 0, "Tab never reaches the Runs list");
    for (QWidget *w : forward) {
        QVERIFY2(w->isVisible() && w->isEnabled(),
                 qPrintable(w->objectName() + QStringLiteral(" has the focus while hidden or disabled")));
        // Every stop says what it is (a tab bar speaks through its current tab).
        if (!qobject_cast<QTabBar *>(w))
            QVERIFY2(!w->accessibleName().isEmpty()
                         || !QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).isEmpty(),
                     qPrintable(QStringLiteral("an unnamed Tab stop: %1 %2")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
    }

    // Shift+Tab walks the same ring backwards.
    QList<QWidget *> backward { well };
    for (qsizetype i = 0; i < forward.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        backward << QApplication::focusWidget();
    }
    QCOMPARE(backward.last(), well);
    for (qsizetype i = 1; i < forward.size(); ++i)
        QCOMPARE(backward.at(i), forward.at(forward.size() - i));

    // Reach Generate from the prompt with the keyboard alone; Space presses it.
    prompt->setFocus(Qt::TabFocusReason);
    while (QApplication::focusWidget() != generate)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(generate->isEnabled());
    QTest::keyClick(generate, Qt::Key_Space);
    QTRY_COMPARE(m_studio.queue->ids().size(), 1);
    // And Ctrl+Enter from the prompt, the shortcut the button's tip names.
    prompt->setFocus(Qt::TabFocusReason);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_studio.queue->ids().size(), 2);
    waitUntilIdle();
    QCOMPARE(m_studio.emulator.submissions(), 2);
}

void TestAccessibility::everyWindowAndDialog_namesEachControlAsItsLabel()
{
    ui::MainWindow *window = m_studio.window.get();
    window->openImage(m_studio.image);
    QTRY_VERIFY_WITH_TIMEOUT(window->generateBlockedReason().contains(QLatin1String("prompt")), 10'000);
    QTest::keyClicks(window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit")),
                     QStringLiteral("Fireflies")); // Generate enabled

    QStringList problems;
    int checked = 0;
    problems << namingProblems(window, &checked);
    const int inMainWindow = checked;
    QVERIFY2(inMainWindow >= 20, qPrintable(QString::number(inMainWindow)));

    ui::SettingsDialog settings;
    settings.setValues({}, true);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    problems << namingProblems(&settings, &checked);

    jobs::GenerationRequest base = m_studio.request(QStringLiteral("Lanterns on the river"));
    ui::VariationsDialog variations(core::ModelDescription::wan22ImageToVideo(), base);
    variations.show();
    QVERIFY(QTest::qWaitForWindowExposed(&variations));
    problems << namingProblems(&variations, &checked);

    ui::WelcomeDialog welcome(QStringLiteral("No keychain here."), true);
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    problems << namingProblems(&welcome, &checked);

    ui::CompareView compare;
    compare.show();
    QVERIFY(QTest::qWaitForWindowExposed(&compare));
    problems << namingProblems(&compare, &checked);

    // Export, for one clip (its trim) and for two (crossfade, colour matching).
    if (test::haveFfmpeg()) {
        const QString clip = m_studio.dir.filePath(QStringLiteral("named.mp4"));
        QVERIFY(test::makeClip({QSize(160, 120), 9, 16, {}}, clip));
        for (const QStringList &files : {QStringList{clip}, QStringList{clip, clip}}) {
            jobs::ExportSource source;
            source.files = files;
            ui::ExportDialog exporter(source, nullptr);
            exporter.show();
            QVERIFY(QTest::qWaitForWindowExposed(&exporter));
            QTRY_VERIFY_WITH_TIMEOUT(exporter.isReady(), 20'000);
            problems << namingProblems(&exporter, &checked);
        }
    }

    QVERIFY(checked > inMainWindow + 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::exposeValue_announcesEachNewValueOnceOverTheBus()
{
    if (!m_busProblem.isEmpty())
        QSKIP(qPrintable(m_busProblem));
    listenAsAScreenReader();
    if (QTest::currentTestFailed())
        return;
    QWidget top;
    auto *layout = new QVBoxLayout(&top);
    auto *apples = new QLabel(QStringLiteral("12 apples"), &top);
    apples->setAccessibleDescription(QStringLiteral("Apples in the basket"));
    auto *bar = new QProgressBar(&top);
    bar->setAccessibleName(QStringLiteral("Picking"));
    layout->addWidget(apples);
    layout->addWidget(bar);
    ui::exposeValue(apples, apples->text());
    top.setAccessibleName(QStringLiteral("Value probe"));
    top.show();
    QVERIFY(QTest::qWaitForWindowExposed(&top));
    const auto appleLabel = onBus(QStringLiteral("label"), QStringLiteral("12 apples"));
    const auto pickingBar = onBus(QStringLiteral("progress bar"), QStringLiteral("Picking"));
    QVERIFY(appleLabel.isValid() && pickingBar.isValid());
    const auto events = [this](const test::AtSpiClient::Object &object, const QString &detail) {
        return m_screenReader.count(object, kPropertyChange, detail);
    };
    m_screenReader.sync(m_application);
    const int appleNames = events(appleLabel, kNameChanged);
    const int appleDescriptions = events(appleLabel, kDescriptionChanged);
    const int barNames = events(pickingBar, kNameChanged);
    const int barDescriptions = events(pickingBar, kDescriptionChanged);

    // A label is read as it reads: the value is its name. The same value again tells nothing.
    ui::exposeValue(apples, QStringLiteral("12 apples"));
    apples->setText(QStringLiteral("13 apples"));
    ui::exposeValue(apples, apples->text());
    ui::exposeValue(apples, apples->text());
    // Another control keeps its name and carries the value in its description.
    ui::exposeValue(bar, QStringLiteral("Row 3 of 7"));
    ui::exposeValue(bar, QStringLiteral("Row 3 of 7"));
    ui::exposeValue(bar, QStringLiteral("Row 4 of 7"));
    m_screenReader.sync(m_application);
    QCOMPARE(events(appleLabel, kNameChanged) - appleNames, 1);
    QCOMPARE(events(appleLabel, kDescriptionChanged) - appleDescriptions, 0);
    QCOMPARE(events(pickingBar, kDescriptionChanged) - barDescriptions, 2);
    QCOMPARE(events(pickingBar, kNameChanged) - barNames, 0);
    QCOMPARE(m_screenReader.name(appleLabel), QStringLiteral("13 apples"));
    QCOMPARE(m_screenReader.description(appleLabel), QStringLiteral("Apples in the basket"));
    QCOMPARE(m_screenReader.name(pickingBar), QStringLiteral("Picking"));
    QCOMPARE(m_screenReader.description(pickingBar), QStringLiteral("Row 4 of 7"));
}

void TestAccessibility::overTheBus_balanceStageImageSizeAndClipTimeAreReadAndAnnounced()
{
    if (!m_busProblem.isEmpty())
        QSKIP(qPrintable(m_busProblem));
    listenAsAScreenReader();
    if (QTest::currentTestFailed())
        return;
    ui::MainWindow *window = m_studio.window.get();
    // Amounts of our own, and a run long enough to be heard while it runs.
    QVERIFY(m_studio.emulator.configure(
        { { QStringLiteral("credits"), 12.5 }, { QStringLiteral("cost"), 0.0875 }, { QStringLiteral("latencyMs"), 1500 } }));
    const auto label = [this](const std::function<bool(const test::AtSpiClient::Object &)> &matches) {
        return m_screenReader.find(m_application, [&](const test::AtSpiClient::Object &object) {
            return m_screenReader.roleName(object) == QLatin1String("label") && matches(object);
        });
    };
    const auto describedAs = [this](const QString &description) {
        return [this, description](const test::AtSpiClient::Object &object) {
            return m_screenReader.description(object) == description;
        };
    };

    // The balance: the status bar's label reads "Credits: …"; its description says what that is.
    const auto credits = label([this](const test::AtSpiClient::Object &object) {
        return m_screenReader.name(object).startsWith(QLatin1String("Credits: "));
    });
    QVERIFY2(credits.isValid(), "no label reading Credits: … on the bus");
    const auto *creditsLabel = window->findChild<QLabel *>(QStringLiteral("creditsLabel"));
    QCOMPARE(m_screenReader.description(credits), creditsLabel->toolTip());
    window->refreshCredits();
    QTRY_VERIFY_WITH_TIMEOUT(sameAmounts(amounts(m_screenReader.name(credits)), { 12.5 }, 0.005), 10'000);
    QVERIFY(m_screenReader.count(credits, kPropertyChange, kNameChanged) >= 1);

    // The picture's size line reads as it is shown; the well says it too.
    const auto *well = window->findChild<ui::ImageWell *>();
    const auto details
        = label([&](const test::AtSpiClient::Object &object) { return m_screenReader.name(object) == well->infoText(); });
    QVERIFY2(details.isValid(), qPrintable(QStringLiteral("no label reading “%1” on the bus").arg(well->infoText())));
    const int detailsEvents = m_screenReader.count(details, kPropertyChange, kNameChanged);
    window->openImage(m_studio.image);
    QTRY_VERIFY2_WITH_TIMEOUT(m_screenReader.name(details).startsWith(QStringLiteral("1200x900 \u2192 ")),
                              qPrintable(m_screenReader.name(details)), 10'000);
    QCOMPARE(m_screenReader.name(details), well->infoText());
    QVERIFY(m_screenReader.count(details, kPropertyChange, kNameChanged) > detailsEvents);
    QVERIFY(m_screenReader.description(details).startsWith(QLatin1String("Size of the picture")));
    QCOMPARE(m_screenReader.description(onBus(QStringLiteral("push button"), QStringLiteral("Image"))), well->infoText());

    // Write the prompt and press Generate, over the bus.
    const auto prompt = onBus(QStringLiteral("text"), QStringLiteral("Prompt"));
    QVERIFY2(prompt.isValid(), "no text named Prompt on the bus");
    QVERIFY(m_screenReader.insertText(prompt, 0, QStringLiteral("Snow settles on a quiet street")));
    const auto generate = onBus(QStringLiteral("push button"), QStringLiteral("Generate"));
    QVERIFY2(generate.isValid(), "no push button named Generate on the bus");
    const auto status = label(describedAs(QStringLiteral("Run status")));
    const auto progress = onBus(QStringLiteral("progress bar"), QStringLiteral("Run progress"));
    QVERIFY2(status.isValid() && progress.isValid(), "no Run status label or Run progress bar on the bus");
    QCOMPARE(m_screenReader.name(status), QStringLiteral("Ready"));
    const int creditEvents = m_screenReader.count(credits, kPropertyChange, kNameChanged);
    QTRY_VERIFY(window->generateBlockedReason().isEmpty());
    QVERIFY(m_screenReader.press(generate));

    // While it runs: the stage and the time so far, on the label and on the bar.
    static const QRegularExpression running(QStringLiteral("^\\S+ · \\d+:\\d\\d of about \\d+:\\d\\d$"));
    QTRY_VERIFY_WITH_TIMEOUT(running.match(m_screenReader.name(status)).hasMatch(), 10'000);
    QVERIFY2(running.match(m_screenReader.description(progress)).hasMatch(), qPrintable(m_screenReader.description(progress)));
    // Done: how long it took, and the balance the service reports now, with the run's cost.
    QTRY_VERIFY_WITH_TIMEOUT(m_screenReader.name(status).startsWith(QLatin1String("Done in ")), 30'000);
    QCOMPARE(m_screenReader.name(status), window->statusText());
    QCOMPARE(m_screenReader.description(progress), window->statusText());
    QVERIFY(m_screenReader.count(status, kPropertyChange, kNameChanged) >= 2);
    QVERIFY(m_screenReader.count(progress, kPropertyChange, kDescriptionChanged) >= 2);
    const double balance = m_studio.emulator.credits();
    QVERIFY2(balance < 12.5, qPrintable(QString::number(balance)));
    QTRY_VERIFY_WITH_TIMEOUT(sameAmounts(amounts(m_screenReader.name(credits)), { balance, 0.0875 }, 0.005), 10'000);
    QVERIFY2(m_screenReader.name(credits).contains(QLatin1String("0.0875")), qPrintable(m_screenReader.name(credits)));
    QCOMPARE(m_screenReader.name(credits), creditsLabel->text());
    QVERIFY(m_screenReader.count(credits, kPropertyChange, kNameChanged) > creditEvents);
    // Too little for another run: what the red says is read too.
    m_studio.credits->observe(0.01);
    QTRY_VERIFY(m_screenReader.name(credits).startsWith(QLatin1String("Credits: 0.01")));
    QVERIFY2(m_screenReader.description(credits).contains(QLatin1String("lower than one run")),
             qPrintable(m_screenReader.description(credits)));

    // The clip plays: the player's time readout reads where it is and how long it lasts.
    const auto time = label(describedAs(QStringLiteral("Current time and length of the clip")));
    QVERIFY2(time.isValid(), "no clip time label on the bus");
    auto *shownTime = window->findChild<QLabel *>(QStringLiteral("timeLabel"));
    static const QRegularExpression clipTime(QStringLiteral("^\\d+:\\d\\d\\.\\d / 0:0[1-9]\\.\\d · frame \\d+$"));
    QTRY_VERIFY2_WITH_TIMEOUT(clipTime.match(m_screenReader.name(time)).hasMatch(), qPrintable(m_screenReader.name(time)), 20'000);
    QTRY_COMPARE(m_screenReader.name(time), shownTime->text());
    QVERIFY(m_screenReader.count(time, kPropertyChange, kNameChanged) >= 1);
}

void TestAccessibility::labelText_dropsMnemonicMarkersAndColons_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("English") << QStringLiteral("&Resolution:") << QStringLiteral("Resolution");
    QTest::newRow("literal ampersand") << QStringLiteral("Save && &Quit") << QStringLiteral("Save & Quit");
    QTest::newRow("Japanese") << QStringLiteral("\u89E3\u50CF\u5EA6(&R):") << QStringLiteral("\u89E3\u50CF\u5EA6");
    QTest::newRow("Chinese, full-width colon") << QStringLiteral("\u8BED\u8A00(&L)\uFF1A") << QStringLiteral("\u8BED\u8A00");
    QTest::newRow("French, space before colon") << QStringLiteral("&Langue\u00A0:") << QStringLiteral("Langue");
}

void TestAccessibility::labelText_dropsMnemonicMarkersAndColons()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QCOMPARE(wan::ui::accessibleLabelText(label), name);
}

// Runs on an X server and an accessibility bus of its own (Xvfb, a private
// session bus, at-spi-bus-launcher), set up before the application so that Qt's
// AT-SPI bridge serves it there; without them the bus tests are skipped and
// the rest runs as before.
int main(int argc, char *argv[])
{
    test::AtSpiSession session;
    if (!session.start())
        qputenv("WANSTUDIO_TEST_ATSPI_PROBLEM", session.problem().toUtf8());
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"

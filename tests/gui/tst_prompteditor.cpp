// The prompt editor and the recent-prompts list behind it: Ctrl+Return asks to
// generate, the character count follows typing, the history keeps the last
// prompts most recent first without duplicates, and choosing one is undoable.

#include "core/prompthistory.h"
#include "core/settings.h"
#include "studio/prompteditor.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

using wan::core::PromptHistory;
using wan::core::Settings;
using wan::ui::PromptEditor;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList numbered(int from, int to)
{
    QStringList prompts;
    for (int i = from; i <= to; ++i)
        prompts << QStringLiteral("prompt %1").arg(i);
    return prompts;
}

QStringList menuPrompts(const PromptEditor &editor)
{
    QStringList prompts;
    for (QAction *action : editor.findChild<QToolButton *>(QStringLiteral("recentPrompts"))->menu()->actions())
        prompts << action->data().toString();
    return prompts;
}

} // namespace

class TestPromptEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlReturn_emitsGenerateRequested_data();
    void ctrlReturn_emitsGenerateRequested();
    void ctrlReturn_winsOverAWindowShortcut();
    void editor_isNamedAndExplained();

    void characterCount_followsTyping();
    void characterCount_countsWhatAPersonSees();
    void typing_emitsPromptChanged();
    void longPrompt_isWarnedAboutButKeptWhole();

    void history_isMostRecentFirstWithoutDuplicates();
    void history_keepsTheLastTwenty();
    void history_ignoresBlankAndTrimsPrompts();
    void setHistory_normalisesTheList();
    void history_isSavedAndLoadedThroughSettings();

    void recentButton_isDisabledUntilThereIsHistory();
    void recentMenu_listsTheHistoryInOrder();
    void choosingARecentPrompt_setsItAndIsUndoable();
    void setPrompt_isOneUndoableStep();

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<PromptEditor> m_editor;
    QPlainTextEdit *m_edit = nullptr;
};

void TestPromptEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_settingsDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_settingsDir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir->path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPromptEditor::init()
{
    m_editor = std::make_unique<PromptEditor>();
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    m_edit = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    QVERIFY(m_edit);
    m_edit->setFocus();
}

void TestPromptEditor::cleanup()
{
    m_editor.reset();
    m_edit = nullptr;
}

void TestPromptEditor::ctrlReturn_emitsGenerateRequested_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("textAfter");
    QTest::newRow("Ctrl+Return") << int(Qt::Key_Return) << Qt::KeyboardModifiers(Qt::ControlModifier) << 1 << text("a cat");
    QTest::newRow("Ctrl+Enter (keypad)") << int(Qt::Key_Enter) << (Qt::ControlModifier | Qt::KeypadModifier) << 1
                                         << text("a cat");
    QTest::newRow("Ctrl+Enter") << int(Qt::Key_Enter) << Qt::KeyboardModifiers(Qt::ControlModifier) << 1 << text("a cat");
    QTest::newRow("Return is a new line") << int(Qt::Key_Return) << Qt::KeyboardModifiers() << 0 << text("a cat\n");
    QTest::newRow("Shift+Return is a new line")
        << int(Qt::Key_Return) << Qt::KeyboardModifiers(Qt::ShiftModifier) << 0 << text("a cat\n");
    QTest::newRow("Ctrl+Shift+Return") << int(Qt::Key_Return) << (Qt::ControlModifier | Qt::ShiftModifier) << 0 << QString();
}

void TestPromptEditor::ctrlReturn_emitsGenerateRequested()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(int, requests);
    QFETCH(QString, textAfter);
    QSignalSpy generate(m_editor.get(), &PromptEditor::generateRequested);
    QTest::keyClicks(m_edit, text("a cat"));
    QTest::keyClick(m_edit, Qt::Key(key), modifiers);
    QCOMPARE(generate.count(), requests);
    if (!textAfter.isNull())
        QCOMPARE(m_editor->prompt(), textAfter);
}

void TestPromptEditor::ctrlReturn_winsOverAWindowShortcut()
{
    // The main window may bind Ctrl+Return to "Generate" too; in the editor
    // one key press must still be one request, not two.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new PromptEditor(&window);
    layout->addWidget(editor);
    auto *windowShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &window);
    QSignalSpy windowActivated(windowShortcut, &QShortcut::activated);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *edit = editor->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());

    QSignalSpy generate(editor, &PromptEditor::generateRequested);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(generate.count(), 1);
    QCOMPARE(windowActivated.count(), 0);

    // Outside the editor the window's shortcut still works: the claim is local.
    auto *other = new QPlainTextEdit(&window);
    layout->addWidget(other);
    other->show();
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QTest::keyClick(other, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(windowActivated.count(), 1);
    QCOMPARE(generate.count(), 1);
}

void TestPromptEditor::editor_isNamedAndExplained()
{
    QCOMPARE(m_edit->accessibleName(), text("Prompt"));
    QVERIFY(!m_edit->placeholderText().isEmpty());
    auto *recent = m_editor->findChild<QToolButton *>(QStringLiteral("recentPrompts"));
    QVERIFY(recent);
    QCOMPARE(recent->accessibleName(), recent->text());
    QVERIFY(!recent->toolTip().isEmpty());
}

void TestPromptEditor::characterCount_followsTyping()
{
    auto *count = m_editor->findChild<QLabel *>(QStringLiteral("characterCount"));
    QVERIFY(count);
    QCOMPARE(m_editor->characterCount(), 0);
    QVERIFY2(count->text().startsWith(text("0 ")), qPrintable(count->text()));

    QTest::keyClicks(m_edit, text("Hello"));
    QCOMPARE(m_editor->characterCount(), 5);
    QVERIFY2(count->text().startsWith(text("5 character")), qPrintable(count->text()));
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QVERIFY2(count->text().startsWith(text("4 character")), qPrintable(count->text()));

    // Numbers are formatted for the locale.
    m_editor->setPrompt(QString(1234, QLatin1Char('x')));
    QVERIFY2(count->text().startsWith(text("1,234 character")), qPrintable(count->text()));
}

void TestPromptEditor::characterCount_countsWhatAPersonSees()
{
    // "é" written as e + combining acute, a flag (two code points), an emoji
    // outside the BMP (two UTF-16 units), and a new line: four characters.
    m_editor->setPrompt(text("e\u0301\U0001F1EF\U0001F1F5\U0001F600\n"));
    QCOMPARE(m_editor->characterCount(), 4);
}

void TestPromptEditor::typing_emitsPromptChanged()
{
    QSignalSpy changed(m_editor.get(), &PromptEditor::promptChanged);
    QTest::keyClicks(m_edit, text("abc"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_editor->prompt(), text("abc"));
}

void TestPromptEditor::history_isMostRecentFirstWithoutDuplicates()
{
    m_editor->remember(text("a"));
    m_editor->remember(text("b"));
    m_editor->remember(text("c"));
    m_editor->remember(text("a"));
    QCOMPARE(m_editor->history(), (QStringList { text("a"), text("c"), text("b") }));
}

void TestPromptEditor::history_keepsTheLastTwenty()
{
    for (const QString &prompt : numbered(1, 25))
        m_editor->remember(prompt);
    QStringList expected = numbered(6, 25);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(m_editor->history(), expected);
    QCOMPARE(menuPrompts(*m_editor), expected);
}

void TestPromptEditor::history_ignoresBlankAndTrimsPrompts()
{
    m_editor->remember(text("a lighthouse"));
    m_editor->remember(text("   \n\t"));
    m_editor->remember(QString());
    m_editor->remember(text("  a lighthouse\n"));
    QCOMPARE(m_editor->history(), QStringList { text("a lighthouse") });
}

void TestPromptEditor::setHistory_normalisesTheList()
{
    QStringList stored = numbered(1, 30);
    stored.insert(1, text("prompt 1"));
    stored.insert(2, text(""));
    m_editor->setHistory(stored);
    QCOMPARE(m_editor->history(), numbered(1, 20));
}

void TestPromptEditor::history_isSavedAndLoadedThroughSettings()
{
    const QString file = m_settingsDir->filePath(QStringLiteral("history.ini"));
    {
        Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        PromptHistory history;
        history.add(text("first"));
        history.add(text("second, with ü and \"quotes\""));
        history.save(settings);
    }
    Settings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
    PromptHistory loaded;
    loaded.load(settings);
    QCOMPARE(loaded.entries(), (QStringList { text("second, with ü and \"quotes\""), text("first") }));

    // A stored list that is too long or has repeats is normalised on load.
    settings.setValue(Settings::Key::PromptHistory, QStringList { text("x"), text("y"), text("x") } + numbered(1, 40));
    loaded.load(settings);
    QCOMPARE(loaded.entries().size(), PromptHistory::kDefaultCapacity);
    QCOMPARE(loaded.entries().mid(0, 3), (QStringList { text("x"), text("y"), text("prompt 1") }));

    // A smaller capacity is honoured.
    PromptHistory small(2);
    small.setEntries(numbered(1, 5));
    QCOMPARE(small.entries(), numbered(1, 2));
}

void TestPromptEditor::recentButton_isDisabledUntilThereIsHistory()
{
    auto *recent = m_editor->findChild<QToolButton *>(QStringLiteral("recentPrompts"));
    QVERIFY(!recent->isEnabled());
    m_editor->remember(text("a lighthouse"));
    QVERIFY(recent->isEnabled());
    m_editor->setHistory({});
    QVERIFY(!recent->isEnabled());
}

void TestPromptEditor::recentMenu_listsTheHistoryInOrder()
{
    const QString withAmpersand = text("Rock & roll, slow pan");
    const QString longPrompt = QString(400, QLatin1Char('w'));
    m_editor->setHistory({ withAmpersand, longPrompt });
    QMenu *menu = m_editor->findChild<QToolButton *>(QStringLiteral("recentPrompts"))->menu();
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().at(0)->data().toString(), withAmpersand);
    QVERIFY2(menu->actions().at(0)->text().contains(text("&&")), qPrintable(menu->actions().at(0)->text()));
    QCOMPARE(menu->actions().at(0)->toolTip(), withAmpersand);
    // Long prompts are shortened in the menu, kept whole in the data.
    QVERIFY(menu->actions().at(1)->text().size() < longPrompt.size());
    QCOMPARE(menu->actions().at(1)->data().toString(), longPrompt);
}

void TestPromptEditor::choosingARecentPrompt_setsItAndIsUndoable()
{
    QTest::keyClicks(m_edit, text("my draft"));
    m_editor->setHistory({ text("a lighthouse in a storm"), text("a cat on a roof") });
    QMenu *menu = m_editor->findChild<QToolButton *>(QStringLiteral("recentPrompts"))->menu();
    QSignalSpy changed(m_editor.get(), &PromptEditor::promptChanged);

    menu->actions().at(1)->trigger();
    QCOMPARE(m_editor->prompt(), text("a cat on a roof"));
    QVERIFY(changed.count() >= 1);
    QVERIFY(m_editor->undoAction()->isEnabled());

    // Ctrl+Z in the editor brings the draft back in one step.
    QTest::keyClick(m_edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->prompt(), text("my draft"));
    QVERIFY(m_editor->redoAction()->isEnabled());
    m_editor->redoAction()->trigger();
    QCOMPARE(m_editor->prompt(), text("a cat on a roof"));
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->prompt(), text("my draft"));
}

void TestPromptEditor::setPrompt_isOneUndoableStep()
{
    m_editor->setPrompt(text("first"));
    m_editor->setPrompt(text("second"));
    QCOMPARE(m_editor->prompt(), text("second"));
    m_editor->undo();
    QCOMPARE(m_editor->prompt(), text("first"));
    m_editor->undo();
    QCOMPARE(m_editor->prompt(), QString());
    m_editor->redo();
    QCOMPARE(m_editor->prompt(), text("first"));
}

void TestPromptEditor::longPrompt_isWarnedAboutButKeptWhole()
{
    auto *warning = m_editor->findChild<QLabel *>(QStringLiteral("promptLengthWarning"));
    QVERIFY(warning);
    QVERIFY(m_editor->lengthWarning().isEmpty());
    QVERIFY(warning->isHidden());

    // At the limit: no warning yet. Typed, one character more: warned.
    m_editor->setPrompt(QString(PromptEditor::LongPromptCharacters, QLatin1Char('a')));
    QVERIFY(m_editor->lengthWarning().isEmpty());
    m_edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_edit, text("b"));
    QVERIFY(!m_editor->lengthWarning().isEmpty());
    QVERIFY(warning->isVisible());

    // 50,000 characters (emoji among them count as one each): warned with the count,
    // and the text is neither cut nor changed.
    QString prompt;
    while (prompt.size() < 49'990)
        prompt += text("Waves roll in under a low sun. ");
    prompt.truncate(49'990);
    prompt += QStringLiteral("\U0001F30A\U0001F30A\U0001F30A\U0001F30A\U0001F30A\U0001F30A\U0001F30A\U0001F30A\U0001F30A\U0001F30A");
    m_editor->setPrompt(prompt);
    QCOMPARE(m_editor->characterCount(), 50'000);
    QVERIFY2(m_editor->lengthWarning().contains(text("50,000 characters")), qPrintable(m_editor->lengthWarning()));
    QVERIFY(m_editor->lengthWarning().contains(text("sent unchanged")));
    QCOMPARE(m_editor->prompt(), prompt);
    QCOMPARE(warning->accessibleName(), text("Prompt length warning"));

    // Shortened again: the warning goes.
    m_editor->setPrompt(text("A short prompt"));
    QVERIFY(m_editor->lengthWarning().isEmpty());
    QVERIFY(warning->isHidden());
}

QTEST_MAIN(TestPromptEditor)
#include "tst_prompteditor.moc"

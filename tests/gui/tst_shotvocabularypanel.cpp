// The shot vocabulary beside the prompt, through the real widgets: the search
// filters the phrases, a click or Enter puts a phrase in at the prompt's
// cursor with the comma it needs, the keyboard reaches everything, and the
// group titles and descriptions are shown in the user's language.

#include "core/shotvocabulary.h"
#include "core/translations.h"
#include "studio/prompteditor.h"
#include "studio/shotvocabularypanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using wan::core::ShotVocabulary;
using wan::ui::PromptEditor;
using wan::ui::ShotVocabularyPanel;

namespace {

QTreeWidgetItem *itemFor(QTreeWidget *tree, const QString &phrase)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
            if (tree->topLevelItem(g)->child(i)->text(0) == phrase)
                return tree->topLevelItem(g)->child(i);
        }
    }
    return nullptr;
}

} // namespace

class TestShotVocabularyPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsEveryGroupAndPhrase();
    void search_filtersByPhraseDescriptionOrGroup();
    void click_insertsAtThePromptsCursor();
    void enter_insertsFromTheSearchFieldAndTheList();
    void insertion_isOneUndoStep();
    void controls_areNamedAfterTheirLabels();
    void german_showsTranslatedTitlesAndDescriptions();

private:
    PromptEditor *openEditor(const QString &prompt, int caret);
    std::unique_ptr<PromptEditor> m_editor;
};

void TestShotVocabularyPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestShotVocabularyPanel::cleanup()
{
    m_editor.reset();
    wan::core::installTranslators(*qApp, QStringLiteral("en"));
}

PromptEditor *TestShotVocabularyPanel::openEditor(const QString &prompt, int caret)
{
    m_editor = std::make_unique<PromptEditor>();
    // Room on its right for the vocabulary on the offscreen screen (800 wide).
    m_editor->setGeometry(0, 0, 200, 220);
    m_editor->show();
    if (!QTest::qWaitForWindowExposed(m_editor.get()))
        return nullptr;
    m_editor->setPrompt(prompt);
    auto *edit = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(caret);
    edit->setTextCursor(cursor);
    auto *button = m_editor->findChild<QToolButton *>(QStringLiteral("shotVocabularyButton"));
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_editor.get();
}

void TestShotVocabularyPanel::showsEveryGroupAndPhrase()
{
    ShotVocabularyPanel panel;
    auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("vocabularyPhrases"));
    QVERIFY(tree);
    const auto &groups = ShotVocabulary::builtIn().groups();
    QCOMPARE(tree->topLevelItemCount(), int(groups.size()));
    QStringList all;
    for (int g = 0; g < groups.size(); ++g) {
        QCOMPARE(tree->topLevelItem(g)->text(0), groups.at(g).title);
        for (const auto &entry : groups.at(g).entries) {
            all.append(entry.phrase);
            QTreeWidgetItem *item = itemFor(tree, entry.phrase);
            QVERIFY2(item, qPrintable(entry.phrase));
            QCOMPARE(item->text(1), entry.description);
        }
    }
    QCOMPARE(panel.visiblePhrases(), all);
    const QStringList ids { QStringLiteral("camera"), QStringLiteral("size"), QStringLiteral("lens"),
                            QStringLiteral("lighting"), QStringLiteral("speed"), QStringLiteral("mood") };
    for (const QString &id : ids) {
        bool found = false;
        for (const auto &group : groups)
            found = found || group.id == id;
        QVERIFY2(found, qPrintable(id));
    }
}

void TestShotVocabularyPanel::search_filtersByPhraseDescriptionOrGroup()
{
    ShotVocabularyPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("vocabularySearch"));
    auto *noMatch = panel.findChild<QLabel *>(QStringLiteral("vocabularyNoMatch"));
    QTest::keyClicks(search, QStringLiteral("orbit"));
    QCOMPARE(panel.visiblePhrases(), QStringList { QStringLiteral("aerial orbit") });
    QVERIFY(!noMatch->isVisible());

    // A word of the description finds it too.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("sunset"));
    QCOMPARE(panel.visiblePhrases(), (QStringList { QStringLiteral("golden hour"), QStringLiteral("blue hour") }));

    // A group's title shows the whole group.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("lighting"));
    QStringList lighting;
    for (const auto &group : ShotVocabulary::builtIn().groups()) {
        if (group.id == QLatin1String("lighting")) {
            for (const auto &entry : group.entries)
                lighting.append(entry.phrase);
        }
    }
    QCOMPARE(panel.visiblePhrases(), lighting);

    search->clear();
    QTest::keyClicks(search, QStringLiteral("xyzzy"));
    QVERIFY(panel.visiblePhrases().isEmpty());
    QVERIFY(noMatch->isVisible());
    QVERIFY2(noMatch->text().contains(QLatin1String("xyzzy")), qPrintable(noMatch->text()));

    search->clear();
    QCOMPARE(panel.visiblePhrases().size(), int(ShotVocabulary::builtIn().search({}).size()));
}

void TestShotVocabularyPanel::click_insertsAtThePromptsCursor()
{
    const QString prompt = QStringLiteral("A harbour at dawn");
    PromptEditor *editor = openEditor(prompt, 9); // after "A harbour"
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVocabularyShown());
    ShotVocabularyPanel *panel = editor->vocabularyPanel();
    // Beside the editor, not over it.
    const QRect editorRect(editor->mapToGlobal(QPoint(0, 0)), editor->size());
    QVERIFY2(panel->geometry().left() > editorRect.right(),
             "the vocabulary covers the prompt");
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("vocabularySearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("dolly"));
    auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("vocabularyPhrases"));
    QTreeWidgetItem *item = itemFor(tree, QStringLiteral("dolly out"));
    QVERIFY(item && !item->isHidden());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    QCOMPARE(editor->prompt(), QStringLiteral("A harbour, dolly out, at dawn"));
    // The panel stays open for another phrase, which goes in after the first.
    QVERIFY(panel->isVisible());
    QTreeWidgetItem *second = itemFor(tree, QStringLiteral("dolly in"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(second).center());
    QCOMPARE(editor->prompt(), QStringLiteral("A harbour, dolly out, dolly in, at dawn"));
}

void TestShotVocabularyPanel::enter_insertsFromTheSearchFieldAndTheList()
{
    PromptEditor *editor = openEditor(QStringLiteral("A street at {|night}"), 13); // inside the group, before "|"
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVocabularyShown());
    ShotVocabularyPanel *panel = editor->vocabularyPanel();
    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("vocabularySearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("golden"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(editor->prompt(), QStringLiteral("A street at {golden hour|night}"));

    // Down goes from the search field to the list; Enter there inserts the highlighted phrase.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("shot"));
    QTest::keyClick(search, Qt::Key_Down);
    auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("vocabularyPhrases"));
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Down);
    const QString highlighted = tree->currentItem()->text(0);
    QVERIFY2(highlighted.contains(QLatin1String("shot")), qPrintable(highlighted));
    QTest::keyClick(tree, Qt::Key_Return);
    // Still in the group's first option, after the phrase before it.
    QCOMPARE(editor->prompt(), QStringLiteral("A street at {golden hour, %1|night}").arg(highlighted));

    // Escape closes it, and Ctrl+K in the prompt opens it again, ready to search.
    QTest::keyClick(tree, Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVocabularyShown());
    auto *edit = editor->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(editor->isVocabularyShown());
    QTRY_VERIFY(search->hasFocus());
}

void TestShotVocabularyPanel::insertion_isOneUndoStep()
{
    PromptEditor *editor = openEditor(QStringLiteral("A harbour"), 9);
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVocabularyShown());
    editor->insertPhrase(QStringLiteral("tilt up"));
    QCOMPARE(editor->prompt(), QStringLiteral("A harbour, tilt up"));
    editor->undo();
    QCOMPARE(editor->prompt(), QStringLiteral("A harbour"));
}

void TestShotVocabularyPanel::controls_areNamedAfterTheirLabels()
{
    PromptEditor editor;
    auto *button = editor.findChild<QToolButton *>(QStringLiteral("shotVocabularyButton"));
    QVERIFY(button);
    QCOMPARE(button->accessibleName(), button->text());
    QVERIFY(!button->toolTip().isEmpty());
    ShotVocabularyPanel panel;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        QString text = label->text().remove(QLatin1Char('&'));
        if (text.endsWith(QLatin1Char(':')))
            text.chop(1);
        QCOMPARE(label->buddy()->accessibleName(), text);
        QVERIFY(!label->buddy()->toolTip().isEmpty());
    }
    QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("vocabularySearch"))->accessibleName(), QStringLiteral("Search"));
    QCOMPARE(panel.findChild<QTreeWidget *>(QStringLiteral("vocabularyPhrases"))->accessibleName(), QStringLiteral("Phrases"));
}

void TestShotVocabularyPanel::german_showsTranslatedTitlesAndDescriptions()
{
    wan::core::installTranslators(*qApp, QStringLiteral("de"));
    ShotVocabularyPanel panel;
    auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("vocabularyPhrases"));
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Kamerabewegungen"));
    QCOMPARE(itemFor(tree, QStringLiteral("dolly in"))->text(1), QStringLiteral("Die Kamera fährt auf das Motiv zu."));
    // The phrase itself stays as the model reads it.
    QVERIFY(itemFor(tree, QStringLiteral("golden hour")));
    // Every title and description has a German text of its own.
    for (const auto &group : ShotVocabulary::builtIn().groups()) {
        QVERIFY2(ShotVocabulary::translated(group.title) != group.title, qPrintable(group.title));
        for (const auto &entry : group.entries)
            QVERIFY2(ShotVocabulary::translated(entry.description) != entry.description, qPrintable(entry.description));
    }
    // The search finds a phrase by its translated description.
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("vocabularySearch"));
    search->setText(QStringLiteral("fährt auf"));
    QCOMPARE(panel.visiblePhrases(), QStringList { QStringLiteral("dolly in") });
}

QTEST_MAIN(TestShotVocabularyPanel)
#include "tst_shotvocabularypanel.moc"

#include "studio/prompteditor.h"

#include "core/phraseinsertion.h"
#include "studio/shotvocabularypanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace wan::ui {

namespace {

// Grapheme clusters, not UTF-16 units: "é" typed as e + combining accent and
// an emoji each count as one, which is what a person counting would say.
int graphemeCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

bool isGenerateKey(const QKeyEvent *key)
{
    // The keypad's Enter arrives with KeypadModifier; it counts the same.
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    return modifiers == Qt::ControlModifier && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
}

// How wide a menu entry may get, in average characters; the full prompt is the tooltip.
constexpr int kMenuEntryChars = 60;

} // namespace

PromptEditor::PromptEditor(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("promptEdit"));
    m_edit->setAccessibleName(tr("Prompt"));
    const QString generateKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    m_edit->setPlaceholderText(
        tr("Describe what happens in the clip: what moves, how the camera moves, the light and mood. %1 generates.")
            .arg(generateKeys));
    m_edit->setToolTip(tr("The prompt sent with the image. %1 generates.").arg(generateKeys));
    m_edit->setTabChangesFocus(true); // a prompt has no use for tabs; keep the keyboard path out
    m_edit->installEventFilter(this);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("characterCount"));
    m_lengthWarning = new QLabel(this);
    m_lengthWarning->setObjectName(QStringLiteral("promptLengthWarning"));
    m_lengthWarning->setAccessibleName(tr("Prompt length warning"));
    m_lengthWarning->setWordWrap(true);
    m_lengthWarning->setTextFormat(Qt::PlainText);
    m_lengthWarning->setStyleSheet(QStringLiteral("QLabel { color: #b26a00; }"));
    m_lengthWarning->hide();

    m_recentMenu = new QMenu(this);
    m_recentMenu->setToolTipsVisible(true);
    m_recent = new QToolButton(this);
    m_recent->setObjectName(QStringLiteral("recentPrompts"));
    m_recent->setText(tr("Recent prompts"));
    m_recent->setAccessibleName(tr("Recent prompts"));
    m_recent->setToolTip(tr("Put one of the last prompts you generated with into the editor."));
    m_recent->setMenu(m_recentMenu);
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_recentMenu, &QMenu::triggered, this, [this](QAction *action) { setPrompt(action->data().toString()); });

    m_vocabularyButton = new QToolButton(this);
    m_vocabularyButton->setObjectName(QStringLiteral("shotVocabularyButton"));
    m_vocabularyButton->setText(tr("Shot vocabulary"));
    m_vocabularyButton->setAccessibleName(tr("Shot vocabulary"));
    // From the keyboard while writing the prompt, without leaving it first.
    auto *vocabulary = new QAction(this);
    vocabulary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    vocabulary->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(vocabulary, &QAction::triggered, this, &PromptEditor::showVocabulary);
    addAction(vocabulary);
    m_vocabularyButton->setToolTip(
        tr("Camera moves, shot sizes, lenses, lighting, motion speed and mood: phrases the model follows, to insert at the "
           "cursor (%1).")
            .arg(vocabulary->shortcut().toString(QKeySequence::NativeText)));
    m_vocabularyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_vocabularyButton, &QToolButton::clicked, this, &PromptEditor::showVocabulary);

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &PromptEditor::undo);
    connect(m_edit, &QPlainTextEdit::undoAvailable, m_undo, &QAction::setEnabled);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, this, &PromptEditor::redo);
    connect(m_edit, &QPlainTextEdit::redoAvailable, m_redo, &QAction::setEnabled);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCharacterCount();
        emit promptChanged();
    });

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(m_vocabularyButton);
    footer->addWidget(m_recent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_lengthWarning);
    layout->addLayout(footer);
    setFocusProxy(m_edit);

    updateCharacterCount();
    rebuildRecentMenu();
    fitToFont();
}

PromptEditor::~PromptEditor() = default;

QString PromptEditor::prompt() const
{
    return m_edit->toPlainText();
}

int PromptEditor::characterCount() const
{
    return graphemeCount(m_edit->toPlainText());
}

QStringList PromptEditor::history() const
{
    return m_history.entries();
}

void PromptEditor::setPrompt(const QString &prompt)
{
    if (prompt == m_edit->toPlainText())
        return;
    // setPlainText() would wipe the undo stack; one edit block keeps the
    // replacement a single step that Ctrl+Z takes back.
    QTextCursor cursor(m_edit->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(prompt);
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor); // caret at the end, ready to keep typing
}

void PromptEditor::setHistory(const QStringList &prompts)
{
    m_history.setEntries(prompts);
    rebuildRecentMenu();
}

void PromptEditor::remember(const QString &prompt)
{
    m_history.add(prompt);
    rebuildRecentMenu();
}

void PromptEditor::insertPhrase(const QString &phrase)
{
    QTextCursor cursor = m_edit->textCursor();
    const auto insertion
        = core::PhraseInsertion::at(m_edit->toPlainText(), cursor.selectionStart(), cursor.selectionEnd(), phrase);
    cursor.beginEditBlock();
    cursor.setPosition(insertion.from);
    cursor.setPosition(insertion.to, QTextCursor::KeepAnchor);
    cursor.insertText(insertion.text);
    cursor.endEditBlock();
    cursor.setPosition(insertion.caret);
    m_edit->setTextCursor(cursor);
}

void PromptEditor::showVocabulary()
{
    if (!m_vocabulary) {
        m_vocabulary = new ShotVocabularyPanel(this);
        m_vocabulary->setWindowFlags(Qt::Popup);
        m_vocabulary->setAccessibleName(tr("Shot vocabulary"));
        connect(m_vocabulary, &ShotVocabularyPanel::phraseChosen, this, &PromptEditor::insertPhrase);
    }
    placeVocabulary();
    m_vocabulary->show();
    m_vocabulary->raise();
    m_vocabulary->activateWindow();
    m_vocabulary->focusSearch();
}

// Beside the editor, on its right (over the player) where there is room, else
// on its left, else below it; always on the screen. On a 1366x768 laptop it
// gets 580x460 to the right of the inputs column.
void PromptEditor::placeVocabulary()
{
    constexpr int Gap = 8;
    constexpr int MinimumWidth = 420;
    const QRect editor(m_edit->mapToGlobal(QPoint(0, 0)), m_edit->size());
    const QRect room = screen() ? screen()->availableGeometry() : QRect(QPoint(0, 0), QSize(1366, 768));
    const int height = qMin(460, room.height() - 2 * Gap);
    const int rightRoom = room.right() - editor.right() - Gap;
    const int leftRoom = editor.left() - room.left() - Gap;
    QRect placed;
    if (rightRoom >= MinimumWidth) {
        placed = QRect(editor.right() + Gap, editor.top(), qMin(580, rightRoom), height);
    } else if (leftRoom >= MinimumWidth) {
        const int width = qMin(580, leftRoom);
        placed = QRect(editor.left() - Gap - width, editor.top(), width, height);
    } else {
        placed = QRect(editor.left(), editor.bottom() + Gap, qMin(580, room.width() - 2 * Gap), height);
        placed.moveLeft(qBound(room.left(), placed.left(), room.right() - placed.width()));
    }
    placed.moveTop(qBound(room.top(), placed.top(), room.bottom() - placed.height()));
    m_vocabulary->setGeometry(placed);
}

bool PromptEditor::isVocabularyShown() const
{
    return m_vocabulary && m_vocabulary->isVisible();
}

ShotVocabularyPanel *PromptEditor::vocabularyPanel() const
{
    return m_vocabulary;
}

void PromptEditor::undo()
{
    m_edit->undo();
}

void PromptEditor::redo()
{
    m_edit->redo();
}

void PromptEditor::fitToFont()
{
    // Room for a few lines and at most a paragraph, in lines of the current
    // font: the editor grows with the desktop's text size instead of clipping.
    const int frame = 2 * m_edit->frameWidth() + int(2 * m_edit->document()->documentMargin());
    const int line = m_edit->fontMetrics().lineSpacing();
    m_edit->setMinimumHeight(MinimumLines * line + frame);
    m_edit->setMaximumHeight(MaximumLines * line + frame);
}

bool PromptEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FontChange)
        fitToFont();
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isGenerateKey(key)) {
            // Claiming the override keeps a window-wide Ctrl+Return action from
            // firing as well, so one key press is one request.
            event->accept();
            if (event->type() == QEvent::KeyPress && !key->isAutoRepeat())
                emit generateRequested();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString PromptEditor::lengthWarning() const
{
    return m_lengthWarning->isHidden() ? QString() : m_lengthWarning->text();
}

void PromptEditor::updateCharacterCount()
{
    const int count = characterCount();
    m_count->setText(tr("%Ln character(s)", nullptr, count));
    // Warned, not refused: the service documents no limit, so it decides, and its
    // answer (if it refuses) is shown like any other.
    const bool tooLong = count > LongPromptCharacters;
    if (tooLong) {
        m_lengthWarning->setText(tr("This prompt is very long: %L1 characters (about 1,000 work well). It is sent "
                                    "unchanged; the service may refuse it or use only part of it. Shorten it to be sure.")
                                     .arg(count));
    }
    m_lengthWarning->setVisible(tooLong);
}

void PromptEditor::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QFontMetrics metrics(m_recentMenu->font());
    for (const QString &entry : m_history.entries()) {
        QString text = metrics.elidedText(entry.simplified(), Qt::ElideRight, metrics.averageCharWidth() * kMenuEntryChars);
        text.replace(QLatin1Char('&'), QLatin1String("&&")); // a prompt's '&' is not a mnemonic
        QAction *action = m_recentMenu->addAction(text);
        action->setData(entry);
        action->setToolTip(entry);
    }
    m_recent->setEnabled(!m_history.isEmpty());
}

} // namespace wan::ui

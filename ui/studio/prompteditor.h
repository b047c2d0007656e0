#pragma once

// The prompt: a multi-line editor with a live character count, undo/redo, the
// recent prompts and Ctrl+Return to generate. A passive view: it emits intent
// (generateRequested) and the caller decides; persisting the history is the
// caller's too (history()/setHistory(), or core::PromptHistory::load/save).

#include "core/prompthistory.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QToolButton;

namespace wan::ui {

class ShotVocabularyPanel;

// Object names: "promptEdit", "characterCount", "promptLengthWarning", "recentPrompts",
// "shotVocabularyButton" (opens the ShotVocabularyPanel beside the editor).
class PromptEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PromptEditor(QWidget *parent = nullptr);
    ~PromptEditor() override;

    // The text as typed (not trimmed).
    QString prompt() const;
    // User-perceived characters (grapheme clusters), as the count label shows.
    int characterCount() const;
    // Above this many characters the editor warns that the prompt is very long
    // (Segmind's example prompt for the model is about 1,000 characters).
    static constexpr int LongPromptCharacters = 2000;
    // The warning shown under the editor, or empty when there is none.
    QString lengthWarning() const;
    // Most recent first, at most core::PromptHistory::kDefaultCapacity.
    QStringList history() const;

    // Undo / redo of the editor, enabled as its undo stack allows; for an
    // Edit menu or a toolbar. They carry the standard shortcuts, which the
    // editor itself also handles while it has focus.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // The vocabulary popup, once it was opened (tests and screenshots).
    bool isVocabularyShown() const;
    ShotVocabularyPanel *vocabularyPanel() const;

public slots:
    // Replaces the text as one undoable step (so a restored or reused prompt
    // can be taken back with Ctrl+Z).
    void setPrompt(const QString &prompt);
    // Replaces the recent prompts (most recent first; deduplicated and capped).
    void setHistory(const QStringList &prompts);
    // Puts a prompt at the front of the recent prompts (call it on generate).
    void remember(const QString &prompt);
    // Puts a phrase in at the cursor (replacing a selection), with the comma
    // and spaces it needs (core::PhraseInsertion); one undoable step.
    void insertPhrase(const QString &phrase);
    // Opens the shot vocabulary beside the editor, its search field focused.
    void showVocabulary();
    void undo();
    void redo();

signals:
    void promptChanged();
    // Ctrl+Return or Ctrl+Enter in the editor.
    void generateRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static constexpr int MinimumLines = 4;
    static constexpr int MaximumLines = 7;
    void fitToFont();
    void updateCharacterCount();
    void rebuildRecentMenu();
    void placeVocabulary();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_lengthWarning = nullptr;
    QToolButton *m_recent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QToolButton *m_vocabularyButton = nullptr;
    ShotVocabularyPanel *m_vocabulary = nullptr; // a popup, made on first use
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    core::PromptHistory m_history;
};

} // namespace wan::ui

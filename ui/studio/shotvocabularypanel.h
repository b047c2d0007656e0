#pragma once

// The shot vocabulary beside the prompt: a search field over the groups
// (camera moves, shot sizes, lenses and focus, lighting, motion speed, mood),
// each phrase with its one-line description in the user's language. A click,
// or Enter, on a phrase asks for it to go into the prompt (phraseChosen); the
// caller inserts it. Passive; the data is core::ShotVocabulary::builtIn().

#include "core/shotvocabulary.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace wan::ui {

// Object names: "vocabularySearch", "vocabularyPhrases", "vocabularyNoMatch".
class ShotVocabularyPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit ShotVocabularyPanel(QWidget *parent = nullptr);

    // The phrases shown now (after the search), in order.
    QStringList visiblePhrases() const;
    void setSearchText(const QString &text);
    // Focus to the search field, its text selected, ready to type.
    void focusSearch();

Q_SIGNALS:
    void phraseChosen(const QString &phrase);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void filter();
    void choose(const QTreeWidgetItem *item);
    void retranslate();

    const core::ShotVocabulary &m_vocabulary;
    QLabel *m_title = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_phrasesLabel = nullptr;
    QTreeWidget *m_phrases = nullptr;
    QLabel *m_noMatch = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace wan::ui

#pragma once

// Where and how a phrase goes into a prompt at the caret: "a harbour at dawn|"
// + "dolly in" gives "a harbour at dawn, dolly in", after a comma only a space
// is added, inside an {a|b} group nothing, and before more words a comma
// follows. The spaces around the caret are replaced, a caret inside a word
// moves to its end, and a selection is replaced. Pure logic, no widgets.

#include <QString>

namespace wan::core {

struct PhraseInsertion
{
    int from = 0;       // replace the prompt's characters [from, to)...
    int to = 0;
    QString text;       // ...with this
    int caret = 0;      // where the caret goes afterwards (in the new text)

    // selectionStart == selectionEnd: a plain caret.
    static PhraseInsertion at(const QString &prompt, int selectionStart, int selectionEnd, const QString &phrase);
    // The prompt with the insertion applied.
    QString appliedTo(const QString &prompt) const;
};

} // namespace wan::core

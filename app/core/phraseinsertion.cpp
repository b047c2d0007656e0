#include "phraseinsertion.h"

#include <algorithm>

namespace wan::core {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('\'');
}

// After these a phrase needs only a space.
bool endsClause(QChar c)
{
    return QStringLiteral(",;:.!?").contains(c);
}

// After these (or at the start of a line) a phrase needs nothing: it begins a
// group's option, a bracket, or the prompt.
bool opensSpan(QChar c)
{
    return QStringLiteral("{|(\n").contains(c);
}

// Before these nothing is added after the phrase.
bool closesSpan(QChar c)
{
    return QStringLiteral("}|),;:.!?\n").contains(c);
}

} // namespace

PhraseInsertion PhraseInsertion::at(const QString &prompt, int selectionStart, int selectionEnd, const QString &phrase)
{
    const int size = static_cast<int>(prompt.size());
    int from = std::clamp(std::min(selectionStart, selectionEnd), 0, size);
    int to = std::clamp(std::max(selectionStart, selectionEnd), 0, size);
    // A caret inside a word would split it: the phrase goes after the word.
    if (from == to) {
        while (to < size && to > 0 && isWordChar(prompt.at(to)) && isWordChar(prompt.at(to - 1)))
            ++to;
        from = to;
    }
    while (from > 0 && isBlank(prompt.at(from - 1)))
        --from;
    while (to < size && isBlank(prompt.at(to)))
        ++to;

    QString before;
    if (from > 0) {
        const QChar previous = prompt.at(from - 1);
        if (endsClause(previous))
            before = QStringLiteral(" ");
        else if (!opensSpan(previous))
            before = QStringLiteral(", ");
    }
    QString after;
    if (to < size) {
        const QChar next = prompt.at(to);
        after = closesSpan(next) ? QString() : QStringLiteral(", ");
        // "dawn, |, mist": keep the space that separated the next clause.
        if (next == QLatin1Char(',') || next == QLatin1Char(';'))
            after.clear();
    }
    const QString phraseText = phrase.trimmed();
    PhraseInsertion insertion;
    insertion.from = from;
    insertion.to = to;
    insertion.text = before + phraseText + after;
    insertion.caret = from + static_cast<int>(insertion.text.size());
    return insertion;
}

QString PhraseInsertion::appliedTo(const QString &prompt) const
{
    QString result = prompt;
    result.replace(from, to - from, text);
    return result;
}

} // namespace wan::core

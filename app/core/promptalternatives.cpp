#include "promptalternatives.h"

#include <QLocale>

#include <limits>

namespace wan::core {

namespace {

constexpr int ContextChars = 16;
constexpr qint64 CountLimit = std::numeric_limits<qint32>::max();

bool isSpecial(QChar c)
{
    return c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('|') || c == QLatin1Char('\\');
}

// The text around position, the character itself in square brackets, cut with
// an ellipsis: enough to find the spot in a prompt of a thousand characters.
QString around(const QString &text, int position)
{
    const int from = std::max(0, position - ContextChars);
    const int to = std::min(static_cast<int>(text.size()), position + 1 + ContextChars);
    QString quoted;
    if (from > 0)
        quoted += QChar(0x2026);
    quoted += text.mid(from, position - from);
    quoted += QLatin1Char('[') + text.at(position) + QLatin1Char(']');
    quoted += text.mid(position + 1, to - position - 1);
    if (to < text.size())
        quoted += QChar(0x2026);
    // Line breaks would split the message.
    quoted.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return quoted;
}

} // namespace

std::optional<PromptAlternatives> PromptAlternatives::parse(const QString &prompt, Problem *problem)
{
    auto fail = [&](int position, const QString &message) -> std::optional<PromptAlternatives> {
        if (problem)
            *problem = Problem { position, message };
        return std::nullopt;
    };

    PromptAlternatives parsed;
    QString literal;          // text outside groups, since the last group
    QString option;           // the option being read inside a group
    Group group;
    bool inGroup = false;
    for (int i = 0; i < prompt.size(); ++i) {
        const QChar c = prompt.at(i);
        if (c == QLatin1Char('\\') && i + 1 < prompt.size() && isSpecial(prompt.at(i + 1))) {
            (inGroup ? option : literal) += prompt.at(i + 1);
            ++i;
            continue;
        }
        if (c == QLatin1Char('{')) {
            if (inGroup)
                return fail(i, tr("Character %1 opens a group inside the group opened at character %2: \"%3\". Groups cannot "
                                  "be nested; close the first one with }, or write \\{ for a literal brace.")
                                   .arg(i + 1)
                                   .arg(group.position + 1)
                                   .arg(around(prompt, i)));
            inGroup = true;
            group = Group { i, {} };
            option.clear();
            continue;
        }
        if (c == QLatin1Char('}')) {
            if (!inGroup)
                return fail(i, tr("Character %1 closes a group that was never opened: \"%2\". Open it with {, or write \\} "
                                  "for a literal brace.")
                                   .arg(i + 1)
                                   .arg(around(prompt, i)));
            group.options.append(option.trimmed());
            bool allEmpty = true;
            for (const QString &o : std::as_const(group.options))
                allEmpty = allEmpty && o.isEmpty();
            if (allEmpty)
                return fail(group.position, tr("The group at character %1 has nothing to choose from: \"%2\". Write the "
                                               "alternatives between the braces, separated by |.")
                                                .arg(group.position + 1)
                                                .arg(around(prompt, group.position)));
            parsed.m_texts.append(literal);
            parsed.m_groups.append(group);
            literal.clear();
            inGroup = false;
            continue;
        }
        if (c == QLatin1Char('|') && inGroup) {
            group.options.append(option.trimmed());
            option.clear();
            continue;
        }
        (inGroup ? option : literal) += c;
    }
    if (inGroup)
        return fail(group.position, tr("The group opened at character %1 is never closed: \"%2\". Close it with }, or write "
                                       "\\{ for a literal brace.")
                                        .arg(group.position + 1)
                                        .arg(around(prompt, group.position)));
    parsed.m_texts.append(literal);
    return parsed;
}

QString PromptAlternatives::escape(const QString &literal)
{
    QString escaped;
    escaped.reserve(literal.size());
    for (const QChar c : literal) {
        if (isSpecial(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

qint64 PromptAlternatives::combinationCount() const
{
    qint64 count = 1;
    for (const Group &group : m_groups) {
        count *= group.options.size();
        if (count > CountLimit)
            return CountLimit;
    }
    return count;
}

QString PromptAlternatives::prompt(const QList<int> &indices) const
{
    QString text = m_texts.value(0);
    for (int g = 0; g < m_groups.size(); ++g) {
        text += m_groups.at(g).options.value(indices.value(g));
        text += m_texts.value(g + 1);
    }
    return text;
}

std::optional<QList<PromptAlternatives::Combination>> PromptAlternatives::expand(int cap, QString *error) const
{
    const qint64 count = combinationCount();
    if (count > cap) {
        if (error) {
            QStringList sizes;
            for (const Group &group : m_groups)
                sizes.append(QString::number(group.options.size()));
            const QString product = count >= CountLimit ? tr("more than %1").arg(QLocale().toString(CountLimit))
                                                        : QString::number(count);
            *error = tr("The prompt's alternatives make %1 prompts (%2); at most %3 can be planned at once. Remove some "
                        "alternatives.")
                         .arg(product, sizes.join(QStringLiteral(" \u00d7 ")))
                         .arg(cap);
        }
        return std::nullopt;
    }
    QList<Combination> combinations;
    combinations.reserve(static_cast<int>(count));
    QList<int> indices(m_groups.size(), 0);
    for (qint64 n = 0; n < count; ++n) {
        Combination combination;
        combination.prompt = prompt(indices);
        combination.indices = indices;
        for (int g = 0; g < m_groups.size(); ++g)
            combination.choices.append(m_groups.at(g).options.at(indices.at(g)));
        combinations.append(std::move(combination));
        // Odometer: the last group turns fastest.
        for (int g = static_cast<int>(m_groups.size()) - 1; g >= 0; --g) {
            if (++indices[g] < m_groups.at(g).options.size())
                break;
            indices[g] = 0;
        }
    }
    return combinations;
}

} // namespace wan::core

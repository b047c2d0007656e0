#pragma once

// Alternatives written into a prompt: "a street at {golden hour|blue hour|overcast}"
// stands for three prompts. Several groups multiply; the first group varies
// slowest, the last fastest (like nested loops written left to right).
//
// Syntax: a group is "{" options separated by "|" "}"; each option is trimmed of
// the spaces around it, and an option may be empty ("{|slow motion}" tries with
// and without). A backslash makes the next "{", "}", "|" or "\" literal, inside or
// outside a group; any other backslash is kept as typed. Outside a group "|" is
// plain text. Refused, with the character position and the text around it: a
// "}" with no group open, a group never closed, a group inside a group, and a
// group with nothing in it ("{}", "{ }", "{|}"). Pure logic, no Qt widgets.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wan::core {

class PromptAlternatives final
{
    Q_DECLARE_TR_FUNCTIONS(wan::core::PromptAlternatives)
public:
    struct Group
    {
        int position = 0;      // 0-based index of its "{" in the prompt as typed
        QStringList options;   // literal text (escapes resolved), trimmed
    };
    // One expanded prompt and what was chosen for it.
    struct Combination
    {
        QString prompt;
        QList<int> indices;    // the option taken from each group, in group order
        QStringList choices;   // those options' texts
    };
    struct Problem
    {
        int position = 0;      // 0-based character index the problem points at
        QString message;       // translated; names the character (1-based) and quotes the text around it
    };

    // Parses the prompt; nullopt with *problem set when a group is malformed.
    static std::optional<PromptAlternatives> parse(const QString &prompt, Problem *problem = nullptr);
    // The text made literal: "{", "}", "|" and "\" get a backslash.
    static QString escape(const QString &literal);

    bool hasGroups() const { return !m_groups.isEmpty(); }
    const QList<Group> &groups() const { return m_groups; }
    // The number of prompts (the product of the groups' sizes; 1 without groups),
    // saturating at a large number rather than overflowing.
    qint64 combinationCount() const;
    // Every combination in order (first group slowest), or nullopt with *error
    // when there would be more than cap.
    std::optional<QList<Combination>> expand(int cap, QString *error = nullptr) const;
    // The prompt for one choice per group (indices.size() == groups().size()).
    QString prompt(const QList<int> &indices) const;

private:
    // The literal text between groups: m_texts.size() == m_groups.size() + 1.
    QStringList m_texts;
    QList<Group> m_groups;
};

} // namespace wan::core

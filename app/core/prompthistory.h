#pragma once

// The recent prompts, most recent first, duplicates collapsed, capped. Pure
// list logic (no widgets) so the editor, a future CLI "--recent" and the tests
// share one definition of what "recent" means; persisted through Settings.

#include <QString>
#include <QStringList>

namespace wan::core {

class Settings;

class PromptHistory final
{
public:
    static constexpr int kDefaultCapacity = 20;

    // capacity: how many prompts are kept (negative counts as 0).
    explicit PromptHistory(int capacity = kDefaultCapacity);

    // Puts a prompt at the front; an equal prompt already listed moves there
    // instead of appearing twice. Prompts are compared and stored trimmed;
    // blank ones are ignored.
    void add(const QString &prompt);
    // Replaces the list (most recent first), trimming, dropping blanks and
    // later duplicates, and cutting it to the capacity.
    void setEntries(const QStringList &prompts);
    QStringList entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear() { m_entries.clear(); }

    // Reads / writes Settings::Key::PromptHistory.
    void load(const Settings &settings);
    void save(Settings &settings) const;

private:
    int m_capacity;
    QStringList m_entries;
};

} // namespace wan::core

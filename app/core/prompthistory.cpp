#include "prompthistory.h"

#include "settings.h"

#include <QtGlobal>

namespace wan::core {

PromptHistory::PromptHistory(int capacity)
    : m_capacity(qMax(0, capacity))
{
}

void PromptHistory::add(const QString &prompt)
{
    const QString trimmed = prompt.trimmed();
    if (trimmed.isEmpty())
        return;
    m_entries.removeAll(trimmed);
    m_entries.prepend(trimmed);
    // The oldest entries fall off the end.
    if (m_entries.size() > m_capacity)
        m_entries.resize(m_capacity);
}

void PromptHistory::setEntries(const QStringList &prompts)
{
    m_entries.clear();
    for (const QString &prompt : prompts) {
        if (m_entries.size() >= m_capacity)
            break;
        const QString trimmed = prompt.trimmed();
        // The first occurrence is the most recent one: keep it, drop the rest.
        if (!trimmed.isEmpty() && !m_entries.contains(trimmed))
            m_entries.append(trimmed);
    }
}

void PromptHistory::load(const Settings &settings)
{
    // Goes through setEntries so a hand-edited or older, longer list is
    // normalised the same way as one built up by add().
    setEntries(settings.value(Settings::Key::PromptHistory).toStringList());
}

void PromptHistory::save(Settings &settings) const
{
    settings.setValue(Settings::Key::PromptHistory, m_entries);
}

} // namespace wan::core

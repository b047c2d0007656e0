#include "sessionclips.h"

#include <QFileInfo>

namespace wan::jobs {

namespace {
// Enough of a prompt to tell clips apart when it is read out.
constexpr int kNamedPromptLength = 40;

QString promptStart(const QString &prompt)
{
    QString text = prompt.simplified();
    if (text.size() > kNamedPromptLength)
        text = text.left(kNamedPromptLength - 1).trimmed() + QChar(0x2026);
    return text;
}
} // namespace

SessionClips::SessionClips(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SessionClips::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_clips.size());
}

QHash<int, QByteArray> SessionClips::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(PromptRole, "prompt");
    names.insert(SeedRole, "seed");
    return names;
}

QString SessionClips::nameFor(const QString &prompt, std::optional<qint64> seed)
{
    const QString start = prompt.trimmed().isEmpty() ? tr("(no prompt)") : promptStart(prompt);
    return seed ? tr("%1, seed %2").arg(start).arg(*seed) : start;
}

QVariant SessionClips::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clips.size())
        return {};
    const Clip &clip = m_clips.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return nameFor(clip.prompt, clip.seed);
    case Qt::ToolTipRole:
        return clip.seed ? tr("%1\nSeed %2").arg(clip.prompt.trimmed()).arg(*clip.seed) : clip.prompt.trimmed();
    case PathRole: return clip.path;
    case PromptRole: return clip.prompt;
    case SeedRole: return clip.seed ? QVariant(*clip.seed) : QVariant();
    default: return {};
    }
}

int SessionClips::add(const QString &path, const QString &prompt, std::optional<qint64> seed)
{
    if (path.isEmpty())
        return -1;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (const int row = rowOf(absolute); row >= 0)
        return row;
    beginInsertRows({}, 0, 0);
    m_clips.prepend({absolute, prompt, seed});
    endInsertRows();
    return 0;
}

int SessionClips::rowOf(const QString &path) const
{
    if (path.isEmpty())
        return -1;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_clips.size(); ++row) {
        if (m_clips.at(row).path == absolute)
            return row;
    }
    return -1;
}

QString SessionClips::pathAt(int row) const
{
    return row >= 0 && row < m_clips.size() ? m_clips.at(row).path : QString();
}

} // namespace wan::jobs

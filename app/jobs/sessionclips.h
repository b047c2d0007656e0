#pragma once

// The clips of this session, newest first: every run that finished here and
// every clip opened from the library. A strip under the player shows them;
// this model only knows which clips they are and what made them.

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

namespace wan::jobs {

class SessionClips final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PathRole = Qt::UserRole + 1, // the MP4, absolute
        PromptRole,
        SeedRole,                    // qint64, or invalid when unknown
    };

    explicit SessionClips(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Puts a clip first; one already listed keeps its place. Returns its row.
    int add(const QString &path, const QString &prompt, std::optional<qint64> seed);
    int rowOf(const QString &path) const;
    QString pathAt(int row) const;

    // "Gulls circle over the harbour…, seed 1234": what names a clip to a screen reader.
    static QString nameFor(const QString &prompt, std::optional<qint64> seed);

private:
    struct Clip
    {
        QString path;
        QString prompt;
        std::optional<qint64> seed;
    };
    QList<Clip> m_clips; // newest first
};

} // namespace wan::jobs

#pragma once

// The session's jobs as a list model for any view: one row per job, newest
// first, with its stage, elapsed time against the model's typical duration,
// download percent and, when it ended, the error or the saved clip.

#include <QAbstractListModel>
#include <QTimer>

namespace wan::jobs {

class JobQueue;
struct JobRecord;

class JobListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StageRole,        // int(JobStage)
        FinishedRole,     // bool
        ProgressRole,     // 0..100 while downloading, else -1
        OutputPathRole,   // the saved clip, when completed
        ErrorRole,        // the error's full text, when failed
        PromptRole,
        MayBeChargedRole, // a failed or cancelled run the service had accepted
    };

    JobListModel(JobQueue *queue, int typicalSeconds, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int idAt(int row) const;
    int rowOf(int id) const;
    // "Processing · 0:23 of about 0:54", "Downloading 45%", "Done in 0:58", "Failed: …"
    QString statusText(const JobRecord &record) const;

private:
    void onAdded(int id);
    void onChanged(int id);
    void tick();

    JobQueue *m_queue;
    int m_typicalSeconds;
    QList<int> m_ids;   // newest first
    QTimer m_ticker;    // refreshes elapsed times once a second while something runs
};

} // namespace wan::jobs

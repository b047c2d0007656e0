#pragma once

// The session's jobs as a list model for any view: one row per job, newest
// first, with its stage, elapsed time against the model's typical duration,
// download percent, what it cost and, when it ended, the error or the saved
// clip. Views draw from the roles; nothing here knows how a row looks.

#include <QAbstractListModel>
#include <QJsonObject>
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
        InputImageRole,   // the image the run was made from: a local path or an https address
        StageTextRole,    // a few words: "Processing", "Downloading 45%", "Failed: …"
        FractionRole,     // 0.0..1.0 through the run's stages (see progressFraction)
        ElapsedSecondsRole,
        ExpectedSecondsRole,
        TimeTextRole,     // "0:32 / ~0:54" while it runs, "0:58" when it ended, empty before it starts
        CostRole,         // double, as the service reported it; invalid while unknown
        CostTextRole,     // "0.0875 credits"; empty while unknown
        SeedRole,         // qint64, once known; invalid before
        CancellableRole,  // bool: queued or running here (not another process's run)
        SettingsRole,     // QJsonObject: what "Use these settings" puts back (see settingsOf)
        HeldRole,         // bool: held by the send check (a budget cap) until the user decides
    };

    JobListModel(JobQueue *queue, int typicalSeconds, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int idAt(int row) const;
    int rowOf(int id) const;
    // "Processing · 0:23 of about 0:54", "Downloading 45%", "Done in 0:58", "Failed: …"
    QString statusText(const JobRecord &record) const;

    // Whole seconds the run has taken: since it started, until it ended (or nowMs).
    static qint64 elapsedSeconds(const JobRecord &record, qint64 nowMs);
    // How far the run is, for a bar: the steps before the service (10 %), the
    // service's work against the expected time (to 90 %, never quite there),
    // the download by its bytes, and 1.0 once it ended.
    static double progressFraction(const JobRecord &record, int expectedSeconds, qint64 nowMs);
    // A cost as the service reports it: a run costs cents, so four decimals below 1.
    static QString costText(double cost);
    // The image, prompt and parameters of a run; its seed once known, else
    // "randomSeed": true for a run whose random seed has not come back yet.
    static QJsonObject settingsOf(const JobRecord &record);

private:
    void onAdded(int id);
    void onChanged(int id);
    void tick();
    QString stageText(const JobRecord &record) const;
    QString timeText(const JobRecord &record, qint64 nowMs) const;

    JobQueue *m_queue;
    int m_typicalSeconds;
    QList<int> m_ids;   // newest first
    QTimer m_ticker;    // refreshes elapsed times once a second while something runs
};

} // namespace wan::jobs

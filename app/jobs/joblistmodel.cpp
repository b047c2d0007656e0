#include "joblistmodel.h"

#include "jobqueue.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace wan::jobs {

namespace {
QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString shortPrompt(const QString &prompt)
{
    QString text = prompt.simplified();
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return text;
}

// Where the service's part of a run starts and ends on the bar.
constexpr double kServiceFrom = 0.1;
constexpr double kServiceTo = 0.9;
// A run past its expected time still moves no further than this share of the service's part.
constexpr double kServiceCap = 0.95;
} // namespace

JobListModel::JobListModel(JobQueue *queue, int typicalSeconds, QObject *parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
    , m_typicalSeconds(typicalSeconds)
{
    for (int id : queue->ids())
        m_ids.prepend(id);
    connect(queue, &JobQueue::jobAdded, this, &JobListModel::onAdded);
    connect(queue, &JobQueue::jobChanged, this, &JobListModel::onChanged);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JobListModel::tick);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int JobListModel::idAt(int row) const
{
    return m_ids.value(row, 0);
}

int JobListModel::rowOf(int id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

QHash<int, QByteArray> JobListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "jobId");
    names.insert(StageRole, "stage");
    names.insert(FinishedRole, "finished");
    names.insert(ProgressRole, "progress");
    names.insert(OutputPathRole, "outputPath");
    names.insert(ErrorRole, "error");
    names.insert(PromptRole, "prompt");
    names.insert(MayBeChargedRole, "mayBeCharged");
    names.insert(InputImageRole, "inputImage");
    names.insert(StageTextRole, "stageText");
    names.insert(FractionRole, "fraction");
    names.insert(ElapsedSecondsRole, "elapsedSeconds");
    names.insert(ExpectedSecondsRole, "expectedSeconds");
    names.insert(TimeTextRole, "timeText");
    names.insert(CostRole, "cost");
    names.insert(CostTextRole, "costText");
    names.insert(SeedRole, "seed");
    names.insert(CancellableRole, "cancellable");
    names.insert(SettingsRole, "settings");
    return names;
}

qint64 JobListModel::elapsedSeconds(const JobRecord &r, qint64 nowMs)
{
    if (r.startedMsecsSinceEpoch <= 0)
        return 0;
    const qint64 end = r.finishedMsecsSinceEpoch > 0 ? r.finishedMsecsSinceEpoch : nowMs;
    return std::max<qint64>(0, end - r.startedMsecsSinceEpoch) / 1000;
}

double JobListModel::progressFraction(const JobRecord &r, int expectedSeconds, qint64 nowMs)
{
    switch (r.stage) {
    case JobStage::Waiting:
        return 0.0;
    case JobStage::Preparing:
        return 0.02;
    case JobStage::Uploading:
        return 0.05;
    case JobStage::Submitting:
        return 0.08;
    case JobStage::Queued:
    case JobStage::Processing: {
        if (r.startedMsecsSinceEpoch <= 0 || expectedSeconds <= 0)
            return kServiceFrom;
        const double share = double(std::max<qint64>(0, nowMs - r.startedMsecsSinceEpoch)) / (expectedSeconds * 1000.0);
        return kServiceFrom + (kServiceTo - kServiceFrom) * std::min(share, kServiceCap);
    }
    case JobStage::Downloading:
        return r.total > 0 ? kServiceTo + (1.0 - kServiceTo) * std::clamp(double(r.received) / double(r.total), 0.0, 1.0)
                           : kServiceTo;
    case JobStage::Completed:
    case JobStage::Failed:
    case JobStage::Cancelled:
        return 1.0;
    }
    return 0.0;
}

QString JobListModel::costText(double cost)
{
    return tr("%1 credits").arg(QLocale().toString(cost, 'f', cost < 1.0 ? 4 : 2));
}

QJsonObject JobListModel::settingsOf(const JobRecord &r)
{
    QJsonObject parameters = r.request.parameters;
    QJsonObject settings{{QStringLiteral("image"), r.request.image}, {QStringLiteral("prompt"), r.request.prompt}};
    if (r.result) {
        settings.insert(QStringLiteral("seed"), r.result->seed);
    } else if (r.request.randomSeed) {
        // Chosen when the run starts and known here only once it is done.
        parameters.remove(QStringLiteral("seed"));
        settings.insert(QStringLiteral("randomSeed"), true);
    }
    settings.insert(QStringLiteral("parameters"), parameters);
    return settings;
}

QString JobListModel::statusText(const JobRecord &r) const
{
    const qint64 elapsed = elapsedSeconds(r, QDateTime::currentMSecsSinceEpoch());
    QString stage = GenerationJob::stageName(r.stage);
    if (r.elsewherePid && !r.isFinished())
        return tr("%1 · running in another Wan Studio window or process (%2)").arg(stage).arg(r.elsewherePid);
    if (r.isHeld())
        return r.heldBy; // the budget cap's message: which cap, what was spent, what it would cost
    switch (r.stage) {
    case JobStage::Waiting:
        return tr("Waiting for a free slot");
    case JobStage::Queued:
    case JobStage::Processing:
        return tr("%1 · %2 of about %3").arg(stage, minutesSeconds(elapsed), minutesSeconds(m_typicalSeconds));
    case JobStage::Downloading:
        if (r.total > 0)
            return tr("Downloading %1%").arg(r.received * 100 / r.total);
        return stage;
    case JobStage::Completed:
        return tr("Done in %1").arg(minutesSeconds(elapsed));
    case JobStage::Failed:
        return tr("Failed: %1").arg(r.error.message);
    case JobStage::Cancelled:
        return r.error.message.isEmpty() ? stage : r.error.message;
    default:
        return stage;
    }
}

QString JobListModel::stageText(const JobRecord &r) const
{
    // The time and the cost have their own roles: only the stage, in a few words.
    if (r.elsewherePid && !r.isFinished())
        return tr("%1 · in another window").arg(GenerationJob::stageName(r.stage));
    if (r.isHeld())
        return tr("Held by a budget cap");
    switch (r.stage) {
    case JobStage::Waiting:
    case JobStage::Downloading:
    case JobStage::Failed:
        return statusText(r);
    default:
        return GenerationJob::stageName(r.stage); // a cancelled run's reason, often long, is in the tooltip
    }
}

QString JobListModel::timeText(const JobRecord &r, qint64 nowMs) const
{
    if (r.startedMsecsSinceEpoch <= 0)
        return {};
    const qint64 elapsed = elapsedSeconds(r, nowMs);
    if (r.isFinished())
        return minutesSeconds(elapsed);
    return tr("%1 / ~%2", "elapsed time / expected time of a run").arg(minutesSeconds(elapsed), minutesSeconds(m_typicalSeconds));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const JobRecord *r = m_queue->record(m_ids.at(index.row()));
    if (!r)
        return {};
    // (A plain double and a flag: GCC 12 takes a copied std::optional<double> for uninitialized.)
    const bool hasCost = r->result && r->result->cost.has_value();
    const double cost = hasCost ? r->result->cost.value() : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2").arg(shortPrompt(r->request.prompt), statusText(*r));
    case Qt::ToolTipRole: {
        QString tip = r->request.prompt + QStringLiteral("\n\n") + statusText(*r);
        if (hasCost)
            tip += QStringLiteral(" · ") + costText(cost);
        if (r->stage == JobStage::Failed || r->stage == JobStage::Cancelled)
            tip += QStringLiteral("\n") + r->error.fullText();
        else if (r->result)
            tip += QStringLiteral("\n") + r->result->outputPath;
        return tip;
    }
    case Qt::AccessibleTextRole: {
        // What a screen reader says for the row: the state first, then what it cost, then which run.
        QStringList parts{statusText(*r)};
        if (hasCost)
            parts << costText(cost);
        parts << shortPrompt(r->request.prompt);
        return parts.join(QStringLiteral(" · "));
    }
    case IdRole: return r->id;
    case StageRole: return static_cast<int>(r->stage);
    case FinishedRole: return r->isFinished();
    case ProgressRole:
        return r->stage == JobStage::Downloading && r->total > 0 ? static_cast<int>(r->received * 100 / r->total) : -1;
    case OutputPathRole: return r->result ? r->result->outputPath : QString();
    case ErrorRole: return r->error.isError() ? r->error.fullText() : QString();
    case PromptRole: return r->request.prompt;
    case MayBeChargedRole: return r->error.mayHaveBeenCharged;
    case InputImageRole: return r->request.image;
    case StageTextRole:
        return stageText(*r);
    case FractionRole: return progressFraction(*r, m_typicalSeconds, QDateTime::currentMSecsSinceEpoch());
    case ElapsedSecondsRole: return elapsedSeconds(*r, QDateTime::currentMSecsSinceEpoch());
    case ExpectedSecondsRole: return m_typicalSeconds;
    case TimeTextRole: return timeText(*r, QDateTime::currentMSecsSinceEpoch());
    case CostRole: return hasCost ? QVariant(cost) : QVariant();
    case CostTextRole: return hasCost ? costText(cost) : QString();
    case SeedRole: return r->result ? QVariant(r->result->seed) : QVariant();
    case CancellableRole: return !r->isFinished() && !r->elsewherePid;
    case SettingsRole: return settingsOf(*r);
    case HeldRole: return r->isHeld();
    default: return {};
    }
}

void JobListModel::onAdded(int id)
{
    beginInsertRows({}, 0, 0);
    m_ids.prepend(id);
    endInsertRows();
    if (!m_ticker.isActive())
        m_ticker.start();
}

void JobListModel::onChanged(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
    // A run taken over from another process starts here: its time runs again.
    if (!m_ticker.isActive())
        m_ticker.start();
}

void JobListModel::tick()
{
    bool anyRunning = false;
    for (int row = 0; row < m_ids.size(); ++row) {
        const JobRecord *r = m_queue->record(m_ids.at(row));
        if (r && !r->isFinished() && r->stage != JobStage::Waiting) {
            anyRunning = true;
            // The times, the bar and the texts that carry the time.
            emit dataChanged(index(row), index(row),
                             {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole, TimeTextRole, ElapsedSecondsRole,
                              FractionRole});
        }
    }
    if (!anyRunning)
        m_ticker.stop();
}

} // namespace wan::jobs

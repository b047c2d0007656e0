#include "joblistmodel.h"

#include "jobqueue.h"

#include <QDateTime>

namespace wan::jobs {

namespace {
QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
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
    return names;
}

QString JobListModel::statusText(const JobRecord &r) const
{
    const qint64 elapsed = r.startedMsecsSinceEpoch > 0 ? (QDateTime::currentMSecsSinceEpoch() - r.startedMsecsSinceEpoch) / 1000 : 0;
    QString stage = GenerationJob::stageName(r.stage);
    if (r.elsewherePid && !r.isFinished())
        return tr("%1 · running in another Wan Studio window or process (%2)").arg(stage).arg(r.elsewherePid);
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

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const JobRecord *r = m_queue->record(m_ids.at(index.row()));
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QString prompt = r->request.prompt.simplified();
        if (prompt.size() > 60)
            prompt = prompt.left(59) + QChar(0x2026);
        return QStringLiteral("%1\n%2").arg(prompt, statusText(*r));
    }
    case Qt::ToolTipRole: {
        QString tip = r->request.prompt;
        if (r->stage == JobStage::Failed || r->stage == JobStage::Cancelled)
            tip += QStringLiteral("\n\n") + r->error.fullText();
        else if (r->result)
            tip += QStringLiteral("\n\n") + r->result->outputPath;
        return tip;
    }
    case Qt::AccessibleTextRole:
        return statusText(*r);
    case IdRole: return r->id;
    case StageRole: return static_cast<int>(r->stage);
    case FinishedRole: return r->isFinished();
    case ProgressRole:
        return r->stage == JobStage::Downloading && r->total > 0 ? static_cast<int>(r->received * 100 / r->total) : -1;
    case OutputPathRole: return r->result ? r->result->outputPath : QString();
    case ErrorRole: return r->error.isError() ? r->error.fullText() : QString();
    case PromptRole: return r->request.prompt;
    case MayBeChargedRole: return r->error.mayHaveBeenCharged;
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
}

void JobListModel::tick()
{
    bool anyRunning = false;
    for (int row = 0; row < m_ids.size(); ++row) {
        const JobRecord *r = m_queue->record(m_ids.at(row));
        if (r && !r->isFinished() && r->stage != JobStage::Waiting) {
            anyRunning = true;
            emit dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::AccessibleTextRole});
        }
    }
    if (!anyRunning)
        m_ticker.stop();
}

} // namespace wan::jobs

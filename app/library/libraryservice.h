#pragma once

// The library for the window: a Library on its own thread, so a slow disk
// never stalls the UI. Work runs in call order; answers come back on the
// caller's context object's thread and are dropped if that object is gone.

#include "library.h"
#include "libraryentry.h"
#include "libraryrebuild.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <optional>

namespace wan::library {

class LibraryWorker;

class LibraryService final : public QObject
{
    Q_OBJECT
public:
    explicit LibraryService(QString databasePath, QString mediaDirectory = {}, QObject *parent = nullptr);
    // Finishes everything already asked for (an update queued just before quitting
    // lands), then closes the database and stops the thread.
    ~LibraryService() override;

    void open(QObject *context, std::function<void(bool ok, QString error)> done);
    // The same, and says whether a failure means the file is damaged (Library::isDamaged).
    void openReportingDamage(QObject *context, std::function<void(bool ok, bool damaged, QString error)> done);
    // Lists the clips found in folders again (LibraryRebuild::run), on the library
    // thread: a damaged database is moved aside first. The library is open
    // afterwards when report.ok.
    void rebuild(QStringList folders, QObject *context, std::function<void(RebuildReport report)> done);
    // done gets the new id, 0 when it could not be recorded (writeFailed says why).
    void insert(Entry entry, QObject *context, std::function<void(qint64 id)> done);
    // Fire and forget; applied in call order, so the last update wins.
    void update(Entry entry);
    // The same, and done says whether the write reached the database.
    void update(Entry entry, QObject *context, std::function<void(bool ok)> done);
    void entry(qint64 id, QObject *context, std::function<void(std::optional<Entry>)> done);
    void find(Query query, QObject *context, std::function<void(QList<Entry>)> done);
    // Library::chain: the continuations that lead to id, first clip first.
    void chain(qint64 id, QObject *context, std::function<void(Library::Chain)> done);
    // Library::chainThrough: the same, and the clips that continue id after it.
    void chainThrough(qint64 id, QObject *context, std::function<void(Library::ChainThrough)> done);
    // A sequence and the runs of its clips, in order (nullopt where a run is no
    // longer in the library); nullopt when there is no such sequence.
    struct SequenceRuns
    {
        Sequence sequence;
        QList<std::optional<Entry>> runs;
    };
    void sequence(qint64 id, QObject *context, std::function<void(std::optional<SequenceRuns>)> done);
    void count(Query query, QObject *context, std::function<void(int)> done);
    void unfinished(QObject *context, std::function<void(QList<Entry>)> done);
    // Library::claim() and claimUnfinished(), on the library thread.
    void claim(qint64 id, QObject *context, std::function<void(Claim)> done);
    void claimUnfinished(bool claimNeverSent, QObject *context, std::function<void(UnfinishedRuns)> done);
    void release(qint64 id);
    void recentServiceSeconds(int limit, QObject *context, std::function<void(QList<double>)> done);
    // A read for a report (the ledger, a budget check): work runs with the library on
    // its thread, after everything asked before; the function it returns is then
    // called on context's thread (not at all when context is gone).
    void read(QObject *context, std::function<std::function<void()>(const Library &library)> work);
    // Library::admitWithinBudget on the library thread: allowed() runs there,
    // inside the transaction; done gets its answer (nullopt: a database error).
    void admitWithinBudget(qint64 id, std::function<bool(const Library &library)> allowed, QObject *context,
                           std::function<void(std::optional<bool>)> done);
    void setFavourite(qint64 id, bool favourite);
    void remove(qint64 id, bool deleteFiles, QObject *context, std::function<void(bool ok)> done);

    // Sequences (Library's, on the library thread). sequences() answers with
    // every sequence, newest first, and the rows of the runs their clips name
    // (a run no longer in the library is absent). The writes answer whether
    // they reached the database (a new sequence's id, 0 on failure) with the
    // library's reason, and emit sequencesChanged() when they did.
    void sequences(QObject *context, std::function<void(QList<Sequence>, QHash<qint64, Entry>)> done);
    void createSequence(QString name, QList<SequenceClip> clips, QObject *context, std::function<void(qint64 id, QString error)> done);
    void updateSequence(qint64 id, QString name, QList<SequenceClip> clips, QObject *context,
                        std::function<void(bool ok, QString error)> done);
    void removeSequence(qint64 id, QObject *context, std::function<void(bool ok, QString error)> done);

    // Blocks until all work asked for so far is done (shutdown, tests). Answers
    // for the calling thread are delivered afterwards, by its event loop.
    void waitForIdle();

signals:
    void entryChanged(qint64 id); // after insert, update and setFavourite
    void entryRemoved(qint64 id);
    // After a sequence was created, changed or removed through this service.
    void sequencesChanged();
    // A write did not reach the database: the user must hear of it, since the
    // row may be all that records a paid run. id is 0 for a failed insert.
    void writeFailed(qint64 id, const QString &message);

private:
    // Runs task on the library thread, after everything queued before it.
    void post(std::function<void(Library &library)> task);
    // Wraps done so that calling it on the library thread delivers on context's thread.
    template<typename... Args> std::function<void(Args...)> answerTo(QObject *context, std::function<void(Args...)> done);
    void notify(void (LibraryService::*signal)(qint64), qint64 id);
    void reportFailure(qint64 id, const QString &message);

    QThread m_thread;
    LibraryWorker *m_worker = nullptr;
};

} // namespace wan::library

#include "libraryservice.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <memory>
#include <tuple>

namespace wan::library {

Q_DECLARE_LOGGING_CATEGORY(lcLibrary)

// Lives on the library thread and owns the Library there: a Qt SQL connection
// may only be used on the thread that opened it, so the Library is also made
// and destroyed on that thread.
class LibraryWorker final : public QObject
{
public:
    LibraryWorker(QString databasePath, QString mediaDirectory)
        : m_databasePath(std::move(databasePath))
        , m_mediaDirectory(std::move(mediaDirectory))
    {
    }

    Library &library()
    {
        if (!m_library)
            m_library = std::make_unique<Library>(m_databasePath, m_mediaDirectory);
        return *m_library;
    }
    void close() { m_library.reset(); }

private:
    QString m_databasePath;
    QString m_mediaDirectory;
    std::unique_ptr<Library> m_library;
};

namespace {

// Carries one answer to its context object. The answer travels through a
// queued connection made while the context was known to be alive; Qt drops
// the connection, and the call, when the context is destroyed, which a
// QPointer checked from the library thread could not do without a race.
class AnswerRelay final : public QObject
{
    Q_OBJECT
signals:
    void ready();
};

} // namespace

LibraryService::LibraryService(QString databasePath, QString mediaDirectory, QObject *parent)
    : QObject(parent)
    , m_worker(new LibraryWorker(std::move(databasePath), std::move(mediaDirectory)))
{
    m_thread.setObjectName(QStringLiteral("wanstudio-library"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LibraryService::~LibraryService()
{
    // Queued work runs in order, so this runs after every write asked for before
    // it; the thread's event loop only stops once it has.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void LibraryService::post(std::function<void(Library &)> task)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, task = std::move(task)] { task(worker->library()); }, Qt::QueuedConnection);
}

template<typename... Args>
std::function<void(Args...)> LibraryService::answerTo(QObject *context, std::function<void(Args...)> done)
{
    if (!done)
        return [](Args...) {};
    auto *relay = new AnswerRelay;
    // Filled on the library thread before ready() is emitted; the event queue orders the two.
    auto answer = std::make_shared<std::function<void()>>();
    connect(
        relay, &AnswerRelay::ready, context ? context : this, [answer] { (*answer)(); }, Qt::QueuedConnection);
    relay->moveToThread(&m_thread);
    return [relay, answer, done = std::move(done)](Args... args) {
        *answer = [done, values = std::make_tuple(std::move(args)...)] { std::apply(done, values); };
        emit relay->ready();
        delete relay; // the posted call holds its own reference to the slot
    };
}

void LibraryService::notify(void (LibraryService::*signal)(qint64), qint64 id)
{
    // Emitted from the service's own thread, so that a receiver connected without
    // a context object is never called on the library thread.
    QMetaObject::invokeMethod(
        this, [this, signal, id] { emit(this->*signal)(id); }, Qt::QueuedConnection);
}

void LibraryService::reportFailure(qint64 id, const QString &message)
{
    qCWarning(lcLibrary).noquote() << "write for entry" << id << "failed:" << message;
    QMetaObject::invokeMethod(
        this, [this, id, message] { emit writeFailed(id, message); }, Qt::QueuedConnection);
}

void LibraryService::open(QObject *context, std::function<void(bool, QString)> done)
{
    post([answer = answerTo(context, std::move(done))](Library &library) {
        QString error;
        const bool ok = library.open(&error);
        answer(ok, error);
    });
}

void LibraryService::openReportingDamage(QObject *context, std::function<void(bool, bool, QString)> done)
{
    post([answer = answerTo(context, std::move(done))](Library &library) {
        QString error;
        const bool ok = library.open(&error);
        answer(ok, !ok && library.isDamaged(), error);
    });
}

void LibraryService::rebuild(QStringList folders, QObject *context, std::function<void(RebuildReport)> done)
{
    post([folders = std::move(folders), answer = answerTo(context, std::move(done))](Library &library) {
        answer(LibraryRebuild::run(library, folders));
    });
}

void LibraryService::insert(Entry entry, QObject *context, std::function<void(qint64)> done)
{
    post([this, entry = std::move(entry), answer = answerTo(context, std::move(done))](Library &library) {
        const qint64 id = library.insert(entry);
        answer(id);
        if (id)
            notify(&LibraryService::entryChanged, id);
        else
            reportFailure(0, library.lastError());
    });
}

void LibraryService::update(Entry entry)
{
    post([this, entry = std::move(entry)](Library &library) {
        if (library.update(entry))
            notify(&LibraryService::entryChanged, entry.id);
        else
            reportFailure(entry.id, library.lastError());
    });
}

void LibraryService::update(Entry entry, QObject *context, std::function<void(bool ok)> done)
{
    post([this, entry = std::move(entry), answer = answerTo(context, std::move(done))](Library &library) {
        const bool ok = library.update(entry);
        answer(ok);
        if (ok)
            notify(&LibraryService::entryChanged, entry.id);
        else
            reportFailure(entry.id, library.lastError());
    });
}

void LibraryService::entry(qint64 id, QObject *context, std::function<void(std::optional<Entry>)> done)
{
    post([id, answer = answerTo(context, std::move(done))](Library &library) { answer(library.entry(id)); });
}

void LibraryService::chain(qint64 id, QObject *context, std::function<void(Library::Chain)> done)
{
    post([id, answer = answerTo(context, std::move(done))](Library &library) { answer(library.chain(id)); });
}

void LibraryService::chainThrough(qint64 id, QObject *context, std::function<void(Library::ChainThrough)> done)
{
    post([id, answer = answerTo(context, std::move(done))](Library &library) { answer(library.chainThrough(id)); });
}

void LibraryService::sequence(qint64 id, QObject *context, std::function<void(std::optional<SequenceRuns>)> done)
{
    post([id, answer = answerTo(context, std::move(done))](Library &library) {
        std::optional<Sequence> sequence = library.sequence(id);
        if (!sequence) {
            answer(std::nullopt);
            return;
        }
        SequenceRuns found{*sequence, {}};
        for (const SequenceClip &clip : std::as_const(sequence->clips))
            found.runs.append(library.entry(clip.entryId));
        answer(found);
    });
}

void LibraryService::find(Query query, QObject *context, std::function<void(QList<Entry>)> done)
{
    post([query = std::move(query), answer = answerTo(context, std::move(done))](Library &library) {
        answer(library.find(query));
    });
}

void LibraryService::count(Query query, QObject *context, std::function<void(int)> done)
{
    post([query = std::move(query), answer = answerTo(context, std::move(done))](Library &library) {
        answer(library.count(query));
    });
}

void LibraryService::unfinished(QObject *context, std::function<void(QList<Entry>)> done)
{
    post([answer = answerTo(context, std::move(done))](Library &library) { answer(library.unfinished()); });
}

void LibraryService::claim(qint64 id, QObject *context, std::function<void(Claim)> done)
{
    post([id, answer = answerTo(context, std::move(done))](Library &library) { answer(library.claim(id)); });
}

void LibraryService::claimUnfinished(bool claimNeverSent, QObject *context, std::function<void(UnfinishedRuns)> done)
{
    post([claimNeverSent, answer = answerTo(context, std::move(done))](Library &library) {
        answer(library.claimUnfinished(claimNeverSent));
    });
}

void LibraryService::release(qint64 id)
{
    post([id](Library &library) { library.release(id); });
}

void LibraryService::recentServiceSeconds(int limit, QObject *context, std::function<void(QList<double>)> done)
{
    post([limit, answer = answerTo(context, std::move(done))](Library &library) { answer(library.recentServiceSeconds(limit)); });
}

void LibraryService::read(QObject *context, std::function<std::function<void()>(const Library &)> work)
{
    std::function<void(std::function<void()>)> run = [](const std::function<void()> &then) {
        if (then)
            then();
    };
    post([work = std::move(work), answer = answerTo(context, std::move(run))](Library &library) { answer(work(library)); });
}

void LibraryService::admitWithinBudget(qint64 id, std::function<bool(const Library &)> allowed, QObject *context,
                                       std::function<void(std::optional<bool>)> done)
{
    post([this, id, allowed = std::move(allowed), answer = answerTo(context, std::move(done))](Library &library) {
        const std::optional<bool> admitted = library.admitWithinBudget(id, allowed);
        answer(admitted);
        if (admitted && *admitted)
            notify(&LibraryService::entryChanged, id);
    });
}

void LibraryService::setFavourite(qint64 id, bool favourite)
{
    post([this, id, favourite](Library &library) {
        if (library.setFavourite(id, favourite))
            notify(&LibraryService::entryChanged, id);
        else
            reportFailure(id, library.lastError());
    });
}

void LibraryService::remove(qint64 id, bool deleteFiles, QObject *context, std::function<void(bool)> done)
{
    post([this, id, deleteFiles, answer = answerTo(context, std::move(done))](Library &library) {
        const bool ok = library.remove(id, deleteFiles);
        answer(ok);
        if (ok)
            notify(&LibraryService::entryRemoved, id);
    });
}

void LibraryService::sequences(QObject *context, std::function<void(QList<Sequence>, QHash<qint64, Entry>)> done)
{
    post([answer = answerTo(context, std::move(done))](Library &library) {
        const QList<Sequence> all = library.sequences();
        QHash<qint64, Entry> entries;
        for (const Sequence &sequence : all) {
            for (const SequenceClip &clip : sequence.clips) {
                if (entries.contains(clip.entryId))
                    continue;
                if (auto row = library.entry(clip.entryId))
                    entries.insert(clip.entryId, *row);
            }
        }
        answer(all, entries);
    });
}

void LibraryService::createSequence(QString name, QList<SequenceClip> clips, QObject *context,
                                    std::function<void(qint64, QString)> done)
{
    post([this, name = std::move(name), clips = std::move(clips), answer = answerTo(context, std::move(done))](Library &library) {
        const qint64 id = library.createSequence(name, clips);
        answer(id, library.lastError());
        if (id)
            QMetaObject::invokeMethod(this, &LibraryService::sequencesChanged, Qt::QueuedConnection);
    });
}

void LibraryService::updateSequence(qint64 id, QString name, QList<SequenceClip> clips, QObject *context,
                                    std::function<void(bool, QString)> done)
{
    post([this, id, name = std::move(name), clips = std::move(clips), answer = answerTo(context, std::move(done))](Library &library) {
        const bool ok = library.updateSequence(id, name, clips);
        answer(ok, library.lastError());
        if (ok)
            QMetaObject::invokeMethod(this, &LibraryService::sequencesChanged, Qt::QueuedConnection);
    });
}

void LibraryService::removeSequence(qint64 id, QObject *context, std::function<void(bool, QString)> done)
{
    post([this, id, answer = answerTo(context, std::move(done))](Library &library) {
        const bool ok = library.removeSequence(id);
        answer(ok, library.lastError());
        if (ok)
            QMetaObject::invokeMethod(this, &LibraryService::sequencesChanged, Qt::QueuedConnection);
    });
}

void LibraryService::waitForIdle()
{
    if (QThread::currentThread() == &m_thread)
        return; // called from a task: waiting for itself would never end
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace wan::library

#include "libraryservice.moc"

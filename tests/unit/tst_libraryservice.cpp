// The library as the window uses it: work happens on the library's own
// thread in the order it was asked for, answers arrive on the asking object's
// thread (or never, once that object is gone), signals arrive on the
// service's thread, and a write asked for just before shutdown still lands.

#include "library/library.h"
#include "library/libraryservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace wan::library;

namespace {

Entry promptEntry(const QString &prompt)
{
    Entry e;
    e.prompt = prompt;
    e.status = EntryStatus::Submitted;
    return e;
}

} // namespace

class TestLibraryService final : public QObject
{
    Q_OBJECT

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }

    // Opens the service and waits for the answer; check QTest::currentTestFailed() after.
    void openService(LibraryService &service)
    {
        bool answered = false;
        service.open(this, [&](bool ok, const QString &error) {
            QVERIFY2(ok, qPrintable(error));
            answered = true;
        });
        QTRY_VERIFY(answered);
    }
    qint64 insertAndWait(LibraryService &service, const Entry &entry)
    {
        qint64 id = -1;
        service.insert(entry, this, [&](qint64 newId) { id = newId; });
        [&] { QTRY_VERIFY(id != -1); }();
        return id;
    }
    std::optional<Entry> entryAndWait(LibraryService &service, qint64 id)
    {
        bool answered = false;
        std::optional<Entry> result;
        service.entry(id, this, [&](std::optional<Entry> e) {
            result = std::move(e);
            answered = true;
        });
        [&] { QTRY_VERIFY(answered); }();
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void open_corruptFile_answersWithReason()
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        LibraryService service(dbPath());
        bool answered = false;
        service.open(this, [&](bool ok, const QString &error) {
            QVERIFY(!ok);
            QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
            answered = true;
        });
        QTRY_VERIFY(answered);
    }

    void insert_thenEntry_roundTripsAndSignals()
    {
        LibraryService service(dbPath());
        openService(service);
        QSignalSpy changed(&service, &LibraryService::entryChanged);
        Entry e = promptEntry(QStringLiteral("A fox in the snow 🦊"));
        e.seed = 8'000'000'000'000'000'001;
        e.creditsBefore = 3.5;
        const qint64 id = insertAndWait(service, e);
        QVERIFY(id > 0);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), id);
        const auto back = entryAndWait(service, id);
        QVERIFY(back);
        QCOMPARE(back->prompt, e.prompt);
        QCOMPARE(back->seed, e.seed);
        QCOMPARE(back->creditsBefore, e.creditsBefore);
        QVERIFY(!entryAndWait(service, id + 1));
    }

    void update_manyInARow_lastOneWins()
    {
        LibraryService service(dbPath());
        openService(service);
        Entry e = promptEntry(QStringLiteral("v0"));
        e.id = insertAndWait(service, e);
        QSignalSpy changed(&service, &LibraryService::entryChanged);
        for (int i = 1; i <= 300; ++i) {
            e.prompt = QStringLiteral("v%1").arg(i);
            e.durationMs = i;
            service.update(e);
        }
        const auto back = entryAndWait(service, e.id);
        QVERIFY(back);
        QCOMPARE(back->prompt, QStringLiteral("v300"));
        QCOMPARE(back->durationMs, 300);
        QTRY_COMPARE(changed.count(), 300);
    }

    void update_unknownEntry_reportsWriteFailed()
    {
        LibraryService service(dbPath());
        openService(service);
        QSignalSpy failed(&service, &LibraryService::writeFailed);
        Entry e;
        e.id = 4242;
        service.update(e);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toLongLong(), 4242);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }

    void find_count_unfinished_andFavourite()
    {
        LibraryService service(dbPath());
        openService(service);
        const qint64 a = insertAndWait(service, promptEntry(QStringLiteral("red balloon")));
        Entry done = promptEntry(QStringLiteral("blue balloon"));
        done.status = EntryStatus::Completed;
        const qint64 b = insertAndWait(service, done);
        service.setFavourite(b, true);

        Query q;
        q.text = QStringLiteral("ball");
        QList<qint64> found;
        int counted = -1;
        QList<qint64> pending;
        QList<qint64> favourites;
        service.find(q, this, [&](const QList<Entry> &entries) {
            for (const Entry &x : entries)
                found.append(x.id);
        });
        service.count(q, this, [&](int n) { counted = n; });
        service.unfinished(this, [&](const QList<Entry> &entries) {
            for (const Entry &x : entries)
                pending.append(x.id);
        });
        Query favouritesOnly;
        favouritesOnly.favouritesOnly = true;
        service.find(favouritesOnly, this, [&](const QList<Entry> &entries) {
            for (const Entry &x : entries)
                favourites.append(x.id);
        });
        QTRY_COMPARE(counted, 2);
        QTRY_COMPARE(favourites, QList<qint64> { b });
        QCOMPARE(found, (QList<qint64> { b, a }));
        QCOMPARE(pending, QList<qint64> { a });
    }

    void remove_deletesRowAndFilesAndSignals()
    {
        LibraryService service(dbPath());
        openService(service);
        Entry e = promptEntry(QStringLiteral("to be removed"));
        e.outputPath = m_dir->filePath(QStringLiteral("clip.mp4"));
        QFile clip(e.outputPath);
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.close();
        const qint64 id = insertAndWait(service, e);
        QSignalSpy removed(&service, &LibraryService::entryRemoved);
        std::optional<bool> result;
        service.remove(id, true, this, [&](bool ok) { result = ok; });
        QTRY_VERIFY(result);
        QVERIFY(*result);
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toLongLong(), id);
        QVERIFY(!QFile::exists(e.outputPath));
        QVERIFY(!entryAndWait(service, id));
        result.reset();
        service.remove(id, true, this, [&](bool ok) { result = ok; });
        QTRY_VERIFY(result);
        QVERIFY(!*result);
    }

    void callbacks_areDroppedWhenContextDies()
    {
        LibraryService service(dbPath());
        openService(service);
        bool called = false;
        // Gone before the library thread even answers...
        auto *early = new QObject;
        service.count({}, early, [&](int) { called = true; });
        delete early;
        // ...and gone after the answer was posted but before it was delivered.
        auto *late = new QObject;
        service.count({}, late, [&](int) { called = true; });
        service.waitForIdle();
        delete late;
        // Answers are delivered in order: once this one is in, the others had their turn.
        bool marker = false;
        service.count({}, this, [&](int) { marker = true; });
        QTRY_VERIFY(marker);
        QVERIFY(!called);
    }

    void callbacks_runOnTheContextThread_signalsOnTheServiceThread()
    {
        LibraryService service(dbPath());
        openService(service);
        QThread other;
        other.start();
        QObject context;
        context.moveToThread(&other);
        QAtomicPointer<QThread> answeredOn;
        service.count({}, &context, [&](int) { answeredOn.storeRelease(QThread::currentThread()); });
        QThread *signalledOn = nullptr;
        connect(&service, &LibraryService::entryChanged, [&] { signalledOn = QThread::currentThread(); });
        service.insert(Entry(), nullptr, {});
        QTRY_COMPARE(answeredOn.loadAcquire(), &other);
        QTRY_COMPARE(signalledOn, QThread::currentThread());
        other.quit();
        other.wait();
    }

    void destructor_flushesPendingWrites()
    {
        qint64 id = 0;
        {
            auto service = std::make_unique<LibraryService>(dbPath());
            openService(*service);
            Entry e = promptEntry(QStringLiteral("first"));
            e.id = insertAndWait(*service, e);
            id = e.id;
            for (int i = 0; i < 500; ++i) {
                e.prompt = QStringLiteral("written at shutdown %1").arg(i);
                e.status = EntryStatus::Completed;
                service->update(e);
            }
            service->setFavourite(id, true);
            // No waiting: the service goes with the writes still queued.
        }
        Library library(dbPath());
        QVERIFY(library.open());
        const auto back = library.entry(id);
        QVERIFY(back);
        QCOMPARE(back->prompt, QStringLiteral("written at shutdown 499"));
        QCOMPARE(back->status, EntryStatus::Completed);
        QVERIFY(back->favourite);
    }
};

QTEST_GUILESS_MAIN(TestLibraryService)

#include "tst_libraryservice.moc"

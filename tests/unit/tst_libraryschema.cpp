// The library's file: created at the current schema in WAL mode, reopened as
// it was, and refused without a byte changed when damaged, foreign or newer.
// Migrations run step by step, each all or nothing; ten thousand runs load
// in one transaction and are found again (counts, not timings).

#include "library/library.h"
#include "library/librarymigrations.h"
#include "librarytestsupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <vector>

using namespace librarytest;

class TestLibrarySchema final : public QObject
{
    Q_OBJECT

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    std::unique_ptr<Library> openLibrary() { return librarytest::openLibrary(dbPath()); }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A connection left behind or reused would show up as one of these.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use|duplicate connection")));
    }

    void open_newFile_createsCurrentSchemaInWalMode()
    {
        auto lib = openLibrary();
        QVERIFY(lib->isOpen());
        QCOMPARE(lib->schemaVersion(), Library::SchemaVersion);
        QCOMPARE(lib->mediaDirectory(), m_dir->filePath(QStringLiteral("media")));
        QVERIFY(QFileInfo(lib->mediaDirectory()).isDir());
        RawDatabase raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Library::SchemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'entries_%'"))
                     .toInt(),
                 8); // created, image_source, seed, status, favourite, request_id, parent_id, created_cost
    }

    void manyOpenersAtOnce_onANewFile_allSucceed()
    {
        // The window and `wanstudio resume` may create the library at the same moment.
        for (int round = 0; round < 10; ++round) {
            const QString path = m_dir->filePath(QStringLiteral("race-%1.sqlite").arg(round));
            constexpr int Openers = 4;
            QSemaphore ready;
            QSemaphore go;
            QAtomicInt opened = 0;
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < Openers; ++i) {
                threads.emplace_back(QThread::create([&] {
                    Library lib(path);
                    ready.release();
                    go.acquire();
                    QString error;
                    if (lib.open(&error) && lib.insert(Entry()) > 0)
                        opened.fetchAndAddOrdered(1);
                    else
                        qWarning() << "opener failed:" << error << lib.lastError();
                }));
                threads.back()->start();
            }
            ready.acquire(Openers);
            go.release(Openers);
            for (auto &thread : threads)
                QVERIFY(thread->wait(30'000));
            QCOMPARE(opened.loadAcquire(), Openers);
            QCOMPARE(librarytest::openLibrary(path)->count(), Openers);
        }
    }

    void reopen_keepsRowsAndVersion()
    {
        qint64 id = 0;
        {
            auto lib = openLibrary();
            id = lib->insert(fullEntry());
        }
        auto lib = openLibrary();
        QVERIFY(lib->isOpen());
        QCOMPARE(lib->schemaVersion(), Library::SchemaVersion);
        QVERIFY(lib->entry(id));
        QCOMPARE(lib->entry(id)->prompt, fullEntry().prompt);
        QVERIFY(lib->open()); // again: harmless
    }

    void twoLibraries_inOneProcess_doNotShareAConnection()
    {
        Library one(m_dir->filePath(QStringLiteral("one.sqlite")));
        Library two(m_dir->filePath(QStringLiteral("two.sqlite")));
        QVERIFY(one.open());
        QVERIFY(two.open());
        one.insert(Entry());
        QCOMPARE(one.count(), 1);
        QCOMPARE(two.count(), 0);
    }

    void notOpen_everyCallFailsCleanly()
    {
        Library lib(dbPath());
        QCOMPARE(lib.insert(Entry()), 0);
        QVERIFY(!lib.entry(1));
        QVERIFY(lib.find({}).isEmpty());
        QVERIFY(!lib.remove(1, true));
        QVERIFY(!lib.lastError().isEmpty());
    }

    void corruptFile_failsOpenWithReasonAndStaysUntouched()
    {
        QByteArray junk(64 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (char &c : junk)
            c = char(gen.bounded(256));
        QVERIFY(writeFile(dbPath(), junk));
        Library lib(dbPath());
        QString error;
        QVERIFY(!lib.open(&error));
        QVERIFY(!lib.isOpen());
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(error.contains(QDir::toNativeSeparators(dbPath())));
        QCOMPARE(lib.lastError(), error);
        QCOMPARE(sha1(dbPath()), QCryptographicHash::hash(junk, QCryptographicHash::Sha1));
        QCOMPARE(lib.insert(Entry()), 0);
    }

    void foreignDatabase_isRefusedAndUntouched()
    {
        {
            RawDatabase raw(dbPath());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE entries (id INTEGER PRIMARY KEY, title TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO entries (title) VALUES ('theirs')")));
        }
        const QByteArray before = sha1(dbPath());
        Library lib(dbPath());
        QString error;
        QVERIFY(!lib.open(&error));
        QVERIFY2(error.contains(QStringLiteral("not a Wan Studio library")), qPrintable(error));
        QCOMPARE(sha1(dbPath()), before);
    }

    void newerSchema_isRefused()
    {
        {
            QVERIFY(openLibrary()->isOpen());
        }
        {
            RawDatabase raw(dbPath());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Library::SchemaVersion + 1)));
        }
        Library lib(dbPath());
        QString error;
        QVERIFY(!lib.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    }

    void migration_fromEmptyVersion0File_createsSchema()
    {
        QVERIFY(writeFile(dbPath(), QByteArray())); // what SQLite calls an empty database
        {
            RawDatabase raw(dbPath());
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        }
        auto lib = openLibrary();
        QVERIFY(lib->isOpen());
        QCOMPARE(lib->schemaVersion(), Library::SchemaVersion);
        QVERIFY(lib->insert(fullEntry()) > 0);
    }

    // Version 2 adds each run's owner and the video's address; a version 1 library
    // keeps its rows, which belong to nobody (so they can be resumed at once).
    void migration_fromVersion1_addsOwnerAndVideoUrl()
    {
        {
            RawDatabase raw(dbPath());
            QString error;
            QVERIFY2(migrations::migrate(raw.db(), migrations::steps().mid(0, 1), &error), qPrintable(error));
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO entries (created, updated, status, request_id)"
                                            " VALUES (1, 1, 'submitted', 'req-1')")));
        }
        auto lib = openLibrary();
        QVERIFY(lib->isOpen());
        QCOMPARE(lib->schemaVersion(), Library::SchemaVersion);
        const QList<Entry> entries = lib->find({});
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().requestId, QStringLiteral("req-1"));
        QVERIFY(!entries.first().cost); // version 3: unknown for runs recorded before it
        QVERIFY(!entries.first().isContinuation()); // version 4: no lineage before it
        QVERIFY(entries.first().ownerToken.isEmpty());
        QVERIFY(entries.first().outputUrl.isEmpty());
        // Claimable at once, and then this process's.
        const Claim claim = lib->claim(entries.first().id);
        QCOMPARE(claim.outcome, Claim::Claimed);
        QCOMPARE(lib->entry(entries.first().id)->ownerToken, lib->ownerToken());
        Entry e = *lib->entry(entries.first().id);
        e.outputUrl = QUrl(QStringLiteral("https://storage.example/clip.mp4"));
        QVERIFY(lib->update(e));
        QCOMPARE(lib->entry(e.id)->outputUrl, e.outputUrl);
    }

    void migration_futureStep_keepsRows()
    {
        QList<qint64> inserted;
        {
            auto lib = openLibrary();
            for (int i = 0; i < 3; ++i)
                inserted.append(lib->insert(promptEntry(QStringLiteral("harbour %1").arg(i))));
        }
        RawDatabase raw(dbPath());
        auto steps = migrations::steps();
        steps.append([](QSqlDatabase &db, QString *error) {
            return migrations::execAll(db, { QStringLiteral("ALTER TABLE entries ADD COLUMN rating INTEGER NOT NULL DEFAULT 3") },
                                       error);
        });
        QString error;
        QVERIFY2(migrations::migrate(raw.db(), steps, &error), qPrintable(error));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Library::SchemaVersion + 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM entries WHERE rating = 3")).toInt(), 3);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'harbour'")).toInt(), 3);
        QVERIFY(migrations::migrate(raw.db(), steps, &error)); // nothing left to do
        QVERIFY(!migrations::migrate(raw.db(), migrations::steps(), &error)); // older code refuses
    }

    void migration_failingStep_rollsBackToPreviousVersion()
    {
        {
            auto lib = openLibrary();
            lib->insert(promptEntry(QStringLiteral("keep me")));
        }
        RawDatabase raw(dbPath());
        auto steps = migrations::steps();
        steps.append([](QSqlDatabase &db, QString *error) {
            migrations::execAll(
                db, { QStringLiteral("ALTER TABLE entries ADD COLUMN half_done INTEGER"), QStringLiteral("DELETE FROM entries") },
                error);
            *error = QStringLiteral("step two gave up");
            return false;
        });
        QString error;
        QVERIFY(!migrations::migrate(raw.db(), steps, &error));
        QVERIFY2(error.contains(QStringLiteral("gave up")), qPrintable(error));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Library::SchemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM entries")).toInt(), 1);
        QVERIFY(!raw.exec(QStringLiteral("SELECT half_done FROM entries")));
    }

    void tenThousandEntries_insertManyThenReopenAndSearch()
    {
        QList<Entry> entries;
        entries.reserve(10'000);
        for (int i = 0; i < 10'000; ++i) {
            Entry e = promptEntry(QStringLiteral("scene %1 with colour%2 and item%3").arg(i).arg(i % 10).arg(i),
                                  QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + qint64(i) * 1000, Qt::UTC));
            e.seed = i;
            e.status = i % 100 == 0 ? EntryStatus::Submitted : EntryStatus::Completed;
            entries.append(e);
        }
        {
            auto lib = openLibrary();
            QVERIFY2(lib->insertMany(entries), qPrintable(lib->lastError()));
        }
        auto lib = openLibrary();
        QCOMPARE(lib->count(), 10'000);
        Query q;
        q.text = QStringLiteral("colour7");
        QCOMPARE(lib->count(q), 1'000);
        q.limit = 0;
        const QList<Entry> found = lib->find(q);
        QCOMPARE(found.size(), 1'000);
        QCOMPARE(found.first().seed, 9'997); // newest first
        q.text = QStringLiteral("item4321");
        QCOMPARE(ids(lib->find(q)).size(), 1);
        QCOMPARE(lib->find(q).first().seed, 4'321);
        q.text = QStringLiteral("item432"); // prefix: 432, 4320..4329
        QCOMPARE(lib->count(q), 11);
        QCOMPARE(lib->unfinished().size(), 100);
    }

    void insertMany_failure_insertsNothing()
    {
        auto lib = openLibrary();
        QList<Entry> entries { Entry(), Entry() };
        // The third row is refused by the database: the two before it must not stay.
        {
            RawDatabase raw(dbPath());
            QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON entries WHEN new.prompt = 'bad'"
                                            " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        }
        entries.append(promptEntry(QStringLiteral("bad")));
        QVERIFY(!lib->insertMany(entries));
        QVERIFY(lib->lastError().contains(QStringLiteral("refused")));
        QCOMPARE(lib->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySchema)

#include "tst_libraryschema.moc"

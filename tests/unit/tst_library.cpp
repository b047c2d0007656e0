// The library keeps every run, paid or not: each field survives the database,
// searches find what they should and user text never becomes SQL, and removing
// a run touches only its own files. (The file itself: tst_libraryschema.)

#include "library/library.h"
#include "library/runowner.h"
#include "librarytestsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace librarytest;

class TestLibrary final : public QObject
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

    void statusNames_areStableAndRoundTrip_data()
    {
        QTest::addColumn<EntryStatus>("status");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("finished");
        QTest::newRow("queued") << EntryStatus::Queued << "queued" << false;
        QTest::newRow("preparing") << EntryStatus::Preparing << "preparing" << false;
        QTest::newRow("uploading") << EntryStatus::Uploading << "uploading" << false;
        QTest::newRow("submitting") << EntryStatus::Submitting << "submitting" << false;
        QTest::newRow("submitted") << EntryStatus::Submitted << "submitted" << false;
        QTest::newRow("processing") << EntryStatus::Processing << "processing" << false;
        QTest::newRow("downloading") << EntryStatus::Downloading << "downloading" << false;
        QTest::newRow("completed") << EntryStatus::Completed << "completed" << true;
        QTest::newRow("failed") << EntryStatus::Failed << "failed" << true;
        QTest::newRow("cancelled") << EntryStatus::Cancelled << "cancelled" << true;
        QTest::newRow("expired") << EntryStatus::Expired << "expired" << true;
    }

    void statusNames_areStableAndRoundTrip()
    {
        QFETCH(EntryStatus, status);
        QFETCH(QString, name);
        QFETCH(bool, finished);
        QCOMPARE(statusName(status), name);
        QCOMPARE(statusFromName(name), std::optional<EntryStatus>(status));
        QCOMPARE(isFinished(status), finished);
    }

    void statusFromName_unknownOrWrongCase_isEmpty()
    {
        QVERIFY(!statusFromName(QStringLiteral("Completed")));
        QVERIFY(!statusFromName(QString()));
    }

    void insert_entry_roundTripsEveryField_data()
    {
        QTest::addColumn<bool>("withNumbers");
        QTest::newRow("optional numbers present") << true;
        QTest::newRow("optional numbers absent") << false;
    }

    void insert_entry_roundTripsEveryField()
    {
        QFETCH(bool, withNumbers);
        auto lib = openLibrary();
        Entry e = fullEntry();
        if (!withNumbers) {
            e.creditsBefore.reset();
            e.creditsAfter.reset();
            e.inferenceSeconds.reset();
            e.submittedAt = QDateTime();
        }
        const qint64 id = lib->insert(e);
        QVERIFY2(id > 0, qPrintable(lib->lastError()));
        e.id = id;
        const auto back = lib->entry(id);
        QVERIFY(back);
        QVERIFY2(difference(*back, e).isEmpty(), qPrintable(difference(*back, e)));
        QCOMPARE(back->created.timeSpec(), Qt::UTC);
        QVERIFY(!lib->entry(id + 1));
        QVERIFY(lib->lastError().isEmpty()); // absent is not an error
    }

    void insert_withoutTimes_stampsThemNow()
    {
        auto lib = openLibrary();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto back = lib->entry(lib->insert(Entry()));
        QVERIFY(back);
        QVERIFY(back->created >= before.addMSecs(-1) && back->created <= QDateTime::currentDateTimeUtc());
        QCOMPARE(back->updated, back->created);
        QCOMPARE(back->status, EntryStatus::Queued);
        QCOMPARE(back->mode, QStringLiteral("async"));
        QCOMPARE(back->durationMs, -1);
    }

    void update_rewritesFieldsKeepsCreatedAndFollowsPrompt()
    {
        auto lib = openLibrary();
        Entry e = fullEntry();
        e.prompt = QStringLiteral("old lighthouse");
        e.id = lib->insert(e);
        e.prompt = QStringLiteral("new windmill");
        e.status = EntryStatus::Failed;
        e.created = utc(2001, 1, 1);
        e.creditsAfter.reset();
        QVERIFY2(lib->update(e), qPrintable(lib->lastError()));
        const auto back = lib->entry(e.id);
        QVERIFY(back);
        QCOMPARE(back->status, EntryStatus::Failed);
        QVERIFY(!back->creditsAfter);
        QCOMPARE(back->created, fullEntry().created);
        QVERIFY(back->updated > fullEntry().updated);
        Query q;
        q.text = QStringLiteral("lighthouse");
        QCOMPARE(lib->count(q), 0);
        q.text = QStringLiteral("windmill");
        QCOMPARE(lib->count(q), 1);
    }

    void update_leavesTheUsersFavouriteAlone()
    {
        auto lib = openLibrary();
        Entry e = fullEntry();
        e.favourite = false;
        e.id = lib->insert(e);
        QVERIFY(lib->setFavourite(e.id, true));
        e.status = EntryStatus::Completed;  // a running job's stale copy, still unstarred
        QVERIFY2(lib->update(e), qPrintable(lib->lastError()));
        QVERIFY(lib->entry(e.id)->favourite);
    }

    void update_unknownId_failsWithReason()
    {
        auto lib = openLibrary();
        Entry e;
        e.id = 99;
        QVERIFY(!lib->update(e));
        QVERIFY(lib->lastError().contains(QStringLiteral("99")));
    }

    void find_byText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected"); // indexes into the prompts below, newest first
        QTest::newRow("word") << "lighthouse" << QList<int> { 1, 0 };
        QTest::newRow("prefix") << "light" << QList<int> { 2, 1, 0 };
        QTest::newRow("case") << "LIGHTHOUSE Storm" << QList<int> { 0 };
        QTest::newRow("all words") << "lighthouse calm" << QList<int> { 1 };
        QTest::newRow("diacritics") << "zurich" << QList<int> { 2 };
        QTest::newRow("cjk") << "東京" << QList<int> { 2 };
        QTest::newRow("emoji") << "🐱" << QList<int> { 3 };
        QTest::newRow("quote") << "\"storm" << QList<int> { 0 };
        QTest::newRow("lone quote") << "\"" << QList<int> {};
        QTest::newRow("fts syntax") << "light* OR NOT (NEAR" << QList<int> {};
        QTest::newRow("sql") << "'); DROP TABLE entries;--" << QList<int> { 4 };
        QTest::newRow("nothing") << "volcano" << QList<int> {};
        QTest::newRow("blank") << "   " << QList<int> { 4, 3, 2, 1, 0 };
    }

    void find_byText()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        auto lib = openLibrary();
        const QStringList prompts { QStringLiteral("A lighthouse in a storm"), QStringLiteral("Calm sea, lighthouse at dawn"),
                                    QStringLiteral("Zürich trams, 東京 lights"), QStringLiteral("a cat 🐱 sleeping"),
                                    QStringLiteral("say '); DROP TABLE entries;-- twice") };
        QList<qint64> inserted;
        for (int i = 0; i < prompts.size(); ++i)
            inserted.append(lib->insert(promptEntry(prompts.at(i), utc(2024, 5, 1 + i))));
        Query q;
        q.text = text;
        QList<qint64> want;
        for (int i : expected)
            want.append(inserted.at(i));
        QCOMPARE(ids(lib->find(q)), want);
        QCOMPARE(lib->count(q), want.size());
        QVERIFY2(lib->lastError().isEmpty(), qPrintable(lib->lastError()));
        QCOMPARE(lib->count(), prompts.size()); // the table is still there, whole
    }

    void find_byEachFilter()
    {
        auto lib = openLibrary();
        Entry a = promptEntry(QStringLiteral("a"), utc(2024, 1, 1));
        a.imageSource = QStringLiteral("/img/one.png");
        a.seed = 5'000'000'000'123;
        a.parameters = { { QStringLiteral("resolution"), QStringLiteral("720p") } };
        a.status = EntryStatus::Completed;
        a.favourite = true;
        Entry b = promptEntry(QStringLiteral("b"), utc(2024, 1, 2));
        b.imageSource = QStringLiteral("/img/two.png");
        b.seed = 7;
        b.parameters = { { QStringLiteral("resolution"), QStringLiteral("480p") } };
        b.status = EntryStatus::Failed;
        const qint64 ida = lib->insert(a);
        const qint64 idb = lib->insert(b);
        Query q;
        q.imageSource = QStringLiteral("/img/one.png");
        QCOMPARE(ids(lib->find(q)), QList<qint64> { ida });
        q = {};
        q.seed = 5'000'000'000'123;
        QCOMPARE(ids(lib->find(q)), QList<qint64> { ida });
        q.seed = 5'000'000'000'124;
        QCOMPARE(lib->count(q), 0);
        q = {};
        q.resolution = QStringLiteral("480p");
        QCOMPARE(ids(lib->find(q)), QList<qint64> { idb });
        q = {};
        q.favouritesOnly = true;
        QCOMPARE(ids(lib->find(q)), QList<qint64> { ida });
        q = {};
        q.status = EntryStatus::Failed;
        QCOMPARE(ids(lib->find(q)), QList<qint64> { idb });
        q.status = EntryStatus::Queued;
        QCOMPARE(lib->count(q), 0);
        q = {};
        q.resolution = QStringLiteral("720p");
        q.imageSource = QStringLiteral("/img/two.png");
        QCOMPARE(lib->count(q), 0); // filters combine
    }

    void find_byDateRange_usesWholeLocalDays()
    {
        auto lib = openLibrary();
        const QDate day(2024, 3, 10);
        const auto at = [&](int addDays, int h, int m) { return QDateTime(day.addDays(addDays), QTime(h, m)).toUTC(); };
        const qint64 before = lib->insert(promptEntry(QStringLiteral("before"), at(-1, 23, 59)));
        const qint64 first = lib->insert(promptEntry(QStringLiteral("first"), at(0, 0, 0)));
        const qint64 last = lib->insert(promptEntry(QStringLiteral("last"), at(1, 23, 59)));
        const qint64 after = lib->insert(promptEntry(QStringLiteral("after"), at(2, 0, 0)));
        Query q;
        q.from = day;
        q.to = day.addDays(1);
        QCOMPARE(ids(lib->find(q)), (QList<qint64> { last, first }));
        q.to = QDate();
        QCOMPARE(ids(lib->find(q)), (QList<qint64> { after, last, first }));
        q.from = QDate();
        q.to = day;
        QCOMPARE(ids(lib->find(q)), (QList<qint64> { first, before }));
    }

    void find_newestFirstWithLimitAndOffset()
    {
        auto lib = openLibrary();
        QList<qint64> newestFirst;
        for (int i = 0; i < 7; ++i)
            newestFirst.prepend(lib->insert(promptEntry(QStringLiteral("run %1").arg(i), utc(2024, 2, 1 + i))));
        // Same instant: the later insert counts as newer.
        const qint64 twin = lib->insert(promptEntry(QStringLiteral("twin"), utc(2024, 2, 7)));
        newestFirst.prepend(twin);
        Query q;
        QCOMPARE(ids(lib->find(q)), newestFirst);
        q.limit = 3;
        QCOMPARE(ids(lib->find(q)), newestFirst.mid(0, 3));
        q.offset = 6;
        QCOMPARE(ids(lib->find(q)), newestFirst.mid(6));
        q.limit = 0; // no limit
        q.offset = 2;
        QCOMPARE(ids(lib->find(q)), newestFirst.mid(2));
        QCOMPARE(lib->count(q), newestFirst.size()); // count ignores paging
    }

    void unfinished_isEverythingNotFinishedOldestFirst()
    {
        auto lib = openLibrary();
        QList<qint64> expected;
        int day = 1;
        for (int s = int(EntryStatus::Queued); s <= int(EntryStatus::Expired); ++s) {
            Entry e = promptEntry(QStringLiteral("s"), utc(2024, 4, day++));
            e.status = EntryStatus(s);
            const qint64 id = lib->insert(e);
            if (!isFinished(e.status))
                expected.append(id);
        }
        QCOMPARE(expected.size(), 7);
        QCOMPARE(ids(lib->unfinished()), expected);
    }

    void setFavourite_marksUnmarksAndRejectsUnknown()
    {
        auto lib = openLibrary();
        const qint64 id = lib->insert(Entry());
        QVERIFY(lib->setFavourite(id, true));
        QVERIFY(lib->entry(id)->favourite);
        QVERIFY(lib->setFavourite(id, false));
        QVERIFY(!lib->entry(id)->favourite);
        QVERIFY(!lib->setFavourite(id + 1, true));
        QVERIFY(!lib->lastError().isEmpty());
    }

    void remove_withoutFiles_keepsThem()
    {
        auto lib = openLibrary();
        Entry e = promptEntry(QStringLiteral("gone soon"));
        e.outputPath = m_dir->filePath(QStringLiteral("results/clip.mp4"));
        QVERIFY(writeFile(e.outputPath));
        const qint64 id = lib->insert(e);
        QVERIFY(lib->remove(id, false));
        QVERIFY(!lib->entry(id));
        QVERIFY(QFile::exists(e.outputPath));
        Query q;
        q.text = QStringLiteral("gone");
        QCOMPARE(lib->count(q), 0); // its search row went with it
        QVERIFY(!lib->remove(id, false));
    }

    void remove_withFiles_deletesOnlyItsOwn()
    {
        auto lib = openLibrary();
        const QString results = m_dir->filePath(QStringLiteral("results"));
        Entry e;
        e.imageSource = m_dir->filePath(QStringLiteral("mine/original.png"));
        e.outputPath = results + QStringLiteral("/clip.mp4");
        e.preparedImagePath = lib->mediaDirectory() + QStringLiteral("/prepared/p1.jpg");
        Entry sibling;
        sibling.outputPath = results + QStringLiteral("/clip-2.mp4");
        sibling.preparedImagePath = lib->mediaDirectory() + QStringLiteral("/prepared/p2.jpg");
        const QStringList gone { e.outputPath, results + QStringLiteral("/clip.json"), e.preparedImagePath };
        const QStringList kept { e.imageSource,
                                 sibling.outputPath,
                                 results + QStringLiteral("/clip-2.json"),
                                 sibling.preparedImagePath,
                                 results + QStringLiteral("/clip.mp4.part"),
                                 results + QStringLiteral("/notes.txt") };
        for (const QString &path : gone + kept)
            QVERIFY(writeFile(path));
        const qint64 id = lib->insert(e);
        const qint64 siblingId = lib->insert(sibling);
        QVERIFY2(lib->remove(id, true), qPrintable(lib->lastError()));
        QVERIFY2(lib->lastError().isEmpty(), qPrintable(lib->lastError()));
        for (const QString &path : gone)
            QVERIFY2(!QFile::exists(path), qPrintable(path));
        for (const QString &path : kept)
            QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(lib->entry(siblingId));
    }

    void remove_withFiles_keepsSharedAndForeignImages()
    {
        auto lib = openLibrary();
        Entry a;
        a.preparedImagePath = lib->mediaDirectory() + QStringLiteral("/prepared/shared.jpg");
        Entry b = a; // a variation of the same prepared image
        Entry c;
        c.imageSource = m_dir->filePath(QStringLiteral("mine/photo.jpg"));
        c.preparedImagePath = c.imageSource; // not ours: outside the media folder
        QVERIFY(writeFile(a.preparedImagePath));
        QVERIFY(writeFile(c.imageSource));
        const qint64 ida = lib->insert(a);
        const qint64 idb = lib->insert(b);
        QVERIFY(lib->remove(ida, true));
        QVERIFY(QFile::exists(a.preparedImagePath));
        QVERIFY(lib->remove(idb, true));
        QVERIFY(!QFile::exists(a.preparedImagePath)); // the last user takes it along
        QVERIFY(lib->remove(lib->insert(c), true));
        QVERIFY(QFile::exists(c.imageSource));
    }

    // Two processes (two leases) on one library: a run has one owner at a time, a
    // dead owner's run is taken at once, a finished run belongs to nobody.
    void chain_listsContinuationsInOrder_andSaysWhereALinkIsGone()
    {
        auto lib = openLibrary();
        // A three-shot scene: each shot continues the last frame of the one before.
        Entry first = promptEntry(QStringLiteral("shot one"));
        first.requestId = QStringLiteral("req-a");
        first.id = lib->insert(first);
        Entry second = promptEntry(QStringLiteral("shot two"));
        second.parentId = first.id;
        second.parentFrame = 80;
        second.parentRequestId = first.requestId;
        second.requestId = QStringLiteral("req-b");
        second.id = lib->insert(second);
        Entry third = promptEntry(QStringLiteral("shot three"));
        third.parentId = second.id;
        third.parentFrame = 99;
        third.parentRequestId = second.requestId;
        third.id = lib->insert(third);
        Entry other = promptEntry(QStringLiteral("another take from shot one"));
        other.parentId = first.id;
        other.parentFrame = 40;
        other.id = lib->insert(other);
        QVERIFY(first.id > 0 && second.id > 0 && third.id > 0 && other.id > 0);

        Library::Chain chain = lib->chain(third.id);
        QCOMPARE(ids(chain.entries), (QList<qint64>{first.id, second.id, third.id}));
        QCOMPARE(chain.brokenAt, 0);
        QCOMPARE(chain.entries.at(2).parentFrame, 99);
        QCOMPARE(ids(lib->chain(first.id).entries), QList<qint64>{first.id});
        QCOMPARE(ids(lib->continuations(first.id)), (QList<qint64>{second.id, other.id}));
        const QHash<qint64, int> counts = lib->continuationCounts({first.id, second.id, third.id});
        QCOMPARE(counts.value(first.id), 2);
        QCOMPARE(counts.value(second.id), 1);
        QVERIFY(!counts.contains(third.id));

        // The middle shot is deleted: the others stay, and the break is named.
        QVERIFY(lib->remove(second.id, false));
        chain = lib->chain(third.id);
        QCOMPARE(ids(chain.entries), QList<qint64>{third.id});
        QCOMPARE(chain.brokenAt, second.id);
        QCOMPARE(chain.brokenAtFrame, 99);
        QVERIFY(lib->entry(first.id));

        // A library rebuilt from the clips has other ids: the request id still links them.
        Entry rebuilt = promptEntry(QStringLiteral("shot two, listed again"));
        rebuilt.requestId = QStringLiteral("req-b");
        rebuilt.parentId = first.id;
        rebuilt.parentFrame = 80;
        rebuilt.id = lib->insert(rebuilt);
        chain = lib->chain(third.id);
        QCOMPARE(ids(chain.entries), (QList<qint64>{first.id, rebuilt.id, third.id}));
    }

    void claim_oneOwnerAtATime_deadOwnerTakenOver()
    {
        const QString owners = m_dir->filePath(QStringLiteral("owners"));
        auto leaseA = std::make_shared<ProcessLease>(owners);
        auto leaseB = std::make_shared<ProcessLease>(owners);
        QVERIFY(leaseA->isHeld() && leaseB->isHeld());
        QVERIFY(leaseA->token() != leaseB->token());
        Library a(dbPath());
        a.setLease(leaseA);
        QVERIFY(a.open());
        Library b(dbPath());
        b.setLease(leaseB);
        QVERIFY(b.open());

        Entry e;
        e.status = EntryStatus::Submitted;
        e.requestId = QStringLiteral("req-a");
        const qint64 id = a.insert(e);
        QCOMPARE(a.entry(id)->ownerToken, leaseA->token()); // a new run is its recorder's
        QCOMPARE(a.claim(id).outcome, Claim::Claimed);      // already mine
        const Claim refused = b.claim(id);
        QCOMPARE(refused.outcome, Claim::HeldElsewhere);
        QCOMPARE(refused.ownerPid, leaseA->pid());
        const UnfinishedRuns seenByB = b.claimUnfinished(true);
        QCOMPARE(seenByB.heldElsewhere.size(), 1);
        QVERIFY(seenByB.claimed.isEmpty());

        // A progress update written from an older copy does not hand the run over.
        Entry stale = *b.entry(id);
        stale.ownerToken.clear();
        QVERIFY(b.update(stale));
        QCOMPARE(b.entry(id)->ownerToken, leaseA->token());

        const QString fileA = QDir(owners).filePath(leaseA->token() + QStringLiteral(".lock"));
        QVERIFY(QFile::exists(fileA));
        QVERIFY(ProcessLease::isAlive(owners, leaseA->token()));
        a.setLease(nullptr);
        leaseA.reset(); // process A is gone
        const UnfinishedRuns takenOver = b.claimUnfinished(false);
        QCOMPARE(takenOver.claimed.size(), 1);
        QCOMPARE(b.entry(id)->ownerToken, leaseB->token());
        QVERIFY(!QFile::exists(fileA));

        Entry done = *b.entry(id);
        done.status = EntryStatus::Completed;
        QVERIFY(b.update(done));
        QVERIFY(b.entry(id)->ownerToken.isEmpty());
        QCOMPARE(b.claim(id).outcome, Claim::Finished);
    }

    // A lock file whose process died without removing it (SIGKILL) is found dead and removed.
    void processLease_fileLeftUnlocked_isDead()
    {
        const QString owners = m_dir->filePath(QStringLiteral("owners"));
        QVERIFY(QDir().mkpath(owners));
        const QString token = QStringLiteral("2f1c7a4e-8a1b-4c3d-9e5f-0a1b2c3d4e5f");
        QVERIFY(writeFile(QDir(owners).filePath(token + QStringLiteral(".lock"))));
        QVERIFY(!ProcessLease::isAlive(owners, token));
        QVERIFY(!QFile::exists(QDir(owners).filePath(token + QStringLiteral(".lock"))));
        QVERIFY(!ProcessLease::isAlive(owners, QStringLiteral("../library.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)

#include "tst_library.moc"

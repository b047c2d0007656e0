// Library's sequences (schema version 5): kept in order with their in and out
// points, listed newest first, removed with their rows, and a run deleted
// from the library leaves its place (export then names it as missing). The
// chain through a clip (Make Sequence from Chain) walks back and forward,
// taking the first finished take where a clip was continued more than once.

#include "librarytestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wan::library;

class TestLibrarySequences final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void create_keepsOrderAndPoints();
    void sequences_newestFirst();
    void removeSequence_removesItsRows();
    void deletedRun_keepsItsPlace();
    void update_renamesReordersAndTrims();
    void update_seenByAnotherConnection();
    void update_unknownSequenceFails();
    void chainThrough_walksBackAndForward();
    void chainThrough_atAForkTakesTheFirstFinishedTake();
    void joinCrossfades_oneValuePerJoin();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QString m_path;
};

void TestLibrarySequences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("library.sqlite"));
    m_lib = std::make_unique<Library>(m_path);
    QString problem;
    QVERIFY2(m_lib->open(&problem), qPrintable(problem));
    QCOMPARE(m_lib->schemaVersion(), Library::SchemaVersion);
}

void TestLibrarySequences::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

void TestLibrarySequences::create_keepsOrderAndPoints()
{
    const qint64 id = m_lib->createSequence(QStringLiteral("Harbour"), {{12, 0, 40, 0}, {3, -1, -1, 4}, {7, 5, 9, 0}});
    QVERIFY(id > 0);
    const auto s = m_lib->sequence(id);
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("Harbour"));
    QVERIFY(s->created.isValid());
    QCOMPARE(s->clips.size(), 3);
    QCOMPARE(s->clips.at(0).entryId, 12);
    QCOMPARE(s->clips.at(0).out, 40);
    QCOMPARE(s->clips.at(1).entryId, 3);
    QCOMPARE(s->clips.at(1).in, -1);
    QCOMPARE(s->clips.at(1).crossfade, 4);
    QCOMPARE(s->clips.at(2).entryId, 7);
    QCOMPARE(s->clips.at(2).in, 5);
    QVERIFY(!m_lib->sequence(id + 1));
}

void TestLibrarySequences::sequences_newestFirst()
{
    const qint64 first = m_lib->createSequence(QStringLiteral("one"), {{1, -1, -1, 0}});
    const qint64 second = m_lib->createSequence(QStringLiteral("two"), {});
    const QList<Sequence> all = m_lib->sequences();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, second);
    QVERIFY(all.at(0).clips.isEmpty());
    QCOMPARE(all.at(1).id, first);
    QCOMPARE(all.at(1).clips.size(), 1);
}

void TestLibrarySequences::removeSequence_removesItsRows()
{
    const qint64 id = m_lib->createSequence(QStringLiteral("gone"), {{1, -1, -1, 0}, {2, -1, -1, 0}});
    QVERIFY(m_lib->removeSequence(id));
    QVERIFY(!m_lib->sequence(id));
    QVERIFY(!m_lib->removeSequence(id));
    librarytest::RawDatabase raw(m_path);
    QSqlQuery query(raw.db());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sequence_clips")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestLibrarySequences::deletedRun_keepsItsPlace()
{
    Entry run;
    run.status = EntryStatus::Completed;
    run.prompt = QStringLiteral("a shot");
    const qint64 entry = m_lib->insert(run);
    QVERIFY(entry > 0);
    const qint64 id = m_lib->createSequence(QStringLiteral("with a hole"), {{entry, -1, -1, 0}});
    QVERIFY(m_lib->remove(entry, false));
    const auto s = m_lib->sequence(id);
    QVERIFY(s);
    QCOMPARE(s->clips.size(), 1);
    QVERIFY(!m_lib->entry(s->clips.at(0).entryId));
}

void TestLibrarySequences::update_renamesReordersAndTrims()
{
    const qint64 id = m_lib->createSequence(QStringLiteral("draft"), {{1, -1, -1, 0}, {2, -1, -1, 0}, {3, -1, -1, 0}});
    const QDateTime before = m_lib->sequence(id)->updated;
    QTest::qWait(5); // updated is in milliseconds: the new time must be a later one
    QVERIFY(m_lib->updateSequence(id, QStringLiteral("final"), {{3, 2, 70, 0}, {1, -1, 40, 6}}));
    const auto s = m_lib->sequence(id);
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("final"));
    QVERIFY(s->updated > before);
    QCOMPARE(s->clips.size(), 2);
    QCOMPARE(s->clips.at(0).entryId, 3);
    QCOMPARE(s->clips.at(0).in, 2);
    QCOMPARE(s->clips.at(0).out, 70);
    QCOMPARE(s->clips.at(1).entryId, 1);
    QCOMPARE(s->clips.at(1).in, -1);
    QCOMPARE(s->clips.at(1).out, 40);
    QCOMPARE(s->clips.at(1).crossfade, 6);
    // The same run twice is allowed (a shot repeated), and the rows are renumbered.
    QVERIFY(m_lib->updateSequence(id, QStringLiteral("final"), {{1, -1, -1, 0}, {1, 5, 9, 0}}));
    QCOMPARE(m_lib->sequence(id)->clips.size(), 2);
    QCOMPARE(m_lib->sequence(id)->clips.at(1).in, 5);
}

void TestLibrarySequences::update_seenByAnotherConnection()
{
    // Another process's library (its own connection to the same file) reads the change at once.
    Library other(m_path);
    QVERIFY(other.open());
    const qint64 id = other.createSequence(QStringLiteral("shared"), {{1, -1, -1, 0}});
    QVERIFY(m_lib->updateSequence(id, QStringLiteral("shared, trimmed"), {{1, 3, 20, 0}, {4, -1, -1, 2}}));
    const auto seen = other.sequence(id);
    QVERIFY(seen);
    QCOMPARE(seen->name, QStringLiteral("shared, trimmed"));
    QCOMPARE(seen->clips.size(), 2);
    QCOMPARE(seen->clips.at(0).in, 3);
    QCOMPARE(seen->clips.at(1).crossfade, 2);
}

void TestLibrarySequences::update_unknownSequenceFails()
{
    QVERIFY(!m_lib->updateSequence(99, QStringLiteral("nothing"), {{1, -1, -1, 0}}));
    QVERIFY(m_lib->lastError().contains(QLatin1String("99")));
    librarytest::RawDatabase raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sequence_clips")).toInt(), 0);
    // The library is usable afterwards (the transaction was rolled back).
    QVERIFY(m_lib->createSequence(QStringLiteral("after"), {}) > 0);
}

namespace {

// A finished run made at minute `minute`, continuing parent (0: none) from its frame 80.
Entry shot(const QString &prompt, int minute, const Entry *parent = nullptr)
{
    Entry e = librarytest::promptEntry(prompt, QDateTime(QDate(2026, 3, 1), QTime(10, minute), Qt::UTC));
    e.status = EntryStatus::Completed;
    e.outputPath = QStringLiteral("/clips/%1.mp4").arg(prompt);
    e.requestId = QStringLiteral("req-") + prompt;
    if (parent) {
        e.parentId = parent->id;
        e.parentFrame = 80;
        e.parentRequestId = parent->requestId;
    }
    return e;
}

QList<qint64> ids(const QList<Entry> &entries)
{
    QList<qint64> out;
    for (const Entry &e : entries)
        out << e.id;
    return out;
}

} // namespace

void TestLibrarySequences::chainThrough_walksBackAndForward()
{
    Entry a = shot(QStringLiteral("a"), 0);
    a.id = m_lib->insert(a);
    Entry b = shot(QStringLiteral("b"), 1, &a);
    b.id = m_lib->insert(b);
    Entry c = shot(QStringLiteral("c"), 2, &b);
    c.id = m_lib->insert(c);
    Entry d = shot(QStringLiteral("d"), 3, &c);
    d.id = m_lib->insert(d);
    Entry lone = shot(QStringLiteral("lone"), 4);
    lone.id = m_lib->insert(lone);

    // From the middle: the clips before it and the clips after it.
    Library::ChainThrough through = m_lib->chainThrough(b.id);
    QCOMPARE(ids(through.chain.entries), (QList<qint64>{a.id, b.id, c.id, d.id}));
    QCOMPARE(through.selected, 1);
    QCOMPARE(through.forks, 0);
    // From the first clip, which continues nothing: forward only.
    through = m_lib->chainThrough(a.id);
    QCOMPARE(ids(through.chain.entries), (QList<qint64>{a.id, b.id, c.id, d.id}));
    QCOMPARE(through.selected, 0);
    // From the last: back only, as chain() walks.
    through = m_lib->chainThrough(d.id);
    QCOMPARE(ids(through.chain.entries), ids(m_lib->chain(d.id).entries));
    QCOMPARE(through.selected, 3);
    QCOMPARE(ids(m_lib->chainThrough(lone.id).chain.entries), QList<qint64>{lone.id});
    QVERIFY(m_lib->chainThrough(9999).chain.entries.isEmpty());
}

void TestLibrarySequences::chainThrough_atAForkTakesTheFirstFinishedTake()
{
    Entry a = shot(QStringLiteral("a"), 0);
    a.id = m_lib->insert(a);
    // Three continuations of a: the earliest made has failed, then two takes (the later inserted first).
    Entry failed = shot(QStringLiteral("failed"), 1, &a);
    failed.status = EntryStatus::Failed;
    failed.outputPath.clear();
    failed.id = m_lib->insert(failed);
    Entry late = shot(QStringLiteral("late"), 9, &a);
    late.id = m_lib->insert(late);
    Entry early = shot(QStringLiteral("early"), 5, &a);
    early.id = m_lib->insert(early);
    // The early take goes on; by request id only, as in a rebuilt library.
    Entry next = shot(QStringLiteral("next"), 10, &early);
    next.parentId = 0;
    next.id = m_lib->insert(next);

    const Library::ChainThrough through = m_lib->chainThrough(a.id);
    QCOMPARE(ids(through.chain.entries), (QList<qint64>{a.id, early.id, next.id}));
    QCOMPARE(through.forks, 1);
    // From the later take: it is in its own chain, and nothing continues it.
    QCOMPARE(ids(m_lib->chainThrough(late.id).chain.entries), (QList<qint64>{a.id, late.id}));
    QCOMPARE(m_lib->chainThrough(late.id).forks, 0);
}

void TestLibrarySequences::joinCrossfades_oneValuePerJoin()
{
    Sequence s;
    QVERIFY(s.joinCrossfades().isEmpty());
    s.clips = {{1, -1, -1, 5}, {2, -1, -1, 0}, {3, -1, -1, 6}};
    // The first clip's crossfade has no join before it; join i is before clip i + 1.
    QCOMPARE(s.joinCrossfades(), (QList<int>{0, 6}));
}

QTEST_GUILESS_MAIN(TestLibrarySequences)
#include "tst_librarysequences.moc"

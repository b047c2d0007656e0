// GalleryModel, the gallery's rows: first against a small in-test source whose
// answers the test releases (to pin down merging, stale answers and change
// handling), then against a real LibraryService on a temporary database.

#include "library/gallerymodel.h"
#include "library/libraryservice.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using wan::library::Entry;
using wan::library::EntryStatus;
using wan::library::GalleryModel;
using wan::library::LibraryService;
using wan::library::Query;

// A library in memory whose answers wait until the test releases them.
class FakeLibrary
{
public:
    QList<Entry> entries;
    QList<std::function<void()>> pending;
    int finds = 0;

    GalleryModel::Source source()
    {
        GalleryModel::Source s;
        s.find = [this](const Query &query, QObject *, std::function<void(QList<Entry>)> done) {
            ++finds;
            QList<Entry> found;
            for (const Entry &e : std::as_const(entries)) {
                if (GalleryModel::matchesFilters(e, query) && e.prompt.contains(query.text, Qt::CaseInsensitive))
                    found << e;
            }
            std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) { return a.created > b.created; });
            pending << [found, done] { done(found); };
        };
        s.entry = [this](qint64 id, QObject *, std::function<void(std::optional<Entry>)> done) {
            std::optional<Entry> result;
            for (const Entry &e : std::as_const(entries)) {
                if (e.id == id)
                    result = e;
            }
            pending << [result, done] { done(result); };
        };
        return s;
    }
    void answerAll()
    {
        while (!pending.isEmpty())
            pending.takeFirst()();
    }
    Entry &byId(qint64 id)
    {
        return *std::find_if(entries.begin(), entries.end(), [id](const Entry &e) { return e.id == id; });
    }
};

class TestGalleryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void setQuery_answersLaterNewestFirst();
    void reload_mergesRowsWithoutReset();
    void olderAnswer_isDropped();
    void entryChanged_updatesOrDropsItsRow();
    void entryChanged_unknownMatching_asksAgain();
    void entryRemoved_dropsRow();
    void matchesFilters_data();
    void matchesFilters();
    void summary_data();
    void summary();
    void thumbnails_comeFromTheDirectory();
    void realService_followsLibraryChanges();
    void lineage_namesTheParent_countsContinuations_andSaysWhenTheParentIsGone();

private:
    static Entry entry(qint64 id, const QString &prompt, int minutesAgo, bool favourite = false);
    QList<qint64> ids() const;

    FakeLibrary m_fake;
    std::unique_ptr<GalleryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

Entry TestGalleryModel::entry(qint64 id, const QString &prompt, int minutesAgo, bool favourite)
{
    Entry e;
    e.id = id;
    e.prompt = prompt;
    e.created = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    e.updated = e.created;
    e.status = EntryStatus::Completed;
    e.seed = id;
    e.favourite = favourite;
    e.parameters = { { QStringLiteral("resolution"), QStringLiteral("480p") } };
    return e;
}

QList<qint64> TestGalleryModel::ids() const
{
    QList<qint64> result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result << m_model->index(row).data(GalleryModel::IdRole).toLongLong();
    return result;
}

void TestGalleryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGalleryModel::init()
{
    m_fake = FakeLibrary();
    m_fake.entries = { entry(1, QStringLiteral("oldest fox"), 30), entry(2, QStringLiteral("a boat"), 20, true),
                       entry(3, QStringLiteral("newest fox"), 10) };
    m_tester.reset();
    m_model = std::make_unique<GalleryModel>(m_fake.source());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setQuery({});
    m_fake.answerAll();
    QCOMPARE(ids(), (QList<qint64> { 3, 2, 1 }));
}

void TestGalleryModel::setQuery_answersLaterNewestFirst()
{
    QSignalSpy loading(m_model.get(), &GalleryModel::loadingChanged);
    Query query;
    query.text = QStringLiteral("fox");
    m_model->setQuery(query);
    QVERIFY(m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 3); // nothing changes until the answer comes
    m_fake.answerAll();
    QVERIFY(!m_model->isLoading());
    QCOMPARE(ids(), (QList<qint64> { 3, 1 }));
    QCOMPARE(loading.count(), 2);
    QCOMPARE(m_model->query().text, QStringLiteral("fox"));
}

void TestGalleryModel::reload_mergesRowsWithoutReset()
{
    const QPersistentModelIndex kept = m_model->index(1); // entry 2
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_fake.entries.removeIf([](const Entry &e) { return e.id == 3; });
    m_fake.entries << entry(4, QStringLiteral("brand new"), 1) << entry(5, QStringLiteral("in between"), 15);
    m_fake.byId(1).prompt = QStringLiteral("oldest fox, renamed");
    m_fake.byId(1).updated = QDateTime::currentDateTimeUtc();
    m_model->reload();
    m_fake.answerAll();

    QCOMPARE(ids(), (QList<qint64> { 4, 5, 2, 1 }));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1); // 4 and 5 are one run at the top
    QCOMPARE(changed.count(), 1); // only the renamed one
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(GalleryModel::IdRole).toLongLong(), 2);
    QCOMPARE(m_model->index(3).data(GalleryModel::PromptRole).toString(), QStringLiteral("oldest fox, renamed"));
}

void TestGalleryModel::olderAnswer_isDropped()
{
    Query favourites;
    favourites.favouritesOnly = true;
    m_model->setQuery(favourites);
    Query fox;
    fox.text = QStringLiteral("fox");
    m_model->setQuery(fox);
    QCOMPARE(m_fake.pending.size(), 2);
    // The favourites answer arrives last but was asked first: only the fox one counts.
    m_fake.pending.takeLast()();
    QCOMPARE(ids(), (QList<qint64> { 3, 1 }));
    m_fake.pending.takeFirst()();
    QCOMPARE(ids(), (QList<qint64> { 3, 1 }));
}

void TestGalleryModel::entryChanged_updatesOrDropsItsRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_fake.byId(3).status = EntryStatus::Failed;
    m_model->handleEntryChanged(3);
    m_fake.answerAll();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0).data(GalleryModel::StatusRole).toInt(), int(EntryStatus::Failed));

    Query favourites;
    favourites.favouritesOnly = true;
    m_model->setQuery(favourites);
    m_fake.answerAll();
    QCOMPARE(ids(), QList<qint64> { 2 });
    m_fake.byId(2).favourite = false;
    m_model->handleEntryChanged(2);
    m_fake.answerAll();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_fake.finds, 2); // decided from the entry itself, without asking again
}

void TestGalleryModel::entryChanged_unknownMatching_asksAgain()
{
    Query favourites;
    favourites.favouritesOnly = true;
    m_model->setQuery(favourites);
    m_fake.answerAll();
    const int findsBefore = m_fake.finds;

    m_fake.entries << entry(6, QStringLiteral("not starred"), 0);
    m_model->handleEntryChanged(6);
    m_fake.answerAll();
    QVERIFY(!m_model->isReloadScheduled()); // it cannot match: no need to ask

    m_fake.entries << entry(7, QStringLiteral("starred"), 0, true);
    m_model->handleEntryChanged(7);
    m_fake.answerAll();
    QVERIFY(m_model->isReloadScheduled());
    QTRY_COMPARE(m_fake.finds, findsBefore + 1);
    m_fake.answerAll();
    QCOMPARE(ids(), (QList<qint64> { 7, 2 }));
}

void TestGalleryModel::entryRemoved_dropsRow()
{
    m_model->handleEntryRemoved(2);
    QCOMPARE(ids(), (QList<qint64> { 3, 1 }));
    m_model->handleEntryRemoved(99); // not shown: nothing happens
    QCOMPARE(m_model->rowCount(), 2);
}

void TestGalleryModel::matchesFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("matches");
    QTest::newRow("no filter") << QString() << true;
    QTest::newRow("same seed") << QStringLiteral("seed=42") << true;
    QTest::newRow("other seed") << QStringLiteral("seed=43") << false;
    QTest::newRow("same resolution") << QStringLiteral("resolution=720p") << true;
    QTest::newRow("other resolution") << QStringLiteral("resolution=480p") << false;
    QTest::newRow("favourites, not one") << QStringLiteral("favourites") << false;
    QTest::newRow("same image") << QStringLiteral("image=/a.jpg") << true;
    QTest::newRow("other image") << QStringLiteral("image=/b.jpg") << false;
    QTest::newRow("from today") << QStringLiteral("from=0") << true;
    QTest::newRow("from tomorrow") << QStringLiteral("from=1") << false;
    QTest::newRow("to yesterday") << QStringLiteral("to=-1") << false;
    QTest::newRow("status failed") << QStringLiteral("failed") << false;
}

void TestGalleryModel::matchesFilters()
{
    QFETCH(QString, filter);
    QFETCH(bool, matches);
    Entry e = entry(1, QStringLiteral("x"), 0);
    e.seed = 42;
    e.imageSource = QStringLiteral("/a.jpg");
    e.parameters = { { QStringLiteral("resolution"), QStringLiteral("720p") } };
    Query q;
    const QString value = filter.section(QLatin1Char('='), 1);
    if (filter.startsWith(QLatin1String("seed")))
        q.seed = value.toLongLong();
    else if (filter.startsWith(QLatin1String("resolution")))
        q.resolution = value;
    else if (filter == QLatin1String("favourites"))
        q.favouritesOnly = true;
    else if (filter.startsWith(QLatin1String("image")))
        q.imageSource = value;
    else if (filter.startsWith(QLatin1String("from")))
        q.from = QDate::currentDate().addDays(value.toInt());
    else if (filter.startsWith(QLatin1String("to")))
        q.to = QDate::currentDate().addDays(value.toInt());
    else if (filter == QLatin1String("failed"))
        q.status = EntryStatus::Failed;
    QCOMPARE(GalleryModel::matchesFilters(e, q), matches);
}

void TestGalleryModel::summary_data()
{
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<QString>("summary");
    QTest::newRow("all") << QJsonObject { { QStringLiteral("num_frames"), 81 },
                                          { QStringLiteral("frames_per_second"), 16 },
                                          { QStringLiteral("resolution"), QStringLiteral("480p") } }
                         << QStringLiteral("seed 42 · 81 f · 16 fps · 480p");
    QTest::newRow("720p, 100 frames") << QJsonObject { { QStringLiteral("num_frames"), 100 },
                                                       { QStringLiteral("frames_per_second"), 24 },
                                                       { QStringLiteral("resolution"), QStringLiteral("720p") } }
                                      << QStringLiteral("seed 42 · 100 f · 24 fps · 720p");
    QTest::newRow("nothing known") << QJsonObject() << QStringLiteral("seed 42");
}

void TestGalleryModel::summary()
{
    QFETCH(QJsonObject, parameters);
    QFETCH(QString, summary);
    Entry e;
    e.seed = 42;
    e.parameters = parameters;
    QCOMPARE(GalleryModel::summaryOf(e), summary);
}

void TestGalleryModel::thumbnails_comeFromTheDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile made(dir.filePath(QStringLiteral("2.jpg")));
    QVERIFY(made.open(QIODevice::WriteOnly));
    made.close();
    QVERIFY(m_model->index(1).data(GalleryModel::ThumbnailPathRole).toString().isEmpty());
    m_model->setThumbnailDirectory(dir.path());
    QCOMPARE(m_model->index(1).data(GalleryModel::ThumbnailPathRole).toString(), dir.filePath(QStringLiteral("2.jpg")));
    QVERIFY(m_model->index(0).data(GalleryModel::ThumbnailPathRole).toString().isEmpty());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->markThumbnailReady(3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> { GalleryModel::ThumbnailPathRole });
    QCOMPARE(m_model->index(0).data(GalleryModel::ThumbnailPathRole).toString(), m_model->thumbnailPathFor(3));
}

void TestGalleryModel::realService_followsLibraryChanges()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LibraryService service(dir.filePath(QStringLiteral("library.sqlite")));
    bool opened = false;
    service.open(this, [&opened](bool ok, QString) { opened = ok; });
    QTRY_VERIFY(opened);
    const auto insert = [&](const QString &prompt, bool favourite) {
        Entry e = entry(0, prompt, 0, favourite);
        e.status = EntryStatus::Processing;
        qint64 id = 0;
        service.insert(e, this, [&id](qint64 newId) { id = newId; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&id] { return id != 0; });
        return id;
    };
    const qint64 first = insert(QStringLiteral("a paper boat on a puddle"), false);

    GalleryModel model(&service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery({});
    QTRY_COMPARE(model.rowCount(), 1);

    // A new run appears at the top; an update reaches its row.
    const qint64 second = insert(QStringLiteral("a kite over the dunes"), false);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), second);
    Entry done = model.entryAt(1).value();
    done.status = EntryStatus::Completed;
    service.update(done);
    QTRY_COMPARE(model.index(1).data(GalleryModel::StatusRole).toInt(), int(EntryStatus::Completed));

    // Under "favourites only" a plain new run stays out, a starred one comes in,
    // and one unstarred elsewhere leaves.
    Query favourites;
    favourites.favouritesOnly = true;
    model.setQuery(favourites);
    QTRY_COMPARE(model.rowCount(), 0);
    insert(QStringLiteral("not a favourite"), false);
    const qint64 starred = insert(QStringLiteral("a starred one"), true);
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), starred);
    service.setFavourite(starred, false);
    QTRY_COMPARE(model.rowCount(), 0);

    // Removed elsewhere: the row goes.
    model.setQuery({});
    QTRY_COMPARE(model.rowCount(), 4);
    bool removed = false;
    service.remove(first, false, this, [&removed](bool ok) { removed = ok; });
    QTRY_VERIFY(removed);
    QTRY_COMPARE(model.rowOf(first), -1);
    QCOMPARE(model.rowCount(), 3);
    service.waitForIdle();
}

// The card's "continues #N from frame F" and its count of continuations come
// from the library itself (read with each entry), so they hold across
// processes; deleting the parent keeps the child and says so.
void TestGalleryModel::lineage_namesTheParent_countsContinuations_andSaysWhenTheParentIsGone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LibraryService service(dir.filePath(QStringLiteral("library.sqlite")));
    bool opened = false;
    service.open(this, [&opened](bool ok, QString) { opened = ok; });
    QTRY_VERIFY(opened);
    const auto insert = [&](Entry e) {
        qint64 id = 0;
        service.insert(e, this, [&id](qint64 newId) { id = newId; });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&id] { return id != 0; });
        return id;
    };
    Entry first = entry(0, QStringLiteral("the harbour at dawn"), 0, false);
    first.requestId = QStringLiteral("req-first");
    const qint64 parent = insert(first);
    Entry next = entry(0, QStringLiteral("the boats leave"), 0, false);
    // Named by request id only, as a clip file names its parent: the library finds the id.
    next.parentFrame = 80;
    next.parentRequestId = QStringLiteral("req-first");
    const qint64 child = insert(next);

    GalleryModel model(&service);
    model.setQuery({});
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), child);
    QCOMPARE(model.index(0).data(GalleryModel::LineageRole).toString(), QStringLiteral("continues #%1 from frame 80").arg(parent));
    QCOMPARE(model.index(0).data(GalleryModel::ContinuationsRole).toInt(), 0);
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("continues #%1").arg(parent)));
    QCOMPARE(model.index(1).data(GalleryModel::LineageRole).toString(), QString());
    QCOMPARE(model.index(1).data(GalleryModel::ContinuationsRole).toInt(), 1);
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("continue this clip")));

    bool removed = false;
    service.remove(parent, false, this, [&removed](bool ok) { removed = ok; });
    QTRY_VERIFY(removed);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.index(0).data(GalleryModel::LineageRole).toString(),
                 QStringLiteral("continues #%1 (deleted) from frame 80").arg(parent));
}

QTEST_MAIN(TestGalleryModel)
#include "tst_gallerymodel.moc"

#pragma once

// Shared by the library's tests: a raw connection for looking under the
// library, entries with every field set, and small file helpers.

#include "library/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>
#include <memory>

namespace librarytest {

using namespace wan::library;

// A raw connection for looking under the library, removed when it goes.
class RawDatabase final
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: %1").arg(q.lastError().text());
        return q.value(0);
    }
    bool exec(const QString &sql) { return QSqlQuery(m_db).exec(sql); }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

inline QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

inline Entry fullEntry()
{
    Entry e;
    e.created = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    e.updated = QDateTime::fromMSecsSinceEpoch(1'700'000'050'456, Qt::UTC);
    e.status = EntryStatus::Completed;
    e.model = QStringLiteral("wan-2.2-i2v-fast");
    e.imageSource = QStringLiteral("/home/me/Pictures/château.png");
    e.preparedImagePath = QStringLiteral("/data/media/prepared/ab12.jpg");
    e.imageUrl = QStringLiteral("https://images.segmind.com/ab12.jpg");
    e.prompt = QStringLiteral("A cat 🐱 walks through the Zürich snow, 東京 at night");
    e.parameters = QJsonObject { { QStringLiteral("resolution"), QStringLiteral("720p") },
                                 { QStringLiteral("num_frames"), 81 },
                                 { QStringLiteral("sample_shift"), 5.5 } };
    e.seed = std::numeric_limits<qint64>::max() - 7;
    e.randomSeed = true;
    e.mode = QStringLiteral("sync");
    e.requestId = QStringLiteral("req-0001");
    e.statusUrl = QUrl(QStringLiteral("https://api.segmind.com/v2/requests/req-0001/status?x=a%20b"));
    e.responseUrl = QUrl(QStringLiteral("https://api.segmind.com/v2/requests/req-0001"));
    e.submittedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'010'789, Qt::UTC);
    e.errorCode = QStringLiteral("key-rejected");
    e.errorMessage = QStringLiteral("The key was rejected “quotes”");
    e.errorHint = QStringLiteral("Check it's right");
    e.mayHaveBeenCharged = true;
    e.outputPath = QStringLiteral("/data/results/wan-1.mp4");
    e.durationMs = 5062;
    e.sizeBytes = 5'000'000'000;
    e.creditsBefore = 10.25;
    e.creditsAfter = 9.875;
    e.inferenceSeconds = 42.5;
    e.favourite = true;
    e.batchId = QStringLiteral("batch-7");
    e.cost = 0.0875;
    e.costEstimated = true;
    e.parentId = 41;
    e.parentFrame = 80;
    e.parentRequestId = QStringLiteral("req-0000");
    return e;
}

inline Entry promptEntry(const QString &prompt, const QDateTime &created = {})
{
    Entry e;
    e.prompt = prompt;
    e.created = created;
    return e;
}

// The first field that differs, or nothing.
inline QString difference(const Entry &a, const Entry &b)
{
#define WAN_FIELD(f)                                                                                                             \
    if (!(a.f == b.f))                                                                                                           \
        return QStringLiteral(#f);
    WAN_FIELD(id)
    WAN_FIELD(created)
    WAN_FIELD(updated) WAN_FIELD(status) WAN_FIELD(model) WAN_FIELD(imageSource) WAN_FIELD(preparedImagePath) WAN_FIELD(imageUrl)
        WAN_FIELD(prompt) WAN_FIELD(parameters) WAN_FIELD(seed) WAN_FIELD(randomSeed) WAN_FIELD(mode) WAN_FIELD(requestId)
            WAN_FIELD(statusUrl) WAN_FIELD(responseUrl) WAN_FIELD(submittedAt) WAN_FIELD(errorCode) WAN_FIELD(errorMessage)
                WAN_FIELD(errorHint) WAN_FIELD(mayHaveBeenCharged) WAN_FIELD(outputPath) WAN_FIELD(durationMs)
                    WAN_FIELD(sizeBytes) WAN_FIELD(creditsBefore) WAN_FIELD(creditsAfter) WAN_FIELD(inferenceSeconds)
                        WAN_FIELD(favourite) WAN_FIELD(batchId) WAN_FIELD(cost) WAN_FIELD(parentId)
                            WAN_FIELD(parentFrame) WAN_FIELD(parentRequestId) WAN_FIELD(costEstimated)
#undef WAN_FIELD
                            return {};
}

inline QList<qint64> ids(const QList<Entry> &entries)
{
    QList<qint64> result;
    for (const Entry &e : entries)
        result.append(e.id);
    return result;
}

inline bool writeFile(const QString &path, const QByteArray &bytes = "x")
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray sha1(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1) : QByteArray();
}

// Opens (creating) the library at path; a failure shows in the test log and in isOpen().
inline std::unique_ptr<Library> openLibrary(const QString &path)
{
    auto lib = std::make_unique<Library>(path);
    QString error;
    if (!lib->open(&error))
        qWarning() << "open failed:" << error;
    return lib;
}

} // namespace librarytest

#pragma once

// Every run, in one SQLite database (Qt SQL) in the data directory. Schema
// versioned (PRAGMA user_version) with migrations; prompt search through
// FTS5. Synchronous and single-threaded: the window uses it through
// LibraryService, which runs it on its own thread.

#include "libraryentry.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <functional>
#include <optional>

namespace wan::library {

class ProcessLease;

// Sequences (library_sequences.cpp, schema version 5): named, ordered lists of runs.
struct SequenceClip
{
    qint64 entryId = 0;
    qint64 in = -1;     // first frame, from 0; -1: the clip's first
    qint64 out = -1;    // last frame, included; -1: the clip's last
    int crossfade = 0;  // frames blended with the clip before
};

struct Sequence
{
    qint64 id = 0;
    QString name;
    QDateTime created;
    QDateTime updated;
    QList<SequenceClip> clips;  // in order

    // The crossfade at each join (join i: before clip i + 1), for media::ExportRequest::joinCrossfades.
    QList<int> joinCrossfades() const
    {
        QList<int> joins;
        for (qsizetype i = 1; i < clips.size(); ++i)
            joins.append(qMax(0, clips.at(i).crossfade));
        return joins;
    }
};

struct Query
{
    QString text;                      // full-text search in the prompt (words, prefix matching)
    QString imageSource;               // exact original image
    std::optional<qint64> seed;
    QString resolution;                // "480p" / "720p"
    QDate from;                        // created on or after (local date)
    QDate to;                          // created on or before
    bool favouritesOnly = false;
    std::optional<EntryStatus> status;
    int limit = 500;
    int offset = 0;
};

// The ledger (Library::spendSeries and friends, library_spend.cpp). Periods are
// local calendar days, weeks starting on Monday, and months; a run counts in the
// period it was created in. Costs are the recorded ones (the service's figure,
// or the typical cost where the service charged without saying, marked estimated).
enum class SpendPeriod { Day, Week, Month };

struct SpendBucket
{
    QDate start;                       // the day, the week's Monday, or the month's first day
    double cost = 0.0;                 // every recorded cost in the period
    int runs = 0;                      // runs created in the period (any status)
    int chargedRuns = 0;               // runs with a recorded cost above zero
    int estimatedRuns = 0;             // of those, runs whose cost is the typical one
    std::optional<double> lastBalance; // the balance after the period's run that ended last among those that reported one
};

struct SpendSummary
{
    double total = 0.0;
    int runs = 0;
    int chargedRuns = 0;
    int estimatedRuns = 0;
    int favourites = 0;                // kept clips
    std::optional<double> costPerFavourite; // total / favourites: what each kept clip really cost
    double failedCost = 0.0;           // recorded cost of failed, cancelled and expired runs (should be 0)
    int failedRuns = 0;
    double expiredCost = 0.0;          // of which expired runs
    int expiredRuns = 0;
    int possiblyChargedRuns = 0;       // failed runs that may have been charged without a recorded cost
};

// What counts against a budget: the recorded costs since a moment, and the runs
// that are being sent or have been sent and not finished (they passed the
// budget check and will be charged if they succeed), at the typical cost each.
struct SpendSoFar
{
    double recorded = 0.0;
    double pending = 0.0;
    int pendingRuns = 0;
    double total() const { return recorded + pending; }
};

// One reported balance: after a run (credits_after), for the balance over time.
struct BalancePoint
{
    QDateTime at;                      // UTC: when the run was last updated (its end)
    double balance = 0.0;
    qint64 entryId = 0;
};

// What Library::claim() found.
struct Claim
{
    enum Outcome {
        Claimed,       // this process now owns the run (or already did)
        HeldElsewhere, // another live Wan Studio process is working on it: leave it alone
        Finished,      // nothing left to do
        Missing,       // no such run, or the library could not be used (lastError())
    };
    Outcome outcome = Missing;
    qint64 ownerPid = 0;           // HeldElsewhere: that process
    std::optional<Entry> entry;    // the row as read (with the new owner when Claimed)
};

// Library::claimUnfinished(): every unfinished run, sorted by who may act on it.
struct UnfinishedRuns
{
    QList<Entry> claimed;        // runs that had been sent or were being sent; now this process's
    QList<Entry> neverSent;      // recorded, never sent, no live owner (claimed only when asked)
    QList<Entry> heldElsewhere;  // another live process owns them (ownerPid says which)
};

class Library final
{
    // Library is no QObject; this gives it tr() under its full name, which is the context lupdate uses.
    Q_DECLARE_TR_FUNCTIONS(wan::library::Library)

public:
    static constexpr int SchemaVersion = 6;

    // databasePath: the SQLite file (created when missing). mediaDirectory: where
    // prepared images and results live (default: "media" beside the database).
    explicit Library(const QString &databasePath, const QString &mediaDirectory = {});
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Opens (creating or migrating the schema); false with a translated reason.
    bool open(QString *error = nullptr);
    // After a failed open(): the file is damaged (SQLite finds it corrupt or not a
    // database, or it fails its quick check), as opposed to a folder that cannot be
    // written, a newer schema or someone else's database. `library rebuild` helps then.
    bool isDamaged() const;
    bool isOpen() const;
    int schemaVersion() const;
    QString mediaDirectory() const;
    QString databasePath() const;

    qint64 insert(Entry entry);              // returns the new id, 0 on failure
    // All or nothing, in one transaction (imports, tests); the entries' ids are ignored.
    bool insertMany(const QList<Entry> &entries);
    bool update(const Entry &entry);         // by entry.id; bumps updated; leaves favourite to setFavourite()
    std::optional<Entry> entry(qint64 id) const;
    std::optional<Entry> byRequestId(const QString &requestId) const;
    QList<Entry> find(const Query &query) const;   // newest first
    int count(const Query &query = {}) const;
    // Runs to pick up after a restart: accepted but not finished (resume by polling),
    // and queued ones never sent (resume when the user says so).
    QList<Entry> unfinished() const;
    // Ownership (see ProcessLease). A run is acted on (sent, polled, fetched) only
    // by its owner. insert() makes this process the owner of a new unfinished run;
    // update() of a finished status releases it. Each claim is one transaction.
    Claim claim(qint64 id);
    UnfinishedRuns claimUnfinished(bool claimNeverSent);
    bool release(qint64 id);                  // only when this process owns it
    // Whether the run's owner is a live process other than this one.
    bool ownedElsewhere(const Entry &entry) const;
    QString ownerToken() const;
    qint64 ownerPid() const;
    // The lease this library acts under; by default the process's own lease
    // (ProcessLease::forLibrary). Tests give another one to act as a second process.
    void setLease(std::shared_ptr<ProcessLease> lease);

    // The service times (seconds) of the newest completed runs, newest first: where
    // this account's runs are likely to end, so polling can be dense there.
    QList<double> recentServiceSeconds(int limit = 20) const;
    bool setFavourite(qint64 id, bool favourite);

    // The ledger (library_spend.cpp). from/to are local dates, inclusive; an
    // invalid date leaves that end open. Series are oldest first, one bucket per
    // period that has runs (periods without runs are left out).
    QList<SpendBucket> spendSeries(SpendPeriod period, const QDate &from = {}, const QDate &to = {}) const;
    SpendSummary spendSummary(const QDate &from = {}, const QDate &to = {}) const;
    // Read from the database at the moment of asking, so that runs of other
    // processes count: the budget check's source. excludeId: a run not to count
    // as pending (the one being checked); alsoPending: runs this process let go
    // whose rows may not say so yet (counted until they record a cost).
    SpendSoFar spentSince(const QDateTime &since, double typicalCost, qint64 excludeId = 0,
                          const QSet<qint64> &alsoPending = {}) const;
    QList<BalancePoint> balanceHistory(const QDate &from = {}, const QDate &to = {}) const;
    // The budget's admission, one IMMEDIATE transaction: allowed() reads the
    // spend (spentSince) while no other process can write, and when it says
    // yes the run id (queued, preparing or uploading) is marked Submitting, so
    // that every other process's check from then on counts it as spent. Two processes checking at the same
    // moment therefore cannot both pass a cap with the last run that fits.
    // nullopt: the library could not be read or written.
    std::optional<bool> admitWithinBudget(qint64 id, const std::function<bool(const Library &)> &allowed);

    // Lineage (library_lineage.cpp). The chain of continuations that ends at id,
    // from its first clip to id itself, in order. A link to a parent that is no
    // longer in the library ends the walk there: brokenAt is that parent's id
    // (0 when the chain is whole), so the user can be told what happened.
    struct Chain
    {
        QList<Entry> entries;       // first clip first, id last; empty when id is unknown
        qint64 brokenAt = 0;        // the missing parent's id
        int brokenAtFrame = -1;     // the frame the first present clip started from
    };
    Chain chain(qint64 id) const;
    // The chain through id, both ways: chain(id), then the runs that continue
    // id and so on, forward. Where several runs continue one clip, the one
    // made first (created, then id) that has a finished clip is taken: the
    // first take, as the story was first told; forks counts those places.
    // Runs without a finished clip end the forward walk.
    struct ChainThrough
    {
        Chain chain;                // entries: first clip first, the last continuation last
        int selected = -1;          // id's index in chain.entries
        int forks = 0;              // clips where another continuation was passed over
    };
    ChainThrough chainThrough(qint64 id) const;
    // The runs that continue id (made from one of its frames), oldest first.
    QList<Entry> continuations(qint64 id) const;
    // How many runs continue each of ids (for the Library's badges; absent: none).
    QHash<qint64, int> continuationCounts(const QList<qint64> &ids) const;
    // Removes the row; with deleteFiles also its output MP4, sidecar and prepared image
    // (moved to the system trash where QFile::moveToTrash works, else deleted).
    bool remove(qint64 id, bool deleteFiles);

    // Sequences. createSequence() returns the new id (0 on failure, lastError()
    // says why); the clips' runs are not checked here (see SequenceCommand).
    qint64 createSequence(const QString &name, const QList<SequenceClip> &clips);
    std::optional<Sequence> sequence(qint64 id) const;
    QList<Sequence> sequences() const;  // newest first, with their clips
    bool removeSequence(qint64 id);
    // Replaces a sequence's name and clips (order, in and out points,
    // crossfades) in one transaction and bumps its updated time; false when
    // there is no such sequence or the write failed (lastError() says which).
    bool updateSequence(qint64 id, const QString &name, const QList<SequenceClip> &clips);

    QString lastError() const;
    // The last failure was SQLite's "database or disk is full": a full disk, not a damaged library.
    bool lastErrorWasDiskFull() const;

private:
    struct Private;
    Private *d;
};

} // namespace wan::library

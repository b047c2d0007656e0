#pragma once

// Everything the Spending view shows, read from the library in one go (on the
// library's thread): the ledger's totals and series (library_spend.cpp), the
// balance over time and the runs themselves; and the same as CSV for export.
// The numbers are the library's: the view only draws them.

#include "library.h"

#include <QList>
#include <QString>

namespace wan::library {

// One run as the ledger sees it (a CSV row).
struct SpendRun
{
    qint64 id = 0;
    QDateTime created;                  // UTC
    EntryStatus status = EntryStatus::Queued;
    std::optional<double> cost;
    bool costEstimated = false;
    bool favourite = false;
    std::optional<double> balanceAfter;
    QString requestId;
};

struct SpendingReport
{
    SpendSummary summary;
    QList<SpendBucket> days;
    QList<SpendBucket> weeks;
    QList<SpendBucket> months;
    QList<BalancePoint> balance;
    QList<SpendRun> runs;               // oldest first
    QString error;                      // the library's complaint, when a read failed

    // Reads it all (a blocking read: call it on the library's thread).
    static SpendingReport read(const Library &library);

    // date,cost,runs,charged_runs,estimated_runs,balance: one line per day with runs.
    QString daysCsv() const;
    // id,created,status,cost,cost_estimated,favourite,balance_after,request_id: one line per run.
    QString runsCsv() const;
};

} // namespace wan::library

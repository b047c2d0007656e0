#include "spendingreport.h"

#include <QStringList>

namespace wan::library {

namespace {

// Machine-readable numbers: a dot, no grouping, whatever the locale.
QString number(double value)
{
    return QString::number(value, 'f', 4);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

SpendingReport SpendingReport::read(const Library &library)
{
    SpendingReport report;
    report.summary = library.spendSummary();
    report.days = library.spendSeries(SpendPeriod::Day);
    report.weeks = library.spendSeries(SpendPeriod::Week);
    report.months = library.spendSeries(SpendPeriod::Month);
    report.balance = library.balanceHistory();
    Query all;
    all.limit = -1;
    const QList<Entry> entries = library.find(all); // newest first
    report.runs.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        report.runs.append(SpendRun { it->id, it->created, it->status, it->cost, it->costEstimated, it->favourite,
                                      it->creditsAfter, it->requestId });
    }
    report.error = library.lastError();
    return report;
}

QString SpendingReport::daysCsv() const
{
    QString csv = line({ QStringLiteral("date"), QStringLiteral("cost"), QStringLiteral("runs"), QStringLiteral("charged_runs"),
                         QStringLiteral("estimated_runs"), QStringLiteral("balance") });
    for (const SpendBucket &day : days) {
        csv += line({ day.start.toString(Qt::ISODate), number(day.cost), QString::number(day.runs),
                      QString::number(day.chargedRuns), QString::number(day.estimatedRuns), optionalNumber(day.lastBalance) });
    }
    return csv;
}

QString SpendingReport::runsCsv() const
{
    QString csv = line({ QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("status"), QStringLiteral("cost"),
                         QStringLiteral("cost_estimated"), QStringLiteral("favourite"), QStringLiteral("balance_after"),
                         QStringLiteral("request_id") });
    for (const SpendRun &run : runs) {
        csv += line({ QString::number(run.id), run.created.toUTC().toString(Qt::ISODate), statusName(run.status),
                      optionalNumber(run.cost), run.costEstimated ? QStringLiteral("1") : QStringLiteral("0"),
                      run.favourite ? QStringLiteral("1") : QStringLiteral("0"), optionalNumber(run.balanceAfter),
                      run.requestId });
    }
    return csv;
}

} // namespace wan::library

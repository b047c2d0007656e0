#include "spendcommand.h"

#include "clisupport.h"
#include "commandline.h"

#include "core/scriptablesettings.h"
#include "jobs/budgetcheck.h"
#include "core/settings.h"
#include "library/library.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QTextStream>

namespace wan::cli {

namespace {

QString amount(double value)
{
    return jobs::BudgetCheck::creditsText(value);
}

QJsonObject bucketJson(const library::SpendBucket &bucket)
{
    QJsonObject object { { QStringLiteral("start"), bucket.start.toString(Qt::ISODate) },
                         { QStringLiteral("cost"), bucket.cost },
                         { QStringLiteral("runs"), bucket.runs },
                         { QStringLiteral("charged_runs"), bucket.chargedRuns },
                         { QStringLiteral("estimated_runs"), bucket.estimatedRuns } };
    if (bucket.lastBalance)
        object.insert(QStringLiteral("balance"), *bucket.lastBalance);
    return object;
}

QJsonArray seriesJson(const QList<library::SpendBucket> &series)
{
    QJsonArray array;
    for (const library::SpendBucket &bucket : series)
        array.append(bucketJson(bucket));
    return array;
}

} // namespace

int runSpend(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "What your runs cost, from the library: the total, per day, week and month, per kept (favourite) clip, and the "
        "cost of failed and expired runs. Costs are the service's own figures; where it charged a run without saying "
        "how much, the model's typical cost is counted and marked as estimated."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("since"), CommandLine::tr("Count runs from this local date on (YYYY-MM-DD)."), CommandLine::tr("date") });
    parser.addOption({ QStringLiteral("json"), CommandLine::tr("One JSON object with the totals and the series.") });
    processArguments(parser, arguments);

    QDate since;
    if (parser.isSet(QStringLiteral("since"))) {
        since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid()) {
            err() << CommandLine::tr("Error: %1").arg(CommandLine::tr("--since takes a date written YYYY-MM-DD, such as 2026-12-01; not \"%1\".")
                                                           .arg(parser.value(QStringLiteral("since"))))
                  << Qt::endl;
            return InvalidInput;
        }
    }
    int problem = LibraryError;
    const std::unique_ptr<library::Library> lib = openLibrary(&problem);
    if (!lib)
        return problem;
    const library::SpendSummary summary = lib->spendSummary(since);
    const QList<library::SpendBucket> days = lib->spendSeries(library::SpendPeriod::Day, since);
    const QList<library::SpendBucket> weeks = lib->spendSeries(library::SpendPeriod::Week, since);
    const QList<library::SpendBucket> months = lib->spendSeries(library::SpendPeriod::Month, since);
    if (!lib->lastError().isEmpty()) {
        err() << CommandLine::tr("Error: %1").arg(lib->lastError()) << Qt::endl;
        return LibraryError;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object { { QStringLiteral("total"), summary.total },
                             { QStringLiteral("runs"), summary.runs },
                             { QStringLiteral("charged_runs"), summary.chargedRuns },
                             { QStringLiteral("estimated_runs"), summary.estimatedRuns },
                             { QStringLiteral("favourites"), summary.favourites },
                             { QStringLiteral("failed_runs"), summary.failedRuns },
                             { QStringLiteral("failed_cost"), summary.failedCost },
                             { QStringLiteral("expired_runs"), summary.expiredRuns },
                             { QStringLiteral("expired_cost"), summary.expiredCost },
                             { QStringLiteral("possibly_charged_runs"), summary.possiblyChargedRuns },
                             { QStringLiteral("days"), seriesJson(days) },
                             { QStringLiteral("weeks"), seriesJson(weeks) },
                             { QStringLiteral("months"), seriesJson(months) } };
        object.insert(QStringLiteral("cost_per_favourite"),
                      summary.costPerFavourite ? QJsonValue(*summary.costPerFavourite) : QJsonValue(QJsonValue::Null));
        if (since.isValid())
            object.insert(QStringLiteral("since"), since.toString(Qt::ISODate));
        printJsonLine(object);
        return Success;
    }

    QTextStream out(stdout);
    out << (since.isValid() ? CommandLine::tr("Since %1: %2 credits for %n charged run(s).", nullptr, summary.chargedRuns)
                                  .arg(QLocale().toString(since, QLocale::ShortFormat), amount(summary.total))
                            : CommandLine::tr("In all: %1 credits for %n charged run(s).", nullptr, summary.chargedRuns)
                                  .arg(amount(summary.total)))
        << Qt::endl;
    if (summary.estimatedRuns > 0)
        out << CommandLine::tr("%n run(s) counted at the typical cost: the service did not say what they cost.", nullptr,
                               summary.estimatedRuns)
            << Qt::endl;
    if (summary.costPerFavourite)
        out << CommandLine::tr("Per kept clip: %1 credits (%n favourite(s)).", nullptr, summary.favourites)
                   .arg(amount(*summary.costPerFavourite))
            << Qt::endl;
    out << CommandLine::tr("Failed, cancelled and expired runs: %n run(s), %1 credits.", nullptr, summary.failedRuns)
               .arg(amount(summary.failedCost))
        << Qt::endl;
    if (summary.possiblyChargedRuns > 0)
        out << CommandLine::tr("%n failed run(s) may have been charged without a recorded cost; your Segmind console "
                               "lists them.",
                               nullptr, summary.possiblyChargedRuns)
            << Qt::endl;
    for (const library::SpendBucket &month : months)
        out << CommandLine::tr("Month %1: %2 credits").arg(month.start.toString(QStringLiteral("yyyy-MM")), amount(month.cost))
            << Qt::endl;
    for (const library::SpendBucket &day : days)
        out << QStringLiteral("%1  %2  ").arg(day.start.toString(Qt::ISODate), amount(day.cost).rightJustified(8))
            << CommandLine::tr("%n run(s)", nullptr, day.runs) << Qt::endl;
    return Success;
}

int runSettings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Lists, reads and changes the settings a script needs. The API key is "
                                                     "not a setting: it comes from SEGMIND_API_KEY or the system keychain."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), CommandLine::tr("list, get KEY, or set KEY VALUE"));
    parser.addOption({ QStringLiteral("json"), CommandLine::tr("list and get: JSON instead of text.") });
    // "set KEY -3": a negative value is a value (which the check below refuses
    // with its reason), not an option.
    QStringList given = arguments;
    if (given.value(1) == QLatin1String("set") && given.size() > 3 && given.at(3).size() > 1 && given.at(3).startsWith(QLatin1Char('-'))
        && (given.at(3).at(1).isDigit() || given.at(3).at(1) == QLatin1Char('.')) && !given.contains(QStringLiteral("--")))
        given.insert(3, QStringLiteral("--"));
    processArguments(parser, given);
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    auto invalid = [](const QString &message) {
        err() << CommandLine::tr("Error: %1").arg(message) << Qt::endl;
        return int(InvalidInput);
    };
    core::Settings settings;
    QTextStream out(stdout);
    const auto keyFor = [&](const QString &name) -> std::optional<core::Settings::Key> {
        const auto key = core::ScriptableSettings::byName(name);
        if (!key) {
            QStringList names;
            for (const core::Settings::Key k : core::ScriptableSettings::keys())
                names.append(core::Settings::name(k));
            err() << CommandLine::tr("Error: %1").arg(CommandLine::tr("There is no setting \"%1\". The settings are: %2.")
                                                           .arg(name, names.join(QStringLiteral(", "))))
                  << Qt::endl;
        }
        return key;
    };

    if (action == QLatin1String("list") && args.size() == 1) {
        QJsonObject all;
        for (const core::Settings::Key key : core::ScriptableSettings::keys()) {
            const QJsonValue value = core::ScriptableSettings::toJson(key, settings.value(key));
            all.insert(core::Settings::name(key), value);
            if (!json)
                out << QStringLiteral("%1 = %2").arg(core::Settings::name(key), value.toVariant().toString()) << Qt::endl
                    << QStringLiteral("    ") << core::ScriptableSettings::description(key) << Qt::endl;
        }
        if (json)
            printJsonLine(all);
        return Success;
    }
    if (action == QLatin1String("get") && args.size() == 2) {
        const auto key = keyFor(args.at(1));
        if (!key)
            return InvalidInput;
        const QJsonValue value = core::ScriptableSettings::toJson(*key, settings.value(*key));
        if (json)
            printJsonLine({ { core::Settings::name(*key), value } });
        else
            out << value.toVariant().toString() << Qt::endl;
        return Success;
    }
    if (action == QLatin1String("set") && args.size() == 3) {
        const auto key = keyFor(args.at(1));
        if (!key)
            return InvalidInput;
        QString problem;
        const auto value = core::ScriptableSettings::parse(*key, args.at(2), &problem);
        if (!value)
            return invalid(problem);
        settings.setValue(*key, *value);
        return Success;
    }
    return invalid(CommandLine::tr("Use: wanstudio settings list | get KEY | set KEY VALUE."));
}

} // namespace wan::cli

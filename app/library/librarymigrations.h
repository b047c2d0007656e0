#pragma once

// The schema's history. Step N turns a version N-1 database into version N and
// runs in one transaction together with the PRAGMA user_version bump, so a step
// that fails leaves the database exactly as the previous step left it. A new
// schema version is one more function appended to steps().

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace wan::library::migrations {

// Brings the schema from version index to index + 1; false with a reason.
using Step = std::function<bool(QSqlDatabase &db, QString *error)>;

// Written by migration 1 so that a file that is not ours is never "upgraded".
constexpr int ApplicationId = 0x57414E53; // "WANS"

// The steps this build knows: steps().size() == Library::SchemaVersion.
QList<Step> steps();

// PRAGMA user_version, or -1 with a reason when the file cannot be read as SQLite.
int userVersion(QSqlDatabase &db, QString *error = nullptr);

// Runs the steps the database has not had yet, each in its own transaction.
// Refuses a database newer than steps.size() and leaves it untouched.
bool migrate(QSqlDatabase &db, const QList<Step> &steps, QString *error = nullptr);

// Executes the statements in order and stops at the first that fails.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error = nullptr);

} // namespace wan::library::migrations

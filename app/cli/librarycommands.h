#pragma once

// `wanstudio resume` and `wanstudio library list|show`.

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace wan::library {
struct Entry;
}

namespace wan::cli {

int runResume(QCoreApplication &app, const QStringList &arguments);
int runLibrary(QCoreApplication &app, const QStringList &arguments);

// Every field of an entry, as printed by `library show` and `library list --json`.
QJsonObject entryToJson(const library::Entry &entry);

} // namespace wan::cli

#pragma once

// Runs the real `wanstudio` binary as a person would, in a private profile
// (its own settings, data and cache folders, and no keychain), pointed at a
// given Segmind base.

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace wan::test {

QProcessEnvironment cliEnvironment(const QString &key, const QUrl &base, const QString &profileDirectory);

} // namespace wan::test

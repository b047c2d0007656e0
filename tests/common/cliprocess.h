#pragma once

// Runs the real `wanstudio` binary as a person would, in a private profile
// (its own settings, data and cache folders, and no keychain), pointed at a
// given Segmind base.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace wan::test {

QProcessEnvironment cliEnvironment(const QString &key, const QUrl &base, const QString &profileDirectory);

// What one finished command printed and how it ended.
struct CliRun
{
    int exitCode = -1;  // -1: did not finish within the wait (then killed); -2: crashed
    QByteArray out;
    QByteArray err;
};

// Runs program with arguments in env (and workingDirectory, when given) and waits for it.
CliRun runCliProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
                     int timeoutMs = 90'000, const QString &workingDirectory = {});

} // namespace wan::test

#pragma once

// Shared by the libFuzzer targets: one application object for the process
// (translations, image plugins and logging rules want one), Qt's own messages
// silenced (a decoder warning per input would drown the fuzzer's output), and
// a check that aborts, so libFuzzer keeps the input that broke an invariant.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace wan::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void setUp()
{
    static int argc = 1;
    static char name[] = "wanstudio-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = nullptr;
    if (!app) {
        qInstallMessageHandler(quietMessages);
        app = new QCoreApplication(argc, argv);
    }
}

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace wan::fuzz

#define FUZZ_CHECK(condition)                                                                                                    \
    do {                                                                                                                         \
        if (!(condition)) {                                                                                                      \
            std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                              \
            std::abort();                                                                                                        \
        }                                                                                                                        \
    } while (false)

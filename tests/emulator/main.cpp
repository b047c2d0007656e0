// segmind-emulator: Segmind's wan-2.2-i2v-fast API on loopback, for tests and
// demos without an account. Flags only; everything else is in SegmindEmulator.
#include "faultplan.h"
#include "segmindemulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGTERM/SIGINT arrive on a socket pair so that the event loop, not the signal
// handler, ends the program: destructors then remove the temporary data.
int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSockets[0], &byte, 1);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalSockets[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "segmind-emulator: %s\n", qPrintable(message));
    return 2;
}

std::optional<qint64> wholeNumber(const QString &text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("segmind-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WANSTUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imitates Segmind's wan-2.2-i2v-fast API on 127.0.0.1, with real MP4 results and injectable faults.\n"
        "Fault spec: ROUTE:KIND[:key=value,...][xN], e.g. submit:status:status=429,retryAfter=2 or "
        "download:truncatex-1 (see faultplan.h)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("API port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption storagePortOption(QStringLiteral("storage-port"),
                                               QStringLiteral("Storage port for videos and assets (0 = any free port)."),
                                               QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"), QStringLiteral("Written once listening: line 1 API port, line 2 storage port."),
        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("The API key to accept."),
                                       QStringLiteral("KEY"), QStringLiteral("SG_0000000000000000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("How long a run takes at least (default 3000)."),
                                           QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption costOption(QStringLiteral("cost"), QStringLiteral("Credits per run (default 0.09)."),
                                        QStringLiteral("CREDITS"), QStringLiteral("0.09"));
    const QCommandLineOption creditsOption(QStringLiteral("credits"),
                                           QStringLiteral("Starting balance (default 10.0)."), QStringLiteral("CREDITS"),
                                           QStringLiteral("10.0"));
    const QCommandLineOption retentionOption(QStringLiteral("retention-seconds"),
                                             QStringLiteral("How long runs can be polled (default 3600)."),
                                             QStringLiteral("S"), QStringLiteral("3600"));
    const QCommandLineOption uploadFieldOption(QStringLiteral("upload-field"),
                                               QStringLiteral("upload-asset answer field: file_urls (default) or urls."),
                                               QStringLiteral("FIELD"), QStringLiteral("file_urls"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Where videos and assets go (default: a temporary directory "
                                                   "removed at exit; a given directory is kept)."),
        QStringLiteral("DIR"));
    const QCommandLineOption faultOption(QStringLiteral("fault"), QStringLiteral("Inject a fault (repeatable)."),
                                         QStringLiteral("SPEC"));
    const QCommandLineOption ffmpegOption(QStringLiteral("ffmpeg"), QStringLiteral("The ffmpeg program to run."),
                                          QStringLiteral("PATH"), QStringLiteral("ffmpeg"));
    const QCommandLineOption resultVideoOption(
        QStringLiteral("result-video"),
        QStringLiteral("Answer every completed run with this MP4 file instead of one made by ffmpeg."),
        QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log every request and answer."));
    parser.addOptions({portOption, storagePortOption, portFileOption, keyOption, latencyOption, costOption,
                       creditsOption, retentionOption, uploadFieldOption, dataDirOption, faultOption, ffmpegOption,
                       resultVideoOption, verboseOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("wanstudio.emulator*.debug=true"));

    const auto port = wholeNumber(parser.value(portOption), 0, 65535);
    const auto storagePort = wholeNumber(parser.value(storagePortOption), 0, 65535);
    const auto latency = wholeNumber(parser.value(latencyOption), 0, 3'600'000);
    const auto retention = wholeNumber(parser.value(retentionOption), 0, 30 * 86'400);
    bool costOk = false;
    bool creditsOk = false;
    wan::emulator::EmulatorConfig config;
    config.cost = parser.value(costOption).toDouble(&costOk);
    config.credits = parser.value(creditsOption).toDouble(&creditsOk);
    config.apiKey = parser.value(keyOption);
    config.uploadField = parser.value(uploadFieldOption);
    if (!port || !storagePort)
        return fail(QStringLiteral("--port and --storage-port take a number from 0 to 65535"));
    if (!latency || !retention)
        return fail(QStringLiteral("--latency-ms and --retention-seconds take a whole number of at least 0"));
    if (!costOk || !creditsOk || config.cost < 0 || config.credits < 0)
        return fail(QStringLiteral("--cost and --credits take a number of at least 0"));
    if (config.apiKey.isEmpty())
        return fail(QStringLiteral("--key must not be empty"));
    if (config.uploadField != QLatin1String("file_urls") && config.uploadField != QLatin1String("urls"))
        return fail(QStringLiteral("--upload-field takes file_urls or urls"));
    config.latencyMs = int(*latency);
    config.resultVideo = parser.value(resultVideoOption);
    if (!config.resultVideo.isEmpty() && !QFileInfo(config.resultVideo).isFile())
        return fail(QStringLiteral("--result-video %1: no such file").arg(config.resultVideo));
    config.retentionSeconds = int(*retention);

    QList<wan::emulator::Fault> faults;
    for (const QString &spec : parser.values(faultOption)) {
        QString error;
        const auto fault = wan::emulator::Fault::fromSpec(spec, &error);
        if (!fault)
            return fail(QStringLiteral("--fault %1: %2").arg(spec, error));
        if (fault->changesJob() && !fault->requestId.isEmpty())
            return fail(QStringLiteral("--fault %1: requestId faults can only be added through the control API").arg(spec));
        faults.append(*fault);
    }

    // Declared before the emulator so that it outlives the ffmpeg processes.
    QTemporaryDir temporaryData;
    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty()) {
        if (!temporaryData.isValid())
            return fail(QStringLiteral("cannot create a temporary directory: %1").arg(temporaryData.errorString()));
        dataDir = temporaryData.path();
    }

    wan::emulator::SegmindEmulator emulator(config, dataDir, parser.value(ffmpegOption));
    QString error;
    if (!emulator.listen(quint16(*port), quint16(*storagePort), &error))
        return fail(error);
    for (const auto &fault : std::as_const(faults))
        emulator.addFault(fault, &error);
    if (!installSignalHandlers(app))
        return fail(QStringLiteral("cannot install the signal handlers"));

    if (parser.isSet(portFileOption)) {
        // Written whole or not at all: a reader never sees half a port number.
        QSaveFile portFile(parser.value(portFileOption));
        const QByteArray ports =
            QByteArray::number(emulator.apiPort()) + '\n' + QByteArray::number(emulator.storagePort()) + '\n';
        if (!portFile.open(QIODevice::WriteOnly) || portFile.write(ports) != ports.size() || !portFile.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(portFileOption), portFile.errorString()));
    }
    std::printf("segmind-emulator listening on http://127.0.0.1:%u (storage http://127.0.0.1:%u)\n",
                unsigned(emulator.apiPort()), unsigned(emulator.storagePort()));
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    qCInfo(wan::emulator::lcEmulator) << "shutting down";
    return status;
}

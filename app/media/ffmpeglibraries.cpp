#include "ffmpeglibraries.h"

#include <QLibrary>
#include <QLoggingCategory>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcMedia)

namespace wan::media {

namespace {

struct Loaded
{
    FfmpegLibraries functions;
    bool ok = false;
    QString problem;
};

// The arguments are a library and a function's name, not expressions to parenthesize.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define WAN_FFMPEG_RESOLVE(library, name)                                                                               \
    loaded.functions.name = reinterpret_cast<decltype(loaded.functions.name)>(library.resolve(#name));                 \
    if (!loaded.functions.name)                                                                                         \
        missing << QStringLiteral("%1 in %2").arg(QLatin1String(#name), library.fileName());
// NOLINTEND(bugprone-macro-parentheses)

bool loadAll(std::initializer_list<QLibrary *> libraries, QStringList *missing)
{
    for (QLibrary *library : libraries) {
        if (!library->load())
            *missing << library->errorString();
    }
    return missing->isEmpty();
}

void finish(Loaded &loaded, const QStringList &missing)
{
    loaded.ok = missing.isEmpty();
    if (!loaded.ok)
        loaded.problem = QStringLiteral("missing: ") + missing.join(QStringLiteral(", "));
}

Loaded load()
{
    Loaded loaded;
    // Never unloaded: the decoders' threads and the log callback live on.
    static QLibrary avutil(QStringLiteral("avutil"), LIBAVUTIL_VERSION_MAJOR);
    static QLibrary avformat(QStringLiteral("avformat"), LIBAVFORMAT_VERSION_MAJOR);
    static QLibrary avcodec(QStringLiteral("avcodec"), LIBAVCODEC_VERSION_MAJOR);
    static QLibrary swscale(QStringLiteral("swscale"), LIBSWSCALE_VERSION_MAJOR);
    QStringList missing;
    if (!loadAll({&avutil, &avformat, &avcodec, &swscale}, &missing)) {
        loaded.problem = missing.join(QStringLiteral("; "));
        return loaded;
    }
    WAN_FFMPEG_FUNCTIONS(WAN_FFMPEG_RESOLVE)
    finish(loaded, missing);
    return loaded;
}

Loaded loadWithFilters(const Loaded &base)
{
    Loaded loaded = base;
    if (!loaded.ok)
        return loaded;
    static QLibrary avfilter(QStringLiteral("avfilter"), LIBAVFILTER_VERSION_MAJOR);
    QStringList missing;
    if (!loadAll({&avfilter}, &missing)) {
        loaded.ok = false;
        loaded.problem = missing.join(QStringLiteral("; "));
        return loaded;
    }
    WAN_FFMPEG_FILTER_FUNCTIONS(WAN_FFMPEG_RESOLVE)
    finish(loaded, missing);
    return loaded;
}

#undef WAN_FFMPEG_RESOLVE

const Loaded &decoding()
{
    static const Loaded loaded = [] {
        Loaded l = load();
        if (!l.ok)
            qCWarning(lcMedia).noquote() << "FFmpeg's libraries could not be loaded:" << l.problem;
        return l;
    }();
    return loaded;
}

const FfmpegLibraries *answer(const Loaded &loaded, QString *problem)
{
    if (!loaded.ok && problem)
        *problem = loaded.problem;
    return loaded.ok ? &loaded.functions : nullptr;
}

} // namespace

const FfmpegLibraries *FfmpegLibraries::get(QString *problem)
{
    return answer(decoding(), problem);
}

const FfmpegLibraries *FfmpegLibraries::withFilters(QString *problem)
{
    static const Loaded loaded = [] {
        Loaded l = loadWithFilters(decoding());
        if (!l.ok && decoding().ok)
            qCWarning(lcMedia).noquote() << "FFmpeg's libavfilter could not be loaded:" << l.problem;
        return l;
    }();
    return answer(loaded, problem);
}

} // namespace wan::media

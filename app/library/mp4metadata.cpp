#include "mp4metadata.h"

#include "api/mp4probe.h"
#include "mp4boxes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <unistd.h>
#endif

#ifndef WANSTUDIO_VERSION
#define WANSTUDIO_VERSION "dev"
#endif

namespace wan::library {

namespace {

using mp4::Box;

// The index of a 200 MB clip is a few hundred KB; anything near this is not ours to edit.
constexpr qint64 MaxMoovBytes = qint64(64) * 1024 * 1024;
constexpr qint64 MaxUdtaBytes = qint64(16) * 1024 * 1024;
constexpr qint64 CopyChunkBytes = qint64(1024) * 1024;

const QByteArray CommentType = QByteArrayLiteral("\xA9"
                                                 "cmt");
const QByteArray ToolType = QByteArrayLiteral("\xA9"
                                              "too");
const QByteArray FreeformType = QByteArrayLiteral("----");

QByteArray be32Bytes(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// An item whose value is a "data" atom: type indicator 1 (UTF-8 text), locale 0.
QByteArray dataAtom(const QByteArray &utf8)
{
    return mp4::makeBox("data", be32Bytes(1) + be32Bytes(0) + utf8);
}

// The handler that makes a meta box an iTunes item list, as ffmpeg writes it.
QByteArray itemListHandler()
{
    return mp4::makeFullBox("hdlr", 0, 0, be32Bytes(0) + QByteArray("mdirappl") + QByteArray(9, '\0'));
}

// Our items for an ilst: the prompt, the tool, the settings.
QByteArray ourItems(const QJsonObject &settings, const QByteArray &json)
{
    QByteArray items;
    const QString prompt = settings.value(QStringLiteral("prompt")).toString();
    if (!prompt.isEmpty())
        items += mp4::makeBox(CommentType, dataAtom(prompt.toUtf8()));
    items += mp4::makeBox(ToolType, dataAtom(QByteArrayLiteral("Wan Studio " WANSTUDIO_VERSION)));
    items += mp4::makeBox(FreeformType,
                          mp4::makeFullBox("mean", 0, 0, Mp4Metadata::FreeformMean.toUtf8())
                              + mp4::makeFullBox("name", 0, 0, Mp4Metadata::FreeformName.toUtf8()) + dataAtom(json));
    return items;
}

// Splits a payload into boxes, tolerating the four zero bytes QuickTime may
// leave at the end of a udta. *tail receives whatever follows the boxes.
bool splitChildren(const QByteArray &payload, QList<Box> *children, QByteArray *tail)
{
    tail->clear();
    if (mp4::splitBoxes(payload, 0, payload.size(), children))
        return true;
    if (payload.size() >= 4 && payload.endsWith(QByteArray(4, '\0'))
        && mp4::splitBoxes(payload, 0, payload.size() - 4, children)) {
        *tail = QByteArray(4, '\0');
        return true;
    }
    return false;
}

// The value of a freeform item when it has the given mean and name.
std::optional<QByteArray> freeformValue(const QByteArray &itemPayload, const QString &mean, const QString &name)
{
    QList<Box> parts;
    if (!mp4::splitBoxes(itemPayload, 0, itemPayload.size(), &parts))
        return std::nullopt;
    QByteArray foundMean;
    QByteArray foundName;
    std::optional<QByteArray> value;
    for (const Box &part : std::as_const(parts)) {
        const QByteArray body = mp4::payloadOf(itemPayload, part);
        if (part.type == "mean")
            foundMean = body.mid(4);
        else if (part.type == "name")
            foundName = body.mid(4);
        else if (part.type == "data" && !value && body.size() >= 8)
            value = body.mid(8);
    }
    if (foundMean != mean.toUtf8() || foundName != name.toUtf8())
        return std::nullopt;
    return value;
}

bool isOurItem(const QByteArray &ilst, const Box &item)
{
    if (item.type == CommentType || item.type == ToolType)
        return true;
    return item.type == FreeformType
        && freeformValue(mp4::payloadOf(ilst, item), Mp4Metadata::FreeformMean, Mp4Metadata::FreeformName).has_value();
}

// Where the children of a meta box start: after version and flags (ISO, iTunes)
// or at once (older QuickTime writes meta as a plain box).
qint64 metaChildrenStart(const QByteArray &metaPayload)
{
    return metaPayload.size() >= 4 && qFromBigEndian<quint32>(metaPayload.constData()) == 0 ? 4 : 0;
}

// A meta box may hold our items when it is an iTunes item list (handler
// "mdir") or names no handler; "mdta" key lists and others are left alone.
bool holdsItemList(const QByteArray &metaPayload)
{
    QList<Box> children;
    if (!mp4::splitBoxes(metaPayload, metaChildrenStart(metaPayload), metaPayload.size(), &children))
        return false;
    for (const Box &child : std::as_const(children)) {
        if (child.type == "hdlr")
            return child.payloadSize() >= 12 && metaPayload.mid(child.payloadOffset() + 8, 4) == "mdir";
    }
    return true;
}

std::optional<QByteArray> rebuildItemList(const QByteArray &ilst, const QByteArray &ours)
{
    QList<Box> items;
    QByteArray tail;
    if (!splitChildren(ilst, &items, &tail))
        return std::nullopt;
    QByteArray kept;
    for (const Box &item : std::as_const(items)) {
        if (!isOurItem(ilst, item))
            kept += ilst.mid(item.offset, item.size);
    }
    return kept + ours + tail;
}

std::optional<QByteArray> rebuildMeta(const QByteArray &meta, const QByteArray &ours)
{
    const qint64 start = metaChildrenStart(meta);
    QList<Box> children;
    if (!mp4::splitBoxes(meta, start, meta.size(), &children))
        return std::nullopt;
    QByteArray rebuilt = meta.left(start);
    const bool hasHandler = std::any_of(children.cbegin(), children.cend(), [](const Box &b) { return b.type == "hdlr"; });
    if (!hasHandler)
        rebuilt += itemListHandler();
    bool placed = false;
    for (const Box &child : std::as_const(children)) {
        if (child.type == "ilst" && !placed) {
            const std::optional<QByteArray> items = rebuildItemList(mp4::payloadOf(meta, child), ours);
            if (!items)
                return std::nullopt;
            rebuilt += mp4::makeBox("ilst", *items);
            placed = true;
        } else {
            rebuilt += meta.mid(child.offset, child.size);
        }
    }
    if (!placed)
        rebuilt += mp4::makeBox("ilst", ours);
    return rebuilt;
}

// Puts ours into the first item list of the udta (creating one when there is
// none) and strips our items from any other. *placed carries across udta boxes.
std::optional<QByteArray> rebuildUserData(const QByteArray &udta, const QByteArray &ours, bool *placed)
{
    QList<Box> children;
    QByteArray tail;
    if (!splitChildren(udta, &children, &tail))
        return std::nullopt;
    QByteArray rebuilt;
    for (const Box &child : std::as_const(children)) {
        const QByteArray payload = mp4::payloadOf(udta, child);
        if (child.type == "meta" && holdsItemList(payload)) {
            const std::optional<QByteArray> meta = rebuildMeta(payload, *placed ? QByteArray() : ours);
            if (!meta)
                return std::nullopt;
            rebuilt += mp4::makeBox("meta", *meta);
            *placed = true;
        } else {
            rebuilt += udta.mid(child.offset, child.size);
        }
    }
    if (!*placed) {
        rebuilt += mp4::makeFullBox("meta", 0, 0, itemListHandler() + mp4::makeBox("ilst", ours));
        *placed = true;
    }
    return rebuilt + tail;
}

// The new moov box: the old one with our items in moov/udta/meta/ilst.
std::optional<QByteArray> rebuildMovie(const QByteArray &moov, const QByteArray &ours, QString *problem)
{
    QList<Box> top;
    QList<Box> children;
    if (!mp4::splitBoxes(moov, 0, moov.size(), &top) || top.size() != 1
        || !mp4::splitBoxes(moov, top.first().payloadOffset(), top.first().end(), &children)) {
        *problem = Mp4Metadata::tr("its index (moov box) is damaged");
        return std::nullopt;
    }
    QByteArray rebuilt;
    bool placed = false;
    for (const Box &child : std::as_const(children)) {
        if (child.type == "mvex") {
            *problem = Mp4Metadata::tr("it is a fragmented MP4, which is not supported");
            return std::nullopt;
        }
        if (child.type == "udta") {
            const std::optional<QByteArray> udta = rebuildUserData(mp4::payloadOf(moov, child), ours, &placed);
            if (!udta) {
                *problem = Mp4Metadata::tr("its user data (udta box) is damaged");
                return std::nullopt;
            }
            rebuilt += mp4::makeBox("udta", *udta);
        } else {
            rebuilt += moov.mid(child.offset, child.size);
        }
    }
    if (!placed)
        rebuilt += mp4::makeBox("udta", mp4::makeFullBox("meta", 0, 0, itemListHandler() + mp4::makeBox("ilst", ours)));
    return mp4::makeBox("moov", rebuilt);
}

// Our JSON, if this udta payload holds it.
std::optional<QByteArray> findSettings(const QByteArray &udta)
{
    QList<Box> children;
    QByteArray tail;
    if (!splitChildren(udta, &children, &tail))
        return std::nullopt;
    for (const Box &meta : std::as_const(children)) {
        if (meta.type != "meta")
            continue;
        const QByteArray metaPayload = mp4::payloadOf(udta, meta);
        QList<Box> metaChildren;
        if (!mp4::splitBoxes(metaPayload, metaChildrenStart(metaPayload), metaPayload.size(), &metaChildren))
            continue;
        for (const Box &ilst : std::as_const(metaChildren)) {
            if (ilst.type != "ilst")
                continue;
            const QByteArray items = mp4::payloadOf(metaPayload, ilst);
            QList<Box> entries;
            if (!splitChildren(items, &entries, &tail))
                continue;
            for (const Box &entry : std::as_const(entries)) {
                if (entry.type != FreeformType)
                    continue;
                std::optional<QByteArray> value
                    = freeformValue(mp4::payloadOf(items, entry), Mp4Metadata::FreeformMean, Mp4Metadata::FreeformName);
                if (value)
                    return value;
            }
        }
    }
    return std::nullopt;
}

bool copyRange(QFile &from, QFile &to, qint64 begin, qint64 end)
{
    if (!from.seek(begin))
        return false;
    QByteArray buffer(static_cast<qsizetype>(std::min(CopyChunkBytes, std::max<qint64>(end - begin, 1))), Qt::Uninitialized);
    for (qint64 remaining = end - begin; remaining > 0;) {
        const qint64 got = from.read(buffer.data(), std::min<qint64>(remaining, buffer.size()));
        if (got <= 0 || to.write(buffer.constData(), got) != got)
            return false;
        remaining -= got;
    }
    return true;
}

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// Atomically replaces `to` with `from` (QFile::rename refuses an existing target).
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

} // namespace

bool Mp4Metadata::write(const QString &mp4Path, const QJsonObject &settings, QString *error)
{
    const QString shown = QDir::toNativeSeparators(mp4Path);
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    // Write beside the real file, so a symbolic link keeps pointing at it.
    const QString path = QFileInfo(mp4Path).canonicalFilePath();
    QFile source(path);
    if (path.isEmpty() || !source.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be opened: %2").arg(shown, path.isEmpty() ? tr("no such file") : source.errorString()));
    const api::Mp4Info info = api::Mp4Probe::inspect(source);
    if (!info.complete)
        return fail(tr("%1 is not a complete MP4 video: %2").arg(shown, info.problem));

    const qint64 fileSize = source.size();
    std::optional<Box> moov;
    for (qint64 pos = 0; pos < fileSize;) {
        const std::optional<Box> box = mp4::readBoxHeader(source, pos, fileSize);
        if (!box)
            return fail(tr("%1 cannot be read").arg(shown));
        if (box->type == "moov") {
            if (moov)
                return fail(tr("%1 has two indexes (moov boxes)").arg(shown));
            moov = box;
        }
        pos = box->end();
    }
    if (!moov || moov->size > MaxMoovBytes)
        return fail(tr("%1 has an index (moov box) too large to edit").arg(shown));
    if (!source.seek(moov->offset))
        return fail(tr("%1 cannot be read").arg(shown));
    const QByteArray oldMovie = source.read(moov->size);
    if (oldMovie.size() != moov->size)
        return fail(tr("%1 cannot be read").arg(shown));

    const QByteArray json = QJsonDocument(settings).toJson(QJsonDocument::Compact);
    QString problem;
    std::optional<QByteArray> movie = rebuildMovie(oldMovie, ourItems(settings, json), &problem);
    if (!movie)
        return fail(tr("%1 cannot be changed: %2").arg(shown, problem));
    // Everything after the old moov moves by delta; media data before it stays.
    const qint64 delta = movie->size() - oldMovie.size();
    if (delta != 0 && !mp4::shiftChunkOffsets(*movie, moov->end(), delta, &problem))
        return fail(tr("%1 cannot be changed: %2").arg(shown, problem));

    const QString partPath
        = path + QLatin1Char('.') + QString::number(QRandomGenerator::global()->generate(), 16) + QStringLiteral(".meta.part");
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(tr("%1 cannot be written beside the video: %2").arg(QDir::toNativeSeparators(partPath), part.errorString()));
    // The part takes the original's permissions before any byte lands in it.
    part.setPermissions(source.permissions());
    const auto abandon = [&](const QString &reason) {
        part.close();
        QFile::remove(partPath);
        return fail(reason);
    };
    if (!copyRange(source, part, 0, moov->offset) || part.write(*movie) != movie->size()
        || !copyRange(source, part, moov->end(), fileSize) || !part.flush() || !syncToDisk(part))
        return abandon(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(partPath), part.errorString()));
    part.close();
    source.close();

    const api::Mp4Info written = api::Mp4Probe::inspectFile(partPath);
    if (!written.complete || QFileInfo(partPath).size() != fileSize + delta)
        return abandon(tr("the rewritten video failed its check: %1").arg(written.problem));
    const std::optional<QJsonObject> readBack = read(partPath, &problem);
    if (!readBack)
        return abandon(tr("the rewritten video does not give its settings back: %1").arg(problem));
    if (*readBack != QJsonDocument::fromJson(json).object())
        return abandon(tr("the rewritten video gives different settings back"));

    if (!replaceFile(partPath, path))
        return abandon(tr("%1 could not be replaced").arg(shown));
    return true;
}

QByteArray Mp4Metadata::readCompact(const QString &mp4Path)
{
    const std::optional<QJsonObject> settings = read(mp4Path);
    return settings ? QJsonDocument(*settings).toJson(QJsonDocument::Compact) : QByteArray();
}

std::optional<QJsonObject> Mp4Metadata::read(const QString &mp4Path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(mp4Path);
    const auto fail = [error](const QString &reason) -> std::optional<QJsonObject> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QFile file(mp4Path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be opened: %2").arg(shown, file.errorString()));
    if (!api::Mp4Probe::startsLikeMp4(file.read(16)))
        return fail(tr("%1 is not an MP4 video").arg(shown));
    const std::optional<Box> moov = mp4::findChild(file, 0, file.size(), "moov");
    if (!moov)
        return fail(tr("%1 has no index (moov box); it is incomplete").arg(shown));

    for (qint64 pos = moov->payloadOffset(); pos < moov->end();) {
        const std::optional<Box> child = mp4::readBoxHeader(file, pos, moov->end());
        if (!child)
            break;
        pos = child->end();
        if (child->type != "udta" || child->payloadSize() > MaxUdtaBytes || !file.seek(child->payloadOffset()))
            continue;
        const QByteArray udta = file.read(child->payloadSize());
        if (udta.size() != child->payloadSize())
            return fail(tr("%1 cannot be read").arg(shown));
        const std::optional<QByteArray> json = findSettings(udta);
        if (!json)
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
        if (!document.isObject())
            return fail(tr("the settings in %1 are damaged: %2").arg(shown, parseError.errorString()));
        return document.object();
    }
    return fail(tr("%1 holds no Wan Studio settings").arg(shown));
}

} // namespace wan::library

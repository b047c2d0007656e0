#include "assetstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace wan::emulator {

namespace {

// The first bytes of each accepted type: a data URL whose bytes do not match its
// declared type is refused, as a real image service would fail to decode it.
bool bytesMatchType(const QByteArray &bytes, const QString &type)
{
    if (type == QLatin1String("jpeg"))
        return bytes.startsWith("\xFF\xD8\xFF");
    if (type == QLatin1String("png"))
        return bytes.startsWith("\x89PNG\r\n\x1A\n");
    if (type == QLatin1String("webp"))
        return bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP";
    return false;
}

} // namespace

AssetStore::AssetStore(QString directory)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
}

std::optional<QString> AssetStore::store(const QString &dataUrl, QString *error)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^data:image/(jpeg|jpg|png|webp);base64,([A-Za-z0-9+/=\s]+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(dataUrl);
    if (!match.hasMatch()) {
        *error = QStringLiteral("data_urls: expected data:image/jpeg, image/png or image/webp with base64 data");
        return std::nullopt;
    }
    QString type = match.captured(1).toLower();
    if (type == QLatin1String("jpg"))
        type = QStringLiteral("jpeg");
    QByteArray base64 = match.captured(2).toLatin1();
    base64.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        *error = QStringLiteral("data_urls: the base64 data is invalid");
        return std::nullopt;
    }
    if (!bytesMatchType(decoded.decoded, type)) {
        *error = QStringLiteral("data_urls: the bytes are not a %1 image").arg(type);
        return std::nullopt;
    }

    const QString extension = type == QLatin1String("jpeg") ? QStringLiteral("jpg") : type;
    const QString name = QString::fromLatin1(
                             QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Sha256).toHex())
        + QLatin1Char('.') + extension;
    const QString path = QDir(m_directory).filePath(name);
    if (QFileInfo::exists(path))
        return name;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(decoded.decoded) != decoded.decoded.size() || !file.commit()) {
        *error = QStringLiteral("the emulator could not store the asset: ") + file.errorString();
        return std::nullopt;
    }
    return name;
}

QString AssetStore::pathFor(const QString &fileName) const
{
    static const QRegularExpression safeName(QStringLiteral("^[0-9a-f]{64}\\.(jpg|png|webp)$"));
    if (!safeName.match(fileName).hasMatch())
        return {};
    const QString path = QDir(m_directory).filePath(fileName);
    return QFileInfo::exists(path) ? path : QString();
}

QByteArray AssetStore::contentTypeFor(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".png")))
        return "image/png";
    if (fileName.endsWith(QLatin1String(".webp")))
        return "image/webp";
    return "image/jpeg";
}

} // namespace wan::emulator

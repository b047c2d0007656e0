#pragma once

// The emulator's stand-in for Segmind's upload storage: data URLs in, files on
// disk named by the SHA-256 of their bytes out, so the same image uploaded
// twice gets the same URL (as the client's upload cache expects).
#include <QByteArray>
#include <QString>

#include <optional>

namespace wan::emulator {

class AssetStore final {
public:
    explicit AssetStore(QString directory);

    // Decodes "data:image/<jpeg|png|webp>;base64,<...>" and stores the bytes.
    // Returns the stored file name ("<sha256>.jpg") or nullopt with *error set.
    std::optional<QString> store(const QString &dataUrl, QString *error);
    // The local path of a stored asset, or empty when there is none by that name.
    QString pathFor(const QString &fileName) const;
    static QByteArray contentTypeFor(const QString &fileName);

private:
    QString m_directory;
};

} // namespace wan::emulator

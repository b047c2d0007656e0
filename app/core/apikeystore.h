#pragma once

// The Segmind API key in the system keychain (Secret Service, KWallet,
// macOS Keychain, Windows Credential Manager) through QtKeychain. Never a
// plain file: when no keychain answers, callers are told, and decide.

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace wan::core {

struct KeyLookup
{
    std::optional<QString> key;   // set when a key was found
    bool keychainAvailable = true;
    QString problem;              // why the keychain could not be used (translated)
};

class ApiKeyStore final : public QObject
{
    Q_OBJECT
public:
    explicit ApiKeyStore(QString service = QStringLiteral("WanStudio"), QObject *parent = nullptr);

    // Each callback runs once, on this object's thread.
    void read(std::function<void(const KeyLookup &)> done);
    void write(const QString &key, std::function<void(bool ok, const QString &problem)> done);
    void remove(std::function<void(bool ok, const QString &problem)> done);

    // SEGMIND_API_KEY when set, else the keychain.
    void resolve(std::function<void(const KeyLookup &)> done);

private:
    QString m_service;
};

} // namespace wan::core

#include "apikeystore.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

namespace wan::core {

namespace {
const QString KeyName = QStringLiteral("segmind-api-key");
}

ApiKeyStore::ApiKeyStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void ApiKeyStore::read(std::function<void(const KeyLookup &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(KeyName);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        KeyLookup lookup;
        if (job->error() == QKeychain::NoError) {
            const QString key = job->textData().trimmed();
            if (!key.isEmpty())
                lookup.key = key;
        } else if (job->error() != QKeychain::EntryNotFound) {
            lookup.keychainAvailable = false;
            lookup.problem = tr("The system keychain could not be used (%1).").arg(job->errorString());
            qCInfo(lcKeychain) << "keychain read failed:" << job->error();
        }
        done(lookup);
    });
    job->start();
}

void ApiKeyStore::write(const QString &key, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(KeyName);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError;
        done(ok, ok ? QString() : tr("The system keychain could not store the key (%1).").arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::remove(std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(KeyName);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : tr("The system keychain could not remove the key (%1).").arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::resolve(std::function<void(const KeyLookup &)> done)
{
    const QString fromEnvironment = qEnvironmentVariable("SEGMIND_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        KeyLookup lookup;
        lookup.key = fromEnvironment;
        done(lookup);
        return;
    }
    read(std::move(done));
}

} // namespace wan::core

#include "secrets/KeychainSecretStore.h"

#include "util/Log.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace pm::secrets
{

namespace
{
// Runs the callback only while its context lives, on the context's thread.
void deliver(QObject* context, const SecretStore::Callback& callback, const SecretStore::Result& result)
{
    QTimer::singleShot(0, context, [callback, result] { callback(result); });
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{ }

bool KeychainSecretStore::isBackendFailure(const QKeychain::Job* job)
{
    return job->error() == QKeychain::NoBackendAvailable || job->error() == QKeychain::OtherError
           || job->error() == QKeychain::NotImplemented;
}

void KeychainSecretStore::reportUnavailable(const QString& detail)
{
    if (m_reportedUnavailable) {
        return;
    }
    m_reportedUnavailable = true;
    qCWarning(lcSecrets).noquote() << "no keychain available:" << detail;
    Q_EMIT keychainUnavailable(tr("No system keychain is available (%1). Passwords are kept in memory for this "
                                  "session only; you will be asked again at the next start.")
                                   .arg(detail));
}

void KeychainSecretStore::read(const QString& key, QObject* context, Callback callback)
{
    if (m_sessionOnly.contains(key)) {
        deliver(context, callback, Result {Status::SessionOnly, m_sessionOnly.value(key), {}});
        return;
    }
    startRead(key, context, std::move(callback), false);
}

void KeychainSecretStore::startRead(const QString& key, QObject* context, Callback callback, bool retried)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, guard, callback = std::move(callback), retried](QKeychain::Job* finished) {
                if (!guard) {
                    return;
                }
                auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                if (readJob->error() == QKeychain::NoError) {
                    deliver(guard, callback, Result {Status::Ok, readJob->textData(), {}});
                } else if (readJob->error() == QKeychain::EntryNotFound) {
                    deliver(guard, callback,
                            Result {Status::NotFound, {}, tr("No password is stored for this connection.")});
                } else if (isBackendFailure(readJob) && !retried) {
                    QTimer::singleShot(RetryDelayMs, this, [this, key, guard, callback] {
                        if (guard) {
                            startRead(key, guard, callback, true);
                        }
                    });
                } else if (isBackendFailure(readJob)) {
                    reportUnavailable(readJob->errorString());
                    deliver(guard, callback, Result {Status::NotFound, {}, readJob->errorString()});
                } else {
                    qCWarning(lcSecrets) << "keychain read failed, error" << readJob->error();
                    deliver(guard, callback, Result {Status::Error, {}, readJob->errorString()});
                }
            });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, Callback callback)
{
    startWrite(key, secret, context, std::move(callback), false);
}

void KeychainSecretStore::startWrite(const QString& key, const QString& secret, QObject* context, Callback callback,
                                     bool retried)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, secret, guard, callback = std::move(callback), retried](QKeychain::Job* finished) {
                if (finished->error() == QKeychain::NoError) {
                    m_sessionOnly.remove(key);
                    if (guard) {
                        deliver(guard, callback, Result {});
                    }
                } else if (isBackendFailure(finished) && !retried) {
                    QTimer::singleShot(RetryDelayMs, this, [this, key, secret, guard, callback] {
                        startWrite(key, secret, guard, callback, true);
                    });
                } else {
                    // Never fall back to plaintext on disk: keep it for this session only.
                    m_sessionOnly.insert(key, secret);
                    reportUnavailable(finished->errorString());
                    if (guard) {
                        deliver(guard, callback, Result {Status::SessionOnly, {}, finished->errorString()});
                    }
                }
            });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback callback)
{
    m_sessionOnly.remove(key);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback = std::move(callback)](QKeychain::Job* finished) {
        if (!guard) {
            return;
        }
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            deliver(guard, callback, Result {});
        } else {
            deliver(guard, callback, Result {Status::Error, {}, finished->errorString()});
        }
    });
    job->start();
}

} // namespace pm::secrets

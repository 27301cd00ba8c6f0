#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace QKeychain
{
class Job;
}

namespace pm::secrets
{

/**
 * The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager),
 * with the insecure plaintext fallback always off. When no keychain answers (no D-Bus, no Secret
 * Service, a locked collection on a headless host) it retries once, then keeps the value in memory
 * for this session only and says so once through keychainUnavailable().
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback callback) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback callback) override;
    void remove(const QString& key, QObject* context, Callback callback) override;

    /// Delay before the single retry after NoBackendAvailable / OtherError (Nextcloud desktop does the same).
    static constexpr int RetryDelayMs = 500;

private:
    void startRead(const QString& key, QObject* context, Callback callback, bool retried);
    void startWrite(const QString& key, const QString& secret, QObject* context, Callback callback, bool retried);
    static bool isBackendFailure(const QKeychain::Job* job);
    void reportUnavailable(const QString& detail);

    QString m_service;
    QHash<QString, QString> m_sessionOnly;
    bool m_reportedUnavailable = false;
};

} // namespace pm::secrets

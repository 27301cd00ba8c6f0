#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace pm::secrets
{

/// Secrets in a hash, for unit tests and for sessions that must not touch the keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, Callback callback) override;
    void write(const QString& key, const QString& secret, QObject* context, Callback callback) override;
    void remove(const QString& key, QObject* context, Callback callback) override;

    bool contains(const QString& key) const { return m_values.contains(key); }

private:
    void deliver(QObject* context, Callback callback, Result result);

    QHash<QString, QString> m_values;
};

} // namespace pm::secrets

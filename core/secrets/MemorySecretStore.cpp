#include "secrets/MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace pm::secrets
{

void MemorySecretStore::deliver(QObject* context, Callback callback, Result result)
{
    // Asynchronous like the keychain, so callers cannot come to rely on synchronous answers.
    QTimer::singleShot(0, context, [callback = std::move(callback), result = std::move(result)] { callback(result); });
}

void MemorySecretStore::read(const QString& key, QObject* context, Callback callback)
{
    Result result;
    if (m_values.contains(key)) {
        result.secret = m_values.value(key);
    } else {
        result.status = Status::NotFound;
        result.message = tr("No password is stored for this connection.");
    }
    deliver(context, std::move(callback), std::move(result));
}

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context, Callback callback)
{
    m_values.insert(key, secret);
    deliver(context, std::move(callback), Result {});
}

void MemorySecretStore::remove(const QString& key, QObject* context, Callback callback)
{
    m_values.remove(key);
    deliver(context, std::move(callback), Result {});
}

} // namespace pm::secrets

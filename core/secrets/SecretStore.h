#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace pm::secrets
{

/**
 * Where passwords, tokens and API keys live: the OS keychain in the product, memory in unit tests.
 * Every call is asynchronous; the callback runs on the caller's thread, and only while @p context
 * is alive. Keys follow "<account>@<server-url>/<purpose>"; values never reach a log.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,    ///< no such entry: ask the user
        SessionOnly, ///< no keychain answered: the value is kept in memory until the process ends
        Error,       ///< the keychain refused (denied, locked …): message says why
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret;  ///< for reads
        QString message; ///< for people, never containing the secret
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, QObject* context, Callback callback) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, Callback callback) = 0;
    virtual void remove(const QString& key, QObject* context, Callback callback) = 0;

Q_SIGNALS:
    /// Emitted once per process, the first time the keychain cannot be used.
    void keychainUnavailable(const QString& message);
};

} // namespace pm::secrets

#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace pm::store
{

/**
 * Where and how to reach PostgreSQL: what a libpq connection URI says, split into fields so the
 * connection dialog can edit them and QSettings can keep the non-secret ones.
 *
 * The password is carried only in memory; toSettingsMap() and redactedUri() never contain it.
 */
class ConnectionSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    static constexpr int DefaultPort = 5432;
    static constexpr int DefaultConnectTimeoutSeconds = 5;

    QString host; ///< host name, IP address, or a Unix socket directory (starts with '/')
    int port = DefaultPort;
    QString database;
    QString user;
    QString password;    ///< never persisted by this class
    QString sslMode;     ///< libpq sslmode; empty means libpq's default
    QString sslRootCert; ///< CA file for verify-ca / verify-full
    int connectTimeoutSeconds = DefaultConnectTimeoutSeconds;
    QString applicationName;
    QMap<QString, QString> extraOptions; ///< other libpq keywords passed through unchanged

    /// Parses a libpq URI (postgresql://user:pw@host:port/db?sslmode=…); on failure returns
    /// nothing and sets @p error to a one-line message.
    static std::optional<ConnectionSettings> fromUri(const QString& uri, QString* error);

    /// The URI form, optionally with the password (for handing to a child process through the
    /// environment only; never for display).
    QString toUri(bool includePassword = false) const;
    /// For logs and the status bar: no password, ever.
    QString redactedUri() const { return toUri(false); }
    /// "user@host:port/database", for people.
    QString displayName() const;

    /// The libpq keyword list QSqlDatabase::setConnectOptions() takes (without host, port, user,
    /// database and password, which QSqlDatabase sets itself).
    QString connectOptions() const;

    /// True for a Unix socket directory, "localhost" and loopback addresses.
    bool isLocal() const;

    /// Names only, for QSettings.
    QMap<QString, QString> toSettingsMap() const;
    static ConnectionSettings fromSettingsMap(const QMap<QString, QString>& map);

    /// The key under which the password lives in the OS keychain.
    QString secretKey() const;

    static const QStringList& sslModes();
};

} // namespace pm::store

#pragma once

#include <QMetaType>
#include <QString>

namespace pm::store
{

/// What the console knows about its database link, for the status bar.
enum class ConnectionState
{
    Connecting,   ///< first attempt in progress
    Connected,    ///< the last check succeeded and the schema matches this build
    Reconnecting, ///< the link dropped; trying again
    Offline,      ///< the server cannot be reached; retrying with backoff
    Incompatible, ///< reachable, but the schema is not one this build can run against
};

/// Facts about the server, refreshed at each (re)connect, for the status bar and About dialog.
struct ServerInfo
{
    QString serverVersion; ///< e.g. "15.8"
    int schemaVersion = 0; ///< highest applied migration
    QString instanceKind;  ///< production, staging, demo, test
    QString displayName;   ///< user@host:port/db
    /// Who the database says is signed in: the login, the operator's name, and the capability
    /// role (viewer, ops, executive, admin; "owner" for a superuser, who may do everything;
    /// "none" for a login without a capability).
    QString login;
    QString operatorName;
    QString capability;

    /// Whether the signed-in login holds @p capability (admin includes ops and executive, and
    /// those include viewer — as the roles nest in the database).
    bool can(const QString& needed) const
    {
        if (capability == QLatin1String("owner") || capability == QLatin1String("admin")) {
            return true;
        }
        if (needed == QLatin1String("viewer")) {
            return capability == QLatin1String("ops") || capability == QLatin1String("executive")
                   || capability == QLatin1String("viewer");
        }
        return capability == needed;
    }
};

} // namespace pm::store

Q_DECLARE_METATYPE(pm::store::ConnectionState)
Q_DECLARE_METATYPE(pm::store::ServerInfo)

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
};

} // namespace pm::store

Q_DECLARE_METATYPE(pm::store::ConnectionState)
Q_DECLARE_METATYPE(pm::store::ServerInfo)

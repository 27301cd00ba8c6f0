#include "store/PgHandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace pm::store
{

PGconn* pgConnection(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers the handle's type as "PGconn*" or, depending on the libpq headers, "pg_conn*".
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        return nullptr;
    }
    PGconn* conn = *static_cast<PGconn* const*>(handle.constData());
    return conn && PQstatus(conn) == CONNECTION_OK ? conn : nullptr;
}

} // namespace pm::store

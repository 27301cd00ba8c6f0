#include "store/ScriptRunner.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace pm::store
{

bool ScriptRunner::run(const QSqlDatabase& db, const QByteArray& script, QString* error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)) {
        *error = tr("The SQL script needs a PostgreSQL (QPSQL) connection (got %1).")
                     .arg(QString::fromLatin1(handle.typeName()));
        return false;
    }
    PGconn* conn = *static_cast<PGconn* const*>(handle.constData());
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        *error = tr("The database connection is not open.");
        return false;
    }
    PGresult* result = PQexec(conn, script.constData());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    if (!ok) {
        QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
        if (message.isEmpty()) {
            message = QString::fromUtf8(PQerrorMessage(conn)).simplified();
        }
        const QString sqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        const QString position = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_STATEMENT_POSITION));
        *error = sqlState.isEmpty() ? message : u"%1 (SQLSTATE %2)"_s.arg(message, sqlState);
        if (!position.isEmpty()) {
            *error += tr(" at character %1").arg(position);
        }
    }
    PQclear(result);
    return ok;
}

} // namespace pm::store

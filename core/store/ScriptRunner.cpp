#include "store/ScriptRunner.h"

#include "store/PgHandle.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace pm::store
{

bool ScriptRunner::run(const QSqlDatabase& db, const QByteArray& script, QString* error)
{
    PGconn* conn = pgConnection(db);
    if (!conn) {
        *error = tr("The SQL script needs an open PostgreSQL (QPSQL) connection.");
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

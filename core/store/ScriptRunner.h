#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace pm::store
{

/**
 * Runs a multi-statement SQL script on a QPSQL connection through libpq's PQexec.
 *
 * QSqlQuery::exec() is not safe for scripts: the Qt 6 QPSQL driver reads only the first result, so
 * an error in a later statement goes unnoticed and desynchronises the connection. PQexec stops at
 * the first failing statement and reports it.
 */
class ScriptRunner final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptRunner)

public:
    /// False with a one-line @p error (SQLSTATE included) when any statement fails.
    static bool run(const QSqlDatabase& db, const QByteArray& script, QString* error);
};

} // namespace pm::store

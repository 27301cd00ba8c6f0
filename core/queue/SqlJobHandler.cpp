#include "queue/SqlJobHandler.h"

#include "store/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pm::queue
{

SqlJobHandler::SqlJobHandler(QString kind, QString statement)
    : m_kind(std::move(kind))
    , m_statement(std::move(statement))
{ }

bool SqlJobHandler::run(const Job&, const QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(m_statement)) {
        *error = tr("%1 failed: %2").arg(m_kind, pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    return true;
}

} // namespace pm::queue

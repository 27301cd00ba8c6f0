#pragma once

#include <QSqlDatabase>

typedef struct pg_conn PGconn;

namespace pm::store
{

/// The libpq connection behind an open QPSQL QSqlDatabase (for COPY and multi-statement scripts,
/// which the Qt driver does not offer), or nullptr.
PGconn* pgConnection(const QSqlDatabase& db);

} // namespace pm::store

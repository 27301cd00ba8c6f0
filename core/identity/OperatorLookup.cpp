#include "identity/OperatorLookup.h"

#include "store/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::identity
{

std::optional<OperatorRecord> OperatorLookup::current(const QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT session_user, r.rolsuper, (SELECT substr(g.rolname, 4) FROM pg_auth_members m "
                "JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid "
                "AND g.rolname IN ('pm_viewer', 'pm_ops', 'pm_executive', 'pm_admin') "
                "ORDER BY array_position(ARRAY['pm_admin', 'pm_executive', 'pm_ops', 'pm_viewer'], g.rolname::text) "
                "LIMIT 1), "
                "to_regclass('public.operators') IS NOT NULL AND has_table_privilege('public.operators', 'SELECT') "
                "FROM pg_roles r WHERE r.rolname = session_user"_s)
        || !q.next()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return std::nullopt;
    }
    OperatorRecord record;
    record.login = q.value(0).toString();
    const QString direct = q.value(2).toString(); // the highest, should a set-up mistake grant several
    record.capability = q.value(1).toBool() ? u"owner"_s : (direct.isEmpty() ? u"none"_s : direct);
    if (q.value(3).toBool()) {
        QSqlQuery row(db);
        if (!row.exec(u"SELECT display_name, email, status FROM operators WHERE login = session_user"_s)) {
            *error = pm::store::DatabaseConnection::oneLine(row.lastError());
            return std::nullopt;
        }
        if (row.next()) {
            record.name = row.value(0).toString();
            record.email = row.value(1).toString();
            record.status = row.value(2).toString();
        }
    }
    return record;
}

} // namespace pm::identity

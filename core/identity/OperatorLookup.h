#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pm::identity
{

/// The signed-in login as the store knows it.
struct OperatorRecord
{
    QString login;
    QString name;
    QString email;
    QString capability; ///< viewer, ops, executive, admin; owner for a superuser; none
    QString status;     ///< active, disabled; empty when the login is not an operator
};

/**
 * Reads who session_user is: its capability role from the catalog (readable by every login) and
 * its operators row (readable by operators only, so asked only when it may be).
 */
class OperatorLookup final
{
    Q_DECLARE_TR_FUNCTIONS(OperatorLookup)

public:
    static std::optional<OperatorRecord> current(const QSqlDatabase& db, QString* error);
};

} // namespace pm::identity

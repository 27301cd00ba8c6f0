#pragma once

#include "queue/JobHandler.h"

#include <QCoreApplication>

namespace pm::queue
{

/**
 * A job whose whole work is one idempotent SQL statement (usually a function the schema
 * provides, such as pm_detect_threshold_breaches() or pm_prune()), run in its own transaction.
 */
class SqlJobHandler final : public JobHandler
{
    Q_DECLARE_TR_FUNCTIONS(SqlJobHandler)

public:
    SqlJobHandler(QString kind, QString statement);
    QString kind() const override { return m_kind; }
    bool run(const Job& job, const QSqlDatabase& db, QString* error) override;

private:
    QString m_kind;
    QString m_statement;
};

} // namespace pm::queue

#pragma once

#include "queue/Job.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace pm::queue
{

/**
 * What runs a kind of job. run() executes on the worker's thread with the worker's own
 * connection; it may be called more than once for one job (delivery is at least once), so it
 * must be idempotent. Return false with @p error to fail the attempt.
 */
class JobHandler
{
public:
    virtual ~JobHandler() = default;
    virtual QString kind() const = 0;
    virtual bool run(const Job& job, const QSqlDatabase& db, QString* error) = 0;
};

/// Kind → handler, shared read-only by all workers.
class HandlerRegistry final
{
public:
    void add(std::shared_ptr<JobHandler> handler) { m_handlers.insert(handler->kind(), std::move(handler)); }
    JobHandler* find(const QString& kind) const { return m_handlers.value(kind).get(); }
    QStringList kinds() const { return m_handlers.keys(); }

private:
    QHash<QString, std::shared_ptr<JobHandler>> m_handlers;
};

} // namespace pm::queue

#pragma once

#include "sim/IncidentPlan.h"
#include "sim/PlatformModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace pm::sim
{

/// Writes the simulated platform's tables (tenants … tenant_ips), its costs and the incident
/// ground truth, all through COPY, inside the caller's transaction.
class PlatformWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PlatformWriter)

public:
    PlatformWriter(const QSqlDatabase& db, const SimulationSpec& spec)
        : m_db(db)
        , m_spec(spec)
    { }

    bool writeEntities(const PlatformModel& platform, const IncidentPlan& plan, QString* error);
    bool writeCosts(const PlatformModel& platform, const QHash<QPair<QDate, int>, qint64>& monthly, QString* error);
    bool writeGroundTruth(const IncidentPlan& plan, QString* error);

private:
    bool copyRows(const QByteArray& target, const QByteArray& rows, QString* error);

    QSqlDatabase m_db;
    const SimulationSpec& m_spec;
};

} // namespace pm::sim

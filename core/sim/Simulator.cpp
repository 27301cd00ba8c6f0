#include "sim/Simulator.h"

#include "sim/ChunkQueue.h"
#include "sim/EventWriter.h"
#include "sim/PlatformWriter.h"
#include "sim/TrafficGenerator.h"
#include "store/CopyStream.h"
#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
const QByteArray RollupColumns = "daily_rollups (day, tenant_id, ip_id, mailbox_provider_id, esp_account_id, sent, "
                                 "delivered, deferred, bounced_hard, bounced_soft, blocked, complaints, unsubscribed)";

bool exec(const QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    return true;
}
} // namespace

Simulator::Simulator(SimulationSpec spec)
    : m_spec(std::move(spec))
    , m_platform(PlatformModel::generate(m_spec))
    , m_plan(IncidentPlan::plan(m_spec, m_platform))
{ }

bool Simulator::checkStore(const QSqlDatabase& db, bool replace, QString* error)
{
    pm::store::SchemaStatus schema;
    pm::store::MigrationRunner runner(db);
    if (!runner.status(&schema, error)) {
        return false;
    }
    if (schema.state != pm::store::SchemaStatus::State::Current) {
        *error = schema.problem.isEmpty()
                     ? tr("The database is not migrated (schema version %1 of %2); run \"pmctl migrate\" first.")
                           .arg(schema.appliedVersion)
                           .arg(schema.knownVersion)
                     : schema.problem;
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM tenants)"_s) || !q.next()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    if (q.value(0).toBool() && !replace) {
        *error = tr("The store already holds tenants; pass --replace to discard them and simulate anew.");
        return false;
    }
    if (replace) {
        return exec(db, u"SELECT pm_drop_event_partitions_before('infinity')"_s, error)
               && exec(db,
                       u"TRUNCATE daily_rollups, esp_costs, infrastructure_costs, tenant_ips, ips, ip_pools, "
                       "sending_domains, esp_accounts, tenants, sim_injected_incidents"_s,
                       error);
    }
    return true;
}

bool Simulator::run(const QSqlDatabase& db, bool replace, const Progress& progress, SimulationResult* result,
                    QString* error)
{
    QElapsedTimer total;
    total.start();
    QSqlDatabase handle = db;
    if (!handle.transaction()) {
        *error = pm::store::DatabaseConnection::oneLine(handle.lastError());
        return false;
    }
    auto fail = [&handle](const QString& context, QString* err) {
        handle.rollback();
        if (!context.isEmpty()) {
            *err = context + u": "_s + *err;
        }
        return false;
    };
    // Quiet NOTICEs, and a fast, crash-unsafe-but-atomic bulk load: the transaction still commits or not as a whole.
    exec(db, u"SET LOCAL client_min_messages = warning"_s, error);
    exec(db, u"SET LOCAL synchronous_commit = off"_s, error);
    if (!checkStore(db, replace, error)) {
        return fail(QString(), error);
    }
    QSqlQuery run(db);
    run.prepare(u"INSERT INTO sim_runs (parameters) VALUES (?::jsonb) RETURNING run_id"_s);
    run.addBindValue(m_spec.toJson());
    if (!run.exec() || !run.next()) {
        *error = pm::store::DatabaseConnection::oneLine(run.lastError());
        return fail(QString(), error);
    }
    const int runId = run.value(0).toInt();

    PlatformWriter writer(db, m_spec);
    if (progress) {
        progress(tr("%1 tenants, %2 ESP accounts, %3 pools, %4 IPs, %5 injected incidents")
                     .arg(m_platform.tenants.size())
                     .arg(m_platform.espAccounts.size())
                     .arg(m_platform.pools.size())
                     .arg(m_platform.ips.size())
                     .arg(m_plan.incidents.size()));
    }
    if (!writer.writeEntities(m_platform, m_plan, error)) {
        return fail(tr("writing the platform"), error);
    }
    SimulationResult r;
    if (!loadTraffic(db, progress, &r, error)) {
        return fail(QString(), error);
    }
    if (!writer.writeGroundTruth(m_plan, error)) {
        return fail(tr("writing the incident ground truth"), error);
    }
    QSqlQuery finish(db);
    finish.prepare(u"UPDATE sim_runs SET finished_at = now(), events = ?, rollup_rows = ? WHERE run_id = ?"_s);
    finish.addBindValue(r.events);
    finish.addBindValue(r.rollupRows);
    finish.addBindValue(runId);
    if (!finish.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(finish.lastError());
        return fail(QString(), error);
    }
    if (!handle.commit()) {
        *error = pm::store::DatabaseConnection::oneLine(handle.lastError());
        return fail(tr("committing"), error);
    }
    r.incidents = m_plan.incidents.size();
    r.seconds = total.elapsed() / 1000.0;
    *result = r;
    return true;
}

bool Simulator::loadTraffic(const QSqlDatabase& db, const Progress& progress, SimulationResult* result, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    TrafficGenerator generator(m_spec, m_platform, m_plan);
    // The secondary rollup indexes are rebuilt once at the end when the table starts empty: far
    // cheaper than maintaining them row by row through a year of rollups.
    QSqlQuery empty(db);
    const bool rebuildIndexes
        = empty.exec(u"SELECT NOT EXISTS (SELECT 1 FROM daily_rollups)"_s) && empty.next() && empty.value(0).toBool();
    if (rebuildIndexes && !exec(db, u"DROP INDEX daily_rollups_tenant_day, daily_rollups_ip_day"_s, error)) {
        return false;
    }

    // Generate on a second thread while this one feeds PostgreSQL.
    ChunkQueue queue(6);
    QThread* producer = QThread::create([this, &generator, &queue] {
        TrafficStats stats;
        for (int d = 0; d < m_spec.days; ++d) {
            const bool raw = m_spec.hasRawEvents(d);
            if (!queue.push(Chunk {Chunk::Kind::DayBegin, m_spec.firstDay().addDays(d), raw, {}, 0})) {
                return;
            }
            Chunk rows {Chunk::Kind::Rows, {}, raw, {}, 0};
            for (const TenantModel& tenant : std::as_const(m_platform.tenants)) {
                const qint64 before = stats.events;
                if (raw) {
                    generator.appendTenantEvents(d, tenant, rows.rows, stats);
                } else {
                    generator.appendTenantRollups(d, tenant, rows.rows, stats);
                }
                rows.events += stats.events - before;
                if (rows.rows.size() >= ChunkBytes) {
                    if (!queue.push(std::exchange(rows, Chunk {Chunk::Kind::Rows, {}, raw, {}, 0}))) {
                        return;
                    }
                }
            }
            if (!queue.push(std::move(rows)) || !queue.push(Chunk {Chunk::Kind::DayEnd, {}, raw, {}, 0})) {
                return;
            }
        }
        queue.push(Chunk {Chunk::Kind::Done, {}, false, {}, stats.emails});
    });
    producer->start();
    const bool ok = consume(db, queue, progress, result, error);
    if (!ok) {
        queue.cancel();
    }
    producer->wait();
    delete producer;
    if (!ok) {
        return false;
    }
    if (rebuildIndexes
        && (!exec(db, u"CREATE INDEX daily_rollups_tenant_day ON daily_rollups (tenant_id, day)"_s, error)
            || !exec(db, u"CREATE INDEX daily_rollups_ip_day ON daily_rollups (ip_id, day)"_s, error))) {
        return false;
    }
    PlatformWriter writer(db, m_spec);
    if (!writer.writeCosts(m_platform, generator.monthlyVolumes(), error)) {
        return false;
    }
    result->trafficSeconds = timer.elapsed() / 1000.0;
    return true;
}

bool Simulator::consume(const QSqlDatabase& db, ChunkQueue& queue, const Progress& progress, SimulationResult* result,
                        QString* error)
{
    pm::store::CopyStream copy(db);
    QDate day;
    bool raw = false;
    qint64 inStatement = 0;
    int dayNumber = 0;
    for (;;) {
        Chunk chunk = queue.pop();
        switch (chunk.kind) {
        case Chunk::Kind::DayBegin:
            day = chunk.day;
            raw = chunk.raw;
            // A literal, not a prepared statement: a prepared one would be freed after an error,
            // inside the aborted transaction, which the driver reports as a warning.
            if (raw && !exec(db, u"SELECT pm_ensure_event_partition('%1')"_s.arg(day.toString(Qt::ISODate)), error)) {
                return false;
            }
            if (!(raw ? copy.begin(EventWriter::columns(), error, pm::store::CopyStream::Format::Binary)
                      : copy.begin(RollupColumns, error))) {
                return false;
            }
            inStatement = 0;
            break;
        case Chunk::Kind::Rows:
            if (copy.buffer().isEmpty()) {
                copy.buffer() = std::move(chunk.rows);
            } else {
                copy.buffer().append(chunk.rows);
            }
            if (!copy.flushIfFull(error)) {
                copy.abort(*error);
                return false;
            }
            result->events += chunk.events;
            inStatement += chunk.events;
            if (raw && inStatement >= EventsPerStatement) {
                // End the statement so the rollup trigger aggregates this batch, then go on.
                if (!copy.end(nullptr, error)
                    || !copy.begin(EventWriter::columns(), error, pm::store::CopyStream::Format::Binary)) {
                    return false;
                }
                inStatement = 0;
            }
            break;
        case Chunk::Kind::DayEnd: {
            qint64 rows = 0;
            if (!copy.end(&rows, error)) {
                *error = tr("loading %1: %2").arg(day.toString(Qt::ISODate), *error);
                return false;
            }
            if (!raw) {
                result->rollupRows += rows;
            }
            if (raw && !exec(db, u"SELECT pm_index_event_partition('%1')"_s.arg(day.toString(Qt::ISODate)), error)) {
                return false;
            }
            ++dayNumber;
            if (progress && (dayNumber % 10 == 0 || dayNumber == m_spec.days || raw)) {
                progress(tr("%1 loaded (%2 of %3 days): %4 events, %5 rollup rows written so far")
                             .arg(day.toString(Qt::ISODate))
                             .arg(dayNumber)
                             .arg(m_spec.days)
                             .arg(result->events)
                             .arg(result->rollupRows));
            }
            break;
        }
        case Chunk::Kind::Done:
            result->emails = chunk.events;
            return true;
        }
    }
}

} // namespace pm::sim

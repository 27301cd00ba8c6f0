#include "sim/LiveSimulator.h"

#include "sim/EventWriter.h"
#include "sim/Random.h"
#include "sim/TrafficGenerator.h"
#include "store/CopyStream.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
constexpr qint64 DayMs = 86'400'000;
} // namespace

LiveSimulator::LiveSimulator(pm::store::ConnectionSettings settings, double speed, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_speed(std::max(0.1, speed))
{
    if (m_settings.applicationName.isEmpty()) {
        m_settings.applicationName = u"penguinmails-live-simulator"_s;
    }
}

LiveSimulator::~LiveSimulator() = default;

void LiveSimulator::start()
{
    m_connection = std::make_unique<pm::store::DatabaseConnection>(m_settings, u"live-sim"_s);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LiveSimulator::tick);
    QString error;
    if (!m_connection->open(&error) || !resume(&error)) {
        Q_EMIT failed(error);
        return;
    }
    tick();
}

bool LiveSimulator::resume(QString* error)
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(u"SELECT parameters::text, (SELECT max(day) FROM daily_rollups) FROM sim_runs "
                "WHERE finished_at IS NOT NULL ORDER BY run_id DESC LIMIT 1"_s)) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    if (!q.next() || !SimulationSpec::fromJson(q.value(0).toString(), &m_spec)) {
        *error = tr("No finished simulation to continue: run \"pmctl simulate\" first.");
        return false;
    }
    m_platform = PlatformModel::generate(m_spec);
    m_plan = IncidentPlan::plan(m_spec, m_platform);
    m_generator = std::make_unique<TrafficGenerator>(m_spec, m_platform, m_plan);
    m_rng = std::make_unique<Random>(static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()));
    const QDate lastDay = q.value(1).isNull() ? m_spec.endDate : q.value(1).toDate();
    // Continue after the last day with data; a store left alone for weeks catches up one week at most.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_cursorMs = std::max(QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), now - 7 * DayMs);
    // Live ids start from the clock so they never meet the history's sequential ones.
    m_generator->setNextMessageId(now * 1000);
    m_wallStartMs = now;
    m_simStartMs = now;
    qCInfo(lcStore).noquote() << "live simulator resumes at"
                              << QDateTime::fromMSecsSinceEpoch(m_cursorMs, Qt::UTC).toString(Qt::ISODate);
    return true;
}

void LiveSimulator::tick()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const qint64 simNow = m_simStartMs + static_cast<qint64>((wall - m_wallStartMs) * m_speed);
    const qint64 to = std::min(simNow, m_cursorMs + MaxStepMs);
    if (to > m_cursorMs) {
        QString error;
        if (loadInterval(m_cursorMs, to, &error)) {
            m_cursorMs = to;
            m_failures = 0;
            Q_EMIT progressed(m_events, m_cursorMs);
        } else {
            // A dropped connection or a restarting server: say so, back off, and try again.
            ++m_failures;
            qCWarning(lcStore).noquote() << "live simulator tick failed:" << error;
            Q_EMIT failed(error);
            if (!m_connection->isOpen() || m_failures > 1) {
                m_connection->open(&error);
            }
        }
    }
    const bool catchingUp = simNow - m_cursorMs > TickMs * m_speed * 2;
    m_timer->start(catchingUp && m_failures == 0 ? 0 : std::min(TickMs * (1 << std::min(m_failures, 4)), 30'000));
}

bool LiveSimulator::loadInterval(qint64 fromMs, qint64 toMs, QString* error)
{
    const QSqlDatabase db = m_connection->database();
    const QDate firstDay = m_spec.firstDay();
    QSqlDatabase handle = db;
    if (!handle.transaction()) {
        *error = pm::store::DatabaseConnection::oneLine(handle.lastError());
        return false;
    }
    auto fail = [&handle] {
        handle.rollback();
        return false;
    };
    TrafficStats stats;
    pm::store::CopyStream copy(db);
    for (qint64 start = fromMs; start < toMs;) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
        const qint64 dayStart = QDateTime(at.date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = std::min(toMs, dayStart + DayMs);
        QSqlQuery part(db);
        if (!part.exec(u"SELECT pm_ensure_event_partition('%1')"_s.arg(at.date().toString(Qt::ISODate)))) {
            *error = pm::store::DatabaseConnection::oneLine(part.lastError());
            return fail();
        }
        if (start == dayStart && start != fromMs) {
            // A new day began: yesterday's partition is complete and gets its index.
            part.exec(u"SELECT pm_index_event_partition('%1')"_s.arg(at.date().addDays(-1).toString(Qt::ISODate)));
        }
        if (!copy.begin(EventWriter::columns(), error, pm::store::CopyStream::Format::Binary)) {
            return fail();
        }
        const int dayIndex = static_cast<int>(firstDay.daysTo(at.date()));
        for (const TenantModel& tenant : std::as_const(m_platform.tenants)) {
            m_generator->appendTenantEventsBetween(dayIndex, start - dayStart, end - dayStart, tenant, copy.buffer(),
                                                   stats, *m_rng);
            if (!copy.flushIfFull(error)) {
                copy.abort(*error);
                return fail();
            }
        }
        if (!copy.end(nullptr, error)) {
            return fail();
        }
        start = end;
    }
    if (!handle.commit()) {
        *error = pm::store::DatabaseConnection::oneLine(handle.lastError());
        return fail();
    }
    m_events += stats.events;
    return true;
}

} // namespace pm::sim

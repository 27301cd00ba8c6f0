#include "store/ConnectionMonitor.h"

#include "identity/OperatorLookup.h"

#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"
#include "util/Log.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::store
{

ConnectionMonitor::ConnectionMonitor(ConnectionSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<pm::store::ConnectionState>();
    qRegisterMetaType<pm::store::ServerInfo>();
    // Short timeouts: the monitor must notice a dead server within seconds.
    m_settings.connectTimeoutSeconds = std::min(m_settings.connectTimeoutSeconds, 3);
    if (m_settings.applicationName.isEmpty()) {
        m_settings.applicationName = u"penguinmails-console-monitor"_s;
    }
}

// Destroyed on the monitor's thread (WorkerThread deletes it there), where its connection lives.
ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::start()
{
    m_connection = std::make_unique<DatabaseConnection>(m_settings, u"monitor"_s);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionMonitor::tick);
    setState(ConnectionState::Connecting, m_settings.displayName());
    tick();
}

void ConnectionMonitor::setState(ConnectionState state, const QString& detail)
{
    if (state == m_state && detail == m_detail) {
        return;
    }
    m_state = state;
    m_detail = detail;
    qCInfo(lcStore).noquote() << "database link state" << static_cast<int>(state) << detail;
    Q_EMIT stateChanged(state, detail);
}

void ConnectionMonitor::scheduleRetry()
{
    m_retryDelayMs = m_retryDelayMs == 0 ? 500 : std::min(m_retryDelayMs * 2, MaxRetryDelayMs);
    m_timer->start(m_retryDelayMs);
}

void ConnectionMonitor::tick()
{
    if (m_connection->isOpen() && (m_state == ConnectionState::Connected || m_state == ConnectionState::Incompatible)) {
        QSqlQuery ping(m_connection->database());
        if (ping.exec(u"SELECT 1"_s)) {
            m_timer->start(PingIntervalMs);
            return;
        }
        const QString reason = DatabaseConnection::oneLine(ping.lastError());
        m_connection->close();
        setState(ConnectionState::Reconnecting, tr("Connection lost (%1); reconnecting…").arg(reason));
    }
    QString detail;
    ConnectionState state = ConnectionState::Offline;
    if (connectAndCheck(&detail, &state)) {
        m_retryDelayMs = 0;
        setState(state, detail);
        m_timer->start(PingIntervalMs);
        return;
    }
    setState(ConnectionState::Offline, detail);
    scheduleRetry();
}

void ConnectionMonitor::readIdentity(ServerInfo* info)
{
    // The console shows and hides by this; the database is what refuses.
    QString error;
    if (const auto record = pm::identity::OperatorLookup::current(m_connection->database(), &error)) {
        info->login = record->login;
        info->operatorName = record->name;
        info->capability = record->capability;
    }
}

bool ConnectionMonitor::connectAndCheck(QString* detail, ConnectionState* state)
{
    QString error;
    if (!m_connection->open(&error)) {
        *detail = error;
        return false;
    }
    ServerInfo info;
    info.displayName = m_settings.displayName();
    QSqlQuery version(m_connection->database());
    if (version.exec(u"SHOW server_version"_s) && version.next()) {
        info.serverVersion = version.value(0).toString().section(u' ', 0, 0);
    }
    SchemaStatus schema;
    MigrationRunner runner(m_connection->database());
    if (!runner.status(&schema, &error)) {
        m_connection->close();
        *detail = error;
        return false;
    }
    info.schemaVersion = schema.appliedVersion;
    QSqlQuery kind(m_connection->database());
    if (schema.appliedVersion >= 1 && kind.exec(u"SELECT kind FROM pm_instance"_s) && kind.next()) {
        info.instanceKind = kind.value(0).toString();
    }
    readIdentity(&info);
    Q_EMIT serverInfoChanged(info);

    switch (schema.state) {
    case SchemaStatus::State::Current:
        *state = ConnectionState::Connected;
        *detail = m_settings.displayName();
        break;
    case SchemaStatus::State::Newer:
    case SchemaStatus::State::Modified:
        *state = ConnectionState::Incompatible;
        *detail = schema.problem;
        break;
    case SchemaStatus::State::Empty:
    case SchemaStatus::State::Behind:
        *state = ConnectionState::Incompatible;
        *detail = tr("The database schema is at version %1 but this console needs version %2. "
                     "Run \"pmctl migrate\" against this database.")
                      .arg(schema.appliedVersion)
                      .arg(schema.knownVersion);
        break;
    }
    return true;
}

} // namespace pm::store

#include "store/DatabaseSession.h"

#include "store/ConnectionMonitor.h"
#include "util/WorkerThread.h"

using namespace Qt::StringLiterals;

namespace pm::store
{

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
{ }

DatabaseSession::~DatabaseSession()
{
    close();
}

void DatabaseSession::open(const ConnectionSettings& settings)
{
    close();
    m_settings = settings;
    m_state = ConnectionState::Connecting;
    m_detail = settings.displayName();
    m_thread = std::make_unique<util::WorkerThread>(u"pm-db-monitor"_s);
    auto* monitor = m_thread->adopt(new ConnectionMonitor(settings));
    connect(monitor, &ConnectionMonitor::stateChanged, this, [this](ConnectionState state, const QString& detail) {
        m_state = state;
        m_detail = detail;
        Q_EMIT stateChanged(state, detail);
    });
    connect(monitor, &ConnectionMonitor::serverInfoChanged, this, [this](const ServerInfo& info) {
        m_info = info;
        Q_EMIT serverInfoChanged(info);
    });
    m_thread->start();
    QMetaObject::invokeMethod(monitor, &ConnectionMonitor::start, Qt::QueuedConnection);
}

void DatabaseSession::close()
{
    if (m_thread) {
        m_thread->stop(); // waits at most one connect timeout, and only at close or shutdown
        m_thread.reset();
    }
}

} // namespace pm::store

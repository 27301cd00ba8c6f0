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
    retire();
    m_settings = settings;
    m_state = ConnectionState::Connecting;
    m_detail = settings.displayName();
    m_thread = std::make_unique<util::WorkerThread>(u"pm-db-monitor"_s);
    auto* monitor = m_thread->adopt(new ConnectionMonitor(settings));
    const int generation = ++m_generation;
    connect(monitor, &ConnectionMonitor::stateChanged, this,
            [this, generation](ConnectionState state, const QString& detail) {
                if (generation != m_generation) {
                    return; // a report from a link that was replaced
                }
                m_state = state;
                m_detail = detail;
                Q_EMIT stateChanged(state, detail);
            });
    connect(monitor, &ConnectionMonitor::serverInfoChanged, this, [this, generation](const ServerInfo& info) {
        if (generation != m_generation) {
            return;
        }
        m_info = info;
        Q_EMIT serverInfoChanged(info);
    });
    m_thread->start();
    QMetaObject::invokeMethod(monitor, &ConnectionMonitor::start, Qt::QueuedConnection);
}

void DatabaseSession::retire()
{
    // Switching databases must not freeze the window while the old monitor sits in a connect
    // attempt: its thread is asked to quit and collected later.
    ++m_generation;
    std::erase_if(m_retired, [](const std::unique_ptr<util::WorkerThread>& t) { return t->thread()->isFinished(); });
    if (m_thread) {
        m_thread->thread()->quit();
        m_retired.push_back(std::move(m_thread));
    }
}

void DatabaseSession::close()
{
    ++m_generation;
    if (m_thread) {
        m_thread->stop(); // waits at most one connect timeout, and only at shutdown
        m_thread.reset();
    }
    m_retired.clear(); // each waits for its thread
}

} // namespace pm::store

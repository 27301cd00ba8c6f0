#include "store/PollingReader.h"

#include "store/DatabaseConnection.h"

#include <QSqlDatabase>
#include <QTimer>

namespace pm::store
{

PollingReader::PollingReader(ConnectionSettings settings, QString purpose, std::chrono::milliseconds interval,
                             QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_purpose(std::move(purpose))
    , m_interval(interval)
{ }

// Deleted on its own thread (WorkerThread), where the connection lives.
PollingReader::~PollingReader() = default;

void PollingReader::start()
{
    m_connection = std::make_unique<DatabaseConnection>(m_settings, m_purpose);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &PollingReader::refresh);
    refresh();
}

bool PollingReader::withDatabase(const std::function<bool(QSqlDatabase&, QString*)>& action, QString* error)
{
    if (!m_connection) {
        *error = tr("Not connected to the database yet.");
        return false;
    }
    if (!m_connection->isOpen() && !m_connection->open(error)) {
        return false;
    }
    QSqlDatabase db = m_connection->database();
    if (action(db, error)) {
        return true;
    }
    // A failed statement on a dead connection: start afresh next time.
    if (!db.isOpen() || !db.isValid()) {
        m_connection->close();
    }
    return false;
}

void PollingReader::refresh()
{
    if (!m_connection) {
        return;
    }
    QString error;
    if (!withDatabase([this](QSqlDatabase& db, QString* e) { return read(db, e); }, &error)) {
        m_connection->close(); // reconnect at the next round
        Q_EMIT unavailable(error);
    }
    m_timer->start();
}

} // namespace pm::store

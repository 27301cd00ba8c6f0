#include "store/DatabaseConnection.h"

#include "util/Log.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pm::store
{

namespace
{
QAtomicInt s_counter;
}

DatabaseConnection::DatabaseConnection(ConnectionSettings settings, const QString& purpose)
    : m_settings(std::move(settings))
    , m_name(u"pm-%1-%2"_s.arg(purpose).arg(s_counter.fetchAndAddRelaxed(1)))
    , m_thread(QThread::currentThread())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setDatabaseName(m_settings.database);
    db.setUserName(m_settings.user);
    db.setPassword(m_settings.password);
    db.setConnectOptions(m_settings.connectOptions());
}

DatabaseConnection::~DatabaseConnection()
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "DatabaseConnection", "destroyed on a foreign thread");
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool DatabaseConnection::open(QString* error)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "DatabaseConnection", "used on a foreign thread");
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isValid()) {
        if (error) {
            *error = tr("The PostgreSQL driver (QPSQL) is not available; install the Qt PostgreSQL plugin.");
        }
        return false;
    }
    if (db.isOpen()) {
        db.close();
    }
    if (db.open()) {
        return true;
    }
    const QString reason = oneLine(db.lastError());
    qCInfo(lcStore).noquote() << "connection" << m_name << "to" << m_settings.redactedUri() << "failed:" << reason;
    if (error) {
        *error = tr("Cannot connect to %1: %2").arg(m_settings.displayName(), reason);
    }
    return false;
}

void DatabaseConnection::close()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (db.isOpen()) {
        db.close();
    }
}

bool DatabaseConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase DatabaseConnection::database() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "DatabaseConnection", "used on a foreign thread");
    return QSqlDatabase::database(m_name, false);
}

QString DatabaseConnection::oneLine(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty()) {
        text = error.driverText().trimmed();
    }
    // libpq: "connection to server at ... failed: Connection refused\n\tIs the server running ..."
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QStringList cleaned;
    for (const QString& line : lines) {
        // Severity tags such as "FATAL:  " say nothing to a person; the sentence does.
        static const QRegularExpression severity(uR"(\b(FATAL|ERROR|PANIC):\s+)"_s);
        QString l = line.trimmed();
        l.replace(severity, QString());
        if (!l.isEmpty() && l != u"QPSQL: Unable to connect"_s) {
            cleaned << l;
        }
    }
    return cleaned.isEmpty() ? QCoreApplication::translate("DatabaseConnection", "unknown database error")
                             : cleaned.join(u' ');
}

} // namespace pm::store

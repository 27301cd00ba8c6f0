#pragma once

#include "store/ConnectionSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QThread;

namespace pm::store
{

/**
 * One named QPSQL connection owned by the thread that created it (Qt Sql connections must not
 * cross threads). Create it inside the thread that uses it; the destructor closes the connection
 * and removes it from Qt's registry, so keep no QSqlDatabase or QSqlQuery copies beyond its life.
 */
class DatabaseConnection final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnection)
    Q_DISABLE_COPY_MOVE(DatabaseConnection)

public:
    DatabaseConnection(ConnectionSettings settings, const QString& purpose);
    ~DatabaseConnection();

    /// Opens (or reopens) the connection. Blocks for at most the connect timeout; on failure
    /// @p error receives one line fit for a person.
    bool open(QString* error);
    void close();
    bool isOpen() const;

    /// The handle, for QSqlQuery. Asserts that it is used on the owning thread.
    QSqlDatabase database() const;
    const ConnectionSettings& settings() const { return m_settings; }
    QString name() const { return m_name; }

    /// Collapses a driver error (libpq prints several lines) into one line.
    static QString oneLine(const QSqlError& error);

private:
    ConnectionSettings m_settings;
    QString m_name;
    QThread* m_thread = nullptr;
};

} // namespace pm::store

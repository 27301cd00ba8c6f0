#include "TestDatabase.h"

#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pm::test
{

namespace
{
QAtomicInt s_counter;
}

bool TestDatabase::serverSettings(pm::store::ConnectionSettings* out, QString* error)
{
    const QString statePath = qEnvironmentVariable("PM_TEST_PG_STATE");
    QFile state(statePath);
    if (statePath.isEmpty() || !state.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"no throwaway PostgreSQL: PM_TEST_PG_STATE (%1) is not readable; run through ctest"_s.arg(statePath);
        return false;
    }
    state.readLine(); // the server's folder
    const QString uri = QString::fromUtf8(state.readLine()).trimmed();
    const auto settings = pm::store::ConnectionSettings::fromUri(uri, error);
    if (!settings) {
        return false;
    }
    *out = *settings;
    return true;
}

TestDatabase::TestDatabase(const QString& prefix)
{
    if (!serverSettings(&m_server, &m_error)) {
        return;
    }
    QString cleanPrefix = prefix.toLower();
    cleanPrefix.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    m_name
        = u"t_%1_%2_%3"_s.arg(cleanPrefix).arg(QCoreApplication::applicationPid()).arg(s_counter.fetchAndAddRelaxed(1));
    pm::store::DatabaseConnection admin(m_server, u"test-admin"_s);
    if (!admin.open(&m_error)) {
        return;
    }
    QSqlQuery q(admin.database());
    if (!q.exec(u"CREATE DATABASE \"%1\""_s.arg(m_name))) {
        m_error = pm::store::DatabaseConnection::oneLine(q.lastError());
    }
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty() || !m_error.isEmpty()) {
        return;
    }
    pm::store::DatabaseConnection admin(m_server, u"test-admin"_s);
    QString error;
    if (admin.open(&error)) {
        QSqlQuery q(admin.database());
        q.exec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_name));
    }
}

pm::store::ConnectionSettings TestDatabase::settings() const
{
    pm::store::ConnectionSettings s = m_server;
    s.database = m_name;
    return s;
}

bool TestDatabase::migrate()
{
    pm::store::DatabaseConnection connection(settings(), u"test-migrate"_s);
    if (!connection.open(&m_error)) {
        return false;
    }
    pm::store::MigrationRunner runner(connection.database());
    QStringList applied;
    return runner.migrate(&applied, &m_error);
}

bool TestDatabase::exec(const QString& sql, QString* error) const
{
    pm::store::DatabaseConnection connection(settings(), u"test-exec"_s);
    QString e;
    if (!connection.open(&e)) {
        if (error) {
            *error = e;
        }
        return false;
    }
    QSqlQuery q(connection.database());
    if (!q.exec(sql)) {
        if (error) {
            *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        }
        return false;
    }
    return true;
}

QVariant TestDatabase::value(const QString& sql) const
{
    pm::store::DatabaseConnection connection(settings(), u"test-value"_s);
    QString e;
    if (!connection.open(&e)) {
        qWarning("TestDatabase::value: %s", qPrintable(e));
        return {};
    }
    QSqlQuery q(connection.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning("TestDatabase::value: %s: %s", qPrintable(sql),
                 qPrintable(pm::store::DatabaseConnection::oneLine(q.lastError())));
        return {};
    }
    return q.value(0);
}

} // namespace pm::test

#pragma once

#include "store/ConnectionSettings.h"

#include <QString>
#include <QVariant>

namespace pm::test
{

/**
 * A database of its own for one test, on the throwaway server the CTest fixture started
 * (PM_TEST_PG_STATE names its state file). Dropped again by the destructor.
 */
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    explicit TestDatabase(const QString& prefix);
    ~TestDatabase();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }

    /// Superuser connection settings for this test's database.
    pm::store::ConnectionSettings settings() const;
    /// Applies the embedded migrations; false with error() set on failure.
    bool migrate();
    /// Runs one statement as superuser on this database (test set-up only).
    bool exec(const QString& sql, QString* error = nullptr) const;
    /// The first column of the first row of @p sql (invalid, with a warning, on error). Opens
    /// its own connection, so it is safe inside QTRY_* loops.
    QVariant value(const QString& sql) const;

    /// The fixture server itself (database "postgres").
    static bool serverSettings(pm::store::ConnectionSettings* out, QString* error);

private:
    QString m_name;
    QString m_error;
    pm::store::ConnectionSettings m_server;
};

} // namespace pm::test

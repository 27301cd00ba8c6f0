#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pm::store
{

/// One versioned SQL file embedded under :/sql/migrations, named NNNN_description.sql.
struct Migration
{
    int version = 0;
    QString name;     ///< the file name, e.g. 0001_foundation.sql
    QByteArray sql;   ///< text with line endings normalised to LF
    QString checksum; ///< SHA-256 hex of sql
};

/// What the database holds compared with what this build knows.
struct SchemaStatus
{
    enum class State
    {
        Empty,    ///< no migration applied yet
        Behind,   ///< some known migrations are pending
        Current,  ///< every known migration applied, nothing more
        Newer,    ///< the database has migrations this build does not know: refuse to run
        Modified, ///< an applied file's text changed since it was applied: refuse to migrate
    };
    State state = State::Empty;
    int appliedVersion = 0; ///< highest applied version
    int knownVersion = 0;   ///< highest version this build embeds
    QList<int> pending;
    QString problem; ///< one line for Newer and Modified
};

/**
 * Applies the embedded migrations in order, each in its own transaction, recording version, file
 * name and checksum in pm_schema_migrations. A session advisory lock makes concurrent runs safe:
 * the second waits, then finds nothing to do.
 */
class MigrationRunner final
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)

public:
    explicit MigrationRunner(QSqlDatabase db, QList<Migration> migrations = embedded());

    /// The migrations compiled into this build, sorted by version.
    static QList<Migration> embedded();
    static int latestKnownVersion();

    /// Reads the applied state; false with a one-line @p error when the query fails.
    bool status(SchemaStatus* out, QString* error);

    /// Applies what is pending. Returns false with a one-line @p error and leaves the database at
    /// the last fully applied migration. @p appliedNames lists the files applied by this call.
    bool migrate(QStringList* appliedNames, QString* error);

    /// Key of the session advisory lock held while migrating.
    static constexpr qint64 AdvisoryLockKey = 0x504d5f4d49475241; // "PM_MIGRA"

private:
    static QList<Migration> readEmbedded();
    bool ensureHistoryTable(QString* error);
    bool statusLocked(SchemaStatus* out, QString* error);
    bool apply(const Migration& migration, QString* error);

    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};

} // namespace pm::store

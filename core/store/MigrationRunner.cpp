#include "store/MigrationRunner.h"

#include "store/DatabaseConnection.h"
#include "store/ScriptRunner.h"
#include "util/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::store
{

namespace
{
const QString HistoryTable = u"pm_schema_migrations"_s;

// Releases the session advisory lock however the migration run ends.
class AdvisoryLockGuard final
{
public:
    explicit AdvisoryLockGuard(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~AdvisoryLockGuard()
    {
        if (m_locked) {
            QSqlQuery q(m_db);
            q.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(MigrationRunner::AdvisoryLockKey));
        }
    }
    bool lock(QString* error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(MigrationRunner::AdvisoryLockKey))) {
            *error = DatabaseConnection::oneLine(q.lastError());
            return false;
        }
        m_locked = true;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_locked = false;
};
} // namespace

MigrationRunner::MigrationRunner(QSqlDatabase db, QList<Migration> migrations)
    : m_db(std::move(db))
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

QList<Migration> MigrationRunner::embedded()
{
    // The files are compiled in and never change: read and hash them once per process (the GUI
    // thread asks for the known version at every reconnect).
    static const QList<Migration> migrations = readEmbedded();
    return migrations;
}

QList<Migration> MigrationRunner::readEmbedded()
{
    static const QRegularExpression pattern(uR"(^(\d{4})_[a-z0-9_]+\.sql$)"_s);
    QList<Migration> result;
    const QDir dir(u":/sql/migrations"_s);
    for (const QString& fileName : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(fileName);
        Q_ASSERT_X(match.hasMatch(), "MigrationRunner", "migration file names are NNNN_name.sql");
        if (!match.hasMatch()) {
            continue;
        }
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = fileName;
        // A Windows checkout may turn LF into CRLF; the checksum must not depend on that.
        m.sql = file.readAll().replace("\r\n", "\n");
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex());
        result << m;
    }
    return result;
}

int MigrationRunner::latestKnownVersion()
{
    const QList<Migration> all = embedded();
    return all.isEmpty() ? 0 : all.constLast().version;
}

bool MigrationRunner::ensureHistoryTable(QString* error)
{
    QSqlQuery q(m_db);
    const QString sql = uR"(CREATE TABLE IF NOT EXISTS %1 (
        version      integer PRIMARY KEY,
        name         text NOT NULL,
        checksum     text NOT NULL,
        applied_at   timestamptz NOT NULL DEFAULT now(),
        applied_by   text NOT NULL DEFAULT current_user,
        execution_ms integer NOT NULL DEFAULT 0))"_s.arg(HistoryTable);
    if (!q.exec(sql)) {
        *error = tr("Cannot create the migration history table: %1").arg(DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    return true;
}

bool MigrationRunner::status(SchemaStatus* out, QString* error)
{
    QSqlQuery exists(m_db);
    if (!exists.exec(u"SELECT to_regclass('%1') IS NOT NULL"_s.arg(HistoryTable)) || !exists.next()) {
        *error = tr("Cannot read the schema version: %1").arg(DatabaseConnection::oneLine(exists.lastError()));
        return false;
    }
    if (!exists.value(0).toBool()) {
        *out = SchemaStatus {};
        out->knownVersion = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
        for (const Migration& m : std::as_const(m_migrations)) {
            out->pending << m.version;
        }
        return true;
    }
    return statusLocked(out, error);
}

bool MigrationRunner::statusLocked(SchemaStatus* out, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT version, name, checksum FROM %1 ORDER BY version"_s.arg(HistoryTable))) {
        *error = tr("Cannot read the schema version: %1").arg(DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    QHash<int, Migration> known;
    for (const Migration& m : std::as_const(m_migrations)) {
        known.insert(m.version, m);
    }
    SchemaStatus s;
    s.knownVersion = m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
    QSet<int> applied;
    while (q.next()) {
        const int version = q.value(0).toInt();
        const QString name = q.value(1).toString();
        const QString checksum = q.value(2).toString();
        applied.insert(version);
        s.appliedVersion = std::max(s.appliedVersion, version);
        if (!known.contains(version)) {
            if (s.state != SchemaStatus::State::Modified) {
                s.state = SchemaStatus::State::Newer;
                s.problem = tr("The database schema is at version %1 (%2), newer than this build knows (%3). "
                               "Install a newer PenguinMails Console.")
                                .arg(version)
                                .arg(name)
                                .arg(s.knownVersion);
            }
        } else if (known.value(version).checksum != checksum) {
            s.state = SchemaStatus::State::Modified;
            s.problem = tr("Migration %1 was changed after it was applied (recorded checksum %2…, file %3…). "
                           "Never edit an applied migration; add a new one.")
                            .arg(name, checksum.left(12), known.value(version).checksum.left(12));
        }
    }
    for (const Migration& m : std::as_const(m_migrations)) {
        if (!applied.contains(m.version)) {
            s.pending << m.version;
        }
    }
    if (s.state != SchemaStatus::State::Newer && s.state != SchemaStatus::State::Modified) {
        s.state = applied.isEmpty()     ? SchemaStatus::State::Empty
                  : s.pending.isEmpty() ? SchemaStatus::State::Current
                                        : SchemaStatus::State::Behind;
    }
    *out = s;
    return true;
}

bool MigrationRunner::migrate(QStringList* appliedNames, QString* error)
{
    QSqlQuery quiet(m_db);
    quiet.exec(u"SET client_min_messages = warning"_s); // no NOTICE chatter on the terminal
    AdvisoryLockGuard guard(m_db);
    if (!guard.lock(error) || !ensureHistoryTable(error)) {
        return false;
    }
    SchemaStatus s;
    if (!statusLocked(&s, error)) {
        return false;
    }
    if (s.state == SchemaStatus::State::Newer || s.state == SchemaStatus::State::Modified) {
        *error = s.problem;
        return false;
    }
    for (const Migration& m : std::as_const(m_migrations)) {
        if (!s.pending.contains(m.version)) {
            continue;
        }
        if (!apply(m, error)) {
            return false;
        }
        if (appliedNames) {
            *appliedNames << m.name;
        }
    }
    return true;
}

bool MigrationRunner::apply(const Migration& migration, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_db.transaction()) {
        *error = tr("Cannot start a transaction for %1: %2")
                     .arg(migration.name, DatabaseConnection::oneLine(m_db.lastError()));
        return false;
    }
    QString reason;
    if (!ScriptRunner::run(m_db, migration.sql, &reason)) {
        m_db.rollback();
        *error = tr("Migration %1 failed and was rolled back: %2").arg(migration.name, reason);
        return false;
    }
    QSqlQuery record(m_db);
    record.prepare(u"INSERT INTO %1 (version, name, checksum, execution_ms) VALUES (?, ?, ?, ?)"_s.arg(HistoryTable));
    record.addBindValue(migration.version);
    record.addBindValue(migration.name);
    record.addBindValue(migration.checksum);
    record.addBindValue(static_cast<int>(timer.elapsed()));
    if (!record.exec()) {
        const QString reason = DatabaseConnection::oneLine(record.lastError());
        m_db.rollback();
        *error = tr("Cannot record migration %1: %2").arg(migration.name, reason);
        return false;
    }
    if (!m_db.commit()) {
        const QString reason = DatabaseConnection::oneLine(m_db.lastError());
        m_db.rollback();
        *error = tr("Cannot commit migration %1: %2").arg(migration.name, reason);
        return false;
    }
    qCInfo(lcMigrate).noquote() << "applied" << migration.name << "in" << timer.elapsed() << "ms";
    return true;
}

} // namespace pm::store

#include "queue/JobQueue.h"

#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pm::queue
{

namespace
{
// A SQL string literal. The hot path (claim, complete) sends plain statements: with QPSQL a
// prepared statement costs three round trips (PREPARE, EXECUTE, DEALLOCATE), a plain one one.
QString literal(const QString& value)
{
    QString escaped = value;
    escaped.replace(u"'"_s, u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

QString idArray(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return u"{"_s + parts.join(u',') + u"}"_s;
}
} // namespace

JobQueue::JobQueue(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool JobQueue::containsSecretKey(const QJsonObject& args, QString* key)
{
    static const QRegularExpression secret(uR"((pass(word)?|secret|token|api[_-]?key|otp|one[_-]?time|credential))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (secret.match(it.key()).hasMatch()) {
            *key = it.key();
            return true;
        }
        if (it.value().isObject() && containsSecretKey(it.value().toObject(), key)) {
            return true;
        }
    }
    return false;
}

std::optional<qint64> JobQueue::enqueue(const QString& kind, const QJsonObject& args, const EnqueueOptions& options,
                                        QString* error)
{
    QString key;
    if (containsSecretKey(args, &key)) {
        *error = tr("Refusing to enqueue \"%1\": its arguments name a secret (\"%2\"). Pass an id and let the "
                    "worker fetch the secret from the keychain.")
                     .arg(kind, key);
        return std::nullopt;
    }
    if (kind.trimmed().isEmpty() || options.priority < 0 || options.priority > 4 || options.maxAttempts < 1) {
        *error = tr("A job needs a kind, a priority from 0 to 4 and at least one attempt.");
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pm_job_enqueue(?, ?, ?::jsonb, ?::smallint, coalesce(?::timestamptz, now()), ?, ?)"_s);
    q.addBindValue(options.queue);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    q.addBindValue(options.priority);
    q.addBindValue(options.scheduledAt.isValid() ? options.scheduledAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    q.addBindValue(options.maxAttempts);
    q.addBindValue(options.uniqueKey.isEmpty() ? QVariant() : QVariant(options.uniqueKey));
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot enqueue \"%1\": %2").arg(kind, pm::store::DatabaseConnection::oneLine(q.lastError()));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

QList<Job> JobQueue::claim(const QStringList& queues, int max, const QString& workerId, std::chrono::seconds lease,
                           QString* error, const QList<qint64>& finished, int* completed)
{
    QList<Job> jobs;
    if (completed) {
        *completed = 0;
    }
    bool completionSent = finished.isEmpty();
    // One queue per statement, in the caller's order of preference: with "queue = $1" the
    // planner walks the jobs_ready index in order; with "= ANY($1)" it sorted the whole table
    // (17 ms instead of 0.5 ms per claim at 20,000 waiting jobs).
    for (const QString& name : queues) {
        if (jobs.size() >= max) {
            break;
        }
        // The first statement also completes the jobs finished since the last claim: one round
        // trip and one commit per job instead of two, which is what limits a one-job-at-a-time worker.
        const QString done = completionSent
                                 ? u"SELECT 1 WHERE false"_s
                                 : u"UPDATE jobs SET state = 'completed', finished_at = now(), "
                                   "lease_until = NULL WHERE id = ANY('%1'::bigint[]) AND "
                                   "state = 'running' AND locked_by = %2 RETURNING 1"_s.arg(idArray(finished))
                                       .arg(literal(workerId));
        QSqlQuery q(m_db);
        const QString sql = uR"(
            WITH done AS (%1),
            next AS (
                SELECT id FROM jobs
                WHERE queue = %2 AND state IN ('available', 'retryable') AND scheduled_at <= now()
                ORDER BY priority, scheduled_at, id
                LIMIT %3
                FOR UPDATE SKIP LOCKED),
            claimed AS (
                UPDATE jobs j
                SET state = 'running', attempt = j.attempt + 1, attempted_at = now(),
                    lease_until = now() + make_interval(secs => %4), locked_by = %5
                FROM next WHERE j.id = next.id
                RETURNING j.id, j.queue, j.kind, j.args::text AS args, j.attempt, j.max_attempts)
            SELECT (SELECT count(*) FROM done), c.id, c.queue, c.kind, c.args, c.attempt, c.max_attempts
            FROM (SELECT 1) AS one LEFT JOIN claimed c ON true)"_s.arg(done, literal(name))
                                .arg(max - jobs.size())
                                .arg(lease.count())
                                .arg(literal(workerId));
        if (!q.exec(sql)) {
            *error = tr("Cannot claim jobs: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
            return jobs;
        }
        while (q.next()) {
            if (!completionSent && completed) {
                *completed = q.value(0).toInt();
            }
            if (q.value(1).isNull()) {
                continue;
            }
            Job job;
            job.id = q.value(1).toLongLong();
            job.queue = q.value(2).toString();
            job.kind = q.value(3).toString();
            job.args = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            job.attempt = q.value(5).toInt();
            job.maxAttempts = q.value(6).toInt();
            jobs << job;
        }
        completionSent = true;
    }
    if (!completionSent) {
        // No queue to claim from: complete on their own.
        int count = 0;
        if (!completeMany(finished, workerId, &count, error)) {
            return jobs;
        }
        if (completed) {
            *completed = count;
        }
    }
    return jobs;
}

bool JobQueue::renew(const QList<qint64>& ids, const QString& workerId, std::chrono::seconds lease, QString* error)
{
    if (ids.isEmpty()) {
        return true;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE jobs SET lease_until = now() + make_interval(secs => ?) "
              "WHERE id = ANY(?::bigint[]) AND state = 'running' AND locked_by = ?"_s);
    q.addBindValue(static_cast<double>(lease.count()));
    q.addBindValue(idArray(ids));
    q.addBindValue(workerId);
    if (!q.exec()) {
        *error = tr("Cannot renew job leases: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    return true;
}

bool JobQueue::complete(qint64 id, const QString& workerId, bool* stillOwned, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"UPDATE jobs SET state = 'completed', finished_at = now(), lease_until = NULL "
                "WHERE id = %1 AND state = 'running' AND locked_by = %2"_s.arg(id)
                    .arg(literal(workerId)))) {
        *error = tr("Cannot complete job %1: %2").arg(id).arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    *stillOwned = q.numRowsAffected() == 1;
    return true;
}

bool JobQueue::release(const QList<qint64>& ids, const QString& workerId, int* released, QString* error)
{
    *released = 0;
    if (ids.isEmpty()) {
        return true;
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"WITH r AS (UPDATE jobs SET state = CASE WHEN attempt > 1 THEN 'retryable'::pm_job_state "
                "ELSE 'available' END, attempt = attempt - 1, lease_until = NULL, locked_by = NULL "
                "WHERE id = ANY('%1'::bigint[]) AND state = 'running' AND locked_by = %2 RETURNING queue) "
                "SELECT count(*), (SELECT pg_notify('pm_jobs', queue) FROM r LIMIT 1) FROM r"_s.arg(idArray(ids))
                    .arg(literal(workerId)))
        || !q.next()) {
        *error = tr("Cannot release jobs: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    *released = q.value(0).toInt();
    return true;
}

bool JobQueue::completeMany(const QList<qint64>& ids, const QString& workerId, int* completed, QString* error)
{
    *completed = 0;
    if (ids.isEmpty()) {
        return true;
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"UPDATE jobs SET state = 'completed', finished_at = now(), lease_until = NULL "
                "WHERE id = ANY('%1'::bigint[]) AND state = 'running' AND locked_by = %2"_s.arg(idArray(ids))
                    .arg(literal(workerId)))) {
        *error = tr("Cannot complete jobs: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    *completed = q.numRowsAffected();
    return true;
}

bool JobQueue::fail(const Job& job, const QString& workerId, const QString& message, FailOutcome* outcome,
                    QString* error)
{
    const bool last = job.attempt >= job.maxAttempts;
    const qint64 delayMs = last ? 0 : backoff(job.attempt).count();
    QSqlQuery q(m_db);
    q.prepare(uR"(
        UPDATE jobs
        SET state = CASE WHEN ? THEN 'discarded'::pm_job_state ELSE 'retryable' END,
            finished_at = CASE WHEN ? THEN now() END,
            scheduled_at = now() + make_interval(secs => ?),
            errors = errors || jsonb_build_array(jsonb_build_object('attempt', attempt, 'at', now(), 'error', ?::text)),
            lease_until = NULL, locked_by = NULL
        WHERE id = ? AND state = 'running' AND locked_by = ?)"_s);
    q.addBindValue(last);
    q.addBindValue(last);
    q.addBindValue(static_cast<double>(delayMs) / 1000.0);
    q.addBindValue(pm::log::redact(message).left(2000));
    q.addBindValue(job.id);
    q.addBindValue(workerId);
    if (!q.exec()) {
        *error = tr("Cannot record the failure of job %1: %2")
                     .arg(job.id)
                     .arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    *outcome = q.numRowsAffected() == 0 ? FailOutcome::NotOwned
               : last                   ? FailOutcome::Discarded
                                        : FailOutcome::WillRetry;
    return true;
}

int JobQueue::rescueExpired(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT pm_job_rescue_expired()"_s) || !q.next()) {
        *error = tr("Cannot rescue expired jobs: %1").arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return -1;
    }
    return q.value(0).toInt();
}

bool JobQueue::requeueDead(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pm_job_requeue_dead(?)"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot re-queue job %1: %2").arg(id).arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    if (!q.value(0).toBool()) {
        *error = tr("Job %1 is not dead-lettered, so there is nothing to re-queue.").arg(id);
        return false;
    }
    return true;
}

bool JobQueue::discardDead(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pm_job_discard_dead(?)"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot discard job %1: %2").arg(id).arg(pm::store::DatabaseConnection::oneLine(q.lastError()));
        return false;
    }
    if (!q.value(0).toBool()) {
        *error = tr("Job %1 is not dead-lettered, so there is nothing to discard.").arg(id);
        return false;
    }
    return true;
}

std::chrono::milliseconds JobQueue::backoff(int attempt) const
{
    // Full jitter (AWS Architecture Blog): spreads retries of many failing jobs evenly.
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(static_cast<double>(m_cap.count()),
                                    static_cast<double>(m_base.count()) * static_cast<double>(1LL << exponent));
    return std::chrono::milliseconds(static_cast<qint64>(QRandomGenerator::global()->bounded(ceiling + 1.0)));
}

void JobQueue::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    m_base = base;
    m_cap = cap;
}

} // namespace pm::queue

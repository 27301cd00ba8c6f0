#include "security/StepUpGateway.h"

#include "store/DatabaseConnection.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::security
{

namespace
{
QString json(const QJsonValue& value)
{
    return value.isObject() ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                            : QString();
}

QDateTime timestamp(const QVariant& v)
{
    return v.isNull() ? QDateTime() : v.toDateTime().toUTC();
}
} // namespace

StepUpRequest StepUpGateway::request(const QSqlDatabase& db, const GatedAction& action)
{
    StepUpRequest r;
    QSqlQuery q(db);
    q.prepare(u"SELECT outcome, challenge_id::text, sent_to, expires_at, retry_at, message "
              "FROM pm_stepup_request(?::pm_stepup_action, ?::jsonb)"_s);
    q.addBindValue(toDatabaseName(action.kind));
    q.addBindValue(QString::fromUtf8(QJsonDocument(action.params).toJson(QJsonDocument::Compact)));
    if (!q.exec() || !q.next()) {
        r.error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return r;
    }
    r.outcome = q.value(0).toString();
    r.challengeId = q.value(1).toString();
    r.sentTo = q.value(2).toString();
    r.expiresAt = timestamp(q.value(3));
    r.retryAt = timestamp(q.value(4));
    r.message = q.value(5).toString();
    return r;
}

std::optional<ChallengeState> StepUpGateway::state(const QSqlDatabase& db, const QString& challengeId, QString* error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT status, sent_to, expires_at, clock_timestamp(), 5 - attempts, coalesce(delivery_error, '') "
              "FROM stepup_challenges WHERE id = ?::uuid"_s);
    q.addBindValue(challengeId);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("The challenge is not known to the database.");
        return std::nullopt;
    }
    return ChallengeState {q.value(0).toString(), q.value(1).toString(), timestamp(q.value(2)),
                           timestamp(q.value(3)), q.value(4).toInt(),    q.value(5).toString()};
}

StepUpConfirmation StepUpGateway::confirm(const QSqlDatabase& db, const QString& challengeId, const QString& code,
                                          const GatedAction& action, StepUpRetry* retry)
{
    StepUpRetry local;
    StepUpRetry& left = retry ? *retry : local;
    if (left.exportTicket > 0) {
        StepUpConfirmation r;
        r.outcome = u"done"_s;
        fetchExport(db, left.exportTicket, &r);
        if (r.outcome != u"fetch_failed"_s) {
            left = {}; // fetched, or never to be: only a failed connection is worth another try
        }
        return r;
    }
    // Each step is its own transaction (the connection is in autocommit): the database accepts a
    // confirmation only for an attempt whose transaction has committed, and hands export rows out
    // only after the confirmation that audited them was committed.
    if (left.attemptId <= 0 || left.code != code) {
        const StepUpConfirmation reserved = reserve(db, challengeId, code);
        if (reserved.outcome != u"reserved"_s) {
            return reserved;
        }
        left = {code, reserved.attemptId, -1};
    }
    StepUpConfirmation r = perform(db, challengeId, left.attemptId, code, action);
    if (!r.error.isEmpty() && r.outcome.isEmpty()) {
        return r; // the connection failed, not the code: the same attempt serves the next try
    }
    left.attemptId = -1;
    if (r.outcome == u"fetch_failed"_s) {
        left.exportTicket = r.exportTicket;
    }
    return r;
}

StepUpConfirmation StepUpGateway::perform(const QSqlDatabase& db, const QString& challengeId, qint64 attempt,
                                          const QString& code, const GatedAction& action)
{
    StepUpConfirmation r;
    QSqlQuery q(db);
    const QJsonObject& p = action.params;
    const auto bindHead = [&] {
        q.addBindValue(challengeId);
        q.addBindValue(attempt);
        q.addBindValue(code);
    };
    switch (action.kind) {
    case StepUpAction::PasswordReset:
        q.prepare(u"SELECT outcome, attempts_left, locked_until "
                  "FROM pm_password_reset_confirm(?::uuid, ?::bigint, ?, ?)"_s);
        bindHead();
        q.addBindValue(p.value(u"verifier"_s).toString());
        break;
    case StepUpAction::RoleChange:
        if (p.contains(u"approve"_s)) {
            q.prepare(u"SELECT outcome, attempts_left, locked_until "
                      "FROM pm_role_change_approve_confirm(?::uuid, ?::bigint, ?, ?::bigint)"_s);
            bindHead();
            q.addBindValue(p.value(u"approve"_s).toInteger());
        } else {
            q.prepare(u"SELECT outcome, attempts_left, locked_until, request_id "
                      "FROM pm_role_change_confirm(?::uuid, ?::bigint, ?, ?::name, ?)"_s);
            bindHead();
            q.addBindValue(p.value(u"login"_s).toString());
            q.addBindValue(p.value(u"capability"_s).toString());
        }
        break;
    case StepUpAction::DataExport:
        q.prepare(u"SELECT outcome, attempts_left, locked_until, ticket "
                  "FROM pm_export_confirm(?::uuid, ?::bigint, ?, ?, ?, ?::jsonb)"_s);
        bindHead();
        q.addBindValue(p.value(u"dataset"_s).toString());
        q.addBindValue(p.value(u"format"_s).toString());
        q.addBindValue(json(p.value(u"filters"_s)));
        break;
    case StepUpAction::PolicyChange:
        q.prepare(u"SELECT outcome, attempts_left, locked_until "
                  "FROM pm_policy_change_confirm(?::uuid, ?::bigint, ?, ?::jsonb)"_s);
        bindHead();
        q.addBindValue(json(p.value(u"changes"_s)));
        break;
    }
    if (!q.exec() || !q.next()) {
        r.error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return r;
    }
    r.outcome = q.value(0).toString();
    if (!q.value(1).isNull()) {
        r.attemptsLeft = q.value(1).toInt();
    }
    r.lockedUntil = timestamp(q.value(2));
    if (action.kind == StepUpAction::DataExport && r.performed()) {
        r.exportTicket = q.value(3).toLongLong();
        fetchExport(db, r.exportTicket, &r);
    } else if (action.kind == StepUpAction::RoleChange && q.record().count() > 3 && !q.value(3).isNull()) {
        r.requestId = q.value(3).toLongLong();
    }
    return r;
}

StepUpConfirmation StepUpGateway::reserve(const QSqlDatabase& db, const QString& challengeId, const QString& code)
{
    StepUpConfirmation r;
    QSqlQuery q(db);
    q.prepare(u"SELECT outcome, attempt_id, attempts_left, locked_until FROM pm_stepup_attempt(?::uuid, ?)"_s);
    q.addBindValue(challengeId);
    q.addBindValue(code);
    if (!q.exec() || !q.next()) {
        r.error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return r;
    }
    r.outcome = q.value(0).toString();
    r.attemptId = q.value(1).isNull() ? -1 : q.value(1).toLongLong();
    if (!q.value(2).isNull()) {
        r.attemptsLeft = q.value(2).toInt();
    }
    r.lockedUntil = timestamp(q.value(3));
    return r;
}

void StepUpGateway::fetchExport(const QSqlDatabase& db, qint64 ticket, StepUpConfirmation* r)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT pm_export_fetch(?::bigint)"_s);
    q.addBindValue(ticket);
    r->exportTicket = ticket;
    if (!q.exec() || !q.next()) {
        r->outcome = u"fetch_failed"_s;
        r->error = pm::store::DatabaseConnection::oneLine(q.lastError());
    } else if (q.value(0).isNull()) {
        // Fetched already, expired, or never ours: asking again cannot help.
        r->outcome = u"fetch_refused"_s;
        r->error = tr("the database has no rows waiting for this export");
    } else {
        r->outcome = u"done"_s;
        r->payload = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    }
}

std::optional<QString> StepUpGateway::normalizedCode(const QString& typed)
{
    if (typed.size() > 64) {
        return std::nullopt;
    }
    QString digits;
    for (const QChar c : typed) {
        if (c == u' ' || c == u'-' || c == u'\t') {
            continue;
        }
        if (c < u'0' || c > u'9') {
            return std::nullopt; // also other scripts' digits: the code was sent in ASCII
        }
        digits.append(c);
    }
    if (digits.size() != 8) {
        return std::nullopt;
    }
    return digits;
}

QString StepUpGateway::describe(const StepUpRequest& r)
{
    const QLocale locale;
    const QString when
        = r.retryAt.isValid() ? locale.toString(r.retryAt.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!r.error.isEmpty()) {
        return tr("The code could not be requested: %1").arg(r.error);
    }
    if (r.outcome == u"requested"_s) {
        return tr("A code is on its way to %1.").arg(r.sentTo);
    }
    if (r.outcome == u"cooldown"_s) {
        return tr("A new code can be sent once a minute has passed since the last (at %1).").arg(when);
    }
    if (r.outcome == u"rate_limited"_s) {
        return tr("Five codes were sent in the last hour; the next can be sent at %1.").arg(when);
    }
    if (r.outcome == u"locked"_s) {
        return tr("Step-up is locked after too many wrong codes, until %1. An admin can lift the lock.").arg(when);
    }
    return tr("Not allowed: %1.").arg(r.message);
}

QString StepUpGateway::describe(const StepUpConfirmation& r)
{
    if (r.outcome == u"fetch_failed"_s) {
        return tr("The export was confirmed and logged, but its rows did not arrive (%1). Press Confirm to fetch "
                  "them again; they wait for 10 minutes.")
            .arg(r.error);
    }
    if (r.outcome == u"fetch_refused"_s) {
        return tr("The export was confirmed and logged, but its rows can no longer be fetched (%1). Request the "
                  "export again.")
            .arg(r.error);
    }
    if (!r.error.isEmpty()) {
        return tr("Nothing was changed: %1").arg(r.error);
    }
    if (r.outcome == u"done"_s) {
        return tr("Confirmed.");
    }
    if (r.outcome == u"awaiting_approval"_s) {
        return tr("Confirmed. Granting admin now waits for a second admin's approval (request %1).").arg(r.requestId);
    }
    if (r.outcome == u"malformed"_s) {
        return tr("The code is 8 digits.");
    }
    if (r.outcome == u"exhausted"_s) {
        return tr("That was the last attempt for this code. Request a new one.");
    }
    if (r.outcome == u"locked"_s) {
        return tr("Too many wrong codes: step-up is locked until %1.")
            .arg(QLocale().toString(r.lockedUntil.toLocalTime(), QLocale::ShortFormat));
    }
    if (r.outcome.startsWith(u"refused"_s)) {
        return tr("Refused: %1.").arg(r.outcome.mid(r.outcome.indexOf(u':') + 1).trimmed());
    }
    // wrong, expired, used, superseded, unknown: one answer, by design.
    if (r.attemptsLeft) {
        return tr("The code is wrong, has expired or was already used. %n attempt(s) left.", nullptr, *r.attemptsLeft);
    }
    return tr("The code is wrong, has expired or was already used.");
}

} // namespace pm::security

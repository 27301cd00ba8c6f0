#include "notify/NotificationDispatcher.h"

#include "notify/NotificationGrouper.h"
#include "store/DatabaseConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::notify
{

namespace
{
constexpr int EventsPerRound = 20'000;

QString kindName(OutgoingNotification::Kind kind)
{
    switch (kind) {
    case OutgoingNotification::Kind::First:
        return u"first"_s;
    case OutgoingNotification::Kind::Update:
        return u"update"_s;
    case OutgoingNotification::Kind::Repeat:
        return u"repeat"_s;
    case OutgoingNotification::Kind::Digest:
        return u"digest"_s;
    }
    return {};
}

bool fail(const QSqlQuery& q, const QString& what, QString* error)
{
    *error = NotificationDispatcher::tr("Notification dispatch: %1: %2")
                 .arg(what, pm::store::DatabaseConnection::oneLine(q.lastError()));
    return false;
}
} // namespace

bool NotificationDispatcher::loadPolicy(QSqlDatabase db, NotificationPolicy* policy, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT warning_group_wait_s, warning_group_interval_s, warning_repeat_interval_s, "
                "critical_group_wait_s, critical_group_interval_s, critical_repeat_interval_s, "
                "critical_max_hold_s, digest_interval_s FROM alert_policy"_s)
        || !q.next()) {
        return fail(q, tr("cannot read the alert policy"), error);
    }
    auto ms = [&q](int column) { return q.value(column).toLongLong() * 1000; };
    policy->warning = {ms(0), ms(1), ms(2)};
    policy->critical = {ms(3), ms(4), ms(5)};
    policy->criticalMaxHoldMs = ms(6);
    policy->digestIntervalMs = ms(7);
    return true;
}

bool NotificationDispatcher::run(const pm::queue::Job&, const QSqlDatabase& connection, QString* error)
{
    QSqlDatabase db = connection;
    // A storm larger than one round is taken in over several transactions.
    for (int round = 0; round < 50; ++round) {
        bool more = false;
        if (!db.transaction()) {
            *error = tr("Notification dispatch: cannot begin a transaction: %1")
                         .arg(pm::store::DatabaseConnection::oneLine(db.lastError()));
            return false;
        }
        if (!dispatchOnce(db, &more, error)) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = tr("Notification dispatch: commit failed: %1")
                         .arg(pm::store::DatabaseConnection::oneLine(db.lastError()));
            db.rollback();
            return false;
        }
        if (!more) {
            break;
        }
    }
    return true;
}

bool NotificationDispatcher::dispatchOnce(QSqlDatabase db, bool* morePending, QString* error)
{
    QSqlQuery q(db);
    // The lock serialises dispatchers in every process; the clock is the server's.
    if (!q.exec(u"SELECT state::text, (extract(epoch FROM clock_timestamp()) * 1000)::bigint "
                "FROM notification_dispatch_state FOR UPDATE"_s)
        || !q.next()) {
        return fail(q, tr("cannot lock the dispatch state"), error);
    }
    const QJsonObject saved = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const qint64 nowMs = q.value(1).toLongLong();

    NotificationPolicy policy;
    if (!loadPolicy(db, &policy, error)) {
        return false;
    }
    NotificationGrouper grouper(policy, nowMs);
    QString stateError;
    if (!grouper.restoreState(saved, &stateError)) {
        // Damaged state must not stop notifications: start afresh (a group may be sent again).
        qWarning("%s; starting with empty grouping state", qPrintable(stateError));
        grouper = NotificationGrouper(policy, nowMs);
    }

    q.prepare(u"SELECT id, severity::text, group_key, dedupe_key, title, "
              "(extract(epoch FROM created_at) * 1000)::bigint, coalesce(subject_kind, ''), coalesce(subject_id, '') "
              "FROM notification_events WHERE processed_at IS NULL ORDER BY id LIMIT ?"_s);
    q.addBindValue(EventsPerRound);
    if (!q.exec()) {
        return fail(q, tr("cannot read pending events"), error);
    }
    qint64 lastId = 0;
    int taken = 0;
    while (q.next()) {
        NotificationEvent e;
        lastId = q.value(0).toLongLong();
        e.severity = NotificationGrouper::severityFromName(q.value(1).toString()).value_or(Severity::Warning);
        e.groupKey = q.value(2).toString();
        e.dedupeKey = q.value(3).toString();
        e.title = q.value(4).toString();
        e.atMs = q.value(5).toLongLong();
        e.subjectKind = q.value(6).toString();
        e.subjectId = q.value(7).toString();
        grouper.ingest(e);
        ++taken;
    }
    *morePending = taken == EventsPerRound;
    if (taken > 0) {
        q.prepare(u"UPDATE notification_events SET processed_at = clock_timestamp() "
                  "WHERE processed_at IS NULL AND id <= ?"_s);
        q.addBindValue(lastId);
        if (!q.exec()) {
            return fail(q, tr("cannot mark events as taken"), error);
        }
    }

    const QList<OutgoingNotification> due = grouper.due(nowMs);
    for (const OutgoingNotification& n : due) {
        q.prepare(u"INSERT INTO notifications (kind, severity, group_key, titles, event_count, distinct_count, "
                  "new_events, subject_kind, subject_id) "
                  "VALUES (?, ?::pm_severity, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, ?, ?, "
                  "nullif(?, ''), nullif(?, '')) RETURNING id"_s);
        q.addBindValue(kindName(n.kind));
        q.addBindValue(NotificationGrouper::severityName(n.severity));
        q.addBindValue(n.groupKey);
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(n.titles)).toJson()));
        q.addBindValue(std::max(1, n.events));
        q.addBindValue(std::max(1, n.distinct));
        q.addBindValue(n.newEvents);
        q.addBindValue(n.subjectKind);
        q.addBindValue(n.subjectId);
        if (!q.exec() || !q.next()) {
            return fail(q, tr("cannot store a notification"), error);
        }
        const qint64 id = q.value(0).toLongLong();
        q.prepare(u"SELECT pm_fan_out_notification(?)"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            return fail(q, tr("cannot hand notification %1 to its channels").arg(id), error);
        }
    }

    q.prepare(u"UPDATE notification_dispatch_state SET state = ?::jsonb, updated_at = now()"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(grouper.saveState()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return fail(q, tr("cannot save the dispatch state"), error);
    }

    // Come back when the next group falls due (whole seconds, so concurrent requests coincide).
    const qint64 next = grouper.nextDueMs();
    if (next >= 0 && !*morePending) {
        const qint64 second = std::max(next, nowMs) / 1000 + 1;
        q.prepare(u"SELECT pm_job_enqueue('notify', 'notify.dispatch', '{}'::jsonb, 1::smallint, "
                  "to_timestamp(?), 5, 'notify.dispatch@' || ?::text)"_s);
        q.addBindValue(second);
        q.addBindValue(second);
        if (!q.exec()) {
            return fail(q, tr("cannot schedule the next dispatch"), error);
        }
    }
    return true;
}

} // namespace pm::notify

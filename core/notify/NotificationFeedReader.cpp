#include "notify/NotificationFeedReader.h"

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
void readItems(QSqlQuery& q, QList<FeedItem>* out)
{
    while (q.next()) {
        FeedItem item;
        item.id = q.value(0).toLongLong();
        item.at = q.value(1).toDateTime();
        item.kind = q.value(2).toString();
        item.severity = NotificationGrouper::severityFromName(q.value(3).toString()).value_or(Severity::Warning);
        const QJsonArray titles = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
        for (const QJsonValue& t : titles) {
            item.titles << t.toString();
        }
        item.events = q.value(5).toInt();
        item.distinct = q.value(6).toInt();
        item.newEvents = q.value(7).toInt();
        item.subjectKind = q.value(8).toString();
        item.subjectId = q.value(9).toString();
        item.read = q.value(10).toBool();
        *out << item;
    }
}
} // namespace

NotificationFeedReader::NotificationFeedReader(pm::store::ConnectionSettings settings, QObject* parent)
    : PollingReader(std::move(settings), u"feed"_s, std::chrono::seconds(5), parent)
{
    qRegisterMetaType<pm::notify::FeedSnapshot>();
    qRegisterMetaType<pm::notify::NotificationPreferences>();
    qRegisterMetaType<std::optional<pm::notify::Severity>>();
}

void NotificationFeedReader::setFilter(std::optional<Severity> severity, bool unreadOnly)
{
    m_severity = severity;
    m_unreadOnly = unreadOnly;
    refresh();
}

bool NotificationFeedReader::read(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    FeedSnapshot snapshot;
    if (!q.exec(u"SELECT session_user, "
                "count(*) FILTER (WHERE n.severity = 'critical' AND r.notification_id IS NULL), "
                "count(*) FILTER (WHERE n.severity = 'warning' AND r.notification_id IS NULL), "
                "count(*) FILTER (WHERE n.severity = 'info' AND r.notification_id IS NULL), "
                "coalesce(max(n.id), 0), "
                "coalesce((SELECT tray_enabled FROM notification_preferences WHERE operator = session_user), true) "
                "FROM notifications n LEFT JOIN notification_reads r "
                "ON r.notification_id = n.id AND r.operator = session_user"_s)
        || !q.next()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    snapshot.operatorName = q.value(0).toString();
    snapshot.unreadCritical = q.value(1).toInt();
    snapshot.unreadWarning = q.value(2).toInt();
    snapshot.unreadInfo = q.value(3).toInt();
    snapshot.newestId = q.value(4).toLongLong();
    snapshot.trayEnabled = q.value(5).toBool();

    q.prepare(u"SELECT n.id, n.created_at, n.kind, n.severity::text, array_to_json(n.titles)::text, n.event_count, "
              "n.distinct_count, n.new_events, coalesce(n.subject_kind, ''), coalesce(n.subject_id, ''), "
              "r.notification_id IS NOT NULL "
              "FROM notifications n LEFT JOIN notification_reads r "
              "ON r.notification_id = n.id AND r.operator = session_user "
              "WHERE (?::text IS NULL OR n.severity = ?::pm_severity) AND (NOT ? OR r.notification_id IS NULL) "
              "ORDER BY n.id DESC LIMIT ?"_s);
    const QVariant severity = m_severity ? QVariant(NotificationGrouper::severityName(*m_severity)) : QVariant();
    q.addBindValue(severity);
    q.addBindValue(severity);
    q.addBindValue(m_unreadOnly);
    q.addBindValue(MaxItems);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    readItems(q, &snapshot.items);
    if (!q.exec(u"SELECT n.id, n.created_at, n.kind, n.severity::text, array_to_json(n.titles)::text, n.event_count, "
                "n.distinct_count, n.new_events, coalesce(n.subject_kind, ''), coalesce(n.subject_id, ''), false "
                "FROM notifications n WHERE n.severity = 'critical' AND NOT EXISTS (SELECT 1 FROM notification_reads r "
                "WHERE r.notification_id = n.id AND r.operator = session_user) ORDER BY n.id DESC LIMIT 5"_s)) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    readItems(q, &snapshot.unreadCriticals);
    Q_EMIT feedLoaded(snapshot);
    return true;
}

void NotificationFeedReader::markRead(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return;
    }
    QStringList list;
    for (qint64 id : ids) {
        list << QString::number(id);
    }
    QString error;
    const bool ok = withDatabase(
        [&list](QSqlDatabase& db, QString* e) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO notification_reads (notification_id) SELECT unnest(?::bigint[]) "
                      "ON CONFLICT DO NOTHING"_s);
            q.addBindValue(u"{%1}"_s.arg(list.join(u',')));
            if (!q.exec()) {
                *e = pm::store::DatabaseConnection::oneLine(q.lastError());
                return false;
            }
            return true;
        },
        &error);
    if (!ok) {
        Q_EMIT actionFailed(tr("Could not mark notifications read: %1").arg(error));
    }
    refresh();
}

void NotificationFeedReader::markAllRead()
{
    QString error;
    const bool ok = withDatabase(
        [](QSqlDatabase& db, QString* e) {
            QSqlQuery q(db);
            if (!q.exec(u"INSERT INTO notification_reads (notification_id) SELECT id FROM notifications "
                        "ON CONFLICT DO NOTHING"_s)) {
                *e = pm::store::DatabaseConnection::oneLine(q.lastError());
                return false;
            }
            return true;
        },
        &error);
    if (!ok) {
        Q_EMIT actionFailed(tr("Could not mark notifications read: %1").arg(error));
    }
    refresh();
}

void NotificationFeedReader::loadPreferences()
{
    NotificationPreferences prefs;
    QString error;
    const bool ok = withDatabase(
        [&prefs](QSqlDatabase& db, QString* e) {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT coalesce(email, ''), email_enabled, email_min_severity::text, tray_enabled, "
                        "time_zone, quiet_start, quiet_end, critical_ignores_quiet "
                        "FROM notification_preferences WHERE operator = session_user"_s)) {
                *e = pm::store::DatabaseConnection::oneLine(q.lastError());
                return false;
            }
            if (q.next()) {
                prefs.email = q.value(0).toString();
                prefs.emailEnabled = q.value(1).toBool();
                prefs.emailMinSeverity
                    = NotificationGrouper::severityFromName(q.value(2).toString()).value_or(Severity::Warning);
                prefs.trayEnabled = q.value(3).toBool();
                prefs.timeZone = q.value(4).toString();
                prefs.quietStart = q.value(5).toTime();
                prefs.quietEnd = q.value(6).toTime();
                prefs.criticalIgnoresQuiet = q.value(7).toBool();
            }
            return true;
        },
        &error);
    if (ok) {
        Q_EMIT preferencesLoaded(prefs);
    } else {
        Q_EMIT actionFailed(tr("Could not read your notification preferences: %1").arg(error));
    }
}

void NotificationFeedReader::savePreferences(const NotificationPreferences& p)
{
    QString error;
    const bool ok = withDatabase(
        [&p](QSqlDatabase& db, QString* e) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO notification_preferences (operator, email, email_enabled, email_min_severity, "
                      "tray_enabled, time_zone, quiet_start, quiet_end, critical_ignores_quiet) "
                      "VALUES (session_user, nullif(?, ''), ?, ?::pm_severity, ?, ?, ?::time, ?::time, ?) "
                      "ON CONFLICT (operator) DO UPDATE SET email = EXCLUDED.email, "
                      "email_enabled = EXCLUDED.email_enabled, email_min_severity = EXCLUDED.email_min_severity, "
                      "tray_enabled = EXCLUDED.tray_enabled, time_zone = EXCLUDED.time_zone, "
                      "quiet_start = EXCLUDED.quiet_start, quiet_end = EXCLUDED.quiet_end, "
                      "critical_ignores_quiet = EXCLUDED.critical_ignores_quiet"_s);
            q.addBindValue(p.email.trimmed());
            q.addBindValue(p.emailEnabled);
            q.addBindValue(NotificationGrouper::severityName(p.emailMinSeverity));
            q.addBindValue(p.trayEnabled);
            q.addBindValue(p.timeZone);
            q.addBindValue(p.quietStart.isValid() ? QVariant(p.quietStart.toString(u"HH:mm"_s)) : QVariant());
            q.addBindValue(p.quietStart.isValid() ? QVariant(p.quietEnd.toString(u"HH:mm"_s)) : QVariant());
            q.addBindValue(p.criticalIgnoresQuiet);
            if (!q.exec()) {
                *e = pm::store::DatabaseConnection::oneLine(q.lastError());
                return false;
            }
            return true;
        },
        &error);
    if (ok) {
        Q_EMIT preferencesSaved();
    } else {
        Q_EMIT actionFailed(tr("Your notification preferences were not saved: %1").arg(error));
    }
}

} // namespace pm::notify

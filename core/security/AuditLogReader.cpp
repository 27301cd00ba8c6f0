#include "security/AuditLogReader.h"

#include "store/DatabaseConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace pm::security
{

AuditLogReader::AuditLogReader(pm::store::ConnectionSettings settings, QObject* parent)
    : PollingReader(std::move(settings), u"audit-log"_s, std::chrono::seconds(10), parent)
{
    qRegisterMetaType<pm::security::AuditFilter>();
    qRegisterMetaType<pm::security::AuditRow>();
    qRegisterMetaType<QList<pm::security::AuditRow>>();
    qRegisterMetaType<pm::security::AuditChainReport>();
}

const QStringList& AuditLogReader::successOutcomes()
{
    // The outcomes the definer functions write when an action went through (0007–0012); the
    // filter's "failures" and the view's warning colour both come from this one list.
    static const QStringList outcomes {u"done"_s, u"success"_s, u"requested"_s,        u"delivered"_s,
                                       u"sent"_s, u"charged"_s, u"awaiting_approval"_s};
    return outcomes;
}

bool AuditLogReader::isFailure(const QString& outcome)
{
    return !successOutcomes().contains(outcome);
}

const QStringList& AuditLogReader::actionKinds()
{
    static const QStringList kinds {u"password_reset"_s, u"role_change"_s, u"data_export"_s, u"policy_change"_s};
    return kinds;
}

QString AuditLogReader::likePattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_') {
            escaped += u'\\';
        }
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

QString AuditLogReader::compactJson(const QString& json)
{
    // A scanner rather than QJsonDocument: re-serialising would turn big integers into doubles
    // and reorder keys, and an audit view must show the values exactly as stored.
    QString out;
    out.reserve(json.size());
    bool inString = false;
    bool escaped = false;
    for (const QChar c : json) {
        if (inString) {
            out += c;
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
            }
        } else if (c == u'"') {
            inString = true;
            out += c;
        } else if (c != u' ' && c != u'\n' && c != u'\t' && c != u'\r') {
            out += c;
        }
    }
    return out;
}

void AuditLogReader::setFilter(const AuditFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    refresh();
}

bool AuditLogReader::read(QSqlDatabase& db, QString* error)
{
    // The WHERE clause is assembled from fixed fragments only; every value the operator typed or
    // picked travels as a bound parameter.
    QStringList where;
    QVariantList values;
    const QString search = m_filter.search.trimmed().left(SearchMaxLength);
    if (!search.isEmpty()) {
        where << u"(a.actor::text ILIKE ? OR a.action ILIKE ? OR a.action_kind ILIKE ? OR a.outcome ILIKE ? "
                 "OR a.reason ILIKE ? OR a.scope::text ILIKE ? OR a.client_host ILIKE ?)"_s;
        const QString pattern = likePattern(search);
        for (int i = 0; i < 7; ++i) {
            values << pattern;
        }
    }
    if (actionKinds().contains(m_filter.actionKind)) {
        where << u"a.action_kind = ?"_s;
        values << m_filter.actionKind;
    }
    if (m_filter.outcome == u"failures"_s) {
        where << u"a.outcome <> ALL (?::text[])"_s;
        values << QString(u'{' + successOutcomes().join(u',') + u'}');
    }
    // Local days, as the operator picked them; startOfDay copes with days that skip midnight.
    if (m_filter.from.isValid()) {
        where << u"a.at >= ?"_s;
        values << m_filter.from.startOfDay();
    }
    if (m_filter.to.isValid()) {
        where << u"a.at < ?"_s;
        values << m_filter.to.addDays(1).startOfDay();
    }
    const int limit = std::clamp(m_filter.limit, 1, MaxLimit);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.seq, a.at, a.actor::text, a.operator_role, a.action, coalesce(a.action_kind, ''), "
              "a.outcome, coalesce(a.reason, ''), a.scope::text, coalesce(a.client_host, ''), "
              "coalesce(a.challenge_id::text, ''), count(*) OVER () "
              "FROM admin_audit_log a WHERE "_s
              + (where.isEmpty() ? u"true"_s : where.join(u" AND "_s)) + u" ORDER BY a.seq DESC LIMIT ?"_s);
    for (const QVariant& value : std::as_const(values)) {
        q.addBindValue(value);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        // SQLSTATE insufficient_privilege: this operator's capability does not include the audit
        // log. That is the answer, not an outage, so the round counts as done.
        if (q.lastError().nativeErrorCode() == u"42501"_s) {
            Q_EMIT loaded({}, 0, false);
            return true;
        }
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    QList<AuditRow> rows;
    qint64 total = 0;
    while (q.next()) {
        AuditRow row;
        row.seq = q.value(0).toLongLong();
        row.at = q.value(1).toDateTime();
        row.actor = q.value(2).toString();
        row.role = q.value(3).toString();
        row.action = q.value(4).toString();
        row.actionKind = q.value(5).toString();
        row.outcome = q.value(6).toString();
        row.reason = q.value(7).toString();
        row.scope = compactJson(q.value(8).toString());
        row.clientHost = q.value(9).toString();
        row.challengeId = q.value(10).toString();
        total = q.value(11).toLongLong();
        rows << row;
    }
    Q_EMIT loaded(rows, total, true);
    return true;
}

void AuditLogReader::verifyChain()
{
    AuditChainReport report;
    QString error;
    const bool ok = withDatabase(
        [&report](QSqlDatabase& db, QString* e) {
            report = AuditChainVerifier::verify(db);
            *e = report.error;
            return report.error.isEmpty();
        },
        &error);
    if (!ok && report.error.isEmpty()) {
        report.error = error; // no connection: the walk never started
    }
    Q_EMIT chainVerified(report);
}

} // namespace pm::security

#include "notify/NotificationGrouper.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::notify
{

NotificationGrouper::NotificationGrouper(NotificationPolicy policy, qint64 startMs)
    : m_policy(policy)
    , m_lastDigestMs(startMs)
{ }

void NotificationGrouper::ingest(const NotificationEvent& event)
{
    if (event.severity == Severity::Info) {
        m_digest << event;
        return;
    }
    const QString id = QString::number(static_cast<int>(event.severity)) + u'|' + event.groupKey;
    auto it = m_groups.find(id);
    if (it == m_groups.end()) {
        Group g;
        g.severity = event.severity;
        g.key = event.groupKey;
        g.firstAtMs = event.atMs;
        g.subjectKind = event.subjectKind;
        g.subjectId = event.subjectId;
        it = m_groups.insert(id, g);
    }
    Group& g = it.value();
    const QString dedupe = event.dedupeKey.isEmpty() ? event.title : event.dedupeKey;
    const bool isNew = !g.seen.contains(dedupe);
    if (isNew && g.seen.size() < SeenKept) {
        g.seen.insert(dedupe);
    }
    if (isNew && g.titles.size() < TitlesKept) {
        g.titles << event.title;
    }
    ++g.events;
    ++g.sinceSent;
    if (isNew) {
        ++g.newDistinctSinceSent;
    }
    g.lastEventAtMs = std::max(g.lastEventAtMs, event.atMs);
    if (isNew && g.severity == Severity::Critical && g.pendingCriticalAtMs < 0) {
        g.pendingCriticalAtMs = event.atMs;
    }
}

qint64 NotificationGrouper::groupDueMs(const Group& g) const
{
    const SeverityTimers& t = m_policy.timers(g.severity);
    if (g.lastSentAtMs < 0) {
        const qint64 wait
            = g.severity == Severity::Critical ? std::min(t.groupWaitMs, m_policy.criticalMaxHoldMs) : t.groupWaitMs;
        return g.firstAtMs + wait;
    }
    qint64 due = -1;
    if (g.newDistinctSinceSent > 0) {
        due = g.lastSentAtMs + t.groupIntervalMs;
        if (g.pendingCriticalAtMs >= 0) {
            due = std::min(due, g.pendingCriticalAtMs + m_policy.criticalMaxHoldMs);
        }
    } else if (g.sinceSent > 0) {
        due = g.lastSentAtMs + t.repeatIntervalMs;
    }
    return due;
}

OutgoingNotification NotificationGrouper::send(Group& g, OutgoingNotification::Kind kind, qint64 nowMs)
{
    OutgoingNotification n;
    n.kind = kind;
    n.severity = g.severity;
    n.groupKey = g.key;
    n.events = g.events;
    n.distinct = static_cast<int>(g.seen.size());
    n.newEvents = g.sinceSent;
    n.titles = g.titles;
    n.atMs = nowMs;
    n.subjectKind = g.subjectKind;
    n.subjectId = g.subjectId;
    g.lastSentAtMs = nowMs;
    g.sinceSent = 0;
    g.newDistinctSinceSent = 0;
    g.pendingCriticalAtMs = -1;
    return n;
}

QList<OutgoingNotification> NotificationGrouper::due(qint64 nowMs)
{
    QList<OutgoingNotification> out;
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        Group& g = it.value();
        const SeverityTimers& t = m_policy.timers(g.severity);
        // A group silent for a whole repeat interval after its last notification is over.
        if (g.lastSentAtMs >= 0 && g.sinceSent == 0 && nowMs >= g.lastSentAtMs + t.repeatIntervalMs) {
            it = m_groups.erase(it);
            continue;
        }
        const qint64 due = groupDueMs(g);
        if (due >= 0 && nowMs >= due) {
            const auto kind = g.lastSentAtMs < 0           ? OutgoingNotification::Kind::First
                              : g.newDistinctSinceSent > 0 ? OutgoingNotification::Kind::Update
                                                           : OutgoingNotification::Kind::Repeat;
            out << send(g, kind, nowMs);
        }
        ++it;
    }
    if (!m_digest.isEmpty() && nowMs >= m_lastDigestMs + m_policy.digestIntervalMs) {
        OutgoingNotification d;
        d.kind = OutgoingNotification::Kind::Digest;
        d.severity = Severity::Info;
        d.groupKey = u"digest"_s;
        d.events = static_cast<int>(m_digest.size());
        QSet<QString> distinct;
        for (const NotificationEvent& e : std::as_const(m_digest)) {
            const QString key = e.dedupeKey.isEmpty() ? e.title : e.dedupeKey;
            if (!distinct.contains(key) && d.titles.size() < TitlesKept) {
                d.titles << e.title;
            }
            distinct.insert(key);
        }
        d.distinct = static_cast<int>(distinct.size());
        d.newEvents = d.events;
        d.atMs = nowMs;
        out << d;
        m_digest.clear();
        m_lastDigestMs = nowMs;
    }
    std::sort(out.begin(), out.end(),
              [](const OutgoingNotification& a, const OutgoingNotification& b) { return a.atMs < b.atMs; });
    return out;
}

qint64 NotificationGrouper::nextDueMs() const
{
    qint64 next = -1;
    for (const Group& g : m_groups) {
        const qint64 due = groupDueMs(g);
        if (due >= 0 && (next < 0 || due < next)) {
            next = due;
        }
    }
    if (!m_digest.isEmpty()) {
        const qint64 digest = m_lastDigestMs + m_policy.digestIntervalMs;
        next = next < 0 ? digest : std::min(next, digest);
    }
    return next;
}

QString NotificationGrouper::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

std::optional<Severity> NotificationGrouper::severityFromName(const QString& name)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (severityName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

namespace
{
QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out << v.toString();
    }
    return out;
}

// JSON numbers are doubles: exact for epoch milliseconds for the next 285,000 years.
qint64 toMs(const QJsonValue& value)
{
    return static_cast<qint64>(value.toDouble(-1));
}
} // namespace

QJsonObject NotificationGrouper::saveState() const
{
    QJsonArray groups;
    for (const Group& g : m_groups) {
        QStringList seen(g.seen.begin(), g.seen.end());
        seen.sort();
        groups.append(QJsonObject {
            {u"severity"_s, severityName(g.severity)},
            {u"key"_s, g.key},
            {u"firstAtMs"_s, static_cast<double>(g.firstAtMs)},
            {u"lastEventAtMs"_s, static_cast<double>(g.lastEventAtMs)},
            {u"lastSentAtMs"_s, static_cast<double>(g.lastSentAtMs)},
            {u"pendingCriticalAtMs"_s, static_cast<double>(g.pendingCriticalAtMs)},
            {u"subjectKind"_s, g.subjectKind},
            {u"subjectId"_s, g.subjectId},
            {u"seen"_s, toArray(seen)},
            {u"titles"_s, toArray(g.titles)},
            {u"events"_s, g.events},
            {u"sinceSent"_s, g.sinceSent},
            {u"newDistinctSinceSent"_s, g.newDistinctSinceSent},
        });
    }
    QJsonArray digest;
    for (const NotificationEvent& e : m_digest) {
        digest.append(QJsonObject {
            {u"dedupeKey"_s, e.dedupeKey}, {u"title"_s, e.title}, {u"atMs"_s, static_cast<double>(e.atMs)}});
    }
    return QJsonObject {{u"version"_s, 1},
                        {u"groups"_s, groups},
                        {u"digest"_s, digest},
                        {u"lastDigestMs"_s, static_cast<double>(m_lastDigestMs)}};
}

bool NotificationGrouper::restoreState(const QJsonObject& state, QString* error)
{
    m_groups.clear();
    m_digest.clear();
    if (state.isEmpty()) {
        return true; // never saved: a fresh start
    }
    if (state.value(u"version"_s).toInt() != 1 || !state.value(u"groups"_s).isArray()) {
        *error = u"notification dispatch state: unknown version or missing groups"_s;
        return false;
    }
    for (const QJsonValue& value : state.value(u"groups"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const auto severity = severityFromName(o.value(u"severity"_s).toString());
        if (!severity || o.value(u"key"_s).toString().isEmpty()) {
            *error = u"notification dispatch state: a group without severity or key"_s;
            m_groups.clear();
            return false;
        }
        Group g;
        g.severity = *severity;
        g.key = o.value(u"key"_s).toString();
        g.firstAtMs = toMs(o.value(u"firstAtMs"_s));
        g.lastEventAtMs = toMs(o.value(u"lastEventAtMs"_s));
        g.lastSentAtMs = toMs(o.value(u"lastSentAtMs"_s));
        g.pendingCriticalAtMs = toMs(o.value(u"pendingCriticalAtMs"_s));
        g.subjectKind = o.value(u"subjectKind"_s).toString();
        g.subjectId = o.value(u"subjectId"_s).toString();
        const QStringList seen = toList(o.value(u"seen"_s));
        g.seen = QSet<QString>(seen.begin(), seen.end());
        g.titles = toList(o.value(u"titles"_s));
        g.events = o.value(u"events"_s).toInt();
        g.sinceSent = o.value(u"sinceSent"_s).toInt();
        g.newDistinctSinceSent = o.value(u"newDistinctSinceSent"_s).toInt();
        m_groups.insert(QString::number(static_cast<int>(g.severity)) + u'|' + g.key, g);
    }
    for (const QJsonValue& value : state.value(u"digest"_s).toArray()) {
        const QJsonObject o = value.toObject();
        NotificationEvent e;
        e.severity = Severity::Info;
        e.dedupeKey = o.value(u"dedupeKey"_s).toString();
        e.title = o.value(u"title"_s).toString();
        e.atMs = toMs(o.value(u"atMs"_s));
        m_digest << e;
    }
    m_lastDigestMs = toMs(state.value(u"lastDigestMs"_s));
    return true;
}

} // namespace pm::notify

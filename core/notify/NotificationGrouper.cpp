#include "notify/NotificationGrouper.h"

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
        it = m_groups.insert(id, g);
    }
    Group& g = it.value();
    const QString dedupe = event.dedupeKey.isEmpty() ? event.title : event.dedupeKey;
    const bool isNew = !g.seen.contains(dedupe);
    g.seen.insert(dedupe);
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

} // namespace pm::notify

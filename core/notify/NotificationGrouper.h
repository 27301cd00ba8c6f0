#pragma once

#include "notify/NotificationPolicy.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pm::notify
{

/// One event from a detector or the system, before grouping.
struct NotificationEvent
{
    Severity severity = Severity::Warning;
    QString groupKey;  ///< related events share it (e.g. "bounce_spike:pool:3")
    QString dedupeKey; ///< the same item seen again shares it
    QString title;
    qint64 atMs = 0;
};

/// What the pipeline hands to the channels.
struct OutgoingNotification
{
    enum class Kind
    {
        First,  ///< a new group
        Update, ///< new items joined the group since it was last sent
        Repeat, ///< only the same items again: a reminder that it goes on
        Digest, ///< the collected info items
    };
    Kind kind = Kind::First;
    Severity severity = Severity::Warning;
    QString groupKey;
    int events = 0;     ///< all events the group (or digest) holds
    int distinct = 0;   ///< distinct dedupe keys
    int newEvents = 0;  ///< since the last notification of the group
    QStringList titles; ///< the first few distinct titles
    qint64 atMs = 0;
};

/**
 * Alertmanager-style grouping and throttling, as pure logic over an injected clock: a storm of
 * related events becomes one notification; new items in the group are sent as an update at most
 * every group interval; the same items again only as a repeat at most every repeat interval; a
 * group that falls silent for a repeat interval closes. Info items wait for the digest, and a new
 * critical item is never held back past the policy's bound.
 */
class NotificationGrouper final
{
public:
    explicit NotificationGrouper(NotificationPolicy policy, qint64 startMs = 0);

    void ingest(const NotificationEvent& event);
    /// Everything due at @p nowMs, in time order; call it whenever nextDueMs() has passed.
    QList<OutgoingNotification> due(qint64 nowMs);
    /// The earliest moment something may become due (for a timer), or -1 when nothing is pending.
    qint64 nextDueMs() const;

    static constexpr int TitlesKept = 5;

private:
    struct Group
    {
        Severity severity = Severity::Warning;
        QString key;
        qint64 firstAtMs = 0;
        qint64 lastEventAtMs = 0;
        qint64 lastSentAtMs = -1;
        qint64 pendingCriticalAtMs = -1; ///< a new critical item waits since then
        QSet<QString> seen;
        QStringList titles;
        int events = 0;
        int sinceSent = 0;            ///< events since the last notification
        int newDistinctSinceSent = 0; ///< of which items not seen before
    };
    qint64 groupDueMs(const Group& group) const;
    OutgoingNotification send(Group& group, OutgoingNotification::Kind kind, qint64 nowMs);

    NotificationPolicy m_policy;
    QHash<QString, Group> m_groups;
    QList<NotificationEvent> m_digest;
    qint64 m_lastDigestMs;
};

} // namespace pm::notify

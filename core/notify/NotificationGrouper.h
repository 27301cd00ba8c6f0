#pragma once

#include "notify/NotificationPolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

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
    QString subjectKind; ///< what a click on the notification opens: "ip", "incident", "job", …
    QString subjectId;
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
    QString subjectKind; ///< of the group's first event; empty for a digest
    QString subjectId;
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
    /// Dedupe keys remembered per group; beyond it, further new keys count as new but are not kept.
    static constexpr int SeenKept = 2000;

    /// The whole grouping state, for a dispatcher that keeps it in the database between runs.
    QJsonObject saveState() const;
    /// Restores saveState()'s output; false (and the grouper left empty) when @p state is damaged.
    bool restoreState(const QJsonObject& state, QString* error);
    static QString severityName(Severity severity);
    static std::optional<Severity> severityFromName(const QString& name);

private:
    struct Group
    {
        Severity severity = Severity::Warning;
        QString key;
        qint64 firstAtMs = 0;
        qint64 lastEventAtMs = 0;
        qint64 lastSentAtMs = -1;
        qint64 pendingCriticalAtMs = -1; ///< a new critical item waits since then
        QString subjectKind;
        QString subjectId;
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

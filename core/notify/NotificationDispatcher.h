#pragma once

#include "queue/JobHandler.h"

#include <QCoreApplication>

namespace pm::notify
{

struct NotificationPolicy;

/**
 * The "notify.dispatch" job: takes in the pending notification events, runs them through the
 * NotificationGrouper whose state it keeps in notification_dispatch_state, writes what is due to
 * the notifications table, fans each out to the email channel (pm_fan_out_notification) and
 * schedules itself for the next due moment — all in one transaction under a row lock, so two
 * workers never dispatch at once and a dispatch that dies half-way changes nothing.
 */
class NotificationDispatcher final : public pm::queue::JobHandler
{
    Q_DECLARE_TR_FUNCTIONS(NotificationDispatcher)

public:
    static constexpr auto Kind = "notify.dispatch";
    QString kind() const override { return QString::fromLatin1(Kind); }
    bool run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error) override;

    /// The alert policy row (timers in seconds) as the grouper's policy.
    static bool loadPolicy(QSqlDatabase db, NotificationPolicy* policy, QString* error);

private:
    bool dispatchOnce(QSqlDatabase db, bool* morePending, QString* error);
};

} // namespace pm::notify

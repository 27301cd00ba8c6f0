#pragma once

#include <QtGlobal>

namespace pm::notify
{

enum class Severity
{
    Info,
    Warning,
    Critical,
};

/// Timers for one severity, in the manner of Alertmanager's group_wait / group_interval / repeat_interval.
struct SeverityTimers
{
    qint64 groupWaitMs;      ///< collect related events this long before the first notification
    qint64 groupIntervalMs;  ///< then send changes of the group at most this often
    qint64 repeatIntervalMs; ///< and repeat an unchanged, still-active group at most this often
};

/**
 * The notification policy (a security/alert policy: changing it will be an OTP-gated action).
 * Defaults follow security-reliability.md §4.5.
 */
struct NotificationPolicy
{
    SeverityTimers warning {120'000, 900'000, 14'400'000}; // 2 min, 15 min, 4 h
    SeverityTimers critical {30'000, 300'000, 3'600'000};  // 30 s, 5 min, 1 h
    qint64 criticalMaxHoldMs = 30'000;                     ///< a new critical item is never held back longer
    qint64 digestIntervalMs = 86'400'000;                  ///< info items go out in a digest this often

    const SeverityTimers& timers(Severity severity) const
    {
        return severity == Severity::Critical ? critical : warning;
    }
};

} // namespace pm::notify

#pragma once

#include "providers/DailyStats.h"
#include "providers/mailgun/MailgunClient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm::sim
{

/**
 * The JSON MailgunMockServer answers with (provider-apis.md §3): the error shape, Mailgun's time
 * formats, a day's metrics as the Metrics API reports them and a failed event as the Events API
 * lists it. What to serve and when stays with the server.
 */
class MailgunMockPayloads final
{
public:
    /// Mailgun's error shape (§3.6).
    static QByteArray errorBody(const QString& message);

    /// "Sun, 01 Jun 2025 00:00:00 +0000", as in Mailgun's examples.
    static QString rfc2822(const QDateTime& t);
    /// "Mon, 02 Jun 2025 00:00:00 GMT" (the domains list's created_at).
    static QString rfc1123(const QDateTime& t);

    /// One day's value of a metric §3.2 names; nothing for a name the mock does not know.
    static std::optional<QJsonValue> metricValue(const pm::providers::DailyStats& d, const QString& name);
    /// The metrics object of an item (or of the aggregates) with @p names' values for @p d.
    static QJsonObject metricsObject(const pm::providers::DailyStats& d, const QStringList& names);

    /// One item of an events page for the failed event @p e, sent from @p domain.
    static QJsonObject failedEvent(const pm::providers::MailgunEvent& e, const QString& domain);
};

} // namespace pm::sim

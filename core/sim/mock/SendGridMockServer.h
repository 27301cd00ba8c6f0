#pragma once

#include "providers/DailyStats.h"
#include "providers/sendgrid/SendGridClient.h"
#include "sim/mock/MockHttpServer.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QStringList>

namespace pm::sim
{

/**
 * SendGrid's Web API v3 as provider-apis.md §4 and mock checklist item 4 describe it: a bearer key
 * (401 with SendGrid's {"errors":[{"field":null,"message":"authorization required"}]} otherwise),
 * 406 without an Accept header, X-RateLimit-Limit/Remaining/Reset (epoch seconds) on every answer
 * and 429 with the documented body past the per-minute limit; GET /v3/stats and
 * /v3/mailbox_providers/stats (start_date required: 400 naming the field; limit/offset over the
 * dates; aggregated_by=day only), the bounce, spam-report and block suppression lists with
 * limit (≤ 500) / offset paging and start_time/end_time, newest first; GET /v3/scopes.
 * Serves the days and entries it is given; faults come from the base class.
 */
class SendGridMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    explicit SendGridMockServer(QString apiKey, QObject* parent = nullptr);

    /// Scope '' is the account (GET /v3/stats); any other scope is a mailbox provider's name.
    /// SendGrid has no soft-bounce counter: bouncedSoft is served as "deferred".
    void setDays(const QList<pm::providers::DailyStats>& days);
    /// @p kind: "bounces", "spam_reports" or "blocks".
    void setSuppressions(const QString& kind, const QList<pm::providers::SendGridSuppression>& entries);
    /// Whether mailbox-provider metrics carry opens and unique_opens: the docs do not confirm them
    /// for that endpoint, so they are off unless a test turns them on.
    void setMailboxProviderOpens(bool on);
    /// Requests per minute before a 429 (SendGrid publishes no numbers); also restarts the window.
    void setRateLimitPerMinute(int limit);
    void setScopes(const QStringList& scopes);

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Counts the request against the window and checks key, limit and Accept; answers and
    /// returns false when one fails. @p headers: the X-RateLimit-* headers for this answer.
    bool admit(const QHttpServerRequest& request, QHttpServerResponder& responder, Headers* headers);
    void stats(const QHttpServerRequest& request, QHttpServerResponder& responder, bool byMailboxProvider);
    void suppressions(const QHttpServerRequest& request, QHttpServerResponder& responder, const QString& kind);

    const QString m_apiKey;
    mutable QMutex m_dataMutex; ///< everything below: set from the test's thread, read on the server's
    QMap<QDate, QMap<QString, pm::providers::DailyStats>> m_days;
    QHash<QString, QList<pm::providers::SendGridSuppression>> m_suppressions; ///< newest first
    QStringList m_scopes;
    bool m_mailboxProviderOpens = false;
    int m_rateLimit = 600;
    int m_windowCount = 0;
    qint64 m_windowEnd = 0; ///< unix seconds
};

} // namespace pm::sim

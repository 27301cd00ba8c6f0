#pragma once

#include "providers/DailyStats.h"
#include "providers/mailgun/MailgunClient.h"
#include "sim/mock/MockHttpServer.h"

#include <QDate>
#include <QMap>
#include <QStringList>

namespace pm::sim
{

/**
 * Mailgun's HTTP API for one sending domain, as provider-apis.md §3 and mock checklist item 3
 * describe it: HTTP Basic with user "api" and the key as password (otherwise 401 with a plain-text
 * "Forbidden", itself UNCONFIRMED and so configurable); POST /v1/analytics/metrics with day
 * resolution and the "time" dimension, a domain filter, skip/limit paging with pagination.total,
 * counts as integers and rates as strings; GET /v3/<domain>/events (failed events, begin/end,
 * ascending, limit ≤ 300) whose paging.next is a full URL on this server's own address, ending
 * with a page of no items; GET /v4/domains with total_count. One instance stands for one region
 * (US or EU): a client points its base URL at baseUrl(). 429s and other faults come from the base
 * class (tooManyRequests() builds one).
 */
class MailgunMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    MailgunMockServer(QString apiKey, QString domain, QObject* parent = nullptr);

    /// The domain's days (scope is ignored: the mock is one domain). bouncedHard is served as the
    /// permanent failures, bouncedSoft as the temporary ones; delivered -1 as what is left after
    /// both, opened -1 as 0.
    void setDays(const QList<pm::providers::DailyStats>& days);
    /// The domain's failed events (served oldest first with ascending=yes, newest first otherwise).
    void setFailures(const QList<pm::providers::MailgunEvent>& events);
    /// The account's domains for GET /v4/domains; the mock's own domain unless set.
    void setDomains(const QStringList& names);
    /// The most days one metrics page holds, whatever limit was asked for (Mailgun's own maximum
    /// is UNCONFIRMED); pagination.limit echoes what was applied.
    void setMaxMetricsPageSize(int size);
    /// The answer to a missing or wrong key: 401 text/plain "Forbidden" by default (UNCONFIRMED).
    void setUnauthorizedReply(int status, const QByteArray& body, const QByteArray& contentType);

    /// A 429 for the next @p times requests (to paths starting with @p pathPrefix, empty: any),
    /// with a JSON {"message"} body and, when @p retryAfterSeconds ≥ 0, a Retry-After header —
    /// Mailgun's real 429 headers are UNCONFIRMED, so tests try both.
    static Fault tooManyRequests(int times = 1, int retryAfterSeconds = -1, const QString& pathPrefix = {});

private:
    bool authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    void metrics(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void events(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void domains(const QHttpServerRequest& request, QHttpServerResponder& responder);

    const QString m_apiKey;
    const QString m_domain;
    mutable QMutex m_dataMutex; ///< everything below: set from the test's thread, read on the server's
    QMap<QDate, pm::providers::DailyStats> m_days;
    QList<pm::providers::MailgunEvent> m_failures; ///< oldest first
    QStringList m_domains;
    int m_maxMetricsPageSize = 1000;
    int m_unauthorizedStatus = 401;
    QByteArray m_unauthorizedBody = "Forbidden";
    QByteArray m_unauthorizedContentType = "text/plain";
};

} // namespace pm::sim

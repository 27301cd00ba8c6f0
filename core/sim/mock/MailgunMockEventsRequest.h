#pragma once

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace pm::sim
{

/**
 * The query of a GET /v3/<domain>/events search (provider-apis.md §3.4) as MailgunMockServer
 * understands it, checked in a fixed order: the first problem found is the 400's message. Also
 * the mock's page tokens, which ride in the same query.
 */
struct MailgunMockEventsRequest
{
    qint64 limit = 100;             ///< the SDK's default
    std::optional<QDateTime> begin; ///< UTC
    std::optional<QDateTime> end;   ///< UTC
    bool ascending = false;
    qint64 offset = 0;        ///< into the matching events, from the page token
    bool failedWanted = true; ///< the event filter lets "failed" through
    QString severity;         ///< empty: any

    /// The search in @p query; nothing and @p problem when the mock would answer 400.
    static std::optional<MailgunMockEventsRequest> parse(const QUrlQuery& query, QString* problem);

    /// The mock's page token: the offset into the matching events. Mailgun's real tokens sit in the
    /// path (/v3/<domain>/events/<token>); this server routes exact paths only, so the token rides in
    /// the query instead — a client follows paging.next as it is given either way.
    static QString pageToken(qint64 offset);
};

} // namespace pm::sim

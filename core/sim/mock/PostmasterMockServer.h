#pragma once

#include "providers/postmaster/PostmasterClient.h"
#include "sim/mock/MockHttpServer.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace pm::sim
{

/**
 * Google Postmaster Tools API v2 as provider-apis.md §6 and mock checklist item 6 describe it: a
 * bearer access token (401 UNAUTHENTICATED in Google's error envelope otherwise, with
 * WWW-Authenticate); GET /v2/domains (pageSize ≤ 200, pageToken); POST
 * /v2/domains/{domain}/domainStats:query with metricDefinitions (each filter checked as §6.3
 * documents it: 400 INVALID_ARGUMENT otherwise), a timeQuery of dateRanges (inclusive) or a
 * dateList, DAILY granularity only, and page tokens; GET /v2/domains/{domain}/complianceStatus.
 * A domain not in setDomains() answers 403 PERMISSION_DENIED, as Google does for a domain the user
 * has not verified.
 *
 * Like Google it leaves out what has no data: a metric with no value for a day is no DomainStat at
 * all, and empty lists and tokens are left out of the answer (proto3 JSON). Pages hold at most
 * pageLimit days (or domains), fewer than pageSize asks, so small windows page too (Google's v2
 * reference allows fewer); the stats token encodes the next entry's date and metric, as that
 * reference describes it, and is opaque to the client. Count metrics
 * (*_MESSAGE_COUNT, *_ERROR_COUNT) are accepted and never have data here. Faults come from the
 * base class.
 */
class PostmasterMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    explicit PostmasterMockServer(QString accessToken, QObject* parent = nullptr);

    /// The days served, by domain and day. Delivery errors are keyed by their filter: "reject",
    /// "temp_fail", "reject/low_ip_reputation" for error_type plus error_reason, "" for no filter.
    void setDomainStats(const QList<pm::providers::PostmasterDayStats>& days);
    /// The verified domains of the token's user, listed in this order (Google's is unspecified).
    void setDomains(const QStringList& domains);
    /// Served for compliance.domain; details in PostmasterCompliance's shape (status is derived
    /// by the client and ignored here). A listed domain without one answers with no data.
    void setCompliance(const pm::providers::PostmasterCompliance& compliance);
    /// At most @p n days of stats or @p n domains per page (default 10).
    void setPageLimit(int n);

    /// Google's error envelope: {"error":{"code","message","status"}}.
    static QByteArray errorBody(int code, const QString& status, const QString& message);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    bool authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    /// False (after a 403) when @p domain is not one of the user's.
    bool owns(const QString& domain, QHttpServerResponder& responder) const;
    void listDomains(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void queryStats(const QString& domain, const QHttpServerRequest& request, QHttpServerResponder& responder);
    void complianceStatus(const QString& domain, const QHttpServerRequest& request, QHttpServerResponder& responder);

    const QString m_token;
    QSet<QString> m_routedPaths; ///< per-domain routes added so far; only touched on the server's thread
    mutable QMutex m_dataMutex;  ///< everything below: set from the test's thread, read on the server's
    QHash<QString, QMap<QDate, pm::providers::PostmasterDayStats>> m_stats;
    QStringList m_domains;
    QHash<QString, pm::providers::PostmasterCompliance> m_compliance;
    int m_pageLimit = 10;
};

} // namespace pm::sim

#pragma once

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pm::providers
{

/**
 * One domain's Gmail day from Postmaster Tools (provider-apis.md §6). It maps onto
 * reputation_snapshots as source 'google_postmaster', subject = domain, day = day,
 * status = legacyDomainReputation (empty for v2 days: v2 has no reputation label) and
 * metrics = toMetrics().
 *
 * Google leaves out a metric it has no data for (proto3), and a day with too little Gmail traffic
 * has none at all: a missing metric stays std::nullopt here and is left out of toMetrics(), never
 * read as 0. Every ratio is a fraction from 0 to 1 (0.001 is 0.1 %).
 */
struct PostmasterDayStats
{
    QString domain;
    QDate day;
    /// User-reported spam over inboxed mail (DKIM-authenticated traffic only); Gmail's bulk-sender
    /// line is 0.003 (deliverability.md §0).
    std::optional<double> userReportedSpamRatio;
    std::optional<double> spfSuccessRatio;
    std::optional<double> dkimSuccessRatio;
    std::optional<double> dmarcSuccessRatio;
    /// Mail from this domain that reached Gmail over TLS ("inbound" to Gmail).
    std::optional<double> inboundEncryptionRatio;
    /// Delivery-error class → ratio of mail it hit: v2's error types "reject" and "temp_fail";
    /// only the classes Google reported, sorted by name.
    QList<QPair<QString, double>> deliveryErrors;
    /// v1's HIGH/MEDIUM/LOW/BAD (retired with the v1 API at the end of 2025): kept only so old
    /// snapshots can be carried; v2 never sets it. Empty when unknown.
    QString legacyDomainReputation;

    /// For reputation_snapshots.metrics: the ratios present under their field names above,
    /// "deliveryErrors": {"reject": r, "temp_fail": r} when any, "domainReputation" when set.
    QJsonObject toMetrics() const;
};

/**
 * A domain's sender-requirement compliance (v2 domains.getComplianceStatus, §6.3).
 * status: "NEEDS_WORK" when any requirement or unsubscribe verdict needs work, "COMPLIANT" when
 * every one Google listed is compliant, empty when Google gave no verdict at all.
 * details: {"domainId", "requirements": {"SPF": "COMPLIANT", …}, "oneClickUnsubscribe":
 * {"status", "reason"}, "honorUnsubscribe": {…}, "subdomain": {the same for the subdomain itself}}
 * — each part only when Google sent it.
 */
struct PostmasterCompliance
{
    QString domain;
    QString status;
    QJsonObject details;
};

/**
 * Google Postmaster Tools API v2 (provider-apis.md §6) with an OAuth 2.0 bearer access token
 * (getting and refreshing it is not done here): daily domain stats through
 * POST /v2/domains/{domain}/domainStats:query, the compliance status, and the domain list, all
 * paged with pageToken/nextPageToken. v1 (trafficStats, reputation labels) is retired and not
 * called. Errors name the endpoint and, for payloads, the field path
 * ("Google Postmaster Tools POST /v2/domains/example.com/domainStats:query: domainStats[3].value.doubleValue: …"),
 * and never carry the token.
 */
class PostmasterClient final
{
    Q_DECLARE_TR_FUNCTIONS(PostmasterClient)

public:
    /// @p baseUrl: https://gmailpostmastertools.googleapis.com.
    PostmasterClient(QUrl baseUrl, QString accessToken, pm::net::RetryPolicy policy = {});

    /// The HTTP layer, to attach a ProviderCallGuard (budget, breaker, rate limits).
    pm::net::HttpClient& http() { return m_http; }

    /// One entry per day from @p from to @p to (inclusive, Google's days) that has any data,
    /// oldest first. An empty list is a valid answer: Google keeps stats only for domains with
    /// enough daily Gmail traffic.
    std::optional<QList<PostmasterDayStats>> domainStats(const QString& domain, const QDate& from, const QDate& to,
                                                         QString* error);
    /// GET /v2/domains/{domain}/complianceStatus.
    std::optional<PostmasterCompliance> complianceStatus(const QString& domain, QString* error);
    /// Every domain the token's user registered (without the "domains/" prefix), sorted; the
    /// connection test.
    std::optional<QStringList> domains(QString* error);

    /// Google's error envelope {"error":{"code","message","status"}} as "message (STATUS)", or an
    /// empty string when the body is not one.
    static QString errorMessage(const QByteArray& body);

private:
    /// @p aboutDomain: the path names one domain, so a 403/404 is about that domain.
    std::optional<QByteArray> call(const QByteArray& method, const QString& path,
                                   const QList<QPair<QString, QString>>& query, const QByteArray& body,
                                   bool aboutDomain, QString* where, QString* error);
    /// @p text with the token blanked out: a second line of defence, Google does not echo it.
    QString scrub(QString text) const;

    QUrl m_baseUrl;
    QString m_token;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers

#pragma once

#include "providers/DailyStats.h"
#include "providers/ses/SesClient.h"
#include "sim/mock/MockHttpServer.h"

namespace pm::sim
{

/**
 * Amazon SES v2 as provider-apis.md §5 describes it, with real signature checking: the mock knows
 * the test credentials and recomputes every request's SigV4 signature (scope
 * <date>/<region>/ses/aws4_request), answering 403 InvalidSignatureException on a mismatch,
 * UnrecognizedClientException for an unknown key and a 15-minute clock-skew window; GetAccount and
 * BatchGetMetricData (per-query errors when VDM is disabled); 429 TooManyRequestsException through
 * the usual faults.
 */
class SesMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    SesMockServer(QString accessKeyId, QString secretAccessKey, QString region, QObject* parent = nullptr);

    void setAccount(const pm::providers::SesAccount& account);
    void setDays(const QList<pm::providers::DailyStats>& days);

    /// Checks a request's signature; empty when valid, else the SES error type and message.
    QString verify(const QHttpServerRequest& request, QString* type) const;

private:
    bool authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    void metrics(const QHttpServerRequest& request, QHttpServerResponder& responder);

    QString m_accessKeyId;
    QString m_secret;
    QString m_region;
    mutable QMutex m_dataMutex;
    pm::providers::SesAccount m_account;
    QList<pm::providers::DailyStats> m_days;
};

} // namespace pm::sim

#pragma once

#include "net/HttpClient.h"
#include "providers/DailyStats.h"
#include "providers/aws/SigV4Signer.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pm::providers
{

/// GetAccount, in our terms (provider-apis.md §5.2).
struct SesAccount
{
    QString enforcementStatus; ///< HEALTHY, PROBATION or SHUTDOWN
    bool sendingEnabled = false;
    bool productionAccess = false; ///< false: the sandbox (200 a day, 1 a second)
    double max24HourSend = 0;
    double maxSendRate = 0;
    double sentLast24Hours = 0;
    bool vdmEnabled = false;
};

/**
 * Amazon SES v2 (REST-JSON, signing service "ses") with AWS Signature Version 4 on every request:
 * GetAccount (quota, enforcement status) and BatchGetMetricData (daily deliverability counts from
 * Virtual Deliverability Manager). Errors carry SES's message and the x-amzn-ErrorType.
 */
class SesClient final
{
    Q_DECLARE_TR_FUNCTIONS(SesClient)

public:
    SesClient(QUrl baseUrl, QString region, AwsCredentials credentials, pm::net::RetryPolicy policy = {});

    pm::net::HttpClient& http() { return m_http; }

    std::optional<SesAccount> account(QString* error);
    /// Daily counts for [from, to] (UTC days); needs VDM enabled on the account.
    std::optional<QList<DailyStats>> dailyMetrics(const QDate& from, const QDate& to, QString* error);

    static QString errorMessage(const pm::net::HttpResponse& response);
    /// Signs @p request in place (adds X-Amz-Date, the token if any, and Authorization).
    void sign(pm::net::HttpRequest& request, const QDateTime& now) const;

private:
    std::optional<QByteArray> call(const QByteArray& method, const QString& path, const QByteArray& body,
                                   QString* error);

    QUrl m_baseUrl;
    QString m_region;
    AwsCredentials m_credentials;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers

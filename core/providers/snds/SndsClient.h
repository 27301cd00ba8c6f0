#pragma once

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pm::providers
{

/**
 * One row of SNDS data.aspx (provider-apis.md §7.2): one IP's activity window, 14 columns by
 * position. It maps onto reputation_snapshots as subject = ip, day = day(), status = filterResult
 * and metrics = the rest. Times are UTC, as SNDS gives them.
 */
struct SndsDataRow
{
    QString ip;                   ///< column 0
    QDateTime activityStart;      ///< column 1, UTC ("6/1/2025 8:00 AM")
    QDateTime activityEnd;        ///< column 2, UTC
    qint64 rcptCommands = 0;      ///< column 3
    qint64 dataCommands = 0;      ///< column 4
    qint64 messageRecipients = 0; ///< column 5
    QString filterResult;         ///< column 6: GREEN (spam verdict on ≤ 10% of mail), YELLOW (10–90%), RED (> 90%)
    /// Column 7 as SNDS wrote it ("< 0.1%", "0.3%"): the UI shows this, so it is kept verbatim.
    QString complaintRateText;
    /// Column 7 as a number in PERCENT, not a fraction: "0.3%" gives 0.3, "< 0.1%" gives 0.1 (with
    /// complaintRateBelow set). Nothing when the column is empty.
    std::optional<double> complaintRatePercent;
    /// "< 0.1%": the real rate is below complaintRatePercent, which is then only an upper bound.
    bool complaintRateBelow = false;
    QDateTime trapPeriodStart; ///< column 8, UTC; invalid when empty (no trap hits)
    QDateTime trapPeriodEnd;   ///< column 9, UTC; invalid when empty
    qint64 trapHits = 0;       ///< column 10; an empty column reads as 0
    QString sampleHelo;        ///< column 11, often empty
    QString sampleMailFrom;    ///< column 12, "JMR P1 sender" in SNDS' words; often empty
    QString comments;          ///< column 13, free text (JMRP complaint notes, block notes)

    /// The UTC day the activity window starts on: the snapshot's day.
    QDate day() const { return activityStart.date(); }
};

/// One row of SNDS ipStatus.aspx (provider-apis.md §7.3): a blocked range.
struct SndsIpStatus
{
    QString firstIp;     ///< column 0
    QString lastIp;      ///< column 1
    bool blocked = true; ///< column 2: "Yes" (the only value seen)
    QString reason;      ///< column 3, e.g. "Blocked due to user complaints or other evidence of spamming"

    /// Every IPv4 address from firstIp to lastIp, at most @p limit of them (§7.3: shown one by one).
    QStringList addresses(int limit = 65'536) const;
};

/**
 * Microsoft SNDS automated data access (provider-apis.md §7): two CSV feeds, data.aspx (per-IP
 * daily activity) and ipStatus.aspx (blocked ranges), no header row, CRLF lines. There is no auth
 * header: the key rides in the query string, so the URL is a secret — every error here is built
 * from HttpClient::describe(), which prints the path only, and any text that comes back from the
 * network is scrubbed of the key. The base URL is configurable because Microsoft deprecated the
 * current automated-access addresses from 22 June 2026 (deliverability.md §2.2).
 */
class SndsClient final
{
    Q_DECLARE_TR_FUNCTIONS(SndsClient)

public:
    static constexpr int DataColumns = 14;
    static constexpr int IpStatusColumns = 4;

    /// https://sendersupport.olc.protection.outlook.com/snds/ (older integrations: postmaster.live.com/snds/).
    static QUrl defaultBaseUrl();

    /// @p baseUrl: the folder holding data.aspx and ipStatus.aspx, e.g. …/snds/.
    SndsClient(QUrl baseUrl, QString key, pm::net::RetryPolicy policy = {});

    /// The HTTP layer, to attach a ProviderCallGuard (budget, breaker, rate limits).
    pm::net::HttpClient& http() { return m_http; }

    /// GET data.aspx for @p day (&date=…), or for the day SNDS picks when @p day is invalid. An
    /// empty answer is an empty list: SNDS leaves out IPs with little mail, and (UNCONFIRMED) may
    /// answer a key it does not know the same way.
    std::optional<QList<SndsDataRow>> data(const QDate& day, QString* error);
    /// GET ipStatus.aspx. An empty answer means nothing is blocked: an empty list, not an error.
    std::optional<QList<SndsIpStatus>> ipStatus(QString* error);

    /// Parses a data.aspx body. @p where prefixes errors; empty: "Microsoft SNDS GET /snds/data.aspx".
    static std::optional<QList<SndsDataRow>> parseData(const QByteArray& csv, QString* error,
                                                       const QString& where = {});
    /// Parses an ipStatus.aspx body. @p where: empty means "Microsoft SNDS GET /snds/ipStatus.aspx".
    static std::optional<QList<SndsIpStatus>> parseIpStatus(const QByteArray& csv, QString* error,
                                                            const QString& where = {});

    /// The value of data.aspx's date parameter for @p day: MMDDYY, as public integrations send it
    /// (UNCONFIRMED in the SNDS FAQ) — the one place to change if SNDS wants another format.
    static QString dateParameter(const QDate& day);

private:
    std::optional<QByteArray> get(const QString& file, const QList<QPair<QString, QString>>& query, QString* where,
                                  QString* error);
    /// @p text with the key (plain and percent-encoded) blanked out.
    QString scrub(QString text) const;

    QUrl m_baseUrl;
    QString m_key;
    pm::net::HttpClient m_http;
};

} // namespace pm::providers

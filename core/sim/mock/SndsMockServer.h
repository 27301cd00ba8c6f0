#pragma once

#include "providers/snds/SndsClient.h"
#include "sim/mock/MockHttpServer.h"

namespace pm::sim
{

/**
 * Microsoft SNDS automated data access as provider-apis.md §7 and the mock checklist (§11.7)
 * describe it: GET /snds/data.aspx and GET /snds/ipStatus.aspx, the key in the query string, CSV
 * with CRLF and no header row, an empty ipStatus body when nothing is blocked. What SNDS does with
 * a wrong key is UNCONFIRMED (§7.4, §12), so that answer is configurable. Serves the rows and
 * ranges it is given.
 */
class SndsMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    /// The answer to a missing or wrong key. SNDS' real one is UNCONFIRMED (§7.4): an HTML page or
    /// a 200 with an empty body are both plausible, so tests pick.
    enum class WrongKeyAnswer
    {
        SignInPage,   ///< 200 text/html, the portal's sign-in page (the default)
        Unauthorized, ///< 401 with a short text body
        EmptyBody,    ///< 200 with nothing: indistinguishable from "no data" for any client
    };

    explicit SndsMockServer(QString key, QObject* parent = nullptr);

    /// The base URL an SNDS client uses against this server (…/snds/).
    QUrl sndsBaseUrl() const;

    void setData(const QList<pm::providers::SndsDataRow>& rows);
    void setIpStatus(const QList<pm::providers::SndsIpStatus>& ranges);
    void setWrongKeyAnswer(WrongKeyAnswer answer);

    /// data.aspx's body for @p rows: 14 columns, CRLF after every line, no header, the times as
    /// "6/1/2025 8:00 AM" (UTC, whole minutes), fields with a comma, quote or line break quoted.
    static QByteArray formatData(const QList<pm::providers::SndsDataRow>& rows);
    /// ipStatus.aspx's body for @p ranges; empty for none.
    static QByteArray formatIpStatus(const QList<pm::providers::SndsIpStatus>& ranges);

private:
    bool authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    void data(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void ipStatus(QHttpServerResponder& responder);

    QString m_key;
    mutable QMutex m_dataMutex;
    QList<pm::providers::SndsDataRow> m_rows;
    QList<pm::providers::SndsIpStatus> m_ranges;
    WrongKeyAnswer m_wrongKeyAnswer = WrongKeyAnswer::SignInPage;
};

} // namespace pm::sim

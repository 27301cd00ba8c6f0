#pragma once

#include "providers/postmark/PostmarkClient.h"
#include "sim/mock/MockHttpServer.h"

#include <QMap>

class QSqlDatabase;

namespace pm::sim
{

/**
 * Postmark's Stats and Bounce APIs as provider-apis.md §2 and the mock checklist describe them:
 * X-Postmark-Server-Token (401 with {"ErrorCode":10,…} otherwise), per-day stats that leave out
 * zero counters, /bounces with count ≤ 500 and count + offset ≤ 10,000 (422 otherwise), newest
 * first, and /deliverystats. Serves the days and bounces it is given — in the demo, the simulator's.
 */
class PostmarkMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    explicit PostmarkMockServer(QString serverToken, QObject* parent = nullptr);

    void setDays(const QList<pm::providers::PostmarkDay>& days);
    void setBounces(const QList<pm::providers::PostmarkBounce>& bounces);

    /// Fills the server from the store: the daily rollups of one ESP account, as Postmark would count them.
    bool loadFromStore(QSqlDatabase db, int espAccountId, int days, QString* error);

private:
    bool authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    void stats(const QHttpServerRequest& request, QHttpServerResponder& responder, const QString& kind);
    void bounces(const QHttpServerRequest& request, QHttpServerResponder& responder);

    QString m_token;
    mutable QMutex m_dataMutex;
    QMap<QDate, pm::providers::PostmarkDay> m_days;
    QList<pm::providers::PostmarkBounce> m_bounces; ///< newest first
};

} // namespace pm::sim

#pragma once

#include "providers/posthog/PostHogClient.h"
#include "sim/mock/MockHttpServer.h"

#include <QList>
#include <QString>

namespace pm::sim
{

/**
 * PostHog's query API as provider-apis.md §8 and mock checklist item 8 describe it: a personal
 * API key (Authorization: Bearer phx_…; 401 with the DRF body {"type":"authentication_error",…}
 * otherwise), 415 for a body that is not JSON, POST /api/projects/<id>/query/ with a HogQLQuery
 * answered with columns, types ([name, type] pairs, or plain names when asked), results, hasMore,
 * limit and offset. It understands just the queries PostHogClient sends — matched on their text:
 * SELECT 1, and the revenue query over 'subscription_payment' events with a trailing
 * LIMIT/OFFSET (100 rows without one, as PostHog) — and answers anything else with a 400
 * validation_error. A 429 comes from the base class's faults, with throttledBody() as its body.
 */
class PostHogMockServer final : public MockHttpServer
{
    Q_OBJECT

public:
    PostHogMockServer(QString projectId, QString personalApiKey, QObject* parent = nullptr);

    /// The rows the revenue query pages through, served in this order (the client's ORDER BY is
    /// not re-applied). The window in the query is not applied either: tests check its text.
    void setRevenue(const QList<pm::providers::TenantRevenue>& rows);
    /// true (the default): "types" as [name, type] pairs; false: plain type names. The element
    /// shape is unconfirmed (provider-apis.md §12), so the client must take both.
    void setTypesAsPairs(bool pairs);

    /// PostHog's error shape (Django REST framework's exception handler).
    static QByteArray errorBody(const QString& type, const QString& code, const QString& detail,
                                const QString& attr = {});
    /// The documented 429 body: "Request was throttled. Expected available in N seconds."
    static QByteArray throttledBody(int seconds);

private:
    bool authorised(const QHttpServerRequest& request, QHttpServerResponder& responder) const;
    void query(const QHttpServerRequest& request, QHttpServerResponder& responder);

    const QString m_projectId;
    const QString m_apiKey;
    mutable QMutex m_dataMutex; ///< everything below: set from the test's thread, read on the server's
    QList<pm::providers::TenantRevenue> m_revenue;
    bool m_typesAsPairs = true;
};

} // namespace pm::sim

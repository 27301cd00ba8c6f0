#include "demo/DemoProviders.h"

#include "sim/mock/LoopsMockServer.h"
#include "sim/mock/PostmarkMockServer.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::demo
{

DemoProviders::DemoProviders(pm::store::ConnectionSettings settings, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_loops(new pm::sim::LoopsMockServer(QString::fromLatin1(LoopsKey), this))
    , m_postmark(new pm::sim::PostmarkMockServer(QString::fromLatin1(PostmarkToken), this))
{ }

// Deleted on its own thread, where the connection and the servers live.
DemoProviders::~DemoProviders() = default;

int DemoProviders::registerAccount(const QString& provider, const QString& name, const QString& baseUrl,
                                   const QString& settingsJson, QString* error)
{
    QSqlQuery q(m_connection->database());
    q.prepare(u"INSERT INTO provider_accounts (provider, name, base_url, settings) VALUES (?, ?, ?, ?::jsonb) "
              "ON CONFLICT (provider, name) DO UPDATE SET base_url = EXCLUDED.base_url RETURNING account_id"_s);
    q.addBindValue(provider);
    q.addBindValue(name);
    q.addBindValue(baseUrl);
    q.addBindValue(settingsJson);
    if (!q.exec() || !q.next()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

void DemoProviders::start()
{
    QString error;
    m_connection = std::make_unique<pm::store::DatabaseConnection>(m_settings, u"demo-providers"_s);
    if (!m_loops->listenLocal(0, &error) || !m_postmark->listenLocal(0, &error) || !m_connection->open(&error)) {
        Q_EMIT problem(tr("The demo's provider mocks could not start: %1").arg(error));
        return;
    }
    const int loopsId
        = registerAccount(u"loops"_s, u"Loops (demo mock)"_s, m_loops->apiBaseUrl().toString(),
                          uR"({"notification_template": "cm-demo-notify", "otp_template": "cm-demo-otp"})"_s, &error);
    const int postmarkId = registerAccount(u"postmark"_s, u"Postmark (demo mock)"_s, m_postmark->baseUrl().toString(),
                                           uR"({"message_stream": "outbound"})"_s, &error);
    if (loopsId < 0 || postmarkId < 0) {
        Q_EMIT problem(tr("The demo's provider accounts could not be set up: %1").arg(error));
        return;
    }
    QSqlQuery q(m_connection->database());
    if (q.exec(u"SELECT esp_account_id FROM esp_accounts WHERE kind = 'postmark' ORDER BY esp_account_id LIMIT 1"_s)
        && q.next()) {
        m_espAccountId = q.value(0).toInt();
    }
    refreshPostmark();
    m_refresh = new QTimer(this);
    connect(m_refresh, &QTimer::timeout, this, &DemoProviders::refreshPostmark);
    m_refresh->start(10 * 60 * 1000); // the live simulator keeps adding today's traffic
    Q_EMIT accountReady(loopsId, QString::fromLatin1(LoopsKey));
    Q_EMIT accountReady(postmarkId, QString::fromLatin1(PostmarkToken));
    // A first sync right away rather than at the next periodic look.
    q.prepare(u"SELECT pm_job_enqueue('default', 'provider.sync', jsonb_build_object('account_id', ?), 1::smallint, "
              "now() + interval '1 second', 5, 'provider.sync:' || ?)"_s);
    q.addBindValue(postmarkId);
    q.addBindValue(postmarkId);
    q.exec();
    qCInfo(lcEmbedded).noquote() << "demo mocks: Loops on" << m_loops->apiBaseUrl().toString() << "Postmark on"
                                 << m_postmark->baseUrl().toString();
}

void DemoProviders::refreshPostmark()
{
    QString error;
    if (m_espAccountId > 0 && !m_postmark->loadFromStore(m_connection->database(), m_espAccountId, 45, &error)) {
        qCWarning(lcEmbedded).noquote() << "demo Postmark mock:" << error;
    }
}

} // namespace pm::demo

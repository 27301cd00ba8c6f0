#include "demo/DemoProviders.h"

#include "sim/mock/LoopsMockServer.h"
#include "sim/mock/PostmarkMockServer.h"
#include "sim/mock/SesMockServer.h"
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
    , m_ses(new pm::sim::SesMockServer(QString::fromLatin1(SesKeyId), QString::fromLatin1(SesSecret), u"us-east-1"_s,
                                       this))
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
    if (!m_loops->listenLocal(0, &error) || !m_postmark->listenLocal(0, &error) || !m_ses->listenLocal(0, &error)
        || !m_connection->open(&error)) {
        Q_EMIT problem(tr("The demo's provider mocks could not start: %1").arg(error));
        return;
    }
    const int loopsId
        = registerAccount(u"loops"_s, u"Loops (demo mock)"_s, m_loops->apiBaseUrl().toString(),
                          uR"({"notification_template": "cm-demo-notify", "otp_template": "cm-demo-otp"})"_s, &error);
    const int postmarkId = registerAccount(u"postmark"_s, u"Postmark (demo mock)"_s, m_postmark->baseUrl().toString(),
                                           uR"({"message_stream": "outbound"})"_s, &error);
    const int sesId = registerAccount(
        u"ses"_s, u"Amazon SES (demo mock)"_s, m_ses->baseUrl().toString(),
        uR"({"access_key_id": "%1", "region": "us-east-1"})"_s.arg(QString::fromLatin1(SesKeyId)), &error);
    if (loopsId < 0 || postmarkId < 0 || sesId < 0) {
        Q_EMIT problem(tr("The demo's provider accounts could not be set up: %1").arg(error));
        return;
    }
    m_postmarkEsp = espAccount(u"postmark"_s);
    m_sesEsp = espAccount(u"ses"_s);
    refreshData();
    m_refresh = new QTimer(this);
    connect(m_refresh, &QTimer::timeout, this, &DemoProviders::refreshData);
    m_refresh->start(10 * 60 * 1000); // the live simulator keeps adding today's traffic
    Q_EMIT accountReady(loopsId, QString::fromLatin1(LoopsKey));
    Q_EMIT accountReady(postmarkId, QString::fromLatin1(PostmarkToken));
    Q_EMIT accountReady(sesId, QString::fromLatin1(SesSecret));
    // A first sync right away rather than at the next periodic look (the keys are stored by then).
    QSqlQuery q(m_connection->database());
    for (int id : {postmarkId, sesId}) {
        q.prepare(
            u"SELECT pm_job_enqueue('default', 'provider.sync', jsonb_build_object('account_id', ?), 1::smallint, "
            "now() + interval '1 second', 5, 'provider.sync:' || ?)"_s);
        q.addBindValue(id);
        q.addBindValue(id);
        q.exec();
    }
    qCInfo(lcEmbedded).noquote() << "demo mocks: Loops on" << m_loops->apiBaseUrl().toString() << "Postmark on"
                                 << m_postmark->baseUrl().toString() << "SES on" << m_ses->baseUrl().toString();
}

int DemoProviders::espAccount(const QString& kind)
{
    QSqlQuery q(m_connection->database());
    q.prepare(u"SELECT esp_account_id FROM esp_accounts WHERE kind = ?::pm_esp_kind ORDER BY esp_account_id LIMIT 1"_s);
    q.addBindValue(kind);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

void DemoProviders::refreshData()
{
    QString error;
    if (m_postmarkEsp > 0 && !m_postmark->loadFromStore(m_connection->database(), m_postmarkEsp, 45, &error)) {
        qCWarning(lcEmbedded).noquote() << "demo Postmark mock:" << error;
    }
    if (m_sesEsp <= 0) {
        return;
    }
    // SES counts by UTC day, as the rollups do.
    QSqlQuery q(m_connection->database());
    q.prepare(u"SELECT day, sum(sent), sum(delivered), sum(bounced_hard), sum(bounced_soft), sum(complaints) "
              "FROM daily_rollups WHERE esp_account_id = ? AND day > current_date - 45 GROUP BY day"_s);
    q.addBindValue(m_sesEsp);
    if (!q.exec()) {
        qCWarning(lcEmbedded).noquote() << "demo SES mock:" << pm::store::DatabaseConnection::oneLine(q.lastError());
        return;
    }
    QList<pm::providers::DailyStats> days;
    while (q.next()) {
        pm::providers::DailyStats d;
        d.day = q.value(0).toDate();
        d.sent = q.value(1).toLongLong();
        d.delivered = q.value(2).toLongLong();
        d.bouncedHard = q.value(3).toLongLong();
        d.bouncedSoft = q.value(4).toLongLong();
        d.complaints = q.value(5).toLongLong();
        days << d;
    }
    m_ses->setDays(days);
}

} // namespace pm::demo

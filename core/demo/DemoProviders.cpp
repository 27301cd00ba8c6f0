#include "demo/DemoProviders.h"

#include "demo/DemoMockData.h"
#include "sim/mock/LoopsMockServer.h"
#include "sim/mock/MailgunMockServer.h"
#include "sim/mock/PostmarkMockServer.h"
#include "sim/mock/PostmasterMockServer.h"
#include "sim/mock/SendGridMockServer.h"
#include "sim/mock/SesMockServer.h"
#include "sim/mock/SndsMockServer.h"
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
    , m_sendgrid(new pm::sim::SendGridMockServer(QString::fromLatin1(SendGridKey), this))
    , m_ses(new pm::sim::SesMockServer(QString::fromLatin1(SesKeyId), QString::fromLatin1(SesSecret), u"us-east-1"_s,
                                       this))
    , m_snds(new pm::sim::SndsMockServer(QString::fromLatin1(SndsKey), this))
    , m_mailgun(
          new pm::sim::MailgunMockServer(QString::fromLatin1(MailgunKey), QString::fromLatin1(MailgunDomain), this))
    , m_postmaster(new pm::sim::PostmasterMockServer(QString::fromLatin1(PostmasterToken), this))
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
    setUp();
    Q_EMIT setUpFinished(); // whatever happened: the demo's workers may start now
}

void DemoProviders::setUp()
{
    QString error;
    m_connection = std::make_unique<pm::store::DatabaseConnection>(m_settings, u"demo-providers"_s);
    for (pm::sim::MockHttpServer* mock : std::initializer_list<pm::sim::MockHttpServer*> {
             m_loops, m_postmark, m_sendgrid, m_ses, m_snds, m_mailgun, m_postmaster}) {
        if (!mock->listenLocal(0, &error)) {
            Q_EMIT problem(tr("The demo's provider mocks could not start: %1").arg(error));
            return;
        }
    }
    if (!m_connection->open(&error)) {
        Q_EMIT problem(tr("The demo's provider mocks could not reach the database: %1").arg(error));
        return;
    }
    struct Account
    {
        QString provider;
        QString name;
        QString url;
        QString settings;
        const char* key;
        bool polled;
    };
    refreshData();
    QList<Account> accounts {
        {u"loops"_s, u"Loops (demo mock)"_s, m_loops->apiBaseUrl().toString(),
         uR"({"notification_template": "cm-demo-notify", "otp_template": "cm-demo-otp"})"_s, LoopsKey, false},
        {u"postmark"_s, u"Postmark (demo mock)"_s, m_postmark->baseUrl().toString(),
         uR"({"message_stream": "outbound"})"_s, PostmarkToken, true},
        {u"sendgrid"_s, u"SendGrid (demo mock)"_s, m_sendgrid->baseUrl().toString(), u"{}"_s, SendGridKey, true},
        {u"ses"_s, u"Amazon SES (demo mock)"_s, m_ses->baseUrl().toString(),
         uR"({"access_key_id": "%1", "region": "us-east-1"})"_s.arg(QString::fromLatin1(SesKeyId)), SesSecret, true},
        {u"microsoft_snds"_s, u"Microsoft SNDS (demo mock)"_s, m_snds->sndsBaseUrl().toString(), u"{}"_s, SndsKey,
         true},
        {u"mailgun"_s, u"Mailgun (demo mock)"_s, m_mailgun->baseUrl().toString(),
         uR"({"domain": "%1"})"_s.arg(QString::fromLatin1(MailgunDomain)), MailgunKey, true},
    };
    if (!m_postmasterDomain.isEmpty()) {
        accounts.append({u"google_postmaster"_s, u"Google Postmaster Tools (demo mock)"_s,
                         m_postmaster->baseUrl().toString(), uR"({"domain": "%1"})"_s.arg(m_postmasterDomain),
                         PostmasterToken, true});
    }
    m_refresh = new QTimer(this);
    connect(m_refresh, &QTimer::timeout, this, &DemoProviders::refreshData);
    m_refresh->start(10 * 60 * 1000); // the live simulator keeps adding today's traffic
    QList<int> polled;
    for (const Account& a : accounts) {
        const int id = registerAccount(a.provider, a.name, a.url, a.settings, &error);
        if (id < 0) {
            Q_EMIT problem(tr("The demo's provider accounts could not be set up: %1").arg(error));
            return;
        }
        Q_EMIT accountReady(id, QString::fromLatin1(a.key));
        if (a.polled) {
            polled << id;
        }
    }
    // A first sync of each polled account right away rather than at the next periodic look; the
    // workers start once the keys are in the secret store (see set-up finished).
    QSqlQuery q(m_connection->database());
    for (int id : polled) {
        // Typed parameters: jsonb_build_object takes "any", which leaves an untyped one unresolved.
        q.prepare(u"SELECT pm_job_enqueue('default', 'provider.sync', jsonb_build_object('account_id', ?::integer), "
                  "1::smallint, now(), 5, 'provider.sync:' || ?::text)"_s);
        q.addBindValue(id);
        q.addBindValue(QString::number(id));
        if (!q.exec()) {
            qCWarning(lcEmbedded).noquote()
                << "demo: the first sync of account" << id
                << "was not queued:" << pm::store::DatabaseConnection::oneLine(q.lastError());
        }
    }
    qCInfo(lcEmbedded).noquote() << "demo provider mocks on 127.0.0.1 ports" << m_loops->port() << m_postmark->port()
                                 << m_sendgrid->port() << m_ses->port() << m_snds->port() << m_mailgun->port()
                                 << m_postmaster->port();
}

void DemoProviders::refreshData()
{
    QSqlDatabase db = m_connection->database();
    QString error;
    if (const int esp = DemoMockData::espAccount(db, u"postmark"_s); esp > 0) {
        m_postmark->loadFromStore(db, esp, 45, &error);
    }
    if (const int esp = DemoMockData::espAccount(db, u"sendgrid"_s); esp > 0) {
        m_sendgrid->setDays(DemoMockData::espDays(db, esp, 45, true, &error));
    }
    if (const int esp = DemoMockData::espAccount(db, u"ses"_s); esp > 0) {
        m_ses->setDays(DemoMockData::espDays(db, esp, 45, false, &error));
    }
    if (const int esp = DemoMockData::espAccount(db, u"mailgun"_s); esp > 0) {
        m_mailgun->setDays(DemoMockData::espDays(db, esp, 45, false, &error));
    }
    m_mailgun->setDomains({QString::fromLatin1(MailgunDomain)});
    const auto postmaster = DemoMockData::postmasterDays(db, 45, &m_postmasterDomain, &error);
    m_postmaster->setDomainStats(postmaster);
    if (!m_postmasterDomain.isEmpty()) {
        m_postmaster->setDomains({m_postmasterDomain});
    }
    QList<pm::providers::SndsIpStatus> blocked;
    m_snds->setData(DemoMockData::sndsDay(db, &blocked, &error));
    m_snds->setIpStatus(blocked);
    if (!error.isEmpty()) {
        qCWarning(lcEmbedded).noquote() << "demo provider mocks:" << error;
    }
}

} // namespace pm::demo

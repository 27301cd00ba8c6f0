#include "providers/ProviderConnectionTest.h"

#include "providers/ProviderAccount.h"
#include "providers/ProviderCallGuard.h"
#include "providers/ProviderCatalog.h"
#include "providers/loops/LoopsClient.h"
#include "providers/mailgun/MailgunClient.h"
#include "providers/nile/NileAuthClient.h"
#include "providers/posthog/PostHogClient.h"
#include "providers/postmark/PostmarkClient.h"
#include "providers/postmaster/PostmasterClient.h"
#include "providers/sendgrid/SendGridClient.h"
#include "providers/ses/SesClient.h"
#include "providers/snds/SndsClient.h"

#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
// Attaches the stored account's guard to a client's HTTP layer for the length of the test.
struct Guarded
{
    std::unique_ptr<ProviderCallGuard> guard;
    Guarded(const ProviderAccount& account, QSqlDatabase db, pm::net::HttpClient& http)
    {
        if (account.id > 0) {
            guard = std::make_unique<ProviderCallGuard>(db, account.id);
            guard->attach(http);
        }
    }
};

QString setting(const ProviderAccount& a, const QString& key)
{
    return a.settings.value(key).toString();
}
} // namespace

QString ProviderConnectionTest::run(const ProviderAccount& a, const QString& credential, QSqlDatabase db, bool* ok)
{
    *ok = false;
    pm::net::RetryPolicy quick;
    quick.maxAttempts = 1;
    quick.timeout = std::chrono::seconds(10);
    const QUrl url(a.baseUrl);
    QString error;
    if (a.provider == u"postmark"_s) {
        PostmarkClient client(url, credential, {}, quick);
        Guarded g(a, db, client.http());
        if (const auto inactive = client.testToken(&error)) {
            *ok = true;
            return tr("Connected to Postmark: the server token works (%n inactive address(es)).", nullptr,
                      static_cast<int>(*inactive));
        }
    } else if (a.provider == u"sendgrid"_s) {
        SendGridClient client(url, credential, quick);
        Guarded g(a, db, client.http());
        if (const auto scopes = client.testKey(&error)) {
            *ok = true;
            return tr("Connected to SendGrid: the API key works (%1).").arg(*scopes);
        }
    } else if (a.provider == u"mailgun"_s) {
        MailgunClient client(url, credential, setting(a, u"domain"_s), quick);
        Guarded g(a, db, client.http());
        if (const auto domains = client.testKey(&error)) {
            *ok = true;
            return tr("Connected to Mailgun: the API key works (%n domain(s) on the account).", nullptr, *domains);
        }
    } else if (a.provider == u"ses"_s) {
        SesClient client(url, setting(a, u"region"_s), AwsCredentials {setting(a, u"access_key_id"_s), credential, {}},
                         quick);
        Guarded g(a, db, client.http());
        if (const auto status = client.account(&error)) {
            *ok = true;
            return tr("Connected to Amazon SES: enforcement status %1, sending %2, %3 of %4 sent in the last 24 hours.")
                .arg(status->enforcementStatus, status->sendingEnabled ? tr("enabled") : tr("paused"),
                     QLocale().toString(status->sentLast24Hours, 'f', 0),
                     QLocale().toString(status->max24HourSend, 'f', 0));
        }
    } else if (a.provider == u"google_postmaster"_s) {
        PostmasterClient client(url, credential, quick);
        Guarded g(a, db, client.http());
        if (const auto domains = client.domains(&error)) {
            const bool listed = domains->contains(setting(a, u"domain"_s));
            *ok = listed;
            return listed ? tr("Connected to Google Postmaster Tools: %1 is registered.").arg(setting(a, u"domain"_s))
                          : tr("The token works, but %1 is not among the account's %n domain(s).", nullptr,
                               static_cast<int>(domains->size()))
                                .arg(setting(a, u"domain"_s));
        }
    } else if (a.provider == u"microsoft_snds"_s) {
        SndsClient client(url, credential, quick);
        Guarded g(a, db, client.http());
        if (const auto blocked = client.ipStatus(&error)) {
            *ok = true;
            return tr("Connected to Microsoft SNDS: the key works; %n blocked range(s) listed.", nullptr,
                      static_cast<int>(blocked->size()));
        }
    } else if (a.provider == u"posthog"_s) {
        PostHogClient client(url, setting(a, u"project_id"_s), credential, quick);
        Guarded g(a, db, client.http());
        if (client.testKey(&error)) {
            *ok = true;
            return tr("Connected to PostHog: the personal API key can query project %1.")
                .arg(setting(a, u"project_id"_s));
        }
    } else if (a.provider == u"loops"_s) {
        LoopsClient client({url, credential}, quick);
        Guarded g(a, db, client.http());
        if (const auto team = client.testApiKey(&error)) {
            *ok = true;
            return tr("Connected to Loops: the API key belongs to team \"%1\".").arg(*team);
        }
    } else if (a.provider == u"nile"_s) {
        NileAuthClient client(url, quick);
        Guarded g(a, db, client.http());
        if (const auto session = client.signIn(setting(a, u"email"_s), credential, &error)) {
            *ok = true;
            client.signOut(*session, &error);
            return tr("Signed in to Nile Auth as %1.").arg(session->email);
        }
    } else {
        const ProviderInfo* info = ProviderCatalog::find(a.provider);
        return tr("Testing a %1 account is not available in this build.").arg(info ? info->displayName : a.provider);
    }
    return error;
}

} // namespace pm::providers

#include "providers/ProviderCatalog.h"

using namespace Qt::StringLiterals;

namespace pm::providers
{

const QList<ProviderInfo>& ProviderCatalog::all()
{
    static const QList<ProviderInfo> providers = [] {
        const QString every = tr("Sync every (minutes)");
        return QList<ProviderInfo> {
            {u"postmark"_s,
             u"Postmark"_s,
             u"https://api.postmarkapp.com"_s,
             tr("Server token"),
             {{u"message_stream"_s, tr("Message stream"), u"outbound"_s, false},
              {u"sync_every_minutes"_s, every, u"15"_s, false}},
             true,
             true},
            {u"mailgun"_s,
             u"Mailgun"_s,
             u"https://api.mailgun.net"_s,
             tr("API key"),
             {{u"domain"_s, tr("Sending domain"), u"mg.example.com"_s, true},
              {u"sync_every_minutes"_s, every, u"15"_s, false}},
             true,
             true},
            {u"sendgrid"_s,
             u"SendGrid"_s,
             u"https://api.sendgrid.com"_s,
             tr("API key"),
             {{u"sync_every_minutes"_s, every, u"15"_s, false}},
             true,
             true},
            {u"ses"_s,
             u"Amazon SES"_s,
             u"https://email.us-east-1.amazonaws.com"_s,
             tr("Secret access key"),
             {{u"access_key_id"_s, tr("Access key ID"), u"AKIA…"_s, true},
              {u"region"_s, tr("Region"), u"us-east-1"_s, true},
              {u"sync_every_minutes"_s, every, u"15"_s, false}},
             true,
             true},
            {u"google_postmaster"_s,
             u"Google Postmaster Tools"_s,
             u"https://gmailpostmastertools.googleapis.com"_s,
             tr("OAuth access token"),
             {{u"domain"_s, tr("Domain"), u"example.com"_s, true}},
             true,
             true},
            {u"microsoft_snds"_s,
             u"Microsoft SNDS"_s,
             u"https://sendersupport.olc.protection.outlook.com/snds/"_s,
             tr("Automated access key"),
             {},
             true,
             true},
            {u"posthog"_s,
             u"PostHog"_s,
             u"https://us.posthog.com"_s,
             tr("Personal API key"),
             {{u"project_id"_s, tr("Project ID"), u"12345"_s, true}},
             true,
             false},
            {u"loops"_s,
             u"Loops"_s,
             u"https://app.loops.so/api/v1"_s,
             tr("API key"),
             {{u"notification_template"_s, tr("Notification template ID"), u"cm…"_s, false},
              {u"otp_template"_s, tr("One-time code template ID"), u"cm…"_s, false}},
             false,
             false},
            {u"nile"_s,
             u"Nile"_s,
             u"https://us-west-2.api.thenile.dev/v2/databases/DB"_s,
             tr("Password"),
             {{u"email"_s, tr("Sign-in email"), u"ops@example.com"_s, true}},
             false,
             false},
        };
    }();
    return providers;
}

const ProviderInfo* ProviderCatalog::find(const QString& id)
{
    for (const ProviderInfo& p : all()) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace pm::providers

#include "providers/sync/ProviderSyncers.h"

using namespace Qt::StringLiterals;

namespace pm::providers
{

Syncer syncerFor(const QString& provider)
{
    if (provider == u"postmark"_s) {
        return &sync::postmark;
    }
    if (provider == u"sendgrid"_s) {
        return &sync::sendGrid;
    }
    if (provider == u"mailgun"_s) {
        return &sync::mailgun;
    }
    if (provider == u"ses"_s) {
        return &sync::ses;
    }
    if (provider == u"google_postmaster"_s) {
        return &sync::postmaster;
    }
    if (provider == u"microsoft_snds"_s) {
        return &sync::snds;
    }
    return nullptr;
}

} // namespace pm::providers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pm::providers
{

/// A non-secret setting a provider account needs (region, domain, template id …).
struct ProviderSetting
{
    QString key;
    QString label;
    QString placeholder;
    bool required = false;
};

/// What the console knows about one provider: how to show it, where it lives, what it needs.
struct ProviderInfo
{
    QString id; ///< as stored in provider_accounts.provider
    QString displayName;
    QString defaultBaseUrl;
    QString credentialLabel; ///< what the keychain holds for it ("Server token", "API key" …)
    QList<ProviderSetting> settings;
    bool polled = true;    ///< fetched on a schedule (Loops and Nile are not)
    bool syncable = false; ///< this build has its poller (sync/ProviderSyncers.h)
};

/// The providers of provider-apis.md, in the order the settings page lists them.
class ProviderCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCatalog)

public:
    static const QList<ProviderInfo>& all();
    static const ProviderInfo* find(const QString& id);
};

} // namespace pm::providers

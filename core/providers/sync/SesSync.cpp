#include "providers/ProviderAccount.h"
#include "providers/ProviderCallGuard.h"
#include "providers/ses/SesClient.h"
#include "providers/sync/ProviderSyncers.h"
#include "providers/sync/SyncStore.h"

using namespace Qt::StringLiterals;

namespace pm::providers::sync
{

bool ses(const ProviderAccount& account, const QString& secret, QSqlDatabase db, QString* error)
{
    SesClient client(QUrl(account.baseUrl), account.settings.value(u"region"_s).toString(),
                     AwsCredentials {account.settings.value(u"access_key_id"_s).toString(), secret, {}});
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const auto status = client.account(error);
    if (!status) {
        return false;
    }
    const SyncWindow window = SyncWindow::recent(account.lastSyncAt, QDateTime::currentDateTimeUtc().date());
    // Daily counts need Virtual Deliverability Manager; without it the account status is all there is.
    QList<DailyStats> days;
    if (status->vdmEnabled) {
        const auto fetched = client.dailyMetrics(window.from, window.to, error);
        if (!fetched) {
            return false;
        }
        days = *fetched;
    }
    const QJsonObject metrics {
        {u"max24HourSend"_s, status->max24HourSend},       {u"maxSendRate"_s, status->maxSendRate},
        {u"sentLast24Hours"_s, status->sentLast24Hours},   {u"sendingEnabled"_s, status->sendingEnabled},
        {u"productionAccess"_s, status->productionAccess}, {u"vdmEnabled"_s, status->vdmEnabled}};
    if (!SyncStore::putSnapshot(db, account.id, u"ses"_s, u"account"_s, window.to, status->enforcementStatus, metrics,
                                error)) {
        return false;
    }
    return !status->vdmEnabled || SyncStore::replaceDays(account.id, window, days, {}, db, error);
}

} // namespace pm::providers::sync

#include "providers/ProviderAccount.h"
#include "providers/ProviderCallGuard.h"
#include "providers/mailgun/MailgunClient.h"
#include "providers/sync/ProviderSyncers.h"
#include "providers/sync/SyncStore.h"

using namespace Qt::StringLiterals;

namespace pm::providers::sync
{

bool mailgun(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error)
{
    MailgunClient client(QUrl(account.baseUrl), key, account.settings.value(u"domain"_s).toString());
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const SyncWindow window = SyncWindow::recent(account.lastSyncAt, QDateTime::currentDateTimeUtc().date());
    const auto days = client.dailyMetrics(window.from, window.to, error);
    if (!days) {
        return false;
    }
    const auto failures = client.failures(QDateTime(window.from, QTime(0, 0), Qt::UTC), error);
    if (!failures) {
        return false;
    }
    QList<StoredBounce> stored;
    for (const MailgunEvent& e : *failures) {
        stored << StoredBounce {
            e.id,        e.timestamp,   e.severity == u"permanent"_s ? u"HardBounce"_s : u"SoftBounce"_s,
            e.recipient, e.description, e.code.isEmpty() ? e.reason : e.code + u' ' + e.reason};
    }
    return SyncStore::replaceDays(account.id, window, *days, stored, db, error);
}

} // namespace pm::providers::sync

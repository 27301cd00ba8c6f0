#include "providers/ProviderAccount.h"
#include "providers/ProviderCallGuard.h"
#include "providers/postmaster/PostmasterClient.h"
#include "providers/sync/ProviderSyncers.h"
#include "providers/sync/SyncStore.h"
#include "store/DatabaseConnection.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pm::providers::sync
{

bool postmaster(const ProviderAccount& account, const QString& token, QSqlDatabase db, QString* error)
{
    // Official, sparse and daily: the domain's days in the window, and today's compliance status.
    const QString domain = account.settings.value(u"domain"_s).toString();
    PostmasterClient client(QUrl(account.baseUrl), token);
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const SyncWindow window = SyncWindow::recent(account.lastSyncAt, QDateTime::currentDateTimeUtc().date());
    const auto days = client.domainStats(domain, window.from, window.to, error);
    if (!days) {
        return false;
    }
    const auto compliance = client.complianceStatus(domain, error);
    if (!compliance) {
        return false;
    }
    if (!db.transaction()) {
        *error = pm::store::DatabaseConnection::oneLine(db.lastError());
        return false;
    }
    bool ok = true;
    for (const PostmasterDayStats& d : *days) {
        ok = ok
             && SyncStore::putSnapshot(db, account.id, u"google_postmaster"_s, d.domain.isEmpty() ? domain : d.domain,
                                       d.day, d.legacyDomainReputation, d.toMetrics(), error);
    }
    ok = ok
         && SyncStore::putSnapshot(db, account.id, u"google_postmaster"_s, domain + u" (compliance)"_s, window.to,
                                   compliance->status, compliance->details, error);
    if (!ok || !db.commit()) {
        if (ok) {
            *error = pm::store::DatabaseConnection::oneLine(db.lastError());
        }
        db.rollback();
        return false;
    }
    return true;
}

} // namespace pm::providers::sync

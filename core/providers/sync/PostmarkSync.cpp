#include "providers/ProviderAccount.h"
#include "providers/ProviderCallGuard.h"
#include "providers/postmark/PostmarkClient.h"
#include "providers/sync/ProviderSyncers.h"
#include "providers/sync/SyncStore.h"

using namespace Qt::StringLiterals;

namespace pm::providers::sync
{

bool postmark(const ProviderAccount& account, const QString& token, QSqlDatabase db, QString* error)
{
    PostmarkClient client(QUrl(account.baseUrl), token, account.settings.value(u"message_stream"_s).toString());
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    // Postmark reports US Eastern days; the window is asked for in the same terms.
    const SyncWindow window = SyncWindow::recent(account.lastSyncAt, QDate::currentDate());
    const auto days = client.outboundDays(window.from, window.to, error);
    if (!days) {
        return false;
    }
    const auto bounces = client.bounces(window.from, window.to, error);
    if (!bounces) {
        return false;
    }
    QList<DailyStats> stats;
    for (const PostmarkDay& d : *days) {
        DailyStats row;
        row.day = d.date;
        row.sent = d.sent;
        row.bouncedHard = d.hardBounces;
        row.bouncedSoft = d.softBounces + d.transient;
        row.complaints = d.spamComplaints;
        row.blocked = d.smtpApiErrors;
        stats << row;
    }
    QList<StoredBounce> stored;
    for (const PostmarkBounce& b : *bounces) {
        stored << StoredBounce {QString::number(b.id), b.bouncedAt, b.type, b.email, b.description, b.details};
    }
    return SyncStore::replaceDays(account.id, window, stats, stored, db, error);
}

} // namespace pm::providers::sync

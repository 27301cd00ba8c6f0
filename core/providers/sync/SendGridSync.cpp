#include "providers/ProviderAccount.h"
#include "providers/ProviderCallGuard.h"
#include "providers/sendgrid/SendGridClient.h"
#include "providers/sync/ProviderSyncers.h"
#include "providers/sync/SyncStore.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace pm::providers::sync
{

bool sendGrid(const ProviderAccount& account, const QString& key, QSqlDatabase db, QString* error)
{
    SendGridClient client(QUrl(account.baseUrl), key);
    ProviderCallGuard guard(db, account.id);
    guard.attach(client.http());
    const SyncWindow window = SyncWindow::recent(account.lastSyncAt, QDateTime::currentDateTimeUtc().date());
    auto stats = client.globalStats(window.from, window.to, error);
    if (!stats) {
        return false;
    }
    const auto byProvider = client.mailboxProviderStats(window.from, window.to, error);
    if (!byProvider) {
        return false;
    }
    *stats += *byProvider;
    const auto bounces
        = client.suppressions(u"bounces"_s, QDateTime(window.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch(), error);
    if (!bounces) {
        return false;
    }
    QList<StoredBounce> stored;
    for (const SendGridSuppression& b : *bounces) {
        // SendGrid keys a bounce by address; with its time it identifies one bounce. Hashed, so the
        // address itself is not kept.
        const QByteArray id = QCryptographicHash::hash((b.email + u'|' + b.created.toString(Qt::ISODate)).toUtf8(),
                                                       QCryptographicHash::Sha256);
        stored << StoredBounce {QString::fromLatin1(id.toHex().left(32)),
                                b.created,
                                b.status.isEmpty() ? u"bounce"_s : b.status,
                                b.email,
                                b.reason,
                                {}};
    }
    return SyncStore::replaceDays(account.id, window, *stats, stored, db, error);
}

} // namespace pm::providers::sync

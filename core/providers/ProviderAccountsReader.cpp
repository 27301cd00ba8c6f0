#include "providers/ProviderAccountsReader.h"

#include "providers/ProviderAccountStore.h"
#include "providers/ProviderConnectionTest.h"
#include "secrets/BlockingSecretReader.h"
#include "store/DatabaseConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pm::providers
{

ProviderAccountsReader::ProviderAccountsReader(pm::store::ConnectionSettings settings,
                                               pm::secrets::SecretStore* secrets, QObject* parent)
    : PollingReader(std::move(settings), u"provider-accounts"_s, std::chrono::seconds(5), parent)
    , m_secrets(secrets)
{
    qRegisterMetaType<pm::providers::ProviderAccount>();
    qRegisterMetaType<QList<pm::providers::ProviderAccount>>();
}

bool ProviderAccountsReader::read(QSqlDatabase& db, QString* error)
{
    const auto accounts = ProviderAccountStore(db).list(error);
    if (!accounts) {
        return false;
    }
    Q_EMIT accountsLoaded(*accounts);
    return true;
}

void ProviderAccountsReader::save(const ProviderAccount& account)
{
    int id = 0;
    QString error;
    QJsonObject budgetChange;
    withDatabase(
        [&](QSqlDatabase& db, QString* e) {
            id = ProviderAccountStore(db).save(account, e, &budgetChange);
            return id > 0;
        },
        &error);
    if (id > 0) {
        Q_EMIT saved(id);
        if (!budgetChange.isEmpty()) {
            Q_EMIT budgetNeedsConfirmation(id, budgetChange);
        }
        refresh();
    } else {
        Q_EMIT actionFailed(tr("The account was not saved: %1").arg(error));
    }
}

void ProviderAccountsReader::remove(int accountId)
{
    QString error;
    if (withDatabase(
            [accountId](QSqlDatabase& db, QString* e) { return ProviderAccountStore(db).remove(accountId, e); },
            &error)) {
        Q_EMIT removed(accountId);
        refresh();
    } else {
        Q_EMIT actionFailed(tr("The account was not removed: %1").arg(error));
    }
}

void ProviderAccountsReader::syncNow(int accountId)
{
    QString error;
    const bool ok = withDatabase(
        [accountId](QSqlDatabase& db, QString* e) {
            // Through the definer function: operators hold no write grant on the queue.
            QSqlQuery q(db);
            q.prepare(u"SELECT pm_provider_sync_now(?)"_s);
            q.addBindValue(accountId);
            if (!q.exec()) {
                *e = pm::store::DatabaseConnection::oneLine(q.lastError());
                return false;
            }
            return true;
        },
        &error);
    if (ok) {
        Q_EMIT actionDone(tr("A sync of account %1 is queued; a worker picks it up in a moment.").arg(accountId));
    } else {
        Q_EMIT actionFailed(tr("The sync could not be queued: %1").arg(error));
    }
}

void ProviderAccountsReader::test(const ProviderAccount& account, const QString& credential)
{
    bool ok = false;
    QString message;
    QString error;
    const bool ran = withDatabase(
        [&](QSqlDatabase& db, QString*) {
            message = runTest(account, credential, db, &ok);
            return true;
        },
        &error);
    Q_EMIT tested(ran && ok, ran ? message : error);
}

QString ProviderAccountsReader::runTest(const ProviderAccount& account, const QString& typed, QSqlDatabase& db,
                                        bool* ok)
{
    *ok = false;
    const QString problem = ProviderAccountStore::validate(account);
    if (!problem.isEmpty()) {
        return problem;
    }
    QString credential = typed;
    if (credential.isEmpty() && account.id > 0) {
        const auto secret = pm::secrets::readBlocking(m_secrets, pm::secrets::providerAccountKey(account.id));
        if (secret.status != pm::secrets::SecretStore::Status::Ok
            && secret.status != pm::secrets::SecretStore::Status::SessionOnly) {
            return tr("No credential to test with: %1").arg(secret.message);
        }
        credential = secret.secret;
    }
    if (credential.isEmpty()) {
        return tr("Enter the credential to test the connection.");
    }
    return ProviderConnectionTest::run(account, credential, db, ok);
}

} // namespace pm::providers

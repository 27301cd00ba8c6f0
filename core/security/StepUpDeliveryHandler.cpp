#include "security/StepUpDeliveryHandler.h"

#include "providers/ProviderCallGuard.h"
#include "providers/loops/LoopsClient.h"
#include "secrets/BlockingSecretReader.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::security
{

namespace
{
bool report(const QSqlDatabase& db, const QString& challengeId, bool delivered, const QString& detail, QString* error)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT pm_stepup_delivery_result(?::uuid, ?, ?)"_s);
    q.addBindValue(challengeId);
    q.addBindValue(delivered);
    q.addBindValue(detail);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    return true;
}

// Overwrites the code's characters before the string is released (best effort: Qt may have
// copied it; the point is not to leave it lying in freed memory by our own doing).
void wipe(QString& s)
{
    s.fill(u'0');
    s.clear();
}
} // namespace

StepUpDeliveryHandler::StepUpDeliveryHandler(std::shared_ptr<pm::secrets::SecretStore> secrets)
    : m_secrets(std::move(secrets))
{ }

bool StepUpDeliveryHandler::run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error)
{
    const QString challengeId = job.args.value(u"challenge_id"_s).toString();
    if (QUuid::fromString(challengeId).isNull()) {
        *error = tr("stepup.deliver needs a challenge_id.");
        return false;
    }
    // The Loops account first: without one, the code is not drawn at all.
    QSqlQuery q(db);
    q.prepare(u"SELECT account_id, base_url, settings ->> 'otp_template' FROM provider_accounts "
              "WHERE provider = 'loops' AND enabled ORDER BY account_id LIMIT 1"_s);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    QString problem;
    int accountId = -1;
    pm::providers::LoopsAccount account;
    QString templateId;
    if (!q.next() || q.value(2).toString().isEmpty()) {
        problem = tr("No enabled Loops account with a one-time code template is configured (Settings > Provider "
                     "accounts).");
    } else {
        accountId = q.value(0).toInt();
        account.baseUrl = QUrl(q.value(1).toString());
        templateId = q.value(2).toString();
        const auto secret = pm::secrets::readBlocking(m_secrets.get(), pm::secrets::providerAccountKey(accountId));
        if (secret.status != pm::secrets::SecretStore::Status::Ok
            && secret.status != pm::secrets::SecretStore::Status::SessionOnly) {
            problem = tr("The API key of Loops account %1 cannot be read from the keychain: %2")
                          .arg(accountId)
                          .arg(secret.message);
        }
        account.apiKey = secret.secret;
    }

    q.prepare(u"SELECT code, email, display_name, action::text, scope::text, expires_at "
              "FROM pm_stepup_issue_code(?::uuid)"_s);
    q.addBindValue(challengeId);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    if (!q.next()) {
        // Superseded, expired, already sent, or found mid-send after a crash: nothing to send.
        qCInfo(lcNotify).noquote() << "step-up challenge" << challengeId << "needs no email";
        return true;
    }
    QString code = q.value(0).toString();
    const QString email = q.value(1).toString();
    const QJsonObject variables {
        {u"code"_s, code},
        {u"name"_s, q.value(2).toString()},
        {u"action"_s, q.value(3).toString()},
        {u"scope"_s, q.value(4).toString()},
        {u"expiresAt"_s, q.value(5).toDateTime().toUTC().toString(Qt::ISODate)},
    };
    q.finish();
    q.clear(); // the result set held the code

    if (!problem.isEmpty()) {
        wipe(code);
        if (!report(db, challengeId, false, problem, error)) {
            return false; // retried: the retry finds the challenge mid-send and closes it
        }
        *error = problem;
        return true; // not retried: a new request is the way on, once an account exists
    }
    pm::providers::LoopsClient loops(account);
    pm::providers::ProviderCallGuard guard(db, accountId);
    guard.attach(loops.http());
    const auto result = loops.sendTransactional(templateId, email, variables, u"pm-stepup-%1"_s.arg(challengeId));
    wipe(code);
    const bool delivered = result.outcome != pm::providers::LoopsClient::SendResult::Outcome::Failed;
    if (!report(db, challengeId, delivered, delivered ? QString() : result.error, error)) {
        return false;
    }
    if (delivered) {
        qCInfo(lcNotify).noquote() << "step-up challenge" << challengeId << "code emailed";
    } else {
        qCWarning(lcNotify).noquote() << "step-up challenge" << challengeId << "code not delivered:" << result.error;
    }
    return true; // a failed send is final for this challenge: the operator asks for a new code
}

} // namespace pm::security

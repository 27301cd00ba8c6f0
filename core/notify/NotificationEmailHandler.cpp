#include "notify/NotificationEmailHandler.h"

#include "providers/ProviderCallGuard.h"
#include "providers/loops/LoopsClient.h"
#include "secrets/BlockingSecretReader.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::notify
{

namespace
{
bool record(const QSqlDatabase& db, qint64 notificationId, const QString& op, const QString& status,
            const QString& detail, QString* error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO notification_deliveries (notification_id, operator, channel, status, detail) "
              "VALUES (?, ?, 'email', ?, coalesce(?, '')) ON CONFLICT (notification_id, operator, channel) "
              "DO UPDATE SET status = EXCLUDED.status, detail = EXCLUDED.detail, at = now()"_s);
    q.addBindValue(notificationId);
    q.addBindValue(op);
    q.addBindValue(status);
    q.addBindValue(detail.left(500));
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    return true;
}
} // namespace

NotificationEmailHandler::NotificationEmailHandler(std::shared_ptr<pm::secrets::SecretStore> secrets)
    : m_secrets(std::move(secrets))
{ }

bool NotificationEmailHandler::run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error)
{
    const qint64 notificationId = job.args.value(u"notification_id"_s).toInteger(-1);
    const QString op = job.args.value(u"operator"_s).toString();
    if (notificationId < 0 || op.isEmpty()) {
        *error = tr("notify.email needs notification_id and operator.");
        return false;
    }
    QSqlQuery q(db);
    q.prepare(u"SELECT n.kind, n.severity::text, n.titles[1], array_length(n.titles, 1), n.event_count, "
              "n.distinct_count, coalesce(n.subject_kind, ''), coalesce(n.subject_id, ''), "
              "p.email, p.email_enabled AND n.severity >= p.email_min_severity, "
              "EXISTS (SELECT 1 FROM notification_deliveries d WHERE d.notification_id = n.id "
              "        AND d.operator = p.operator AND d.channel = 'email' AND d.status = 'sent') "
              "FROM notifications n, notification_preferences p WHERE n.id = ? AND p.operator = ?"_s);
    q.addBindValue(notificationId);
    q.addBindValue(op);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    if (!q.next()) {
        return true; // notification pruned or operator gone: nothing to send
    }
    if (q.value(10).toBool()) {
        return true; // sent by an earlier attempt whose completion was lost
    }
    const QString email = q.value(8).toString();
    if (!q.value(9).toBool() || email.isEmpty()) {
        return record(db, notificationId, op, u"skipped"_s, tr("email turned off by the operator"), error);
    }
    QJsonObject variables {
        {u"kind"_s, q.value(0).toString()},
        {u"severity"_s, q.value(1).toString()},
        {u"title"_s, q.value(2).toString()},
        {u"moreTitles"_s, std::max(0, q.value(3).toInt() - 1)},
        {u"events"_s, q.value(4).toInt()},
        {u"distinct"_s, q.value(5).toInt()},
        {u"subject"_s,
         q.value(6).toString().isEmpty() ? QString() : q.value(6).toString() + u':' + q.value(7).toString()},
        {u"notificationId"_s, QString::number(notificationId)},
    };

    q.prepare(u"SELECT account_id, base_url, settings ->> 'notification_template' FROM provider_accounts "
              "WHERE provider = 'loops' AND enabled ORDER BY account_id LIMIT 1"_s);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    if (!q.next() || q.value(2).toString().isEmpty()) {
        *error = tr("No enabled Loops account with a notification template is configured (Settings > Provider "
                    "accounts), so notification email cannot be sent.");
        return false;
    }
    const int accountId = q.value(0).toInt();
    pm::providers::LoopsAccount account;
    account.baseUrl = QUrl(q.value(1).toString());
    const QString templateId = q.value(2).toString();
    const auto secret = pm::secrets::readBlocking(m_secrets.get(), pm::secrets::providerAccountKey(accountId));
    if (secret.status != pm::secrets::SecretStore::Status::Ok
        && secret.status != pm::secrets::SecretStore::Status::SessionOnly) {
        *error = tr("The API key of Loops account %1 cannot be read from the keychain: %2")
                     .arg(accountId)
                     .arg(secret.message);
        return false;
    }
    account.apiKey = secret.secret;

    pm::providers::LoopsClient loops(account);
    pm::providers::ProviderCallGuard guard(db, accountId);
    guard.attach(loops.http());
    const auto result = loops.sendTransactional(templateId, email, variables,
                                                u"pm-notify-%1-%2"_s.arg(notificationId).arg(op).left(100));
    if (result.outcome == pm::providers::LoopsClient::SendResult::Outcome::Failed) {
        QString ignored;
        record(db, notificationId, op, u"failed"_s, result.error, &ignored);
        *error = result.error;
        return false;
    }
    qCInfo(lcNotify).noquote() << "notification" << notificationId << "emailed to operator" << op
                               << (result.outcome == pm::providers::LoopsClient::SendResult::Outcome::AlreadySent
                                       ? "(already sent)"
                                       : "");
    return record(db, notificationId, op, u"sent"_s, {}, error);
}

} // namespace pm::notify

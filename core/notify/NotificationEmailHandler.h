#pragma once

#include "queue/JobHandler.h"

#include <QCoreApplication>

#include <memory>

namespace pm::secrets
{
class SecretStore;
}

namespace pm::notify
{

/**
 * The "notify.email" job ({notification_id, operator}): sends one notification to one operator
 * through the first enabled Loops account (settings.notification_template), with an idempotency
 * key per notification and operator, so a retried job never mails twice. Preferences are checked
 * again at send time (the operator may have turned email off since). The outcome is recorded in
 * notification_deliveries.
 */
class NotificationEmailHandler final : public pm::queue::JobHandler
{
    Q_DECLARE_TR_FUNCTIONS(NotificationEmailHandler)

public:
    explicit NotificationEmailHandler(std::shared_ptr<pm::secrets::SecretStore> secrets);
    QString kind() const override { return QStringLiteral("notify.email"); }
    bool run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error) override;

private:
    std::shared_ptr<pm::secrets::SecretStore> m_secrets;
};

} // namespace pm::notify

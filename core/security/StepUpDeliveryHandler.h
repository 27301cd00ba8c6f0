#pragma once

#include "queue/JobHandler.h"

#include <QCoreApplication>

#include <memory>

namespace pm::secrets
{
class SecretStore;
}

namespace pm::security
{

/**
 * The "stepup.deliver" job ({challenge_id}): asks the database to draw the challenge's code
 * (pm_stepup_issue_code commits the HMAC and hands the code over once), emails it through the
 * first enabled Loops account's one-time-code template with Idempotency-Key pm-stepup-<id>, and
 * reports the result (pm_stepup_delivery_result). The code lives only in this function's memory:
 * it is never a job argument, never logged and never written back. A retried job finds the
 * challenge mid-send and marks it delivery_unknown rather than mail a second, different code.
 */
class StepUpDeliveryHandler final : public pm::queue::JobHandler
{
    Q_DECLARE_TR_FUNCTIONS(StepUpDeliveryHandler)

public:
    explicit StepUpDeliveryHandler(std::shared_ptr<pm::secrets::SecretStore> secrets);
    QString kind() const override { return QStringLiteral("stepup.deliver"); }
    bool run(const pm::queue::Job& job, const QSqlDatabase& db, QString* error) override;

private:
    std::shared_ptr<pm::secrets::SecretStore> m_secrets;
};

} // namespace pm::security

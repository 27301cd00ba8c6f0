#pragma once

#include "security/StepUpGateway.h"
#include "store/PollingReader.h"

namespace pm::security
{

/**
 * One step-up conversation with the database, on a worker thread with its own connection: asks
 * for a code, follows the challenge (sent? delivered? how long left?) every second, and sends the
 * typed code with the action. The dialog only shows what this reports.
 */
class StepUpRunner final : public pm::store::PollingReader
{
    Q_OBJECT

public:
    StepUpRunner(pm::store::ConnectionSettings settings, GatedAction action, QObject* parent = nullptr);

public Q_SLOTS:
    void requestCode();
    void confirm(const QString& code);

Q_SIGNALS:
    void requested(const pm::security::StepUpRequest& result);
    void stateChanged(const pm::security::ChallengeState& state);
    void confirmed(const pm::security::StepUpConfirmation& result);

protected:
    bool read(QSqlDatabase& db, QString* error) override;

private:
    GatedAction m_action;
    QString m_challenge;
    StepUpRetry m_retry;     ///< what a failed connection left for the next Confirm
    bool m_finished = false; ///< confirmed or dead: nothing left to follow
};

} // namespace pm::security

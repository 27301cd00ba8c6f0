#pragma once

#include "security/StepUpGateway.h"
#include "store/ConnectionSettings.h"

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace pm::util
{
class WorkerThread;
}
namespace pm::security
{
class StepUpRunner;
}

namespace pm::ui
{

/**
 * Confirms one gated action with an emailed one-time code. Opening it asks the database for a
 * code; it shows where the code went, the time left (by the database clock) and the attempts
 * left, and sends the typed code together with the action to the one database call that checks
 * it and performs the action. Wrong, expired and used codes get one message, by design.
 * accept() means the action was performed (or, for granting admin, is waiting for a second admin);
 * confirmation() then holds what the database returned (an export's rows, for instance).
 */
class StepUpDialog final : public QDialog
{
    Q_OBJECT

public:
    StepUpDialog(const pm::store::ConnectionSettings& settings, const pm::security::GatedAction& action,
                 const QString& description, QWidget* parent = nullptr);
    ~StepUpDialog() override;

    const pm::security::StepUpConfirmation& confirmation() const { return m_confirmation; }

private:
    void onRequested(const pm::security::StepUpRequest& result);
    void onState(const pm::security::ChallengeState& state);
    void onConfirmed(const pm::security::StepUpConfirmation& result);
    void submit();
    void requestNewCode();
    void tick();
    void updateButtons();
    void showProblem(const QString& text);

    std::unique_ptr<pm::util::WorkerThread> m_thread;
    pm::security::StepUpRunner* m_runner = nullptr;
    pm::security::StepUpConfirmation m_confirmation;
    pm::security::ChallengeState m_state;
    QElapsedTimer m_sinceState; ///< time since m_state's server clock reading
    QDateTime m_retryAt;
    bool m_busy = true;
    bool m_expired = false;

    QLabel* m_where;
    QLabel* m_countdown;
    QLineEdit* m_code;
    QLabel* m_attempts;
    QLabel* m_problem;
    QPushButton* m_confirm;
    QPushButton* m_resend;
    QTimer* m_ticker;
};

} // namespace pm::ui

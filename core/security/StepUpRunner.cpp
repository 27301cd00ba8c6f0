#include "security/StepUpRunner.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace pm::security
{

StepUpRunner::StepUpRunner(pm::store::ConnectionSettings settings, GatedAction action, QObject* parent)
    : PollingReader(std::move(settings), u"step-up"_s, 1s, parent)
    , m_action(std::move(action))
{
    qRegisterMetaType<pm::security::StepUpRequest>();
    qRegisterMetaType<pm::security::ChallengeState>();
    qRegisterMetaType<pm::security::StepUpConfirmation>();
}

void StepUpRunner::requestCode()
{
    StepUpRequest result;
    QString error;
    const bool ran = withDatabase(
        [&](QSqlDatabase& db, QString*) {
            result = StepUpGateway::request(db, m_action);
            return true;
        },
        &error);
    if (!ran) {
        result.error = error;
    }
    if (result.requested()) {
        m_challenge = result.challengeId;
        m_retry = {};
        m_finished = false;
    }
    Q_EMIT requested(result);
    if (result.requested()) {
        refresh();
    }
}

void StepUpRunner::confirm(const QString& code)
{
    StepUpConfirmation result;
    QString error;
    const bool ran = withDatabase(
        [&](QSqlDatabase& db, QString*) {
            result = StepUpGateway::confirm(db, m_challenge, code, m_action, &m_retry);
            return true;
        },
        &error);
    if (!ran) {
        result.error = error;
    }
    if (result.performed() || result.outcome == u"awaiting_approval"_s) {
        m_finished = true;
    }
    Q_EMIT confirmed(result);
    if (!m_finished) {
        refresh(); // attempts left, or the challenge's end
    }
}

bool StepUpRunner::read(QSqlDatabase& db, QString* error)
{
    if (m_challenge.isEmpty() || m_finished) {
        return true;
    }
    const auto state = StepUpGateway::state(db, m_challenge, error);
    if (!state) {
        return false;
    }
    Q_EMIT stateChanged(*state);
    return true;
}

} // namespace pm::security

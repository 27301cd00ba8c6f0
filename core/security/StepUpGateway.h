#pragma once

#include "security/StepUpAction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pm::security
{

/// What pm_stepup_request answered.
struct StepUpRequest
{
    QString outcome;     ///< requested, denied, locked, cooldown, rate_limited; empty on a database error
    QString challengeId; ///< when requested
    QString sentTo;      ///< masked address, when requested
    QDateTime expiresAt; ///< when requested
    QDateTime retryAt;   ///< when asking again can succeed (cooldown, rate limit, lock)
    QString message;     ///< the database's reason for a refusal
    QString error;       ///< a database error (connection lost, permission denied…)

    bool requested() const { return outcome == QLatin1String("requested"); }
};

/// A challenge as its operator may see it (never the code, its HMAC or the parameter digest).
struct ChallengeState
{
    QString status; ///< pending, sending, delivered, delivery_failed, delivery_unknown, consumed, …
    QString sentTo;
    QDateTime expiresAt;
    QDateTime serverNow; ///< the database clock, so the countdown does not trust the local one
    int attemptsLeft = 0;
    QString deliveryError;
};

/// What a confirming function answered.
struct StepUpConfirmation
{
    QString outcome; ///< done, awaiting_approval, invalid, malformed, exhausted, locked, refused: …,
                     ///< fetch_failed (an export confirmed and logged whose rows did not arrive: try
                     ///< again), fetch_refused (…and can no longer be fetched); reserved, from reserve()
    std::optional<int> attemptsLeft;
    qint64 attemptId = -1;    ///< the charged attempt, from reserve()
    qint64 exportTicket = -1; ///< a confirmed export's ticket
    QDateTime lockedUntil;
    QJsonObject payload;   ///< an export's {columns, rows}
    qint64 requestId = -1; ///< a role-change request waiting for a second admin
    QString error;         ///< a database error: the action did not happen

    bool performed() const { return outcome == QLatin1String("done"); }
};

/// What a confirmation left to retry after a failure of the connection rather than of the code:
/// the attempt charged for a code (tried again with the same code, it costs nothing), or the
/// ticket of an export confirmed and logged whose rows did not arrive.
struct StepUpRetry
{
    QString code;
    qint64 attemptId = -1;
    qint64 exportTicket = -1;
};

/**
 * The console's side of step-up: asks the database for a challenge, reads its state, and sends
 * the typed code with the action to the one function that checks it and performs the action.
 * Nothing here decides anything — the database does — so every call is blocking SQL for a
 * worker thread.
 */
class StepUpGateway final
{
    Q_DECLARE_TR_FUNCTIONS(StepUpGateway)

public:
    static StepUpRequest request(const QSqlDatabase& db, const GatedAction& action);
    static std::optional<ChallengeState> state(const QSqlDatabase& db, const QString& challengeId, QString* error);
    /// Charges an attempt for @p code (pm_stepup_attempt), then confirms the action with it, then,
    /// for an export, fetches the rows: three transactions, in that order. With @p retry, what a
    /// failed connection left over is picked up instead of spending the code again.
    static StepUpConfirmation confirm(const QSqlDatabase& db, const QString& challengeId, const QString& code,
                                      const GatedAction& action, StepUpRetry* retry = nullptr);

    /// The typed code as 8 ASCII digits (spaces and hyphens dropped), or nothing: other input is
    /// told apart at once and never sent.
    static std::optional<QString> normalizedCode(const QString& typed);
    /// One sentence for an outcome, for the dialog.
    static QString describe(const StepUpConfirmation& result);
    static QString describe(const StepUpRequest& result);

private:
    static StepUpConfirmation reserve(const QSqlDatabase& db, const QString& challengeId, const QString& code);
    static StepUpConfirmation perform(const QSqlDatabase& db, const QString& challengeId, qint64 attempt,
                                      const QString& code, const GatedAction& action);
    static void fetchExport(const QSqlDatabase& db, qint64 ticket, StepUpConfirmation* result);
};

} // namespace pm::security

Q_DECLARE_METATYPE(pm::security::StepUpRequest)
Q_DECLARE_METATYPE(pm::security::ChallengeState)
Q_DECLARE_METATYPE(pm::security::StepUpConfirmation)

#pragma once

#include <QJsonObject>
#include <QString>

namespace pm::security
{

/// The four action kinds that need a fresh one-time code (pm_stepup_action in the database).
enum class StepUpAction
{
    PasswordReset,
    RoleChange,
    DataExport,
    PolicyChange,
};

QString toDatabaseName(StepUpAction action);

/**
 * One gated action with its parameters, exactly as the confirming database function rebuilds
 * them: the code is bound to a digest of these, so request and confirmation must agree.
 */
struct GatedAction
{
    StepUpAction kind = StepUpAction::DataExport;
    QJsonObject params;

    static GatedAction passwordReset(const QString& scramVerifier);
    static GatedAction roleChange(const QString& login, const QString& capability); ///< capability or "none"
    static GatedAction approveRoleChange(qint64 requestId);
    static GatedAction dataExport(const QString& dataset, const QString& format, const QJsonObject& filters);
    static GatedAction policyChange(const QJsonObject& changes);
};

} // namespace pm::security

#include "security/StepUpAction.h"

using namespace Qt::StringLiterals;

namespace pm::security
{

QString toDatabaseName(StepUpAction action)
{
    switch (action) {
    case StepUpAction::PasswordReset:
        return u"password_reset"_s;
    case StepUpAction::RoleChange:
        return u"role_change"_s;
    case StepUpAction::DataExport:
        return u"data_export"_s;
    case StepUpAction::PolicyChange:
        return u"policy_change"_s;
    }
    return {};
}

GatedAction GatedAction::passwordReset(const QString& scramVerifier)
{
    return {StepUpAction::PasswordReset, {{u"verifier"_s, scramVerifier}}};
}

GatedAction GatedAction::roleChange(const QString& login, const QString& capability)
{
    return {StepUpAction::RoleChange, {{u"login"_s, login}, {u"capability"_s, capability}}};
}

GatedAction GatedAction::approveRoleChange(qint64 requestId)
{
    return {StepUpAction::RoleChange, {{u"approve"_s, requestId}}};
}

GatedAction GatedAction::dataExport(const QString& dataset, const QString& format, const QJsonObject& filters)
{
    return {StepUpAction::DataExport, {{u"dataset"_s, dataset}, {u"format"_s, format}, {u"filters"_s, filters}}};
}

GatedAction GatedAction::policyChange(const QJsonObject& changes)
{
    return {StepUpAction::PolicyChange, {{u"changes"_s, changes}}};
}

} // namespace pm::security

#include "identity/NileAuthProvider.h"

#include "identity/OperatorLookup.h"
#include "providers/nile/NileAuthClient.h"
#include "store/DatabaseConnection.h"

using namespace Qt::StringLiterals;

namespace pm::identity
{

std::optional<SignedIn> NileAuthProvider::signIn(const pm::store::ConnectionSettings& database, const QString& user,
                                                 const QString& password, QString* error)
{
    pm::providers::NileAuthClient nile(m_authBaseUrl);
    QString problem;
    const auto session = nile.signIn(user, password, &problem);
    if (!session) {
        *error = tr("Nile Auth refused the sign-in: %1").arg(problem);
        return std::nullopt;
    }
    QString ignored;
    nile.signOut(*session, &ignored);

    pm::store::DatabaseConnection connection(database, u"sign-in"_s);
    if (!connection.open(error)) {
        return std::nullopt;
    }
    const auto record = OperatorLookup::current(connection.database(), error);
    if (!record) {
        return std::nullopt;
    }
    if (record->capability == u"owner"_s) {
        *error = tr("The database credentials are the owner's, not an operator's: with Nile Auth each operator "
                    "connects with their own database credential.");
        return std::nullopt;
    }
    if (record->status != u"active"_s || record->capability == u"none"_s) {
        *error = tr("The database login %1 is not an active operator with a role.").arg(record->login);
        return std::nullopt;
    }
    if (record->email.compare(session->email, Qt::CaseInsensitive) != 0) {
        *error = tr("The Nile account (%1) and the database login (%2) belong to different people.")
                     .arg(session->email, record->login);
        return std::nullopt;
    }
    return SignedIn {database, record->login, record->name, record->capability, session->email};
}

} // namespace pm::identity

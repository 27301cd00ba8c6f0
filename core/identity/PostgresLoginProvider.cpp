#include "identity/PostgresLoginProvider.h"

#include "identity/OperatorLookup.h"
#include "store/DatabaseConnection.h"

using namespace Qt::StringLiterals;

namespace pm::identity
{

std::optional<SignedIn> PostgresLoginProvider::signIn(const pm::store::ConnectionSettings& database,
                                                      const QString& user, const QString& password, QString* error)
{
    pm::store::ConnectionSettings settings = database;
    settings.user = user;
    settings.password = password;
    pm::store::DatabaseConnection connection(settings, u"sign-in"_s);
    if (!connection.open(error)) {
        return std::nullopt;
    }
    const auto record = OperatorLookup::current(connection.database(), error);
    if (!record) {
        return std::nullopt;
    }
    if (record->capability != u"owner"_s && (record->status != u"active"_s || record->capability == u"none"_s)) {
        *error = record->status.isEmpty() || record->capability == u"none"_s
                     ? tr("%1 can sign in to PostgreSQL but is not an operator of this store with a role; an admin "
                          "gives operators their role.")
                           .arg(record->login)
                     : tr("The operator %1 is disabled.").arg(record->login);
        return std::nullopt;
    }
    return SignedIn {settings, record->login, record->name, record->capability, record->login};
}

} // namespace pm::identity

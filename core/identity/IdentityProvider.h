#pragma once

#include "store/ConnectionSettings.h"

#include <QString>

#include <optional>

namespace pm::identity
{

/// Who signed in, as the database sees them, and the connection to use from now on.
struct SignedIn
{
    pm::store::ConnectionSettings database; ///< with the credentials that worked
    QString login;                          ///< session_user: the PostgreSQL role every grant and policy applies to
    QString operatorName;
    QString capability;   ///< viewer, ops, executive, admin, or owner for a superuser
    QString providerUser; ///< the identity provider's own name for the person (email for Nile)
};

/**
 * How an operator proves who they are before the console opens its connections. Whatever the
 * provider, authorization stays in the database: the grants and policies of the PostgreSQL role
 * the connection runs as. docs/SECURITY.md says which guarantees hold with each provider.
 * signIn() blocks (network, database): call it off the GUI thread.
 */
class IdentityProvider
{
public:
    virtual ~IdentityProvider() = default;
    virtual QString kind() const = 0;
    /// @p database: where the store is (its credentials, if the provider needs them, filled in).
    virtual std::optional<SignedIn> signIn(const pm::store::ConnectionSettings& database, const QString& user,
                                           const QString& password, QString* error)
        = 0;
};

} // namespace pm::identity

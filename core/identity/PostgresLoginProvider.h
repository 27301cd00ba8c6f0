#pragma once

#include "identity/IdentityProvider.h"

#include <QCoreApplication>

namespace pm::identity
{

/**
 * The operator's own PostgreSQL login, checked by the server (SCRAM over TLS in production). The
 * person is the role: session_user names them in every grant, policy and audit row.
 */
class PostgresLoginProvider final : public IdentityProvider
{
    Q_DECLARE_TR_FUNCTIONS(PostgresLoginProvider)

public:
    QString kind() const override { return QStringLiteral("postgres"); }
    std::optional<SignedIn> signIn(const pm::store::ConnectionSettings& database, const QString& user,
                                   const QString& password, QString* error) override;
};

} // namespace pm::identity

#pragma once

#include "identity/IdentityProvider.h"

#include <QCoreApplication>
#include <QUrl>

namespace pm::identity
{

/**
 * Nile Auth (NileDB's REST sign-in) in front of the database login: the person signs in to Nile
 * with email and password, and the console then connects with the database credentials kept for
 * them (their own NileDB credential in the keychain). Both must name the same person: the
 * operator row of the database login must carry the Nile user's email, or sign-in is refused.
 * The database still decides everything by the database role; Nile adds that the person holds
 * the Nile account (and its revocation stops the console, though not a direct psql session).
 * The Nile session is signed out again at once: the console needs the proof, not the cookie.
 */
class NileAuthProvider final : public IdentityProvider
{
    Q_DECLARE_TR_FUNCTIONS(NileAuthProvider)

public:
    explicit NileAuthProvider(QUrl authBaseUrl)
        : m_authBaseUrl(std::move(authBaseUrl))
    { }

    QString kind() const override { return QStringLiteral("nile"); }
    /// @p database carries the NileDB credentials; @p user / @p password are the Nile Auth email
    /// and password.
    std::optional<SignedIn> signIn(const pm::store::ConnectionSettings& database, const QString& user,
                                   const QString& password, QString* error) override;

private:
    QUrl m_authBaseUrl;
};

} // namespace pm::identity

#pragma once

#include <QByteArray>
#include <QString>

namespace pm::security
{

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802 / 7677, the format of
 * pg_authid.rolpassword): "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>". Computed on
 * this side, so that setting or resetting a password never sends the password itself to the
 * server, where statement logging could record it.
 */
class ScramVerifier final
{
public:
    static constexpr int DefaultIterations = 4096; ///< PostgreSQL's scram_iterations default

    /// A verifier with a fresh 16-byte salt from the system CSPRNG.
    static QString make(const QString& password, int iterations = DefaultIterations);
    /// The verifier for a given salt (tests compare against PostgreSQL's own output).
    static QString make(const QString& password, const QByteArray& salt, int iterations);
};

} // namespace pm::security

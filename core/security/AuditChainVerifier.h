#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace pm::security
{

/// What a walk along the audit chain found.
struct AuditChainReport
{
    qint64 rowsChecked = 0;
    qint64 headSeq = 0;         ///< the last row's sequence number
    QByteArray headHash;        ///< and its hash: export it somewhere the database admins cannot write
    qint64 firstBrokenSeq = -1; ///< -1 when the chain holds
    QString problem;            ///< why that row breaks the chain (or why the head does not match)
    QString error;              ///< the walk could not be done (database error, no permission)

    bool intact() const { return error.isEmpty() && firstBrokenSeq < 0 && problem.isEmpty(); }
};

/**
 * Recomputes the audit log's hash chain here, independently of the database's trigger: for each
 * row in order, the link to the previous row's hash, the row's hash over its canonical text as the
 * row reads now, and the gapless sequence. An edited row breaks at its own sequence number; a
 * deleted tail leaves a shorter valid chain, which only a head exported earlier reveals
 * (@p expectedSeq / @p expectedHash: that row must still be there with that hash).
 */
class AuditChainVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChainVerifier)

public:
    static AuditChainReport verify(const QSqlDatabase& db, qint64 expectedSeq = -1,
                                   const QByteArray& expectedHash = {});
};

} // namespace pm::security

#include "security/AuditChainVerifier.h"

#include "store/DatabaseConnection.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::security
{

AuditChainReport AuditChainVerifier::verify(const QSqlDatabase& db, qint64 expectedSeq, const QByteArray& expectedHash)
{
    constexpr int PageSize = 5000;
    AuditChainReport report;
    QByteArray previous(32, '\0');
    qint64 expected = 1;
    bool expectedFound = expectedSeq <= 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (;;) {
        q.prepare(u"SELECT seq, prev_hash, row_hash, canonical FROM pm_audit_chain(?, ?)"_s);
        q.addBindValue(expected - 1);
        q.addBindValue(PageSize);
        if (!q.exec()) {
            report.error = pm::store::DatabaseConnection::oneLine(q.lastError());
            return report;
        }
        int rows = 0;
        while (q.next()) {
            ++rows;
            const qint64 seq = q.value(0).toLongLong();
            const QByteArray prevHash = q.value(1).toByteArray();
            const QByteArray rowHash = q.value(2).toByteArray();
            const QByteArray canonical = q.value(3).toString().toUtf8();
            ++report.rowsChecked;
            if (report.firstBrokenSeq < 0) {
                if (seq != expected) {
                    report.firstBrokenSeq = expected;
                    report.problem = tr("row %1 is missing (the next row is %2)").arg(expected).arg(seq);
                } else if (prevHash != previous) {
                    report.firstBrokenSeq = seq;
                    report.problem = tr("row %1 does not link to the hash of row %2").arg(seq).arg(seq - 1);
                } else if (QCryptographicHash::hash(canonical, QCryptographicHash::Sha256) != rowHash) {
                    report.firstBrokenSeq = seq;
                    report.problem = tr("row %1 was changed after it was written (its hash does not match)").arg(seq);
                }
            }
            if (seq == expectedSeq) {
                expectedFound = true;
                if (rowHash != expectedHash && report.problem.isEmpty()) {
                    report.firstBrokenSeq = seq;
                    report.problem = tr("row %1 does not have the hash exported earlier").arg(seq);
                }
            }
            previous = rowHash;
            expected = seq + 1;
            report.headSeq = seq;
            report.headHash = rowHash;
        }
        if (rows < PageSize) {
            break;
        }
    }
    if (!expectedFound && report.problem.isEmpty()) {
        report.problem = tr("row %1, exported earlier as the head, is gone: the log was cut short").arg(expectedSeq);
        report.firstBrokenSeq = report.headSeq + 1;
    }
    return report;
}

} // namespace pm::security

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace pm::cli
{

/**
 * `pmctl audit verify [--head SEQ:HASH]`: walks the audit log's hash chain and reports the first
 * broken row (exit 1), or the head to keep somewhere the database admins cannot write (exit 0).
 * With --head, a head printed earlier must still be part of the chain, which catches a cut tail.
 */
class AuditCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    { }

    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace pm::cli

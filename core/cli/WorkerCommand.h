#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace pm::cli
{

/**
 * `pmctl worker login --login L`: the PostgreSQL login pmworkerd connects as — a member of
 * pm_worker only, never an operator, superuser or role creator. Run on the database owner's
 * connection (creating roles needs it). An existing worker login gets the new password instead,
 * which is how it is rotated. The password is read from standard input (or $PM_WORKER_PASSWORD)
 * and sent only as a SCRAM verifier.
 */
class WorkerCommand final
{
    Q_DECLARE_TR_FUNCTIONS(WorkerCommand)

public:
    WorkerCommand(QTextStream& out, QTextStream& err, QTextStream& in)
        : m_out(out)
        , m_err(err)
        , m_in(in)
    { }

    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
};

} // namespace pm::cli

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace pm::cli
{

/**
 * `pmctl operator bootstrap|list`: the first admin of a new store (on the database owner's
 * connection; refused once an admin exists) and the operators with their capability.
 * The new admin's password is read from standard input (or $PM_OPERATOR_PASSWORD), turned into
 * a SCRAM verifier here and never sent to the server in plain text.
 */
class OperatorCommand final
{
    Q_DECLARE_TR_FUNCTIONS(OperatorCommand)

public:
    OperatorCommand(QTextStream& out, QTextStream& err, QTextStream& in)
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

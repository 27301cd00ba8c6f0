#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace pm::cli
{

/**
 * `pmctl sigv4 --context FILE --request FILE [--query]`: prints the canonical request, the string
 * to sign and the signature for a raw HTTP request — what an SES integrator compares with AWS's
 * "The request signature we calculated does not match" message. The context file is the AWS test
 * suite's context.json format; the secret key in it is never printed.
 */
class SigV4Command final
{
    Q_DECLARE_TR_FUNCTIONS(SigV4Command)

public:
    SigV4Command(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    { }

    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace pm::cli

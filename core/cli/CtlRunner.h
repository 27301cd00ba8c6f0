#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace pm::store
{
class DatabaseConnection;
}

namespace pm::cli
{

/**
 * pmctl's commands, kept in core so they are scriptable and testable without a screen.
 * Exit codes: 0 success, 1 the operation failed (one line on stderr), 2 bad usage.
 */
class CtlRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CtlRunner)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2,
    };

    CtlRunner(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int migrate(store::DatabaseConnection& connection);
    int status(store::DatabaseConnection& connection);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace pm::cli

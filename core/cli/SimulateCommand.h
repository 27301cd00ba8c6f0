#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace pm::store
{
class ConnectionSettings;
}

namespace pm::cli
{

/// `pmctl simulate …` and `pmctl rollup-check`: the simulator and the rollup proof from the shell.
class SimulateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    SimulateCommand(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    { }

    int simulate(const QStringList& arguments);
    int rollupCheck(const QStringList& arguments);

private:
    int runLive(const pm::store::ConnectionSettings& settings, double speed, bool verbose);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace pm::cli

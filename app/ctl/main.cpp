// pmctl: the command-line face of pm_core (migrate, status, version; more with each capability).
#include "cli/CtlRunner.h"
#include "util/Log.h"

#include "config.h"
#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral(PM_ORG_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(PM_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral("pmctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PM_VERSION_STRING));
    pm::log::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    pm::cli::CtlRunner runner(out, err);
    const int code = runner.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}

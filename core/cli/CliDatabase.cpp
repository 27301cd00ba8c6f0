#include "cli/CliDatabase.h"

#include "cli/CtlRunner.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pm::cli
{

std::unique_ptr<pm::store::DatabaseConnection> openDatabase(const QString& uri, QTextStream& err, int* code)
{
    const QString effective = uri.isEmpty() ? qEnvironmentVariable("PM_DATABASE_URL") : uri;
    if (effective.isEmpty()) {
        err << QCoreApplication::translate("CtlRunner",
                                           "No database given: pass --db postgresql://… or set PM_DATABASE_URL.")
            << '\n';
        *code = CtlRunner::Usage;
        return nullptr;
    }
    QString error;
    const auto settings = pm::store::ConnectionSettings::fromUri(effective, &error);
    if (!settings) {
        err << error << '\n';
        *code = CtlRunner::Usage;
        return nullptr;
    }
    auto connection = std::make_unique<pm::store::DatabaseConnection>(*settings, u"pmctl"_s);
    if (!connection->open(&error)) {
        err << error << '\n';
        *code = CtlRunner::Failure;
        return nullptr;
    }
    return connection;
}

} // namespace pm::cli

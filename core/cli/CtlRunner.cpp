#include "cli/CtlRunner.h"

#include "cli/AuditCommand.h"
#include "cli/CliDatabase.h"
#include "cli/OperatorCommand.h"
#include "cli/SigV4Command.h"
#include "cli/SimulateCommand.h"
#include "cli/WorkerCommand.h"
#include "store/ConnectionSettings.h"
#include "store/DatabaseConnection.h"
#include "store/MigrationRunner.h"

#include "version.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pm::cli
{

namespace
{
const QString UsageText = u"pmctl <command> [options]\n\n"
                          "Commands:\n"
                          "  migrate   apply pending schema migrations (idempotent)\n"
                          "  status    show the schema version and what is pending\n"
                          "  simulate  fill the store with a simulated platform (pmctl simulate --help)\n"
                          "  rollup-check  prove the daily rollups equal the raw events\n"
                          "  operator  bootstrap the first admin, or list operators (pmctl operator --help)\n"
                          "  worker    create pmworkerd's login, or give it a new password (pmctl worker login)\n"
                          "  audit     verify the audit log's hash chain (pmctl audit verify)\n"
                          "  sigv4     print an AWS SigV4 canonical request, string to sign and signature\n"
                          "  version   print the version\n"_s;
}

CtlRunner::CtlRunner(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

int CtlRunner::run(const QStringList& arguments)
{
    // Commands with options of their own parse the arguments themselves.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--db"_s) {
            ++i; // its value
            continue;
        }
        if (!arg.startsWith(u'-')) {
            if (arg == u"sigv4"_s) {
                return SigV4Command(m_out, m_err).run(arguments);
            }
            if (arg == u"operator"_s) {
                QTextStream in(stdin);
                return OperatorCommand(m_out, m_err, in).run(arguments);
            }
            if (arg == u"worker"_s) {
                QTextStream in(stdin);
                return WorkerCommand(m_out, m_err, in).run(arguments);
            }
            if (arg == u"audit"_s) {
                return AuditCommand(m_out, m_err).run(arguments);
            }
            if (arg == u"simulate"_s || arg == u"rollup-check"_s) {
                SimulateCommand simulate(m_out, m_err);
                return arg == u"simulate"_s ? simulate.simulate(arguments) : simulate.rollupCheck(arguments);
            }
            break;
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PenguinMails Console command-line tool."));
    parser.addPositionalArgument(u"command"_s, tr("migrate, status or version"));
    const QCommandLineOption dbOption(u"db"_s, tr("PostgreSQL connection URI (default: $PM_DATABASE_URL)."), u"uri"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption verboseOption({u"v"_s, u"verbose"_s}, tr("Log progress to stderr."));
    parser.addOption(dbOption);
    parser.addOption(verboseOption);
    parser.addOption(helpOption);
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return Usage;
    }
    // Errors are printed once, as one line; the log repeats them only when asked for.
    QLoggingCategory::setFilterRules(parser.isSet(verboseOption) ? u"pm.*.info=true"_s : u"pm.*.info=false"_s);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(helpOption) ? m_err : m_out) << UsageText;
        return parser.isSet(helpOption) ? Success : Usage;
    }
    const QString command = positional.constFirst();
    if (command == u"version"_s) {
        m_out << "pmctl " << PM_VERSION_STRING << " (schema " << store::MigrationRunner::latestKnownVersion() << ")\n";
        return Success;
    }
    if (command != u"migrate"_s && command != u"status"_s) {
        m_err << tr("Unknown command \"%1\".").arg(command) << '\n' << UsageText;
        return Usage;
    }
    int code = Success;
    const auto connection = openDatabase(parser.value(dbOption), m_err, &code);
    if (!connection) {
        return code;
    }
    return command == u"migrate"_s ? migrate(*connection) : status(*connection);
}

int CtlRunner::migrate(store::DatabaseConnection& connection)
{
    QString error;
    QStringList applied;
    store::MigrationRunner runner(connection.database());
    if (!runner.migrate(&applied, &error)) {
        m_err << error << '\n';
        return Failure;
    }
    if (applied.isEmpty()) {
        m_out << tr("The schema is up to date (version %1); nothing to apply.")
                     .arg(store::MigrationRunner::latestKnownVersion())
              << '\n';
    } else {
        for (const QString& name : std::as_const(applied)) {
            m_out << tr("applied %1").arg(name) << '\n';
        }
        m_out << tr("The schema is now at version %1.").arg(store::MigrationRunner::latestKnownVersion()) << '\n';
    }
    return Success;
}

int CtlRunner::status(store::DatabaseConnection& connection)
{
    QString error;
    store::SchemaStatus s;
    store::MigrationRunner runner(connection.database());
    if (!runner.status(&s, &error)) {
        m_err << error << '\n';
        return Failure;
    }
    m_out << tr("database: %1").arg(connection.settings().displayName()) << '\n'
          << tr("schema version: %1 applied, %2 known to this build").arg(s.appliedVersion).arg(s.knownVersion) << '\n';
    QStringList pending;
    for (int v : std::as_const(s.pending)) {
        pending << QString::number(v);
    }
    m_out << tr("pending: %1").arg(pending.isEmpty() ? tr("none") : pending.join(u", "_s)) << '\n';
    if (!s.problem.isEmpty()) {
        m_err << s.problem << '\n';
        return Failure;
    }
    return Success;
}

} // namespace pm::cli

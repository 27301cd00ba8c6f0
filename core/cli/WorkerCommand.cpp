#include "cli/WorkerCommand.h"

#include "cli/CliDatabase.h"
#include "cli/CtlRunner.h"
#include "security/ScramVerifier.h"
#include "store/DatabaseConnection.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pm::cli
{

int WorkerCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"worker"_s, tr("worker login"));
    parser.addPositionalArgument(u"subcommand"_s, tr("login: create pmworkerd's login, or give it a new password."));
    const QCommandLineOption dbOption(u"db"_s, tr("PostgreSQL connection URI (default: $PM_DATABASE_URL)."), u"uri"_s);
    const QCommandLineOption loginOption(u"login"_s, tr("The worker's PostgreSQL login."), u"login"_s);
    parser.addOptions({dbOption, loginOption});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return CtlRunner::Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString login = parser.value(loginOption);
    if (positional.size() != 2 || positional.at(1) != u"login"_s || login.isEmpty()) {
        m_err << tr("Usage: pmctl worker login --login L  (password on standard input)") << '\n';
        return CtlRunner::Usage;
    }
    // Role statements take no bound values: the name must be one that needs no quoting at all.
    static const QRegularExpression plain(u"^[a-z][a-z0-9_]{2,40}$"_s);
    if (!plain.match(login).hasMatch() || login.startsWith(u"pm_"_s) || login.startsWith(u"pg_"_s)) {
        m_err << tr("A worker login is 3 to 41 lower-case letters, digits or underscores, starting with a letter, "
                    "and not starting with pm_ or pg_.")
              << '\n';
        return CtlRunner::Usage;
    }
    QString password = qEnvironmentVariable("PM_WORKER_PASSWORD");
    if (password.isEmpty()) {
        password = m_in.readLine();
    }
    if (password.size() < 16) {
        m_err << tr("The password (standard input or $PM_WORKER_PASSWORD) must have at least 16 characters.") << '\n';
        return CtlRunner::Usage;
    }
    const QString verifier = pm::security::ScramVerifier::make(password);
    password.fill(u'0');
    int code = CtlRunner::Success;
    const auto connection = openDatabase(parser.value(dbOption), m_err, &code);
    if (!connection) {
        return code;
    }
    QSqlQuery q(connection->database());
    // An existing role is reused only if it is a worker login already: never turn an operator,
    // the owner or anyone else into one, nor reset their password from here.
    q.prepare(u"SELECT r.rolname IS NOT NULL, "
              "coalesce(NOT r.rolsuper AND NOT r.rolcreaterole AND NOT r.rolbypassrls "
              "AND pg_has_role(r.rolname, 'pm_worker', 'MEMBER') "
              "AND NOT EXISTS (SELECT 1 FROM operators o WHERE o.login = r.rolname), false) "
              "FROM (SELECT ?::name AS wanted) w LEFT JOIN pg_roles r ON r.rolname = w.wanted"_s);
    q.addBindValue(login);
    if (!q.exec() || !q.next()) {
        m_err << pm::store::DatabaseConnection::oneLine(q.lastError()) << '\n';
        return CtlRunner::Failure;
    }
    const bool exists = q.value(0).toBool();
    if (exists && !q.value(1).toBool()) {
        m_err << tr("Refused: %1 exists and is not a worker login.").arg(login) << '\n';
        return CtlRunner::Failure;
    }
    const QString sql
        = exists ? u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(login, verifier)
                 : u"CREATE ROLE %1 LOGIN PASSWORD '%2' NOSUPERUSER NOBYPASSRLS NOCREATEDB "
                   "NOCREATEROLE NOREPLICATION INHERIT CONNECTION LIMIT 70 IN ROLE pm_worker"_s.arg(login, verifier);
    if (!q.exec(sql)) {
        m_err << pm::store::DatabaseConnection::oneLine(q.lastError()) << '\n';
        return CtlRunner::Failure;
    }
    m_out << (exists ? tr("Worker login %1 has a new password.") : tr("Worker login %1 created (member of pm_worker)."))
                 .arg(login)
          << '\n';
    return CtlRunner::Success;
}

} // namespace pm::cli

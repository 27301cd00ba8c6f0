#include "cli/OperatorCommand.h"

#include "cli/CliDatabase.h"
#include "cli/CtlRunner.h"
#include "security/ScramVerifier.h"
#include "store/DatabaseConnection.h"

#include <QCommandLineParser>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pm::cli
{

int OperatorCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"operator"_s, tr("operator bootstrap | list"));
    parser.addPositionalArgument(u"subcommand"_s, tr("bootstrap: create the first admin; list: show operators."));
    const QCommandLineOption dbOption(u"db"_s, tr("PostgreSQL connection URI (default: $PM_DATABASE_URL)."), u"uri"_s);
    const QCommandLineOption loginOption(u"login"_s, tr("The new admin's PostgreSQL login."), u"login"_s);
    const QCommandLineOption nameOption(u"name"_s, tr("The new admin's display name."), u"name"_s);
    const QCommandLineOption emailOption(u"email"_s, tr("Where the new admin's one-time codes go."), u"email"_s);
    parser.addOptions({dbOption, loginOption, nameOption, emailOption});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return CtlRunner::Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(1);
    if (positional.size() != 2 || (sub != u"bootstrap"_s && sub != u"list"_s)) {
        m_err << tr("Usage: pmctl operator bootstrap --login L --name N --email E  (password on standard input)\n"
                    "       pmctl operator list")
              << '\n';
        return CtlRunner::Usage;
    }
    QString password;
    if (sub == u"bootstrap"_s) {
        if (!parser.isSet(loginOption) || !parser.isSet(nameOption) || !parser.isSet(emailOption)) {
            m_err << tr("operator bootstrap needs --login, --name and --email.") << '\n';
            return CtlRunner::Usage;
        }
        password = qEnvironmentVariable("PM_OPERATOR_PASSWORD");
        if (password.isEmpty()) {
            password = m_in.readLine();
        }
        if (password.size() < 12) {
            m_err << tr("The password (standard input or $PM_OPERATOR_PASSWORD) must have at least 12 characters.")
                  << '\n';
            return CtlRunner::Usage;
        }
    }
    int code = CtlRunner::Success;
    const auto connection = openDatabase(parser.value(dbOption), m_err, &code);
    if (!connection) {
        return code;
    }
    QSqlQuery q(connection->database());
    if (sub == u"bootstrap"_s) {
        q.prepare(u"SELECT pm_operator_bootstrap(?, ?, ?, ?)"_s);
        q.addBindValue(parser.value(loginOption));
        q.addBindValue(parser.value(nameOption));
        q.addBindValue(parser.value(emailOption));
        q.addBindValue(pm::security::ScramVerifier::make(password));
        password.fill(u'0');
        if (!q.exec() || !q.next()) {
            m_err << pm::store::DatabaseConnection::oneLine(q.lastError()) << '\n';
            return CtlRunner::Failure;
        }
        if (!q.value(0).isNull()) {
            m_err << tr("Refused: %1.").arg(q.value(0).toString()) << '\n';
            return CtlRunner::Failure;
        }
        m_out << tr("Admin %1 created. Sign in to the console with this login and password.")
                     .arg(parser.value(loginOption))
              << '\n';
        return CtlRunner::Success;
    }
    if (!q.exec(u"SELECT login, coalesce(capability::text, 'none'), status, display_name, email, "
                "coalesce(to_char(stepup_locked_until AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI \"UTC\"'), '') "
                "FROM operator_directory ORDER BY login"_s)) {
        m_err << pm::store::DatabaseConnection::oneLine(q.lastError()) << '\n';
        return CtlRunner::Failure;
    }
    m_out << tr("LOGIN\tCAPABILITY\tSTATUS\tNAME\tEMAIL\tSTEP-UP LOCKED UNTIL") << '\n';
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i) {
            fields << q.value(i).toString().replace(u'\t', u' ').replace(u'\n', u' ');
        }
        m_out << fields.join(u'\t') << '\n';
    }
    return CtlRunner::Success;
}

} // namespace pm::cli

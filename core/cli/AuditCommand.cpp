#include "cli/AuditCommand.h"

#include "cli/CliDatabase.h"
#include "cli/CtlRunner.h"
#include "security/AuditChainVerifier.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pm::cli
{

int AuditCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"audit"_s, tr("audit verify"));
    parser.addPositionalArgument(u"verify"_s, tr("Check the audit log's hash chain."));
    const QCommandLineOption dbOption(u"db"_s, tr("PostgreSQL connection URI (default: $PM_DATABASE_URL)."), u"uri"_s);
    const QCommandLineOption headOption(u"head"_s,
                                        tr("A head printed by an earlier run (SEQ:HASH) that must still be "
                                           "in the chain."),
                                        u"seq:hash"_s);
    parser.addOptions({dbOption, headOption});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return CtlRunner::Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != u"verify"_s) {
        m_err << tr("Usage: pmctl audit verify [--db URI] [--head SEQ:HASH]") << '\n';
        return CtlRunner::Usage;
    }
    qint64 headSeq = -1;
    QByteArray headHash;
    if (parser.isSet(headOption)) {
        static const QRegularExpression pattern(u"^(\\d+):([0-9a-fA-F]{64})$"_s);
        const auto match = pattern.match(parser.value(headOption));
        if (!match.hasMatch()) {
            m_err << tr("--head takes SEQ:HASH as printed by pmctl audit verify (a number, a colon, 64 hex digits).")
                  << '\n';
            return CtlRunner::Usage;
        }
        headSeq = match.captured(1).toLongLong();
        headHash = QByteArray::fromHex(match.captured(2).toLatin1());
    }
    int code = CtlRunner::Success;
    const auto connection = openDatabase(parser.value(dbOption), m_err, &code);
    if (!connection) {
        return code;
    }
    const auto report = pm::security::AuditChainVerifier::verify(connection->database(), headSeq, headHash);
    if (!report.error.isEmpty()) {
        m_err << tr("The audit log could not be read: %1").arg(report.error) << '\n';
        return CtlRunner::Failure;
    }
    m_out << tr("audit rows checked: %1").arg(report.rowsChecked) << '\n';
    if (!report.intact()) {
        m_err << tr("BROKEN at row %1: %2").arg(report.firstBrokenSeq).arg(report.problem) << '\n';
        return CtlRunner::Failure;
    }
    m_out << tr("chain intact; head %1:%2").arg(report.headSeq).arg(QString::fromLatin1(report.headHash.toHex()))
          << '\n';
    return CtlRunner::Success;
}

} // namespace pm::cli

#include "cli/SigV4Command.h"

#include "cli/CtlRunner.h"
#include "providers/aws/SigV4Signer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace pm::cli
{

namespace
{
bool readFile(const QString& path, QByteArray* data, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = SigV4Command::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *data = f.readAll();
    return true;
}
} // namespace

int SigV4Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the canonical request, string to sign and signature (AWS Signature Version 4) of a raw HTTP "
           "request."));
    parser.addPositionalArgument(u"sigv4"_s, tr("The command."));
    const QCommandLineOption contextOption(
        u"context"_s,
        tr("JSON with credentials.access_key_id, credentials.secret_access_key (and token), region, service, "
           "timestamp; optional normalize, sign_body, omit_session_token, expiration_in_seconds."),
        u"file"_s);
    const QCommandLineOption requestOption(u"request"_s, tr("The raw HTTP request (request line, headers, body)."),
                                           u"file"_s);
    const QCommandLineOption queryOption(u"query"_s, tr("Sign in the query string (a presigned URL) instead of the "
                                                        "Authorization header."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOptions({contextOption, requestOption, queryOption, helpOption});
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return CtlRunner::Usage;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return CtlRunner::Success;
    }
    if (!parser.isSet(contextOption) || !parser.isSet(requestOption)) {
        m_err << tr("pmctl sigv4 needs --context FILE and --request FILE.") << '\n';
        return CtlRunner::Usage;
    }
    QByteArray contextJson;
    QByteArray raw;
    QString error;
    if (!readFile(parser.value(contextOption), &contextJson, &error)
        || !readFile(parser.value(requestOption), &raw, &error)) {
        m_err << error << '\n';
        return CtlRunner::Failure;
    }
    const auto context = pm::providers::SigV4Context::fromJson(contextJson, &error);
    if (!context) {
        m_err << parser.value(contextOption) << ": " << error << '\n';
        return CtlRunner::Failure;
    }
    const auto request = pm::providers::SigV4Request::parse(raw, &error);
    if (!request) {
        m_err << parser.value(requestOption) << ": " << error << '\n';
        return CtlRunner::Failure;
    }
    const bool query = parser.isSet(queryOption);
    const auto result = query ? pm::providers::SigV4Signer::signQuery(*request, *context)
                              : pm::providers::SigV4Signer::signHeaders(*request, *context);
    m_out << tr("Canonical request:") << '\n' << QString::fromUtf8(result.canonicalRequest) << "\n\n";
    m_out << tr("String to sign:") << '\n' << QString::fromUtf8(result.stringToSign) << "\n\n";
    m_out << tr("Signature:") << '\n' << QString::fromLatin1(result.signature) << "\n\n";
    if (query) {
        m_out << tr("Presigned query:") << '\n' << QString::fromUtf8(result.presignedQuery) << '\n';
    } else {
        m_out << tr("Headers to add:") << '\n';
        for (const auto& [name, value] : result.addedHeaders) {
            m_out << QString::fromUtf8(name) << ':' << QString::fromUtf8(value) << '\n';
        }
    }
    return CtlRunner::Success;
}

} // namespace pm::cli

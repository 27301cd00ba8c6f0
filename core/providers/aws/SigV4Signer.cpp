#include "providers/aws/SigV4Signer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMessageAuthenticationCode>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
QByteArray amzDate(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray dateStamp(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyyMMdd"_s).toLatin1();
}

QByteArray scope(const SigV4Context& c)
{
    return dateStamp(c.time) + '/' + c.region.toUtf8() + '/' + c.service.toUtf8() + "/aws4_request";
}

// Trims and collapses inner runs of blanks to one space.
QByteArray canonicalValue(const QByteArray& value)
{
    return value.simplified();
}

QList<QPair<QByteArray, QByteArray>> parseQuery(const QByteArray& query)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& part : query.split('&')) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return pairs;
}

QByteArray hmac(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}
} // namespace

std::optional<SigV4Request> SigV4Request::parse(const QByteArray& raw, QString* error)
{
    SigV4Request r;
    QByteArray text = raw;
    text.replace("\r\n", "\n");
    const qsizetype headerEnd = text.indexOf("\n\n");
    const QByteArray head = headerEnd < 0 ? text : text.left(headerEnd);
    r.body = headerEnd < 0 ? QByteArray() : text.mid(headerEnd + 2);
    QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty() || lines.constFirst().trimmed().isEmpty()) {
        *error = SigV4Signer::tr("The request is empty.");
        return std::nullopt;
    }
    // "METHOD target HTTP/1.1"; the target may contain spaces (the test suite's "/example space/").
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace || !requestLine.mid(lastSpace + 1).startsWith("HTTP/")) {
        *error = SigV4Signer::tr("The first line is not an HTTP request line (METHOD /path HTTP/1.1): \"%1\"")
                     .arg(QString::fromUtf8(requestLine.left(120)));
        return std::nullopt;
    }
    r.method = requestLine.left(firstSpace).toUpper();
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    r.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (const QByteArray& line : std::as_const(lines)) {
        if (line.isEmpty()) {
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !r.headers.isEmpty()) {
            r.headers.last().second += ' ' + line.trimmed(); // obsolete line folding
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = SigV4Signer::tr("Not a header line (name:value): \"%1\"").arg(QString::fromUtf8(line.left(120)));
            return std::nullopt;
        }
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return r;
}

std::optional<SigV4Context> SigV4Context::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parse {};
    const QJsonObject o = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = SigV4Signer::tr("The context is not valid JSON: %1").arg(parse.errorString());
        return std::nullopt;
    }
    SigV4Context c;
    const QJsonObject creds = o.value(u"credentials"_s).toObject();
    c.credentials.accessKeyId = creds.value(u"access_key_id"_s).toString();
    c.credentials.secretAccessKey = creds.value(u"secret_access_key"_s).toString();
    c.credentials.sessionToken = creds.value(u"token"_s).toString();
    c.region = o.value(u"region"_s).toString();
    c.service = o.value(u"service"_s).toString();
    c.time = QDateTime::fromString(o.value(u"timestamp"_s).toString(), Qt::ISODate).toUTC();
    c.normalizePath = o.value(u"normalize"_s).toBool(true);
    c.signBody = o.value(u"sign_body"_s).toBool(false);
    c.omitSessionToken = o.value(u"omit_session_token"_s).toBool(false);
    c.expiresSeconds = o.value(u"expiration_in_seconds"_s).toInt(3600);
    const QStringList missing = [&] {
        QStringList m;
        if (c.credentials.accessKeyId.isEmpty()) {
            m << u"credentials.access_key_id"_s;
        }
        if (c.credentials.secretAccessKey.isEmpty()) {
            m << u"credentials.secret_access_key"_s;
        }
        if (c.region.isEmpty()) {
            m << u"region"_s;
        }
        if (c.service.isEmpty()) {
            m << u"service"_s;
        }
        if (!c.time.isValid()) {
            m << u"timestamp (ISO 8601)"_s;
        }
        return m;
    }();
    if (!missing.isEmpty()) {
        *error = SigV4Signer::tr("The context lacks: %1").arg(missing.join(u", "_s));
        return std::nullopt;
    }
    return c;
}

QByteArray SigV4Signer::uriEncode(const QByteArray& bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                                || c == '_' || c == '.' || c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray SigV4Signer::normalizePath(const QByteArray& path)
{
    QList<QByteArray> segments;
    for (const QByteArray& s : path.split('/')) {
        if (s.isEmpty() || s == ".") {
            continue;
        }
        if (s == "..") {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
            continue;
        }
        segments << s;
    }
    QByteArray out = '/' + segments.join('/');
    if (!segments.isEmpty() && path.endsWith('/')) {
        out += '/';
    }
    return out;
}

QByteArray SigV4Signer::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::signingKey(const QString& secret, const QByteArray& date, const QString& region,
                                   const QString& service)
{
    const QByteArray kDate = hmac("AWS4" + secret.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, "aws4_request");
}

SigV4Signer::Canonical SigV4Signer::canonical(const SigV4Request& request, const SigV4Context& context,
                                              const QList<QPair<QByteArray, QByteArray>>& extraHeaders,
                                              const QList<QPair<QByteArray, QByteArray>>& extraQuery)
{
    QByteArray path = request.path.isEmpty() ? QByteArray("/") : request.path;
    if (context.normalizePath) {
        path = normalizePath(path);
    }
    // Query: every name and value decoded, then encoded, sorted by name and then value.
    QList<QPair<QByteArray, QByteArray>> query = parseQuery(request.query) + extraQuery;
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto& [name, value] : std::as_const(query)) {
        encoded.append({uriEncode(name, false), uriEncode(value, false)});
    }
    std::sort(encoded.begin(), encoded.end());
    QList<QByteArray> queryParts;
    for (const auto& [name, value] : std::as_const(encoded)) {
        queryParts << name + '=' + value;
    }
    // Headers: lower-case names, values trimmed and collapsed, repeated names joined with ','.
    QMap<QByteArray, QList<QByteArray>> headers;
    for (const auto& [name, value] : request.headers + extraHeaders) {
        headers[name.toLower()] << canonicalValue(value);
    }
    QByteArray headerBlock;
    QList<QByteArray> names;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        headerBlock += it.key() + ':' + it.value().join(',') + '\n';
        names << it.key();
    }
    Canonical c;
    c.signedHeaders = names.join(';');
    c.request = request.method + '\n' + uriEncode(path, true) + '\n' + queryParts.join('&') + '\n' + headerBlock + '\n'
                + c.signedHeaders + '\n' + sha256Hex(request.body);
    return c;
}

QByteArray SigV4Signer::finish(const QByteArray& canonicalRequest, const SigV4Context& context,
                               QByteArray* stringToSign)
{
    *stringToSign
        = "AWS4-HMAC-SHA256\n" + amzDate(context.time) + '\n' + scope(context) + '\n' + sha256Hex(canonicalRequest);
    const QByteArray key
        = signingKey(context.credentials.secretAccessKey, dateStamp(context.time), context.region, context.service);
    return hmac(key, *stringToSign).toHex();
}

SigV4Result SigV4Signer::signHeaders(const SigV4Request& request, const SigV4Context& context)
{
    QList<QPair<QByteArray, QByteArray>> extra {{"X-Amz-Date", amzDate(context.time)}};
    const bool token = !context.credentials.sessionToken.isEmpty();
    if (token && !context.omitSessionToken) {
        extra.append({"X-Amz-Security-Token", context.credentials.sessionToken.toUtf8()});
    }
    if (context.signBody) {
        extra.append({"X-Amz-Content-Sha256", sha256Hex(request.body)});
    }
    const Canonical c = canonical(request, context, extra, {});
    SigV4Result r;
    r.canonicalRequest = c.request;
    r.signature = finish(c.request, context, &r.stringToSign);
    r.addedHeaders = extra;
    if (token && context.omitSessionToken) {
        r.addedHeaders.append({"X-Amz-Security-Token", context.credentials.sessionToken.toUtf8()});
    }
    r.addedHeaders.append({"Authorization", "AWS4-HMAC-SHA256 Credential=" + context.credentials.accessKeyId.toUtf8()
                                                + '/' + scope(context) + ", SignedHeaders=" + c.signedHeaders
                                                + ", Signature=" + r.signature});
    return r;
}

SigV4Result SigV4Signer::signQuery(const SigV4Request& request, const SigV4Context& context)
{
    // The signed headers are the request's own; the date and credential travel in the query.
    QList<QByteArray> names;
    for (const auto& header : request.headers) {
        if (!names.contains(header.first.toLower())) {
            names << header.first.toLower();
        }
    }
    std::sort(names.begin(), names.end());
    QList<QPair<QByteArray, QByteArray>> params {
        {"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
        {"X-Amz-Credential", context.credentials.accessKeyId.toUtf8() + '/' + scope(context)},
        {"X-Amz-Date", amzDate(context.time)},
        {"X-Amz-Expires", QByteArray::number(context.expiresSeconds)},
    };
    if (!context.credentials.sessionToken.isEmpty() && !context.omitSessionToken) {
        params.append({"X-Amz-Security-Token", context.credentials.sessionToken.toUtf8()});
    }
    params.append({"X-Amz-SignedHeaders", names.join(';')});
    const Canonical c = canonical(request, context, {}, params);
    SigV4Result r;
    r.canonicalRequest = c.request;
    r.signature = finish(c.request, context, &r.stringToSign);
    QByteArray query = request.query;
    for (const auto& [name, value] : std::as_const(params)) {
        query += (query.isEmpty() ? "" : "&") + name + '=' + uriEncode(value, false);
    }
    r.presignedQuery = query + "&X-Amz-Signature=" + r.signature;
    return r;
}

} // namespace pm::providers

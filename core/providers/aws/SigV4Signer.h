#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace pm::providers
{

struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< empty unless temporary credentials
};

/// An HTTP request as SigV4 sees it: the path and query exactly as on the request line.
struct SigV4Request
{
    QByteArray method;
    QByteArray path;                              ///< before '?', not yet percent-encoded
    QByteArray query;                             ///< after '?', as sent
    QList<QPair<QByteArray, QByteArray>> headers; ///< in order; folded lines already joined
    QByteArray body;

    /// Parses a raw HTTP/1.1 request ("GET /path?q HTTP/1.1", headers, blank line, body); header
    /// continuation lines (leading blanks) are joined to the previous value with one space.
    static std::optional<SigV4Request> parse(const QByteArray& raw, QString* error);
};

/// What to sign with and how (the fields of the AWS signing test suite's context.json).
struct SigV4Context
{
    AwsCredentials credentials;
    QString region;
    QString service;
    QDateTime time;                ///< UTC
    bool normalizePath = true;     ///< every service but S3
    bool signBody = false;         ///< add x-amz-content-sha256
    bool omitSessionToken = false; ///< the token is sent but not signed
    int expiresSeconds = 3600;     ///< presigned URLs

    static std::optional<SigV4Context> fromJson(const QByteArray& json, QString* error);
};

struct SigV4Result
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature; ///< lower-case hex
    /// Header signing: the headers to add (X-Amz-Date, X-Amz-Security-Token, Authorization …).
    QList<QPair<QByteArray, QByteArray>> addedHeaders;
    /// Query signing: the complete query string to send, signature included.
    QByteArray presignedQuery;
};

/**
 * AWS Signature Version 4 (HMAC-SHA256), provider-apis.md §5.4: canonical request, string to sign,
 * signing key chain and signature, for header signing (the Authorization header) and query signing
 * (presigned URLs). Conformance: every case of the AWS signing test suite (tests/data/aws-sigv4).
 */
class SigV4Signer final
{
    Q_DECLARE_TR_FUNCTIONS(SigV4Signer)

public:
    static SigV4Result signHeaders(const SigV4Request& request, const SigV4Context& context);
    static SigV4Result signQuery(const SigV4Request& request, const SigV4Context& context);

    /// RFC 3986 encoding: unreserved characters stay, everything else %XX (upper-case hex).
    static QByteArray uriEncode(const QByteArray& bytes, bool keepSlash);
    /// Removes "." and ".." segments and empty segments, keeping a trailing slash.
    static QByteArray normalizePath(const QByteArray& path);
    static QByteArray signingKey(const QString& secret, const QByteArray& date, const QString& region,
                                 const QString& service);
    static QByteArray sha256Hex(const QByteArray& data);

private:
    struct Canonical
    {
        QByteArray request;
        QByteArray signedHeaders;
    };
    static Canonical canonical(const SigV4Request& request, const SigV4Context& context,
                               const QList<QPair<QByteArray, QByteArray>>& extraHeaders,
                               const QList<QPair<QByteArray, QByteArray>>& extraQuery);
    static QByteArray finish(const QByteArray& canonicalRequest, const SigV4Context& context, QByteArray* stringToSign);
};

} // namespace pm::providers

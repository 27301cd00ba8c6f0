#include "sim/mock/MailgunMockEventsRequest.h"

#include <QByteArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pm::sim
{

namespace
{
/// An events time parameter: epoch seconds (a fraction allowed) or RFC 2822 (§3.4).
std::optional<QDateTime> eventTime(const QString& text)
{
    bool numeric = false;
    const double seconds = text.toDouble(&numeric);
    if (numeric) {
        if (seconds < 0 || seconds > 253'402'300'799.0) {
            return std::nullopt;
        }
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(seconds * 1000.0)), Qt::UTC);
    }
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    if (!t.isValid()) {
        return std::nullopt;
    }
    return t.toUTC();
}

/// The offset a MailgunMockEventsRequest::pageToken() stands for; nothing when it is not one.
std::optional<qint64> pageOffset(const QString& token)
{
    bool ok = false;
    const qint64 offset = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    if (!ok || offset < 0) {
        return std::nullopt;
    }
    return offset;
}
} // namespace

std::optional<MailgunMockEventsRequest> MailgunMockEventsRequest::parse(const QUrlQuery& query, QString* problem)
{
    qint64 limit = 100; // the SDK's default
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 1 || limit > 300) {
            *problem = u"limit: must be a number from 1 to 300"_s;
            return std::nullopt;
        }
    }
    const auto timeParameter = [&](const QString& name, std::optional<QDateTime>* target) {
        if (!query.hasQueryItem(name)) {
            return true;
        }
        *target = eventTime(query.queryItemValue(name, QUrl::FullyDecoded));
        if (!*target) {
            *problem = u"%1: expected epoch seconds or an RFC 2822 date"_s.arg(name);
            return false;
        }
        return true;
    };
    std::optional<QDateTime> begin;
    std::optional<QDateTime> end;
    if (!timeParameter(u"begin"_s, &begin) || !timeParameter(u"end"_s, &end)) {
        return std::nullopt;
    }
    const QString ascendingText = query.queryItemValue(u"ascending"_s);
    if (!ascendingText.isEmpty() && ascendingText != u"yes"_s && ascendingText != u"no"_s) {
        *problem = u"ascending: must be yes or no"_s;
        return std::nullopt;
    }
    if (begin && !end && ascendingText.isEmpty()) {
        // §3.4: the direction must be given when the range has no end.
        *problem = u"ascending: required when end is not given"_s;
        return std::nullopt;
    }
    const bool ascending = ascendingText.isEmpty() ? (begin && end && *begin < *end) : ascendingText == u"yes"_s;
    std::optional<qint64> offset = 0;
    if (query.hasQueryItem(u"page"_s)) {
        offset = pageOffset(query.queryItemValue(u"page"_s));
        if (!offset) {
            *problem = u"page: not a page of this search"_s;
            return std::nullopt;
        }
    }
    // Only failed events are stored: a filter without "failed" ("failed OR delivered" has it) finds none.
    const QString eventFilter = query.queryItemValue(u"event"_s, QUrl::FullyDecoded);
    const bool failedWanted = eventFilter.isEmpty() || eventFilter.split(u" OR "_s).contains(u"failed"_s);
    const QString severity = query.queryItemValue(u"severity"_s);

    MailgunMockEventsRequest request;
    request.limit = limit;
    request.begin = begin;
    request.end = end;
    request.ascending = ascending;
    request.offset = *offset;
    request.failedWanted = failedWanted;
    request.severity = severity;
    return request;
}

QString MailgunMockEventsRequest::pageToken(qint64 offset)
{
    return QString::fromLatin1(
        QByteArray::number(offset).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace pm::sim

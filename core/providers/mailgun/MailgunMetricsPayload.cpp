#include "providers/mailgun/MailgunMetricsPayload.h"

#include "providers/PayloadReader.h"
#include "providers/mailgun/MailgunClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// Days per metrics page. Mailgun's largest pagination.limit is not documented (UNCONFIRMED); the
/// client follows pagination.total and counts what came back, so a server that gives fewer per
/// page is still read to the end. A window of up to 100 days is one page.
constexpr qint64 MetricsPageSize = 100;

// The Metrics API's names for what DailyStats counts (§3.2).
const QString Accepted = u"accepted_count"_s;
const QString Delivered = u"delivered_count"_s;
const QString PermanentFailed = u"permanent_failed_count"_s;
const QString TemporaryFailed = u"temporary_failed_count"_s;
const QString Complained = u"complained_count"_s;
const QString UniqueOpened = u"unique_opened_count"_s;

/// "Sun, 01 Jun 2025 00:00:00 +0000" for the start of @p day in UTC: the form of Mailgun's own
/// examples. Qt's Qt::RFC2822Date output leaves out the weekday, which RFC 2822 allows but a
/// strict parser on the other side might not.
QString rfc2822(const QDate& day)
{
    return QLocale::c().toString(QDateTime(day, QTime(0, 0), Qt::UTC), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

/// An RFC 2822 time as Mailgun writes it. The Metrics API's examples end in "+0000", the older
/// stats API's in "UTC", which Qt's parser does not take: read as +0000.
QDateTime parseRfc2822(const QString& text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    if (!t.isValid()) {
        static const QRegularExpression namedUtc(uR"(\s+(UTC|GMT|UT|Z)$)"_s);
        QString numeric = text.trimmed();
        numeric.replace(namedUtc, u" +0000"_s);
        t = QDateTime::fromString(numeric, Qt::RFC2822Date);
    }
    return t;
}

/// The day a metrics item stands for: its "time" dimension, the date as written (UTC in every
/// example), since Mailgun buckets the days itself.
QDate bucketDay(PayloadReader& reader, const QJsonObject& item, const QString& at)
{
    const QJsonArray dimensions = reader.array(item, u"dimensions"_s, at);
    for (qsizetype j = 0; j < dimensions.size() && reader.ok(); ++j) {
        const QString path = u"%1.dimensions[%2]"_s.arg(at, QString::number(j));
        if (!dimensions.at(j).isObject()) {
            reader.fail(path, MailgunClient::tr("expected an object"));
            return {};
        }
        const QJsonObject dimension = dimensions.at(j).toObject();
        if (reader.string(dimension, u"dimension"_s, path) != u"time"_s) {
            continue; // only "time" was asked for; another one is not ours to read
        }
        const QString value = reader.string(dimension, u"value"_s, path);
        if (!reader.ok()) {
            return {};
        }
        const QDateTime t = parseRfc2822(value);
        if (!t.isValid()) {
            reader.fail(QString(path + u".value"_s),
                        MailgunClient::tr("\"%1\" is not an RFC 2822 time").arg(value.left(40)));
            return {};
        }
        return t.date();
    }
    if (reader.ok()) {
        reader.fail(QString(at + u".dimensions"_s), MailgunClient::tr("no \"time\" dimension"));
    }
    return {};
}

/// A count metric that was asked for. Left out or null reads as 0: whether Mailgun leaves out
/// zeros is UNCONFIRMED, and its SDK types every metric as an optional pointer.
qint64 metric(PayloadReader& reader, const QJsonObject& metrics, const QString& name, const QString& path)
{
    return metrics.value(name).isNull() ? 0 : reader.count(metrics, name, path, 0);
}
} // namespace

QJsonObject MailgunMetricsPayload::requestBody(const QDate& from, const QDate& to, const QString& domain, qint64 skip)
{
    QJsonObject query {
        {u"start"_s, rfc2822(from)},
        // The start of the day after: whole days whether Mailgun reads end as inclusive or not
        // (UNCONFIRMED); a bucket past `to` is dropped when read.
        {u"end"_s, rfc2822(to.addDays(1))},
        {u"resolution"_s, u"day"_s},
        {u"dimensions"_s, QJsonArray {u"time"_s}},
        {u"metrics"_s,
         QJsonArray::fromStringList({Accepted, Delivered, PermanentFailed, TemporaryFailed, Complained, UniqueOpened})},
        {u"include_aggregates"_s, false},
        // "<dimension>:asc" as in the documented "domain:asc": the days in order, so skip is stable.
        {u"pagination"_s, QJsonObject {{u"sort"_s, u"time:asc"_s}, {u"skip"_s, skip}, {u"limit"_s, MetricsPageSize}}},
    };
    if (!domain.isEmpty()) {
        const QJsonObject condition {
            {u"attribute"_s, u"domain"_s},
            {u"comparator"_s, u"="_s},
            {u"values"_s, QJsonArray {QJsonObject {{u"label"_s, domain}, {u"value"_s, domain}}}}};
        query.insert(u"filter"_s, QJsonObject {{u"AND"_s, QJsonArray {condition}}});
    }
    return query;
}

DailyStats MailgunMetricsPayload::readItem(PayloadReader& reader, const QJsonObject& item, const QString& at)
{
    const QDate day = bucketDay(reader, item, at);
    const QJsonObject metrics = reader.object(item, u"metrics"_s, at);
    const QString metricsPath = QString(at + u".metrics"_s);
    /*
     * One day in our terms. Counts are integers, or numeric strings as Mailgun's rates are
     * (count() takes both); one left out reads as 0 (see metric()):
     * - sent = accepted_count (every message Mailgun took to send);
     * - bouncedHard = permanent_failed_count: Mailgun will not try again; suppressed
     *   recipients (suppress-bounce, …) are counted in it, as Mailgun counts them;
     * - bouncedSoft = temporary_failed_count: attempts Mailgun will retry (a message retried
     *   twice may count twice, and may still be delivered);
     * - opened = unique_opened_count (recipients who opened), not opened_count;
     * - blocked stays -1: Mailgun has no such counter.
     */
    DailyStats d;
    d.day = day;
    d.sent = metric(reader, metrics, Accepted, metricsPath);
    d.delivered = metric(reader, metrics, Delivered, metricsPath);
    d.bouncedHard = metric(reader, metrics, PermanentFailed, metricsPath);
    d.bouncedSoft = metric(reader, metrics, TemporaryFailed, metricsPath);
    d.complaints = metric(reader, metrics, Complained, metricsPath);
    d.opened = metric(reader, metrics, UniqueOpened, metricsPath);
    return d;
}

} // namespace pm::providers

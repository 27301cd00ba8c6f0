#include "sim/mock/MailgunMockPayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using pm::providers::DailyStats;
using pm::providers::MailgunEvent;

namespace pm::sim
{

namespace
{
/// "98.17": @p part of @p whole in percent, two decimals, as text.
QJsonValue rate(qint64 part, qint64 whole)
{
    const double percent = whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
    return QString::number(percent, 'f', 2);
}
} // namespace

QByteArray MailgunMockPayloads::errorBody(const QString& message)
{
    return QJsonDocument(QJsonObject {{u"message"_s, message}}).toJson(QJsonDocument::Compact);
}

QString MailgunMockPayloads::rfc2822(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

QString MailgunMockPayloads::rfc1123(const QDateTime& t)
{
    return QLocale::c().toString(t.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
}

std::optional<QJsonValue> MailgunMockPayloads::metricValue(const DailyStats& d, const QString& name)
{
    const qint64 hard = std::max<qint64>(0, d.bouncedHard);
    const qint64 soft = std::max<qint64>(0, d.bouncedSoft);
    const qint64 delivered = d.delivered >= 0 ? d.delivered : std::max<qint64>(0, d.sent - hard - soft);
    const qint64 uniqueOpened = std::max<qint64>(0, d.opened);
    const QList<QPair<QString, QJsonValue>> values {
        {u"accepted_count"_s, d.sent},
        {u"delivered_count"_s, delivered},
        {u"failed_count"_s, hard + soft},
        {u"permanent_failed_count"_s, hard},
        {u"temporary_failed_count"_s, soft},
        {u"complained_count"_s, d.complaints},
        {u"bounced_count"_s, hard},
        {u"hard_bounces_count"_s, hard},
        {u"soft_bounces_count"_s, soft},
        {u"unsubscribed_count"_s, 0},
        {u"opened_count"_s, uniqueOpened + uniqueOpened / 2}, // some readers open twice
        {u"unique_opened_count"_s, uniqueOpened},
        {u"clicked_count"_s, 0},
        {u"delivered_rate"_s, rate(delivered, d.sent)},
        {u"complained_rate"_s, rate(d.complaints, delivered)},
        {u"bounce_rate"_s, rate(hard, d.sent)},
        {u"fail_rate"_s, rate(hard + soft, d.sent)},
        {u"permanent_fail_rate"_s, rate(hard, d.sent)},
        {u"temporary_fail_rate"_s, rate(soft, d.sent)},
    };
    for (const auto& [key, value] : values) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

QJsonObject MailgunMockPayloads::metricsObject(const DailyStats& d, const QStringList& names)
{
    QJsonObject m;
    for (const QString& name : names) {
        m.insert(name, metricValue(d, name).value_or(QJsonValue()));
    }
    return m;
}

QJsonObject MailgunMockPayloads::failedEvent(const MailgunEvent& e, const QString& domain)
{
    // Mailgun's own refusals (suppress-*) have no server reply: their words are the description.
    const bool suppressed = e.reason.startsWith(u"suppress-"_s);
    QJsonObject status {{u"message"_s, suppressed ? QString() : e.description},
                        {u"description"_s, suppressed ? e.description : QString()},
                        {u"attempt-no"_s, 1},
                        {u"session-seconds"_s, 0.4}};
    bool numeric = false;
    const int code = e.code.toInt(&numeric);
    if (numeric) {
        status.insert(u"code"_s, code);
    } else if (!e.code.isEmpty()) {
        status.insert(u"code"_s, e.code);
    }
    const QString recipientDomain = e.recipient.section(u'@', 1);
    return QJsonObject {
        {u"event"_s, u"failed"_s},
        {u"id"_s, e.id},
        {u"timestamp"_s, static_cast<double>(e.timestamp.toMSecsSinceEpoch()) / 1000.0},
        {u"recipient"_s, e.recipient},
        {u"recipient-domain"_s, recipientDomain},
        {u"method"_s, u"HTTP"_s},
        {u"severity"_s, e.severity},
        {u"reason"_s, e.reason},
        {u"tags"_s, QJsonArray {u"otp"_s}},
        {u"user-variables"_s, QJsonObject {}},
        {u"flags"_s, QJsonObject {{u"is-routed"_s, false}, {u"is-authenticated"_s, true}}},
        {u"envelope"_s, QJsonObject {{u"sender"_s, QString(u"bounce@"_s + domain)},
                                     {u"targets"_s, e.recipient},
                                     {u"transport"_s, u"smtp"_s}}},
        {u"delivery-status"_s, status},
        {u"message"_s, QJsonObject {{u"headers"_s, QJsonObject {{u"message-id"_s, QString(e.id + u'@' + domain)},
                                                                {u"from"_s, QString(u"alerts@"_s + domain)},
                                                                {u"to"_s, e.recipient},
                                                                {u"subject"_s, u"Your code"_s}}},
                                    {u"size"_s, 4211}}},
    };
}

} // namespace pm::sim

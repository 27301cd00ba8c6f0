#include "providers/mailgun/MailgunEventPayload.h"

#include "providers/PayloadReader.h"

#include <QDateTime>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
/// 9999-12-31T23:59:59Z: later "epoch seconds" are not a time.
constexpr double MaxEpochSeconds = 253'402'300'799.0;

/// A text field Mailgun may leave out or send as null: empty then; any other type is an error.
QString optionalText(PayloadReader& reader, const QJsonObject& o, const QString& field, const QString& path)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    return reader.string(o, field, path);
}
} // namespace

std::optional<MailgunEvent> MailgunEventPayload::readFailure(PayloadReader& reader, const QJsonObject& o,
                                                             const QString& at)
{
    const QJsonValue event = o.value(u"event"_s);
    if (event.isString() && event.toString() != u"failed"_s) {
        return std::nullopt; // only failures were asked for
    }
    MailgunEvent e;
    e.id = reader.string(o, u"id"_s, at);
    // Float epoch seconds, e.g. 1748786400.123456.
    const QJsonValue timestamp = o.value(u"timestamp"_s);
    if (reader.ok() && (!timestamp.isDouble() || timestamp.toDouble() < 0 || timestamp.toDouble() > MaxEpochSeconds)) {
        reader.fail(QString(at + u".timestamp"_s), timestamp.isUndefined()
                                                       ? MailgunClient::tr("missing (expected a unix time)")
                                                       : MailgunClient::tr("expected a unix time in seconds"));
        return std::nullopt;
    }
    e.timestamp = QDateTime::fromMSecsSinceEpoch(qRound64(timestamp.toDouble() * 1000.0), Qt::UTC);
    e.severity = reader.string(o, u"severity"_s, at);
    e.recipient = reader.string(o, u"recipient"_s, at);
    e.reason = optionalText(reader, o, u"reason"_s, at);
    const QJsonValue deliveryStatus = o.value(u"delivery-status"_s);
    if (!deliveryStatus.isUndefined() && !deliveryStatus.isNull()) {
        const QJsonObject status = reader.object(o, u"delivery-status"_s, at);
        const QString statusPath = QString(at + u".delivery-status"_s);
        // A number in Mailgun's examples (550); text is taken as well, since it is only shown.
        const QJsonValue code = status.value(u"code"_s);
        if (code.isDouble()) {
            e.code = QString::number(qRound64(code.toDouble()));
        } else if (code.isString()) {
            e.code = code.toString();
        } else if (reader.ok() && !code.isUndefined() && !code.isNull()) {
            reader.fail(QString(statusPath + u".code"_s), MailgunClient::tr("expected an SMTP code"));
            return std::nullopt;
        }
        // "message" is the receiving server's words; Mailgun's own (e.g. for a suppressed
        // recipient) are in "description" when there are none.
        const QString message = optionalText(reader, status, u"message"_s, statusPath).trimmed();
        const QString description = optionalText(reader, status, u"description"_s, statusPath).trimmed();
        e.description = message.isEmpty() ? description : message;
    }
    if (!reader.ok()) {
        return std::nullopt;
    }
    return e;
}

} // namespace pm::providers

#include "providers/PayloadReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
QString at(const QString& path, const QString& field)
{
    return path.isEmpty() ? field : path + u'.' + field;
}
} // namespace

PayloadReader::PayloadReader(QString where)
    : m_where(std::move(where))
{ }

void PayloadReader::fail(const QString& path, const QString& problem)
{
    if (m_error.isEmpty()) {
        m_error = path.isEmpty() ? tr("%1: %2").arg(m_where, problem) : tr("%1: %2: %3").arg(m_where, path, problem);
    }
}

QJsonObject PayloadReader::document(const QByteArray& body)
{
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        fail({}, body.trimmed().isEmpty()
                     ? tr("the response is empty")
                     : tr("the response is not valid JSON (%1 at byte %2)").arg(parse.errorString()).arg(parse.offset));
        return {};
    }
    if (!doc.isObject()) {
        fail({}, tr("the response is not a JSON object"));
        return {};
    }
    return doc.object();
}

QJsonArray PayloadReader::array(const QJsonObject& o, const QString& field, const QString& path)
{
    const QJsonValue v = o.value(field);
    if (!ok()) {
        return {};
    }
    if (!v.isArray()) {
        fail(at(path, field), v.isUndefined() ? tr("missing (expected a list)") : tr("expected a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject PayloadReader::object(const QJsonObject& o, const QString& field, const QString& path)
{
    const QJsonValue v = o.value(field);
    if (!ok()) {
        return {};
    }
    if (!v.isObject()) {
        fail(at(path, field), v.isUndefined() ? tr("missing (expected an object)") : tr("expected an object"));
        return {};
    }
    return v.toObject();
}

QString PayloadReader::string(const QJsonObject& o, const QString& field, const QString& path)
{
    const QJsonValue v = o.value(field);
    if (!ok()) {
        return {};
    }
    if (!v.isString()) {
        fail(at(path, field), v.isUndefined() ? tr("missing (expected text)") : tr("expected text"));
        return {};
    }
    return v.toString();
}

qint64 PayloadReader::count(const QJsonObject& o, const QString& field, const QString& path, qint64 fallback)
{
    const QJsonValue v = o.value(field);
    if (!ok()) {
        return 0;
    }
    if (v.isUndefined() && fallback >= 0) {
        return fallback;
    }
    // Some providers send counts as strings ("ipCount": "12").
    double d = v.isDouble() ? v.toDouble() : -1;
    if (v.isString()) {
        bool numeric = false;
        d = v.toString().toDouble(&numeric);
        if (!numeric) {
            d = -1;
        }
    }
    if (d < 0 || std::floor(d) != d || d > 9e15) {
        fail(at(path, field), v.isUndefined() ? tr("missing (expected a count)") : tr("expected a whole number ≥ 0"));
        return 0;
    }
    return static_cast<qint64>(d);
}

QDate PayloadReader::date(const QJsonObject& o, const QString& field, const QString& path)
{
    const QString text = string(o, field, path);
    if (!ok()) {
        return {};
    }
    // "2025-06-01" or "2025-06-01T00:00:00" (some providers add a time).
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    if (!d.isValid()) {
        fail(at(path, field), tr("\"%1\" is not a date").arg(text.left(40)));
    }
    return d;
}

QDateTime PayloadReader::dateTime(const QJsonObject& o, const QString& field, const QString& path)
{
    const QString text = string(o, field, path);
    if (!ok()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // Seven fractional digits (.NET, Postmark): Qt reads at most three.
        static const QRegularExpression extraDigits(uR"((\.\d{3})\d+)"_s);
        QString trimmed = text;
        trimmed.replace(extraDigits, u"\\1"_s);
        t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    if (!t.isValid()) {
        fail(at(path, field), tr("\"%1\" is not a time").arg(text.left(40)));
    }
    return t.toUTC();
}

} // namespace pm::providers

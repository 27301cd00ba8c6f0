#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pm::providers
{

/**
 * Reads a provider's JSON payload field by field and never lets a malformed one through: unknown
 * fields are ignored; a missing or wrong-typed required field makes the first error, which names
 * the provider, the endpoint and the field ("Postmark GET /stats/outbound/sends: Days[3].Date: …").
 * Once an error is set, further reads return defaults, so a parser can read on and check once.
 */
class PayloadReader final
{
    Q_DECLARE_TR_FUNCTIONS(PayloadReader)

public:
    PayloadReader(QString where);

    /// Parses @p body as a JSON object.
    QJsonObject document(const QByteArray& body);

    QJsonArray array(const QJsonObject& o, const QString& field, const QString& path = {});
    QJsonObject object(const QJsonObject& o, const QString& field, const QString& path = {});
    QString string(const QJsonObject& o, const QString& field, const QString& path = {});
    /// A whole, non-negative number; @p fallback when absent (providers leave out zero counters).
    qint64 count(const QJsonObject& o, const QString& field, const QString& path = {}, qint64 fallback = -1);
    QDate date(const QJsonObject& o, const QString& field, const QString& path = {});
    QDateTime dateTime(const QJsonObject& o, const QString& field, const QString& path = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString& path, const QString& problem);

private:
    QString m_where;
    QString m_error;
};

} // namespace pm::providers

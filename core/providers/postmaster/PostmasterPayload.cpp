#include "providers/postmaster/PostmasterPayload.h"

#include "providers/PayloadReader.h"
#include "providers/postmaster/PostmasterClient.h"
#include "providers/postmaster/PostmasterMetricQuery.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
QString at(const QString& path, const QString& field)
{
    return path.isEmpty() ? field : QString(path + u'.' + field);
}

/// A field Google may leave out (proto3 drops empty values): empty when absent, an error when
/// present but not text.
QString optionalString(PayloadReader& reader, const QJsonObject& o, const QString& field, const QString& path)
{
    return o.contains(field) ? reader.string(o, field, path) : QString();
}

QJsonObject optionalObject(PayloadReader& reader, const QJsonObject& o, const QString& field, const QString& path)
{
    return o.contains(field) ? reader.object(o, field, path) : QJsonObject();
}

/// An empty repeated field is left out of the JSON entirely: absent is an empty list.
QJsonArray optionalArray(PayloadReader& reader, const QJsonObject& o, const QString& field, const QString& path = {})
{
    return o.contains(field) ? reader.array(o, field, path) : QJsonArray();
}

/**
 * A DomainStat's value as a ratio. StatisticValue is a union (§6.3): a rate comes as doubleValue
 * or floatValue (a JSON number, or a string such as "NaN" in proto3 JSON), and intValue — an int64,
 * so a JSON string — is read too. An empty or absent value is no data, not 0.
 * UNCONFIRMED: §6.3 does not give the unit of v2's *_RATE metrics; like v1's ratios they are read
 * as fractions, and anything outside 0..1 (a percentage, say) is refused with its path rather
 * than stored 100 times too large.
 */
std::optional<double> readRatio(PayloadReader& reader, const QJsonObject& entry, const QString& path)
{
    const QJsonValue v = entry.value(u"value"_s);
    if (v.isUndefined() || v.isNull() || !reader.ok()) {
        return std::nullopt;
    }
    const QString valuePath = at(path, u"value"_s);
    if (!v.isObject()) {
        reader.fail(valuePath, PostmasterClient::tr("expected an object"));
        return std::nullopt;
    }
    const QJsonObject value = v.toObject();
    for (const QString& field : {u"doubleValue"_s, u"floatValue"_s, u"intValue"_s}) {
        if (!value.contains(field)) {
            continue;
        }
        const QJsonValue n = value.value(field);
        bool numeric = n.isDouble();
        double d = n.toDouble();
        if (n.isString()) {
            d = n.toString().trimmed().toDouble(&numeric);
        }
        if (!numeric || !std::isfinite(d)) {
            reader.fail(at(valuePath, field), PostmasterClient::tr("expected a number"));
            return std::nullopt;
        }
        if (d < 0 || d > 1) {
            reader.fail(at(valuePath, field), PostmasterClient::tr("%1 is not a ratio from 0 to 1").arg(d));
            return std::nullopt;
        }
        return d;
    }
    if (value.contains(u"stringValue"_s) || value.contains(u"stringList"_s)) {
        reader.fail(valuePath, PostmasterClient::tr("expected a number, not text"));
    }
    return std::nullopt;
}

/// DomainStat.date (google.type.Date: year, month, day as numbers).
QDate readDate(PayloadReader& reader, const QJsonObject& entry, const QString& path)
{
    const QJsonObject date = reader.object(entry, u"date"_s, path);
    const QString datePath = at(path, u"date"_s);
    const qint64 year = reader.count(date, u"year"_s, datePath);
    const qint64 month = reader.count(date, u"month"_s, datePath);
    const qint64 day = reader.count(date, u"day"_s, datePath);
    if (!reader.ok()) {
        return {};
    }
    const QDate d = year <= 9999 && month <= 12 && day <= 31
                        ? QDate(static_cast<int>(year), static_cast<int>(month), static_cast<int>(day))
                        : QDate();
    if (!d.isValid()) {
        reader.fail(datePath, PostmasterClient::tr("%1-%2-%3 is not a date").arg(year).arg(month).arg(day));
    }
    return d;
}

/// One DomainComplianceData in PostmasterCompliance::details terms; every status it holds is
/// added to @p statuses.
QJsonObject complianceData(PayloadReader& reader, const QJsonObject& data, const QString& path, QStringList* statuses)
{
    QJsonObject out;
    const QString domainId = optionalString(reader, data, u"domainId"_s, path);
    if (!domainId.isEmpty()) {
        out.insert(u"domainId"_s, domainId);
    }
    // A status left out is the enum's zero value (proto3).
    auto statusOf = [&](const QJsonObject& o, const QString& oPath) {
        const QJsonObject status = optionalObject(reader, o, u"status"_s, oPath);
        const QString s = optionalString(reader, status, u"status"_s, at(oPath, u"status"_s));
        return s.isEmpty() ? u"STATE_UNSPECIFIED"_s : s;
    };
    const QJsonArray rows = optionalArray(reader, data, u"rowData"_s, path);
    QJsonObject requirements;
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString rowPath = at(path, u"rowData[%1]"_s.arg(i));
        if (!rows.at(i).isObject()) {
            reader.fail(rowPath, PostmasterClient::tr("expected an object"));
            break;
        }
        const QJsonObject row = rows.at(i).toObject();
        QString requirement = optionalString(reader, row, u"requirement"_s, rowPath);
        if (requirement.isEmpty()) {
            requirement = u"COMPLIANCE_REQUIREMENT_UNSPECIFIED"_s;
        }
        const QString status = statusOf(row, rowPath);
        requirements.insert(requirement, status);
        *statuses << status;
    }
    if (!requirements.isEmpty()) {
        out.insert(u"requirements"_s, requirements);
    }
    const QList<QPair<QString, QString>> verdicts {{u"oneClickUnsubscribeVerdict"_s, u"oneClickUnsubscribe"_s},
                                                   {u"honorUnsubscribeVerdict"_s, u"honorUnsubscribe"_s}};
    for (const auto& [field, key] : verdicts) {
        if (!data.contains(field) || !reader.ok()) {
            continue;
        }
        const QString verdictPath = at(path, field);
        const QJsonObject verdict = reader.object(data, field, path);
        const QString status = statusOf(verdict, verdictPath);
        QJsonObject v {{u"status"_s, status}};
        // "Must be empty if the status is compliant."
        const QString reason = optionalString(reader, verdict, u"reason"_s, verdictPath);
        if (!reason.isEmpty()) {
            v.insert(u"reason"_s, reason);
        }
        out.insert(key, v);
        *statuses << status;
    }
    return out;
}
} // namespace

qsizetype PostmasterPayload::readStatsPage(PayloadReader& reader, const QJsonObject& doc, qsizetype firstIndex,
                                           const QString& domain, QMap<QDate, PostmasterDayStats>* days)
{
    const QJsonArray entries = optionalArray(reader, doc, u"domainStats"_s);
    for (qsizetype i = 0; i < entries.size() && reader.ok(); ++i) {
        const QString entryPath = u"domainStats[%1]"_s.arg(firstIndex + i);
        if (!entries.at(i).isObject()) {
            reader.fail(entryPath, PostmasterClient::tr("expected an object"));
            break;
        }
        const QJsonObject entry = entries.at(i).toObject();
        const QString label = reader.string(entry, u"metric"_s, entryPath);
        const PostmasterMetricQuery* query = PostmasterMetricQuery::find(label);
        if (!reader.ok() || !query) {
            continue; // not a metric we asked for: not ours to read or store
        }
        const QDate day = readDate(reader, entry, entryPath);
        const std::optional<double> value = readRatio(reader, entry, entryPath);
        if (!reader.ok() || !value) {
            continue; // no value: no data for that day, not 0
        }
        PostmasterDayStats& d = (*days)[day];
        d.domain = domain;
        d.day = day;
        query->applyTo(d, *value);
    }
    return entries.size();
}

void PostmasterPayload::readDomainsPage(PayloadReader& reader, const QJsonObject& doc, QStringList* domains)
{
    const QJsonArray list = optionalArray(reader, doc, u"domains"_s);
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        const QString path = u"domains[%1]"_s.arg(domains->size());
        if (!list.at(i).isObject()) {
            reader.fail(path, PostmasterClient::tr("expected an object"));
            break;
        }
        const QString resource = reader.string(list.at(i).toObject(), u"name"_s, path);
        // "domains/{domain_name}", the fully qualified name.
        if (reader.ok() && (!resource.startsWith(u"domains/"_s) || resource.size() <= 8)) {
            reader.fail(
                QString(path + u".name"_s),
                PostmasterClient::tr("\"%1\" is not a domain resource name (domains/…)").arg(resource.left(80)));
            break;
        }
        *domains << resource.mid(8);
    }
}

PostmasterCompliance PostmasterPayload::readCompliance(PayloadReader& reader, const QJsonObject& doc,
                                                       const QString& domain)
{
    PostmasterCompliance c;
    c.domain = domain;
    QStringList statuses;
    // complianceData is the registrable domain's; subdomainComplianceData comes only when the
    // domain asked for is a subdomain with data of its own. Either needing work is work to do.
    if (doc.contains(u"complianceData"_s)) {
        c.details = complianceData(reader, reader.object(doc, u"complianceData"_s), u"complianceData"_s, &statuses);
    }
    if (doc.contains(u"subdomainComplianceData"_s)) {
        const QJsonObject sub = complianceData(reader, reader.object(doc, u"subdomainComplianceData"_s),
                                               u"subdomainComplianceData"_s, &statuses);
        c.details.insert(u"subdomain"_s, sub);
    }
    if (statuses.contains(u"NEEDS_WORK"_s)) {
        c.status = u"NEEDS_WORK"_s;
    } else if (!statuses.isEmpty() && std::all_of(statuses.cbegin(), statuses.cend(), [](const QString& s) {
                   return s == u"COMPLIANT"_s;
               })) {
        c.status = u"COMPLIANT"_s;
    }
    return c;
}

QString PostmasterPayload::nextPageToken(PayloadReader& reader, const QJsonObject& doc)
{
    return optionalString(reader, doc, u"nextPageToken"_s, {});
}

} // namespace pm::providers

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pm::providers
{

class PayloadReader;
struct PostmasterCompliance;
struct PostmasterDayStats;

/**
 * Google Postmaster Tools v2 answers (provider-apis.md §6.3) read into PostmasterClient's types,
 * one page at a time; the calls and the paging stay with PostmasterClient, and errors here are
 * PostmasterClient's. Every read goes through @p reader, so the first malformed field is the error,
 * with its path: check reader.ok() after reading.
 */
class PostmasterPayload final
{
public:
    /// One domainStats:query page's DomainStats added to @p days (by day, for @p domain): only the
    /// metrics PostmasterMetricQuery::all() asks for and that have a value. @p firstIndex: the
    /// entries read on earlier pages, so paths count across pages. Returns how many entries the
    /// page held.
    static qsizetype readStatsPage(PayloadReader& reader, const QJsonObject& doc, qsizetype firstIndex,
                                   const QString& domain, QMap<QDate, PostmasterDayStats>* days);
    /// One domains.list page's domain names (without the "domains/" prefix) appended to
    /// @p domains, whose size numbers the paths.
    static void readDomainsPage(PayloadReader& reader, const QJsonObject& doc, QStringList* domains);
    /// A domains.getComplianceStatus answer for @p domain, its status derived from every verdict
    /// in it.
    static PostmasterCompliance readCompliance(PayloadReader& reader, const QJsonObject& doc, const QString& domain);
    /// nextPageToken: absent or empty on the last page.
    static QString nextPageToken(PayloadReader& reader, const QJsonObject& doc);
};

} // namespace pm::providers

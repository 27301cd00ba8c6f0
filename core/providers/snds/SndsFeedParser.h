#pragma once

#include "providers/snds/SndsClient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pm::providers
{

/**
 * Reads SNDS' two CSV feeds into rows (provider-apis.md §7.2 and §7.3), column by column, and
 * stops at the first malformed one; SndsClient::parseData() and parseIpStatus() hand over to it.
 * Errors are SndsClient's and name the line, the column and its name.
 */
class SndsFeedParser final
{
public:
    /// Parses a data.aspx body. @p where prefixes errors; empty: "Microsoft SNDS GET /snds/data.aspx".
    static std::optional<QList<SndsDataRow>> parseData(const QByteArray& csv, QString* error,
                                                       const QString& where = {});
    /// Parses an ipStatus.aspx body. @p where: empty means "Microsoft SNDS GET /snds/ipStatus.aspx".
    static std::optional<QList<SndsIpStatus>> parseIpStatus(const QByteArray& csv, QString* error,
                                                            const QString& where = {});
};

} // namespace pm::providers

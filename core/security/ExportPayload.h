#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pm::security
{

/**
 * The rows a gated export returns (pm_export_confirm's payload), shared by the CSV and PDF writers:
 * `{"columns": ["tenant_id", ...], "rows": [[1, "Acme", ...], ...]}` with numbers, strings, null
 * and booleans as values. The writers check the shape before they open any file, so a malformed
 * payload never replaces a good earlier export with a partial or shifted table.
 */
class ExportPayload final
{
    Q_DECLARE_TR_FUNCTIONS(ExportPayload)

public:
    /// Why @p payload cannot be written as a table, or an empty string when it can: "columns" must
    /// be a non-empty list of names, "rows" a list (maybe empty) of lists with one value per column.
    /// Rows are counted from 1, the header not included.
    static QString problem(const QJsonObject& payload);

    /// A value as plain text, the same in every format: null is empty, booleans are true/false,
    /// integers exact, other numbers in their shortest form that reads back to the same double
    /// (never with locale grouping or an exponent for ordinary magnitudes), nested lists and
    /// objects as compact JSON. No escaping of any kind: each writer escapes for its own format.
    static QString text(const QJsonValue& value);
};

} // namespace pm::security

#include "security/ExportPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pm::security
{

QString ExportPayload::problem(const QJsonObject& payload)
{
    const QJsonValue columns = payload.value(u"columns"_s);
    if (!columns.isArray()) {
        return tr("the export has no column list");
    }
    const QJsonArray names = columns.toArray();
    if (names.isEmpty()) {
        return tr("the export's column list is empty");
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!names.at(i).isString()) {
            return tr("column %1 has no name").arg(i + 1);
        }
    }
    const QJsonValue rows = payload.value(u"rows"_s);
    if (!rows.isArray()) {
        return tr("the export has no row list");
    }
    const QJsonArray list = rows.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue row = list.at(i);
        if (!row.isArray()) {
            return tr("row %1 is not a list of values").arg(i + 1);
        }
        // A short or long row would shift every later value into the wrong column.
        const qsizetype count = row.toArray().size();
        if (count != names.size()) {
            return tr("row %1 has %n value(s) for %2 columns", nullptr, int(count)).arg(i + 1).arg(names.size());
        }
    }
    return {};
}

QString ExportPayload::text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // The JSON parser keeps integers that fit in 64 bits as integers: ids and counts stay exact
        // even past 2^53, where a double would round them.
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            return QString::number(number.toLongLong());
        }
        const double d = value.toDouble();
        if (!std::isfinite(d)) {
            return {}; // JSON has no NaN or infinity; a QJsonValue built in code could
        }
        // Fixed notation for ordinary magnitudes: a spreadsheet reads "1000000" and "1e+06" alike,
        // a person reading the PDF does not. The shortest digits that read back to the same double.
        const double magnitude = std::fabs(d);
        const bool fixed = magnitude == 0.0 || (magnitude >= 1e-6 && magnitude < 1e21);
        return QString::number(d, fixed ? 'f' : 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace pm::security

#include "sim/SimulationSpec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pm::sim
{

bool SimulationSpec::applyProfile(const QString& name, QString* error)
{
    if (name == u"default"_s) {
        profile = name;
        return true;
    }
    if (name == u"demo"_s) {
        // What `pmconsole --demo` loads: 90 days that start in seconds, raw events for the last days.
        profile = name;
        tenants = 40;
        ips = 24;
        pools = 6;
        days = 90;
        emailsPerMonth = 3'000'000;
        rawEventDays = 3;
        return true;
    }
    if (name == u"scale"_s) {
        // A platform at a billion emails a month: a year of rollups, raw events for the last days.
        profile = name;
        tenants = 10'000;
        ips = 2'000;
        pools = 120;
        days = 365;
        emailsPerMonth = 1'000'000'000;
        rawEventDays = 2;
        return true;
    }
    *error = tr("Unknown profile \"%1\"; use default, demo or scale.").arg(name);
    return false;
}

bool SimulationSpec::finalise(QString* error)
{
    if (tenants < 1 || tenants > 100'000) {
        *error = tr("--tenants must be between 1 and 100000 (got %1).").arg(tenants);
        return false;
    }
    if (days < 1 || days > 3660) {
        *error = tr("--days must be between 1 and 3660 (got %1).").arg(days);
        return false;
    }
    if (emailsPerMonth < MinEmailsPerMonth || emailsPerMonth > MaxEmailsPerMonth) {
        *error = tr("--emails-per-month must be between %1 and %2 (got %3).")
                     .arg(MinEmailsPerMonth)
                     .arg(MaxEmailsPerMonth)
                     .arg(emailsPerMonth);
        return false;
    }
    if (ips < 0 || ips > 100'000 || pools < 0 || pools > 10'000) {
        *error = tr("--ips must be between 1 and 100000 and --pools between 1 and 10000.");
        return false;
    }
    if (rawEventDays < -1 || rawEventDays > days) {
        *error = tr("--raw-days must be between 0 and --days (%1) (got %2).").arg(days).arg(rawEventDays);
        return false;
    }
    if (ips == 0) {
        ips = std::max(4, tenants / 2);
    }
    if (pools == 0) {
        pools = std::clamp(ips / 8, 2, 200);
    }
    if (pools > ips) {
        *error = tr("--pools (%1) cannot exceed --ips (%2).").arg(pools).arg(ips);
        return false;
    }
    if (!endDate.isValid()) {
        endDate = QDateTime::currentDateTimeUtc().date().addDays(-1);
    }
    return true;
}

QString SimulationSpec::toJson() const
{
    const QJsonObject o {{u"seed"_s, QString::number(seed)},
                         {u"profile"_s, profile},
                         {u"tenants"_s, tenants},
                         {u"ips"_s, ips},
                         {u"pools"_s, pools},
                         {u"days"_s, days},
                         {u"emails_per_month"_s, emailsPerMonth},
                         {u"raw_event_days"_s, rawEventDays},
                         {u"end_date"_s, endDate.toString(Qt::ISODate)},
                         {u"incidents"_s, incidents}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace pm::sim

namespace pm::sim
{

bool SimulationSpec::fromJson(const QString& json, SimulationSpec* out)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty() || !o.contains(u"seed"_s) || !o.contains(u"end_date"_s)) {
        return false;
    }
    SimulationSpec s;
    bool ok = false;
    s.seed = o.value(u"seed"_s).toString().toULongLong(&ok);
    s.profile = o.value(u"profile"_s).toString(u"default"_s);
    s.tenants = o.value(u"tenants"_s).toInt();
    s.ips = o.value(u"ips"_s).toInt();
    s.pools = o.value(u"pools"_s).toInt();
    s.days = o.value(u"days"_s).toInt();
    s.emailsPerMonth = o.value(u"emails_per_month"_s).toInteger();
    s.rawEventDays = o.value(u"raw_event_days"_s).toInt(-1);
    s.endDate = QDate::fromString(o.value(u"end_date"_s).toString(), Qt::ISODate);
    s.incidents = o.value(u"incidents"_s).toBool(true);
    QString error;
    if (!ok || !s.finalise(&error)) {
        return false;
    }
    *out = s;
    return true;
}

} // namespace pm::sim

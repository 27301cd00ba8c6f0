#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace pm::sim
{

/// What `pmctl simulate` is asked to build. Every run with the same spec produces the same rollups.
struct SimulationSpec
{
    Q_DECLARE_TR_FUNCTIONS(SimulationSpec)

public:
    quint64 seed = 1;
    int tenants = 50;
    int ips = 0;   ///< 0: derived from the tenant count
    int pools = 0; ///< 0: derived from the IP count
    int days = 90;
    qint64 emailsPerMonth = 5'000'000;
    int rawEventDays = -1; ///< raw events for the most recent N days, rollups only before; -1: all days
    QDate endDate;         ///< last simulated day (UTC, inclusive); null: yesterday
    bool incidents = true;
    QString profile = QStringLiteral("default");

    static constexpr qint64 MinEmailsPerMonth = 10'000;
    static constexpr qint64 MaxEmailsPerMonth = 1'000'000'000;

    /// Applies a named profile (default, demo, scale); false with @p error for an unknown name.
    bool applyProfile(const QString& name, QString* error);
    /// Fills derived values (IPs, pools, end date) and checks ranges; one line in @p error.
    bool finalise(QString* error);

    QDate firstDay() const { return endDate.addDays(-(days - 1)); }
    /// True when day @p index (0 = firstDay) gets raw events rather than rollups only.
    bool hasRawEvents(int index) const { return rawEventDays < 0 || index >= days - rawEventDays; }
    QString toJson() const;
    /// The spec recorded by a previous run (sim_runs.parameters); false for anything unreadable.
    static bool fromJson(const QString& json, SimulationSpec* out);
};

} // namespace pm::sim

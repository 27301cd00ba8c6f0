#pragma once

#include "sim/PlatformModel.h"
#include "sim/SimulationSpec.h"

#include <QList>
#include <QString>

namespace pm::sim
{

/// The deliverability incidents the simulator injects, each a ground-truth record for detectors.
struct Incident
{
    enum class Kind
    {
        BounceSpike,      ///< hard bounces at Gmail on one pool
        ComplaintSpike,   ///< complaints for one tenant
        MicrosoftBlock,   ///< one IP on Microsoft's block list (S3150)
        BlocklistListing, ///< one IP listed at Spamhaus
        VolumeAnomaly,    ///< one tenant sends several times its normal volume for a day
        DkimFailure,      ///< one tenant's DKIM breaks after a DNS change
    };
    int number = 0;
    Kind kind = Kind::BounceSpike;
    QString targetType; ///< pool, tenant, ip
    int targetId = 0;
    QString target;     ///< readable name of the target
    int provider = -1;  ///< mailbox provider index it hits, -1 for all
    qint64 startMs = 0; ///< UTC, milliseconds since the epoch
    qint64 endMs = 0;
    QString description;

    static QString kindName(Kind kind);
    bool overlaps(qint64 fromMs, qint64 toMs) const { return startMs < toMs && endMs > fromMs; }
};

class IncidentPlan final
{
public:
    /// Places one incident of each kind at fixed fractions of the window (none when the window is
    /// shorter than two weeks or incidents are off), with targets drawn from the seed.
    static IncidentPlan plan(const SimulationSpec& spec, const PlatformModel& platform);

    /// Ground truth as CSV (header included).
    QString toCsv() const;

    QList<Incident> incidents;
};

} // namespace pm::sim

#pragma once

#include "sim/SimulationSpec.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace pm::sim
{

constexpr int MailboxProviderCount = 5; // ids 1..5: gmail, microsoft, yahoo, apple, other (migration 0002)

struct TenantIp
{
    int ipId = 0;
    int espAccountId = 0; ///< each (tenant, IP) pair sends through one of the tenant's ESP accounts
    double weight = 1.0;
};

struct TenantModel
{
    int id = 0;
    QString name;
    QString slug;
    QString plan;
    qint64 mrrCents = 0;
    QString ownerEmail;
    QString status;
    QDate createdOn;
    double share = 0.0;          ///< of the platform's monthly volume
    double hardBounceRate = 0.0; ///< list quality, per email
    double softBounceRate = 0.0;
    double complaintRate = 0.0; ///< per delivered email
    double growthPerMonth = 0.0;
    std::array<double, MailboxProviderCount> providerMix {};
    QList<TenantIp> ips;
};

struct EspAccountModel
{
    int id = 0;
    int tenantId = 0;
    QString kind; ///< postmark, mailgun, sendgrid, ses, smtp
    QString name;
    QString region;
};

struct DomainModel
{
    int id = 0;
    int tenantId = 0;
    QString domain;
    QString spf;
    QString dkim;
    QString dmarc;
    QString dmarcPolicy;
};

struct PoolModel
{
    int id = 0;
    QString name;
    bool dedicated = false;
    int tenantId = 0; ///< owner of a dedicated pool
};

struct IpModel
{
    int id = 0;
    QString address;
    int poolId = 0;
    bool dedicated = false;
    QDate firstTrafficOn; ///< warm-up starts here; no traffic before
};

/// The tenants and sending infrastructure of a simulated platform, derived from the spec alone.
class PlatformModel final
{
public:
    static PlatformModel generate(const SimulationSpec& spec);

    /// SparkPost-style per-IP daily cap on warm-up day @p day (0-based); unlimited after day 30.
    static qint64 warmupCap(int day);
    static const char* providerCode(int index);

    QList<TenantModel> tenants;
    QList<EspAccountModel> espAccounts;
    QList<DomainModel> domains;
    QList<PoolModel> pools;
    QList<IpModel> ips;
};

} // namespace pm::sim

#pragma once

#include "security/AuditChainVerifier.h"
#include "store/PollingReader.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pm::security
{

/// What the audit log view asks for. Compared before querying, so an unchanged filter costs nothing.
struct AuditFilter
{
    QString search;     ///< case-insensitive substring over the text columns; "" = no search
    QString actionKind; ///< "" = all, or password_reset | role_change | data_export | policy_change
    QString outcome;    ///< "" = all, "failures" = every outcome that is not a success
    QDate from;         ///< invalid: no lower bound (local day, inclusive)
    QDate to;           ///< invalid: no upper bound (local day, inclusive)
    int limit = 500;

    friend bool operator==(const AuditFilter&, const AuditFilter&) = default;
};

/// One admin_audit_log row as the console shows it.
struct AuditRow
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString role; ///< operator_role: the capability (or worker / superuser) the trigger recorded
    QString action;
    QString actionKind;
    QString outcome;
    QString reason;
    QString scope; ///< compact JSON text
    QString clientHost;
    QString challengeId;
};

/**
 * Reads the audit log for the console on its own thread (every 10 s and whenever the filter
 * changes), and verifies the hash chain on request. Only pm_executive and pm_admin may read the
 * table; for anyone else the database refuses, which is reported as "not permitted" rather than
 * as an outage so the page can explain instead of showing an error.
 */
class AuditLogReader final : public pm::store::PollingReader
{
    Q_OBJECT

public:
    explicit AuditLogReader(pm::store::ConnectionSettings settings, QObject* parent = nullptr);

    /// The most rows one read returns, whatever the filter asks (each may carry 64 KB of scope).
    static constexpr int MaxLimit = 5000;
    static constexpr int SearchMaxLength = 200;

    /// Outcomes that mean the action went through; everything else is a failure or refusal.
    static const QStringList& successOutcomes();
    static bool isFailure(const QString& outcome);
    /// The action kinds the filter accepts (the step-up actions of 0008).
    static const QStringList& actionKinds();
    /// @p text for ILIKE: backslash, % and _ escaped (backslash is PostgreSQL's LIKE escape), wrapped in %.
    static QString likePattern(const QString& text);
    /// jsonb's text form without the blanks it puts after ':' and ',' (strings untouched).
    static QString compactJson(const QString& json);

    /// The filter in use; read it on the reader's own thread (or before the reader is moved there).
    AuditFilter filter() const { return m_filter; }

public Q_SLOTS:
    /// Stores @p filter and reads again (nothing happens when it is the filter already in use).
    void setFilter(const pm::security::AuditFilter& filter);
    /// Walks the whole chain on this reader's connection; emits chainVerified.
    void verifyChain();

Q_SIGNALS:
    /// Newest first. @p permitted is false when the database refused the read (no capability).
    void loaded(const QList<pm::security::AuditRow>& rows, qint64 totalMatching, bool permitted);
    void chainVerified(const pm::security::AuditChainReport& report);

protected:
    bool read(QSqlDatabase& db, QString* error) override;

private:
    AuditFilter m_filter;
};

} // namespace pm::security

Q_DECLARE_METATYPE(pm::security::AuditFilter)
Q_DECLARE_METATYPE(pm::security::AuditRow)
Q_DECLARE_METATYPE(pm::security::AuditChainReport)

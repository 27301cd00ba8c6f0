#pragma once

#include "store/ConnectionSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pm::demo
{

/// One of the demo's people.
struct DemoOperator
{
    QString login;
    QString name;
    QString email;
    QString capability;
};

/**
 * The demo's operators — an admin, an executive, an ops engineer and a viewer — as real
 * PostgreSQL logins in the demo cluster, so the demo shows the console as each role sees it and
 * the database enforces it. Each start gives them fresh random passwords (kept in memory only);
 * the console signs in as the executive.
 */
class DemoOperators final
{
    Q_DECLARE_TR_FUNCTIONS(DemoOperators)

public:
    static const QList<DemoOperator>& all();
    static const DemoOperator& executive();

    /// Creates the logins that are missing and sets new passwords, on the owner's connection.
    /// Returns the settings to sign in as @p login (empty settings and @p error on failure).
    static pm::store::ConnectionSettings prepare(const pm::store::ConnectionSettings& owner, const QString& login,
                                                 QString* error);

    /// The login the demo's workers use, as pmworkerd's would be in production: a member of
    /// pm_worker only (no operator, no superuser), with a fresh random password.
    static pm::store::ConnectionSettings prepareWorker(const pm::store::ConnectionSettings& owner, QString* error);
    static constexpr auto WorkerLogin = "demo_worker";
};

} // namespace pm::demo

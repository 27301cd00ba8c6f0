#pragma once

#include "TestDatabase.h"

#include "store/DatabaseConnection.h"

#include <QString>

#include <memory>

namespace pm::test
{

/// An operator login made for one test (logins are cluster-wide, so each name is unique).
struct TestOperator
{
    QString login;
    QString password;
    QString email;
};

/**
 * Creates an operator the way the store does (pm_private.create_login: a LOGIN role with a SCRAM
 * verifier, statement logging off, an operators row) and gives it @p capability (viewer, ops,
 * executive, admin, or none) — as superuser, because test set-up is not what is under test.
 * @p tag is a short lower-case word that ends up in the login name.
 */
TestOperator createOperator(const TestDatabase& db, const QString& tag, const QString& capability,
                            QString* error = nullptr);

/**
 * A login that is a member of pm_worker only, as pmworkerd connects in production: no operators row
 * (so not an operator), no capability role, NOSUPERUSER NOBYPASSRLS INHERIT, a SCRAM verifier made
 * on this side. Created as superuser; @p tag is a short lower-case word for the login name. The
 * result has no email.
 */
TestOperator createWorkerLogin(const TestDatabase& db, const QString& tag, QString* error = nullptr);

/**
 * Settings for logging in as @p op on this test's database over TCP (127.0.0.1) with the password,
 * so that SCRAM is checked (the socket trusts everyone). For what takes settings rather than an
 * open connection: WorkerPool, Worker, pmworkerd. The application name is left as the database's.
 */
pm::store::ConnectionSettings settingsFor(const TestDatabase& db, const TestOperator& op);

/// A connection as that operator (or any login made here) over TCP with its password (SCRAM), like
/// the console's.
std::unique_ptr<pm::store::DatabaseConnection> connectAs(const TestDatabase& db, const TestOperator& op,
                                                         QString* error = nullptr);

/**
 * Does the worker's part of a challenge without Loops: draws the code (pm_stepup_issue_code)
 * and reports it delivered. Returns the code (empty when the challenge has nothing to issue).
 */
QString deliverCode(const TestDatabase& db, const QString& challengeId);

} // namespace pm::test

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

/// A connection as that operator over TCP with its password (SCRAM), like the console's.
std::unique_ptr<pm::store::DatabaseConnection> connectAs(const TestDatabase& db, const TestOperator& op,
                                                         QString* error = nullptr);

/**
 * Does the worker's part of a challenge without Loops: draws the code (pm_stepup_issue_code)
 * and reports it delivered. Returns the code (empty when the challenge has nothing to issue).
 */
QString deliverCode(const TestDatabase& db, const QString& challengeId);

} // namespace pm::test

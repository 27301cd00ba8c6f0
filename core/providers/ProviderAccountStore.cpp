#include "providers/ProviderAccountStore.h"

#include "providers/ProviderCatalog.h"
#include "store/DatabaseConnection.h"
#include "util/Log.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pm::providers
{

namespace
{
QVariant nullable(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nullable(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

const QString SelectAccounts = u"SELECT a.account_id, a.provider, a.name, a.base_url, a.settings::text, a.enabled, "
                               "a.last_sync_at, coalesce(a.last_error, ''), a.last_error_at, b.max_calls_per_month, "
                               "b.max_cost_per_month, coalesce(b.cost_per_call, 0), coalesce(l.calls, 0), "
                               "coalesce(l.cost, 0), coalesce(l.refused, 0), coalesce(l.last_refusal, '') "
                               "FROM provider_accounts a LEFT JOIN provider_budgets b USING (account_id) "
                               "LEFT JOIN provider_call_ledger l ON l.account_id = a.account_id "
                               "AND l.month = date_trunc('month', now() AT TIME ZONE 'UTC')::date "_s;

ProviderAccount fromRow(const QSqlQuery& q)
{
    ProviderAccount a;
    a.id = q.value(0).toInt();
    a.provider = q.value(1).toString();
    a.name = q.value(2).toString();
    a.baseUrl = q.value(3).toString();
    a.settings = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    a.enabled = q.value(5).toBool();
    a.lastSyncAt = q.value(6).toDateTime();
    a.lastError = q.value(7).toString();
    a.lastErrorAt = q.value(8).toDateTime();
    if (!q.value(9).isNull()) {
        a.maxCallsPerMonth = q.value(9).toInt();
    }
    if (!q.value(10).isNull()) {
        a.maxCostPerMonth = q.value(10).toDouble();
    }
    a.costPerCall = q.value(11).toDouble();
    a.callsThisMonth = q.value(12).toInt();
    a.costThisMonth = q.value(13).toDouble();
    a.refusedThisMonth = q.value(14).toInt();
    a.lastRefusal = q.value(15).toString();
    return a;
}
} // namespace

ProviderAccountStore::ProviderAccountStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString ProviderAccountStore::validate(const ProviderAccount& a)
{
    const ProviderInfo* info = ProviderCatalog::find(a.provider);
    if (!info) {
        return tr("Unknown provider \"%1\".").arg(a.provider);
    }
    if (a.name.trimmed().isEmpty()) {
        return tr("Give the account a name.");
    }
    const QUrl url(a.baseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        return tr("\"%1\" is not an http(s) address.").arg(a.baseUrl);
    }
    // Plain http only to this machine (the mock servers); anything remote must use TLS.
    const bool local = url.host() == u"127.0.0.1"_s || url.host() == u"localhost"_s || url.host() == u"::1"_s;
    if (url.scheme() == u"http"_s && !local) {
        return tr("Use https:// for %1: credentials must not travel unencrypted.").arg(url.host());
    }
    for (const ProviderSetting& s : info->settings) {
        if (s.required && a.settings.value(s.key).toString().trimmed().isEmpty()) {
            return tr("%1 needs \"%2\".").arg(info->displayName, s.label);
        }
    }
    const QJsonValue every = a.settings.value(u"sync_every_minutes"_s);
    if (!every.isUndefined() && !every.toString().isEmpty()) {
        bool ok = false;
        const int minutes = every.toString().toInt(&ok);
        if (!ok || minutes < 1 || minutes > 10'080) {
            return tr("Sync every (minutes) must be a whole number from 1 to 10080.");
        }
    }
    if ((a.maxCallsPerMonth && *a.maxCallsPerMonth < 0) || (a.maxCostPerMonth && *a.maxCostPerMonth < 0)
        || a.costPerCall < 0) {
        return tr("Budgets and costs cannot be negative.");
    }
    return {};
}

std::optional<QList<ProviderAccount>> ProviderAccountStore::list(QString* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(SelectAccounts + u"ORDER BY a.provider, a.name"_s)) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return std::nullopt;
    }
    QList<ProviderAccount> out;
    while (q.next()) {
        out << fromRow(q);
    }
    return out;
}

std::optional<ProviderAccount> ProviderAccountStore::find(int id, QString* error, bool* notFound) const
{
    if (notFound) {
        *notFound = false;
    }
    QSqlQuery q(m_db);
    q.prepare(SelectAccounts + u"WHERE a.account_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("Provider account %1 does not exist (any more).").arg(id);
        if (notFound) {
            *notFound = true;
        }
        return std::nullopt;
    }
    return fromRow(q);
}

int ProviderAccountStore::save(const ProviderAccount& a, QString* error, QJsonObject* budgetChange)
{
    if (const QString problem = validate(a); !problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    QSqlDatabase db = m_db;
    if (!db.transaction()) {
        *error = pm::store::DatabaseConnection::oneLine(db.lastError());
        return 0;
    }
    QSqlQuery q(db);
    if (a.id == 0) {
        q.prepare(u"INSERT INTO provider_accounts (provider, name, base_url, settings, enabled) "
                  "VALUES (?, ?, ?, ?::jsonb, ?) RETURNING account_id"_s);
        q.addBindValue(a.provider);
    } else {
        q.prepare(u"UPDATE provider_accounts SET name = ?, base_url = ?, settings = ?::jsonb, enabled = ? "
                  "WHERE account_id = ? RETURNING account_id"_s);
    }
    q.addBindValue(a.name.trimmed());
    q.addBindValue(a.baseUrl.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(a.settings).toJson(QJsonDocument::Compact)));
    q.addBindValue(a.enabled);
    if (a.id != 0) {
        q.addBindValue(a.id);
    }
    if (!q.exec() || !q.next()) {
        *error = q.lastError().isValid() ? pm::store::DatabaseConnection::oneLine(q.lastError())
                                         : tr("Provider account %1 does not exist (any more).").arg(a.id);
        db.rollback();
        return 0;
    }
    const int id = q.value(0).toInt();
    // Budgets are a gated policy change for operators (no write grant): what differs from the
    // stored budget goes back to the caller, to be confirmed with a one-time code.
    if (budgetChange) {
        *budgetChange = {};
    }
    if (!q.exec(u"SELECT has_table_privilege('provider_budgets', 'INSERT')"_s) || !q.next()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        db.rollback();
        return 0;
    }
    if (!q.value(0).toBool()) {
        q.prepare(u"SELECT max_calls_per_month, max_cost_per_month, cost_per_call FROM provider_budgets "
                  "WHERE account_id = ?"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            *error = pm::store::DatabaseConnection::oneLine(q.lastError());
            db.rollback();
            return 0;
        }
        const bool stored = q.next();
        const bool same
            = stored && q.value(0).isNull() == !a.maxCallsPerMonth
              && (!a.maxCallsPerMonth || q.value(0).toInt() == *a.maxCallsPerMonth)
              && q.value(1).isNull() == !a.maxCostPerMonth
              && (!a.maxCostPerMonth || qFuzzyCompare(1.0 + q.value(1).toDouble(), 1.0 + *a.maxCostPerMonth))
              && qFuzzyCompare(1.0 + q.value(2).toDouble(), 1.0 + a.costPerCall);
        if (!same && budgetChange) {
            *budgetChange = QJsonObject {
                {u"max_calls_per_month"_s, a.maxCallsPerMonth ? QJsonValue(*a.maxCallsPerMonth) : QJsonValue()},
                {u"max_cost_per_month"_s, a.maxCostPerMonth ? QJsonValue(*a.maxCostPerMonth) : QJsonValue()},
                {u"cost_per_call"_s, a.costPerCall},
            };
        }
        if (!db.commit()) {
            *error = pm::store::DatabaseConnection::oneLine(db.lastError());
            return 0;
        }
        return id;
    }
    q.prepare(u"INSERT INTO provider_budgets (account_id, max_calls_per_month, max_cost_per_month, cost_per_call) "
              "VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET max_calls_per_month = "
              "EXCLUDED.max_calls_per_month, max_cost_per_month = EXCLUDED.max_cost_per_month, "
              "cost_per_call = EXCLUDED.cost_per_call, updated_at = now()"_s);
    q.addBindValue(id);
    q.addBindValue(nullable(a.maxCallsPerMonth));
    q.addBindValue(nullable(a.maxCostPerMonth));
    q.addBindValue(a.costPerCall);
    if (!q.exec() || !db.commit()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError().isValid() ? q.lastError() : db.lastError());
        db.rollback();
        return 0;
    }
    return id;
}

bool ProviderAccountStore::remove(int id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM provider_accounts WHERE account_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    return true;
}

bool ProviderAccountStore::recordSyncSuccess(int id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE provider_accounts SET last_sync_at = now(), last_error = NULL, last_error_at = NULL "
              "WHERE account_id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    return true;
}

bool ProviderAccountStore::recordSyncFailure(int id, const QString& message, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE provider_accounts SET last_error = ?, last_error_at = now() WHERE account_id = ?"_s);
    q.addBindValue(pm::log::redact(message).left(1000));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = pm::store::DatabaseConnection::oneLine(q.lastError());
        return false;
    }
    return true;
}

} // namespace pm::providers

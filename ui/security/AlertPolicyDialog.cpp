#include "security/AlertPolicyDialog.h"

#include "security/StepUpAction.h"
#include "security/StepUpDialog.h"
#include "store/DatabaseConnection.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pm::ui
{

namespace
{
struct Loaded
{
    QJsonObject policy;
    QString error;
};

// A read on a pool thread with a connection of its own, opened and closed there.
Loaded readPolicy(const pm::store::ConnectionSettings& settings)
{
    Loaded result;
    pm::store::DatabaseConnection connection(settings, u"alert-policy"_s);
    if (!connection.open(&result.error)) {
        return result;
    }
    QSqlQuery q(connection.database());
    if (!q.exec(u"SELECT to_jsonb(a)::text FROM alert_policy a"_s) || !q.next()) {
        result.error = q.lastError().isValid()
                           ? pm::store::DatabaseConnection::oneLine(q.lastError())
                           : QCoreApplication::translate("AlertPolicyDialog", "No alert policy row.");
        return result;
    }
    result.policy = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return result;
}
} // namespace

AlertPolicyDialog::AlertPolicyDialog(const pm::store::ConnectionSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Alert policy"));
    setObjectName(u"alertPolicyDialog"_s);
    auto* layout = new QVBoxLayout(this);

    auto seconds = [this](const QString& column, int minimum) {
        auto* box = new QSpinBox(this);
        box->setObjectName(column);
        box->setRange(minimum, 7 * 86400);
        box->setSuffix(tr(" s"));
        box->setEnabled(false);
        m_fields.insert(column, box);
        return box;
    };
    auto percent = [this](const QString& column) {
        auto* box = new QDoubleSpinBox(this);
        box->setObjectName(column);
        box->setDecimals(3);
        box->setRange(0.0, 100.0);
        box->setSingleStep(0.1);
        box->setSuffix(tr(" %"));
        box->setEnabled(false);
        m_fields.insert(column, box);
        return box;
    };

    auto* timers = new QGroupBox(tr("Notification timers"), this);
    auto* t = new QFormLayout(timers);
    t->addRow(tr("Warning: wait before the first notification"), seconds(u"warning_group_wait_s"_s, 0));
    t->addRow(tr("Warning: at most one update every"), seconds(u"warning_group_interval_s"_s, 1));
    t->addRow(tr("Warning: remind every"), seconds(u"warning_repeat_interval_s"_s, 1));
    t->addRow(tr("Critical: wait before the first notification"), seconds(u"critical_group_wait_s"_s, 0));
    t->addRow(tr("Critical: at most one update every"), seconds(u"critical_group_interval_s"_s, 1));
    t->addRow(tr("Critical: remind every"), seconds(u"critical_repeat_interval_s"_s, 1));
    t->addRow(tr("Critical: hold at most"), seconds(u"critical_max_hold_s"_s, 0));
    t->addRow(tr("Digest every"), seconds(u"digest_interval_s"_s, 1));
    layout->addWidget(timers);

    auto* detection = new QGroupBox(tr("Detection thresholds (per IP and UTC day)"), this);
    auto* d = new QFormLayout(detection);
    auto* minSent = new QSpinBox(this);
    minSent->setObjectName(u"detect_min_sent"_s);
    minSent->setRange(1, 100'000'000);
    minSent->setEnabled(false);
    m_fields.insert(u"detect_min_sent"_s, minSent);
    d->addRow(tr("Judge an IP once it has sent at least"), minSent);
    d->addRow(tr("Bounce rate: warning at"), percent(u"bounce_warning_pct"_s));
    d->addRow(tr("Bounce rate: critical at"), percent(u"bounce_critical_pct"_s));
    d->addRow(tr("Complaint rate: warning at"), percent(u"complaint_warning_pct"_s));
    d->addRow(tr("Complaint rate: critical at"), percent(u"complaint_critical_pct"_s));
    d->addRow(tr("Blocked: critical at"), percent(u"blocked_critical_pct"_s));
    layout->addWidget(detection);

    m_state = new QLabel(tr("Loading the policy…"), this);
    m_state->setObjectName(u"alertPolicyState"_s);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("Apply…"), QDialogButtonBox::ActionRole);
    m_apply->setObjectName(u"alertPolicyApply"_s);
    m_apply->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &AlertPolicyDialog::apply);
    load();
}

void AlertPolicyDialog::load()
{
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        onLoaded(loaded.policy, loaded.error);
    });
    watcher->setFuture(QtConcurrent::run(readPolicy, m_settings));
}

void AlertPolicyDialog::onLoaded(const QJsonObject& policy, const QString& error)
{
    if (!error.isEmpty()) {
        m_state->setText(tr("The policy cannot be read: %1").arg(error));
        return;
    }
    m_loaded = policy;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const double value = policy.value(it.key()).toDouble();
        if (auto* whole = qobject_cast<QSpinBox*>(it.value())) {
            whole->setValue(int(value));
        } else if (auto* fraction = qobject_cast<QDoubleSpinBox*>(it.value())) {
            fraction->setValue(value);
        }
        it.value()->setEnabled(true);
    }
    m_apply->setEnabled(true);
    const QDateTime changedAt = QDateTime::fromString(policy.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    m_state->setText(tr("Last changed %1. Changes need a one-time code and are recorded in the audit log.")
                         .arg(QLocale().toString(changedAt.toLocalTime(), QLocale::ShortFormat)));
}

QJsonObject AlertPolicyDialog::changes() const
{
    QJsonObject changed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto* whole = qobject_cast<QSpinBox*>(it.value())) {
            if (whole->value() != m_loaded.value(it.key()).toInt()) {
                changed.insert(it.key(), whole->value());
            }
        } else if (auto* fraction = qobject_cast<QDoubleSpinBox*>(it.value())) {
            // Compared at the three decimals the database keeps.
            if (qRound64(fraction->value() * 1000) != qRound64(m_loaded.value(it.key()).toDouble() * 1000)) {
                changed.insert(it.key(), fraction->value());
            }
        }
    }
    return changed;
}

QString AlertPolicyDialog::validate() const
{
    auto value = [this](const QString& column) {
        auto* fraction = qobject_cast<QDoubleSpinBox*>(m_fields.value(column));
        return fraction ? fraction->value() : 0.0;
    };
    if (value(u"bounce_warning_pct"_s) > value(u"bounce_critical_pct"_s)) {
        return tr("The bounce warning threshold must not be above the critical one.");
    }
    if (value(u"complaint_warning_pct"_s) > value(u"complaint_critical_pct"_s)) {
        return tr("The complaint warning threshold must not be above the critical one.");
    }
    return {};
}

void AlertPolicyDialog::apply()
{
    const QJsonObject changed = changes();
    if (changed.isEmpty()) {
        m_state->setText(tr("Nothing to apply: the form matches the policy."));
        return;
    }
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_state->setText(problem);
        return;
    }
    const QJsonObject all {{u"alert_policy"_s, changed}};
    auto* stepUp = new StepUpDialog(m_settings, pm::security::GatedAction::policyChange(all),
                                    tr("Change %n alert policy value(s)", nullptr, int(changed.size())), this);
    stepUp->setAttribute(Qt::WA_DeleteOnClose);
    connect(stepUp, &QDialog::accepted, this, [this, changed] {
        const QString summary = tr("Alert policy changed: %1").arg(changed.keys().join(u", "_s));
        m_state->setText(summary);
        Q_EMIT policyChanged(summary);
        load();
    });
    stepUp->open();
}

} // namespace pm::ui

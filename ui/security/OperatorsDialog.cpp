#include "security/OperatorsDialog.h"

#include "security/ScramVerifier.h"
#include "security/StepUpAction.h"
#include "security/StepUpDialog.h"
#include "store/DatabaseConnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pm::ui
{

struct OperatorsDialog::Listing
{
    QList<QStringList> operators; ///< login, name, email, capability, status, locked until
    QList<QStringList> requests;  ///< id, login, capability, requested by, at
    QString error;
};

namespace
{
QList<QStringList> rows(QSqlQuery& q, int columns)
{
    QList<QStringList> out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < columns; ++i) {
            row << q.value(i).toString();
        }
        out << row;
    }
    return out;
}
} // namespace

OperatorsDialog::OperatorsDialog(const pm::store::ConnectionSettings& settings, const QString& ownLogin,
                                 QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ownLogin(ownLogin)
    , m_table(new QTableWidget(0, 6, this))
    , m_requests(new QTableWidget(0, 5, this))
    , m_capability(new QComboBox(this))
    , m_changeRole(new QPushButton(tr("Change role…"), this))
    , m_approve(new QPushButton(tr("Approve…"), this))
    , m_unlock(new QPushButton(tr("Lift step-up lock"), this))
    , m_newLogin(new QLineEdit(this))
    , m_newName(new QLineEdit(this))
    , m_newEmail(new QLineEdit(this))
    , m_newPassword(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add operator"), this))
    , m_state(new QLabel(this))
{
    setWindowTitle(tr("Operators and roles"));
    setObjectName(u"operatorsDialog"_s);
    m_table->setObjectName(u"operatorsTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Email"), tr("Role"), tr("Status"), tr("Step-up locked until")});
    m_requests->setObjectName(u"roleRequestsTable"_s);
    m_requests->setHorizontalHeaderLabels({tr("Request"), tr("Login"), tr("Role"), tr("Requested by"), tr("At")});
    for (QTableWidget* t : {m_table, m_requests}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
    }
    m_capability->setObjectName(u"operatorCapability"_s);
    m_capability->addItem(tr("Viewer"), u"viewer"_s);
    m_capability->addItem(tr("Ops"), u"ops"_s);
    m_capability->addItem(tr("Executive"), u"executive"_s);
    m_capability->addItem(tr("Admin (needs a second admin)"), u"admin"_s);
    m_capability->addItem(tr("No role"), u"none"_s);
    m_changeRole->setObjectName(u"operatorChangeRole"_s);
    m_approve->setObjectName(u"operatorApprove"_s);
    m_unlock->setObjectName(u"operatorUnlock"_s);
    m_add->setObjectName(u"newOperatorAdd"_s);

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("New role:"), this));
    actions->addWidget(m_capability);
    actions->addWidget(m_changeRole);
    actions->addStretch();
    actions->addWidget(m_unlock);

    auto* pending = new QGroupBox(tr("Admin grants waiting for a second admin"), this);
    auto* pendingLayout = new QVBoxLayout(pending);
    pendingLayout->addWidget(m_requests);
    pendingLayout->addWidget(m_approve, 0, Qt::AlignRight);

    auto* add = new QGroupBox(tr("Add an operator (no role until one is given)"), this);
    auto* form = new QFormLayout(add);
    m_newLogin->setObjectName(u"newOperatorLogin"_s);
    m_newLogin->setPlaceholderText(tr("lower-case login, e.g. jane_doe"));
    m_newEmail->setObjectName(u"newOperatorEmail"_s);
    m_newName->setObjectName(u"newOperatorName"_s);
    m_newPassword->setObjectName(u"newOperatorPassword"_s);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("at least 12 characters; they change it after signing in"));
    form->addRow(tr("Login:"), m_newLogin);
    form->addRow(tr("Name:"), m_newName);
    form->addRow(tr("Email (for one-time codes):"), m_newEmail);
    form->addRow(tr("Initial password:"), m_newPassword);
    form->addRow(QString(), m_add);

    m_state->setObjectName(u"operatorsState"_s);
    m_state->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(actions);
    layout->addWidget(pending, 1);
    layout->addWidget(add);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsDialog::updateButtons);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &OperatorsDialog::updateButtons);
    connect(m_changeRole, &QPushButton::clicked, this, &OperatorsDialog::changeRole);
    connect(m_approve, &QPushButton::clicked, this, &OperatorsDialog::approve);
    connect(m_unlock, &QPushButton::clicked, this, &OperatorsDialog::unlock);
    connect(m_add, &QPushButton::clicked, this, &OperatorsDialog::addOperator);
    resize(820, 620);
    updateButtons();
    reload();
}

void OperatorsDialog::reload()
{
    auto* watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher] {
        display(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([settings = m_settings] {
        Listing listing;
        pm::store::DatabaseConnection connection(settings, u"operators"_s);
        if (!connection.open(&listing.error)) {
            return listing;
        }
        QSqlQuery q(connection.database());
        if (!q.exec(u"SELECT login, display_name, email, coalesce(capability::text, 'none'), status, "
                    "coalesce(to_char(stepup_locked_until, 'YYYY-MM-DD HH24:MI'), '') "
                    "FROM operator_directory ORDER BY login"_s)) {
            listing.error = pm::store::DatabaseConnection::oneLine(q.lastError());
            return listing;
        }
        listing.operators = rows(q, 6);
        if (q.exec(u"SELECT id, login, capability, requested_by, to_char(requested_at, 'YYYY-MM-DD HH24:MI') "
                   "FROM role_change_requests WHERE status = 'pending' "
                   "AND requested_at > now() - interval '24 hours' ORDER BY id"_s)) {
            listing.requests = rows(q, 5);
        }
        return listing;
    }));
}

void OperatorsDialog::display(const Listing& listing)
{
    if (!listing.error.isEmpty()) {
        m_state->setText(tr("The operators cannot be read: %1").arg(listing.error));
        return;
    }
    const QString keep = selectedLogin();
    m_table->setRowCount(int(listing.operators.size()));
    for (int r = 0; r < listing.operators.size(); ++r) {
        for (int c = 0; c < 6; ++c) {
            m_table->setItem(r, c, new QTableWidgetItem(listing.operators.at(r).at(c)));
        }
        if (listing.operators.at(r).at(0) == keep) {
            m_table->selectRow(r);
        }
    }
    m_requests->setRowCount(int(listing.requests.size()));
    for (int r = 0; r < listing.requests.size(); ++r) {
        for (int c = 0; c < 5; ++c) {
            m_requests->setItem(r, c, new QTableWidgetItem(listing.requests.at(r).at(c)));
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString OperatorsDialog::selectedLogin() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.constFirst().row(), 0)->text();
}

void OperatorsDialog::updateButtons()
{
    const QString login = selectedLogin();
    m_changeRole->setEnabled(!login.isEmpty());
    m_unlock->setEnabled(!login.isEmpty() && login != m_ownLogin);
    m_approve->setEnabled(!m_requests->selectionModel()->selectedRows().isEmpty());
}

void OperatorsDialog::call(const QString& sql, const QVariantList& values, const QString& doneText)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, doneText] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        m_state->setText(problem.isEmpty() ? doneText : tr("Not done: %1").arg(problem));
        if (problem.isEmpty()) {
            Q_EMIT message(doneText);
        }
        reload();
    });
    watcher->setFuture(QtConcurrent::run([settings = m_settings, sql, values] {
        pm::store::DatabaseConnection connection(settings, u"operators-change"_s);
        QString error;
        if (!connection.open(&error)) {
            return error;
        }
        QSqlQuery q(connection.database());
        q.prepare(sql);
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        if (!q.exec() || !q.next()) {
            return pm::store::DatabaseConnection::oneLine(q.lastError());
        }
        return q.value(0).toString(); // NULL/empty: done; otherwise why not (or "f" for false)
    }));
}

void OperatorsDialog::addOperator()
{
    const QString password = m_newPassword->text();
    if (password.size() < 12) {
        m_state->setText(tr("The initial password needs at least 12 characters."));
        return;
    }
    // The database checks the login and the email; the password leaves as a SCRAM verifier only.
    call(u"SELECT pm_operator_create(?, ?, ?, ?)"_s,
         {m_newLogin->text().trimmed(), m_newName->text().trimmed(), m_newEmail->text().trimmed(),
          pm::security::ScramVerifier::make(password)},
         tr("Operator %1 added, without a role for now.").arg(m_newLogin->text().trimmed()));
    m_newPassword->clear();
}

void OperatorsDialog::changeRole()
{
    const QString login = selectedLogin();
    const QString capability = m_capability->currentData().toString();
    auto* stepUp = new StepUpDialog(m_settings, pm::security::GatedAction::roleChange(login, capability),
                                    tr("Give %1 the role: %2").arg(login, m_capability->currentText()), this);
    stepUp->setAttribute(Qt::WA_DeleteOnClose);
    connect(stepUp, &QDialog::accepted, this, [this, stepUp, login] {
        const auto& result = stepUp->confirmation();
        const QString text
            = result.outcome == u"awaiting_approval"_s
                  ? tr("Admin for %1 now waits for a second admin (request %2).").arg(login).arg(result.requestId)
                  : tr("The role of %1 was changed.").arg(login);
        m_state->setText(text);
        Q_EMIT message(text);
        reload();
    });
    stepUp->open();
}

void OperatorsDialog::approve()
{
    const auto rows = m_requests->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const qint64 id = m_requests->item(rows.constFirst().row(), 0)->text().toLongLong();
    const QString login = m_requests->item(rows.constFirst().row(), 1)->text();
    auto* stepUp = new StepUpDialog(m_settings, pm::security::GatedAction::approveRoleChange(id),
                                    tr("Approve admin for %1 (request %2)").arg(login).arg(id), this);
    stepUp->setAttribute(Qt::WA_DeleteOnClose);
    connect(stepUp, &QDialog::accepted, this, [this, login] {
        const QString text = tr("%1 is now an admin.").arg(login);
        m_state->setText(text);
        Q_EMIT message(text);
        reload();
    });
    stepUp->open();
}

void OperatorsDialog::unlock()
{
    const QString login = selectedLogin();
    call(u"SELECT CASE WHEN pm_operator_unlock(?) THEN NULL ELSE 'refused' END"_s, {login},
         tr("The step-up lock of %1 was lifted.").arg(login));
}

} // namespace pm::ui

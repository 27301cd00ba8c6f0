#include "settings/ProviderAccountsPage.h"

#include "security/StepUpAction.h"
#include "security/StepUpDialog.h"

#include "providers/ProviderAccountsReader.h"
#include "providers/ProviderCatalog.h"
#include "secrets/BlockingSecretReader.h"
#include "secrets/SecretStore.h"
#include "settings/ProviderAccountDialog.h"
#include "util/WorkerThread.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pm::providers::ProviderAccount;
using pm::providers::ProviderCatalog;

namespace pm::ui
{

namespace
{
QString ago(const QDateTime& t)
{
    const qint64 s = std::max<qint64>(0, t.secsTo(QDateTime::currentDateTimeUtc()));
    if (s < 120) {
        return ProviderAccountsPage::tr("%n s ago", nullptr, static_cast<int>(s));
    }
    if (s < 7200) {
        return ProviderAccountsPage::tr("%n min ago", nullptr, static_cast<int>(s / 60));
    }
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ProviderAccountsPage::ProviderAccountsPage(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 5, this))
    , m_state(new QLabel(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_sync(new QPushButton(tr("Sync now"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
{
    setObjectName(u"providerAccountsPage"_s);
    m_table->setObjectName(u"providerAccounts"_s);
    m_add->setObjectName(u"addAccount"_s);
    m_sync->setObjectName(u"syncAccount"_s);
    m_remove->setObjectName(u"removeAccount"_s);
    auto* title = new QLabel(tr("Settings — provider accounts"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto* intro = new QLabel(tr("The accounts the console polls for statistics and uses to deliver email. "
                                "Credentials are kept in the system keychain. Use File > Connect to database… "
                                "to change the database this console uses."),
                             this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("Provider"), tr("Name"), tr("Status"), tr("This month"), tr("Address")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_state->setWordWrap(true);
    m_state->setText(tr("Waiting for the database…"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_test, m_sync, m_remove}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);

    connect(m_add, &QPushButton::clicked, this, &ProviderAccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &ProviderAccountsPage::editSelected);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &ProviderAccountsPage::editSelected);
    connect(m_test, &QPushButton::clicked, this, &ProviderAccountsPage::testSelected);
    connect(m_sync, &QPushButton::clicked, this, &ProviderAccountsPage::syncSelected);
    connect(m_remove, &QPushButton::clicked, this, &ProviderAccountsPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProviderAccountsPage::updateButtons);
    updateButtons();
    setEnabled(false);
}

ProviderAccountsPage::~ProviderAccountsPage() = default;

void ProviderAccountsPage::setConnection(const pm::store::ConnectionSettings& settings)
{
    m_settings = settings;
    m_thread.reset();
    m_thread = std::make_unique<pm::util::WorkerThread>(u"pm-provider-accounts"_s);
    m_reader = m_thread->adopt(new pm::providers::ProviderAccountsReader(settings, m_secrets));
    using Reader = pm::providers::ProviderAccountsReader;
    connect(m_reader, &Reader::accountsLoaded, this, &ProviderAccountsPage::onAccounts);
    connect(m_reader, &Reader::unavailable, this, [this](const QString& text) {
        m_state->setText(tr("The accounts cannot be read right now: %1").arg(text));
    });
    connect(m_reader, &Reader::actionDone, this, &ProviderAccountsPage::message);
    connect(m_reader, &Reader::actionFailed, this, [this](const QString& text) {
        if (m_dialog) {
            m_dialog->showTestResult(false, text);
        } else {
            QMessageBox::warning(this, tr("Provider accounts"), text);
        }
    });
    connect(m_reader, &Reader::tested, this, [this](bool ok, const QString& text) {
        if (m_dialog) {
            m_dialog->showTestResult(ok, text);
        } else {
            Q_EMIT message(text);
            if (!ok) {
                QMessageBox::warning(this, tr("Connection test"), text);
            }
        }
    });
    connect(m_reader, &Reader::saved, this, [this](int id) {
        if (m_dialog) {
            m_dialog->accept();
        }
        if (!m_pendingCredential.isEmpty() && m_secrets) {
            m_secrets->write(pm::secrets::providerAccountKey(id), m_pendingCredential, this,
                             [this](const pm::secrets::SecretStore::Result& r) {
                                 if (r.status == pm::secrets::SecretStore::Status::Error) {
                                     QMessageBox::warning(this, tr("Provider accounts"),
                                                          tr("The account was saved, but its credential could not "
                                                             "be stored in the keychain: %1")
                                                              .arg(r.message));
                                 }
                             });
        }
        m_pendingCredential.clear();
        Q_EMIT message(tr("Account saved."));
    });
    connect(m_reader, &Reader::budgetNeedsConfirmation, this, [this](int id, const QJsonObject& budget) {
        auto* stepUp = new StepUpDialog(m_settings,
                                        pm::security::GatedAction::policyChange(
                                            {{u"provider_budgets"_s, QJsonObject {{QString::number(id), budget}}}}),
                                        tr("Change the budget of provider account %1").arg(id), this);
        stepUp->setAttribute(Qt::WA_DeleteOnClose);
        connect(stepUp, &QDialog::accepted, this, [this, id] {
            Q_EMIT message(tr("The budget of account %1 was changed.").arg(id));
            QMetaObject::invokeMethod(m_reader, &Reader::refresh, Qt::QueuedConnection);
        });
        connect(stepUp, &QDialog::rejected, this,
                [this, id] { Q_EMIT message(tr("Account %1 saved; its budget was left as it was.").arg(id)); });
        stepUp->open();
    });
    connect(m_reader, &Reader::removed, this, [this](int id) {
        if (m_secrets) {
            m_secrets->remove(pm::secrets::providerAccountKey(id), this, [](const auto&) {});
        }
        Q_EMIT message(tr("Account removed, with its credential."));
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_reader, &Reader::start, Qt::QueuedConnection);
    setEnabled(true);
}

QString ProviderAccountsPage::statusText(const ProviderAccount& a)
{
    const auto* info = ProviderCatalog::find(a.provider);
    if (!a.enabled) {
        return tr("Disabled");
    }
    const bool errorIsNewer = !a.lastError.isEmpty() && (!a.lastSyncAt.isValid() || a.lastErrorAt >= a.lastSyncAt);
    if (errorIsNewer) {
        return tr("Error %1: %2").arg(ago(a.lastErrorAt), a.lastError);
    }
    if (info && !info->polled) {
        return a.provider == u"loops"_s ? tr("Delivers email (not polled)") : tr("Sign-in (not polled)");
    }
    if (a.lastSyncAt.isValid()) {
        return tr("Synced %1").arg(ago(a.lastSyncAt));
    }
    return tr("Waiting for the first sync");
}

void ProviderAccountsPage::onAccounts(const QList<ProviderAccount>& accounts)
{
    const int keep = selected() ? selected()->id : 0;
    m_accounts = accounts;
    m_table->setRowCount(static_cast<int>(accounts.size()));
    for (int r = 0; r < accounts.size(); ++r) {
        const ProviderAccount& a = accounts.at(r);
        const auto* info = ProviderCatalog::find(a.provider);
        auto* provider = new QTableWidgetItem(info ? info->displayName : a.provider);
        provider->setData(Qt::UserRole, a.id);
        m_table->setItem(r, 0, provider);
        m_table->setItem(r, 1, new QTableWidgetItem(a.name));
        auto* status = new QTableWidgetItem(statusText(a).section(u'\n', 0, 0));
        status->setToolTip(a.lastError.isEmpty() ? statusText(a) : a.lastError);
        if (statusText(a).startsWith(tr("Error"))) {
            status->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_table->setItem(r, 2, status);
        QString usage = a.maxCallsPerMonth
                            ? tr("%1 of %2 calls")
                                  .arg(QLocale().toString(a.callsThisMonth), QLocale().toString(*a.maxCallsPerMonth))
                            : tr("%n call(s)", nullptr, a.callsThisMonth);
        if (a.costThisMonth > 0 || a.maxCostPerMonth) {
            usage += u", "_s + QLocale().toCurrencyString(a.costThisMonth, u"$"_s);
        }
        if (a.refusedThisMonth > 0) {
            usage += u", "_s + tr("%n refused", nullptr, a.refusedThisMonth);
        }
        auto* usageItem = new QTableWidgetItem(usage);
        usageItem->setToolTip(a.lastRefusal);
        m_table->setItem(r, 3, usageItem);
        m_table->setItem(r, 4, new QTableWidgetItem(a.baseUrl));
        if (a.id == keep) {
            m_table->selectRow(r);
        }
    }
    m_state->setText(accounts.isEmpty() ? tr("No provider accounts yet. Add one to start polling its statistics.")
                                        : tr("%n account(s).", nullptr, static_cast<int>(accounts.size())));
    updateButtons();
}

const ProviderAccount* ProviderAccountsPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    const int id = m_table->item(rows.constFirst().row(), 0)->data(Qt::UserRole).toInt();
    for (const ProviderAccount& a : m_accounts) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

void ProviderAccountsPage::setCanEdit(bool canEdit)
{
    // The database refuses writes from anyone but admins; the page says so before anyone tries.
    m_canEdit = canEdit;
    const QString why = canEdit ? QString() : tr("Provider accounts are configured by admins.");
    for (QPushButton* b : {m_add, m_edit, m_test, m_sync, m_remove}) {
        b->setToolTip(why);
    }
    updateButtons();
}

void ProviderAccountsPage::updateButtons()
{
    const ProviderAccount* a = m_canEdit ? selected() : nullptr;
    const auto* info = a ? ProviderCatalog::find(a->provider) : nullptr;
    m_add->setEnabled(m_canEdit);
    m_edit->setEnabled(a);
    m_test->setEnabled(a);
    m_remove->setEnabled(a);
    m_sync->setEnabled(a && info && info->polled && a->enabled);
}

void ProviderAccountsPage::addAccount()
{
    openDialog(ProviderAccount {});
}

void ProviderAccountsPage::editSelected()
{
    if (const ProviderAccount* a = selected()) {
        openDialog(*a);
    }
}

void ProviderAccountsPage::openDialog(const ProviderAccount& account)
{
    if (!m_reader) {
        return;
    }
    auto* dialog = new ProviderAccountDialog(account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ProviderAccountDialog::testRequested, this,
            [this](const ProviderAccount& a, const QString& credential) {
                QMetaObject::invokeMethod(
                    m_reader, [reader = m_reader, a, credential] { reader->test(a, credential); },
                    Qt::QueuedConnection);
            });
    // Save goes to the database first; the dialog closes once the reader says it is stored, and
    // stays open with the reason when it is refused (nothing typed is lost).
    connect(dialog, &ProviderAccountDialog::saveRequested, this,
            [this](const ProviderAccount& a, const QString& credential) {
                m_pendingCredential = credential;
                QMetaObject::invokeMethod(
                    m_reader, [reader = m_reader, a] { reader->save(a); }, Qt::QueuedConnection);
            });
    dialog->open();
}

void ProviderAccountsPage::removeSelected()
{
    const ProviderAccount* a = selected();
    if (!a || !m_reader) {
        return;
    }
    const int id = a->id;
    const auto answer = QMessageBox::question(
        this, tr("Remove %1?").arg(a->name),
        tr("The account, its fetched statistics and its credential in the keychain are removed. The provider "
           "itself is not touched."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        QMetaObject::invokeMethod(
            m_reader, [reader = m_reader, id] { reader->remove(id); }, Qt::QueuedConnection);
    }
}

void ProviderAccountsPage::testSelected()
{
    const ProviderAccount* a = selected();
    if (!a || !m_reader) {
        return;
    }
    const ProviderAccount account = *a;
    Q_EMIT message(tr("Testing %1…").arg(account.name));
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, account] { reader->test(account, {}); }, Qt::QueuedConnection);
}

void ProviderAccountsPage::syncSelected()
{
    const ProviderAccount* a = selected();
    if (!a || !m_reader) {
        return;
    }
    const int id = a->id;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, id] { reader->syncNow(id); }, Qt::QueuedConnection);
}

} // namespace pm::ui

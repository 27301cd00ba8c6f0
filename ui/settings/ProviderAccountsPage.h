#pragma once

#include "providers/ProviderAccount.h"
#include "store/ConnectionSettings.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pm::secrets
{
class SecretStore;
}
namespace pm::util
{
class WorkerThread;
}
namespace pm::providers
{
class ProviderAccountsReader;
}

namespace pm::ui
{

class ProviderAccountDialog;

/**
 * Settings > Provider accounts: every ESP, reputation, analytics, delivery and identity account
 * with its sync state (last sync, last error) and this month's budget use; add, edit, test,
 * sync now and remove. Credentials go to the keychain (the secret store), never the database.
 */
class ProviderAccountsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderAccountsPage(QWidget* parent = nullptr);
    ~ProviderAccountsPage() override;

    void setSecretStore(pm::secrets::SecretStore* secrets) { m_secrets = secrets; }
    void setConnection(const pm::store::ConnectionSettings& settings);
    /// Admins add, edit, test, sync and remove accounts; everyone else sees them.
    void setCanEdit(bool canEdit);

    QTableWidget* table() const { return m_table; }
    const QList<pm::providers::ProviderAccount>& accounts() const { return m_accounts; }
    /// The status text the table shows for @p account (tests, screenshots).
    static QString statusText(const pm::providers::ProviderAccount& account);

public Q_SLOTS:
    void addAccount();
    void editSelected();

Q_SIGNALS:
    void message(const QString& text);

private:
    void onAccounts(const QList<pm::providers::ProviderAccount>& accounts);
    void openDialog(const pm::providers::ProviderAccount& account);
    const pm::providers::ProviderAccount* selected() const;
    void removeSelected();
    void testSelected();
    void syncSelected();
    void updateButtons();

    pm::secrets::SecretStore* m_secrets = nullptr;
    std::unique_ptr<pm::util::WorkerThread> m_thread;
    pm::providers::ProviderAccountsReader* m_reader = nullptr;
    QList<pm::providers::ProviderAccount> m_accounts;
    QTableWidget* m_table;
    QLabel* m_state;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_test;
    QPushButton* m_sync;
    QPushButton* m_remove;
    bool m_canEdit = true;
    pm::store::ConnectionSettings m_settings; ///< for the budget's step-up dialog
    QPointer<ProviderAccountDialog> m_dialog;
    QString m_pendingCredential; ///< typed in the dialog, written to the keychain once saved
};

} // namespace pm::ui

#pragma once

#include "store/ConnectionState.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace pm::store
{
class DatabaseSession;
}
namespace pm::secrets
{
class SecretStore;
}
namespace pm::secrets
{
class SecretStore;
}

namespace pm::ui
{

class AuditLogPage;
class ConnectionStatusWidget;
class NotificationsPage;
struct OutboxMail;
class ProviderAccountsPage;
class QueueHealthPage;
class TrayNotifier;

/**
 * The console's frame: navigation on the left, one page per capability, the database link in the
 * status bar. It holds no business logic; each page owns its own loader and model.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Overview,
        Incidents,
        Reputation,
        Notifications,
        Jobs,
        AuditLog,
        Settings,
    };
    static constexpr int PageCount = 7;

    explicit MainWindow(pm::store::DatabaseSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QString pageTitle(Page page) const;
    QWidget* pageWidget(Page page) const;
    ConnectionStatusWidget* connectionStatus() const { return m_status; }
    NotificationsPage* notificationsPage() const { return m_notifications; }
    QueueHealthPage* queueHealthPage() const { return m_queueHealth; }
    TrayNotifier* trayNotifier() const { return m_tray; }
    ProviderAccountsPage* providerAccountsPage() const { return m_providerAccounts; }
    AuditLogPage* auditLogPage() const { return m_audit; }
    /// File > Export data… (enabled for executives and admins).
    QAction* exportAction() const { return m_exportAction; }
    /// Opens the export dialog, preset to @p dataset when given.
    void openExport(const QString& dataset);
    /// Where provider credentials go (the keychain; the demo's memory store in demo mode).
    void setSecretStore(pm::secrets::SecretStore* secrets);
    /// Demo mode: adds Help > Demo email outbox…, listing what the demo's Loops mock accepted.
    void setDemoOutbox(std::function<QList<OutboxMail>()> source);
    /// What the demo's Loops mock accepted so far (empty outside the demo).
    QList<OutboxMail> demoOutbox() const;

    /// Shows a progress or problem line in the status bar (demo start-up, keychain notices).
    void showStatusMessage(const QString& message);

Q_SIGNALS:
    void connectRequested();
    /// The signed-in operator's password was changed (confirmed with a code).
    void passwordChanged(const QString& password);
    /// The database's schema is newer than this build: the console must not run against it.
    void schemaTooNew(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void onStateChanged(pm::store::ConnectionState state, const QString& detail);
    void onServerInfo(const pm::store::ServerInfo& info);
    void applyIdentity(const pm::store::ServerInfo& info);
    void showAbout();
    void restoreWindowState();
    void openSubject(const QString& kind, const QString& id);
    void setUnread(int unread, int unreadCritical);

    pm::store::DatabaseSession* m_session;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    ConnectionStatusWidget* m_status;
    QLabel* m_serverLabel;
    QLabel* m_messageLabel;
    QLabel* m_identityLabel;
    QAction* m_exportAction = nullptr;
    QAction* m_policyAction = nullptr;
    QAction* m_operatorsAction = nullptr;
    QAction* m_passwordAction = nullptr;
    pm::store::ServerInfo m_identity;
    AuditLogPage* m_audit = nullptr;
    std::function<QList<OutboxMail>()> m_outboxSource;
    NotificationsPage* m_notifications = nullptr;
    QueueHealthPage* m_queueHealth = nullptr;
    TrayNotifier* m_tray = nullptr;
    ProviderAccountsPage* m_providerAccounts = nullptr;
    QString m_readersFor; ///< the database the pages' readers use (URI without password)
};

} // namespace pm::ui

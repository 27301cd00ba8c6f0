#include "mainwindow/MainWindow.h"

#include "audit/AuditLogPage.h"
#include "common/EmptyStatePage.h"
#include "jobs/QueueHealthPage.h"
#include "mainwindow/AboutDialog.h"
#include "mainwindow/ConnectionStatusWidget.h"
#include "mainwindow/TrayNotifier.h"
#include "notifications/NotificationsPage.h"
#include "outbox/DemoOutboxDialog.h"
#include "security/AlertPolicyDialog.h"
#include "security/ChangePasswordDialog.h"
#include "security/ExportDialog.h"
#include "security/OperatorsDialog.h"
#include "settings/ProviderAccountsPage.h"
#include "store/DatabaseSession.h"
#include "store/MigrationRunner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace pm::ui
{

MainWindow::MainWindow(pm::store::DatabaseSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new ConnectionStatusWidget(this))
    , m_serverLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_identityLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("PenguinMails Console"));
    m_nav->setObjectName(u"navigation"_s);
    m_stack->setObjectName(u"pages"_s);
    m_serverLabel->setObjectName(u"serverLabel"_s);
    m_messageLabel->setObjectName(u"statusMessage"_s);
    m_identityLabel->setObjectName(u"identityLabel"_s);

    buildPages();
    buildMenus();

    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMaximumWidth(220);
    m_nav->setMinimumWidth(170);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_status);

    if (m_session) {
        connect(m_session, &pm::store::DatabaseSession::stateChanged, this, &MainWindow::onStateChanged);
        connect(m_session, &pm::store::DatabaseSession::serverInfoChanged, this, &MainWindow::onServerInfo);
        if (m_session->isOpen()) {
            onStateChanged(m_session->state(), m_session->detail());
        }
    }
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    const QStyle* s = style();
    struct Spec
    {
        QIcon icon;
        QString title;
        QString explanation;
    };
    const Spec specs[PageCount] = {
        {s->standardIcon(QStyle::SP_ComputerIcon), tr("Overview"),
         tr("Deliverability, bounce and complaint rates, volume and cost per 1,000 emails against the "
            "targets of each volume phase, with trends and revenue at risk by tenant, appear here once "
            "sending data has been ingested.")},
        {s->standardIcon(QStyle::SP_MessageBoxWarning), tr("Incidents"),
         tr("Detected deliverability incidents (bounce and complaint spikes, blocks, blocklistings) wait "
            "here for triage, with their playbooks and time to acknowledge and resolve.")},
        {s->standardIcon(QStyle::SP_DriveNetIcon), tr("Reputation"),
         tr("The weekly reputation tier of every IP and pool (Healthy, Watch, At Risk, Critical) with its "
            "reasons, beside the latest official snapshots from Gmail Postmaster Tools, Microsoft SNDS and "
            "blocklists.")},
        {s->standardIcon(QStyle::SP_MessageBoxInformation), tr("Notifications"), {}},
        {s->standardIcon(QStyle::SP_BrowserReload), tr("Background jobs"), {}},
        {s->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Audit log"),
         tr("Every sensitive request, one-time-code verification and executive action is recorded here, "
            "hash-chained so tampering shows.")},
        {s->standardIcon(QStyle::SP_FileDialogInfoView), tr("Settings"), {}},
    };
    for (const Spec& spec : specs) {
        auto* item = new QListWidgetItem(spec.icon, spec.title, m_nav);
        item->setSizeHint(QSize(0, 36));
        QWidget* page = nullptr;
        if (m_stack->count() == static_cast<int>(Page::Notifications)) {
            m_notifications = new NotificationsPage(m_stack);
            page = m_notifications;
        } else if (m_stack->count() == static_cast<int>(Page::Jobs)) {
            m_queueHealth = new QueueHealthPage(m_stack);
            page = m_queueHealth;
        } else if (m_stack->count() == static_cast<int>(Page::AuditLog)) {
            m_audit = new AuditLogPage(m_stack);
            page = m_audit;
        } else if (m_stack->count() == static_cast<int>(Page::Settings)) {
            m_providerAccounts = new ProviderAccountsPage(m_stack);
            page = m_providerAccounts;
        } else {
            page = new EmptyStatePage(spec.icon, spec.title, spec.explanation, m_stack);
        }
        page->setObjectName(u"page%1"_s.arg(m_stack->count()));
        m_stack->addWidget(page);
    }
    connect(m_notifications, &NotificationsPage::openSubject, this, &MainWindow::openSubject);
    connect(m_notifications, &NotificationsPage::unreadChanged, this, &MainWindow::setUnread);
    connect(m_notifications, &NotificationsPage::message, this, &MainWindow::showStatusMessage);
    connect(m_queueHealth, &QueueHealthPage::message, this, &MainWindow::showStatusMessage);
    connect(m_providerAccounts, &ProviderAccountsPage::message, this, &MainWindow::showStatusMessage);
    connect(m_audit, &AuditLogPage::message, this, &MainWindow::showStatusMessage);
    connect(m_audit, &AuditLogPage::exportRequested, this, [this] { openExport(u"audit_log"_s); });
    m_tray = new TrayNotifier(windowIcon(), this);
    connect(m_notifications, &NotificationsPage::feedUpdated, m_tray, &TrayNotifier::onFeed);
    connect(m_tray, &TrayNotifier::announced, this, &MainWindow::showStatusMessage);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        showPage(Page::Notifications);
        raise();
        activateWindow();
    });
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect to database…"));
    connectAction->setObjectName(u"actionConnect"_s);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    m_exportAction = file->addAction(tr("&Export data…"));
    m_exportAction->setObjectName(u"actionExport"_s);
    m_exportAction->setEnabled(false); // until the database says who is signed in
    connect(m_exportAction, &QAction::triggered, this, [this] { openExport({}); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* action = view->addAction(m_nav->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });
    }

    QMenu* security = menuBar()->addMenu(tr("&Security"));
    m_policyAction = security->addAction(tr("&Alert policy…"));
    m_policyAction->setObjectName(u"actionAlertPolicy"_s);
    connect(m_policyAction, &QAction::triggered, this, [this] {
        auto* dialog = new AlertPolicyDialog(m_session->settings(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AlertPolicyDialog::policyChanged, this, &MainWindow::showStatusMessage);
        dialog->open();
    });
    m_operatorsAction = security->addAction(tr("&Operators and roles…"));
    m_operatorsAction->setObjectName(u"actionOperators"_s);
    connect(m_operatorsAction, &QAction::triggered, this, [this] {
        auto* dialog = new OperatorsDialog(m_session->settings(), m_identity.login, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OperatorsDialog::message, this, &MainWindow::showStatusMessage);
        dialog->open();
    });
    security->addSeparator();
    m_passwordAction = security->addAction(tr("Change my &password…"));
    m_passwordAction->setObjectName(u"actionChangePassword"_s);
    connect(m_passwordAction, &QAction::triggered, this, [this] {
        auto* dialog = new ChangePasswordDialog(m_session->settings(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ChangePasswordDialog::passwordChanged, this, [this](const QString& password) {
            m_readersFor.clear(); // the pages reconnect with the new password
            showStatusMessage(tr("Your password was changed."));
            Q_EMIT passwordChanged(password);
        });
        dialog->open();
    });
    for (QAction* action : {m_policyAction, m_operatorsAction, m_passwordAction}) {
        action->setEnabled(false); // until the database says who is signed in
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About PenguinMails Console"));
    about->setObjectName(u"actionAbout"_s);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

QString MainWindow::pageTitle(Page page) const
{
    return m_nav->item(static_cast<int>(page))->text();
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_stack->widget(static_cast<int>(page));
}

void MainWindow::showStatusMessage(const QString& message)
{
    m_messageLabel->setText(message);
}

void MainWindow::onStateChanged(pm::store::ConnectionState state, const QString& detail)
{
    m_status->setState(state, detail);
    // Pages stay readable only against a schema this build understands.
    const bool usable = state != pm::store::ConnectionState::Incompatible;
    m_nav->setEnabled(usable);
    m_stack->setEnabled(usable);
    if (state == pm::store::ConnectionState::Connected) {
        m_messageLabel->clear();
        // The pages read on their own threads with their own connections to the same database.
        const QString target = m_session->settings().toUri(false);
        if (target != m_readersFor) {
            m_readersFor = target;
            m_notifications->setConnection(m_session->settings());
            m_queueHealth->setConnection(m_session->settings());
            m_providerAccounts->setConnection(m_session->settings());
            m_audit->setConnection(m_session->settings());
        }
    } else if (state == pm::store::ConnectionState::Incompatible || state == pm::store::ConnectionState::Offline) {
        m_messageLabel->setText(detail);
    }
}

void MainWindow::onServerInfo(const pm::store::ServerInfo& info)
{
    QString text = info.displayName;
    if (info.instanceKind == u"demo"_s) {
        text = tr("DEMO DATA — %1").arg(text);
    }
    m_serverLabel->setText(text);
    applyIdentity(info);
    const int known = pm::store::MigrationRunner::latestKnownVersion();
    if (info.schemaVersion > known) {
        Q_EMIT schemaTooNew(tr("The database schema is at version %1, newer than this console knows (%2). "
                               "Install a newer PenguinMails Console.")
                                .arg(info.schemaVersion)
                                .arg(known));
    }
}

void MainWindow::applyIdentity(const pm::store::ServerInfo& info)
{
    m_identity = info;
    // Shown and hidden by the capability the database reports; the database refuses regardless.
    QString who = info.operatorName.isEmpty() ? info.login : u"%1 (%2)"_s.arg(info.operatorName, info.login);
    QString role;
    if (info.capability == u"owner"_s) {
        role = tr("database owner");
    } else if (info.capability == u"admin"_s) {
        role = tr("admin");
    } else if (info.capability == u"executive"_s) {
        role = tr("executive");
    } else if (info.capability == u"ops"_s) {
        role = tr("ops");
    } else if (info.capability == u"viewer"_s) {
        role = tr("viewer");
    } else {
        role = tr("no role");
    }
    m_identityLabel->setText(tr("Signed in as %1 · %2").arg(who, role));
    m_queueHealth->setCanManage(info.can(u"ops"_s));
    m_providerAccounts->setCanEdit(info.can(u"admin"_s));
    m_audit->setAccess(info.can(u"executive"_s), info.can(u"admin"_s));
    m_exportAction->setEnabled(info.can(u"executive"_s));
    m_policyAction->setEnabled(info.can(u"executive"_s));
    m_operatorsAction->setEnabled(info.can(u"admin"_s));
    // Operators change their own password; the owner's is not the console's business.
    m_passwordAction->setEnabled(info.capability != u"owner"_s && info.capability != u"none"_s);
    m_exportAction->setToolTip(info.can(u"executive"_s) ? QString() : tr("Exports are for executives and admins."));
}

void MainWindow::openExport(const QString& dataset)
{
    if (!m_session || !m_identity.can(u"executive"_s)) {
        return;
    }
    const QString who = m_identity.operatorName.isEmpty() ? m_identity.login : m_identity.operatorName;
    auto* dialog = new ExportDialog(m_session->settings(), who, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dataset.isEmpty()) {
        dialog->setDataset(dataset);
    }
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path, int rows) {
        showStatusMessage(tr("Exported %n row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void MainWindow::setSecretStore(pm::secrets::SecretStore* secrets)
{
    m_providerAccounts->setSecretStore(secrets);
}

void MainWindow::setDemoOutbox(std::function<QList<OutboxMail>()> source)
{
    QMenu* help = menuBar()->actions().constLast()->menu();
    QAction* outbox = help->addAction(tr("Demo email &outbox…"));
    outbox->setObjectName(u"actionDemoOutbox"_s);
    m_outboxSource = source;
    connect(outbox, &QAction::triggered, this, [this, source] {
        auto* dialog = new DemoOutboxDialog(source, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
}

QList<OutboxMail> MainWindow::demoOutbox() const
{
    return m_outboxSource ? m_outboxSource() : QList<OutboxMail> {};
}

void MainWindow::setUnread(int unread, int unreadCritical)
{
    QListWidgetItem* item = m_nav->item(static_cast<int>(Page::Notifications));
    item->setText(unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
    QFont font = item->font();
    font.setBold(unreadCritical > 0);
    item->setFont(font);
}

void MainWindow::openSubject(const QString& kind, const QString& id)
{
    if (kind == u"job"_s) {
        showPage(Page::Jobs);
        m_queueHealth->selectJob(id.toLongLong());
    } else if (kind == u"incident"_s) {
        showPage(Page::Incidents);
        showStatusMessage(tr("Incident #%1").arg(id));
    } else if (kind == u"ip"_s || kind == u"pool"_s) {
        showPage(Page::Reputation);
        showStatusMessage(kind == u"ip"_s ? tr("IP #%1: its reputation appears on this page.").arg(id)
                                          : tr("Pool #%1: its reputation appears on this page.").arg(id));
    } else if (kind == u"tenant"_s) {
        showPage(Page::Overview);
        showStatusMessage(tr("Tenant #%1").arg(id));
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session ? m_session->serverInfo() : pm::store::ServerInfo {}, this);
    dialog.exec();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        resize(1200, 780);
    }
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    const int page = settings.value(u"mainWindow/page"_s, 0).toInt();
    if (page >= 0 && page < PageCount) {
        showPage(static_cast<Page>(page));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/page"_s, static_cast<int>(currentPage()));
    QMainWindow::closeEvent(event);
}

} // namespace pm::ui
